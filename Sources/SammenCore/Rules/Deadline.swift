/// The kinds of deadline Sammen tracks. The raw values are the `kind` names in `sammen due --json`.
public enum DeadlineKind: String, Codable, Sendable, CaseIterable {
    /// The model's follow-up at the case's cadence.
    case followUp = "opfoelgning"
    /// Transition to adult life: due on the 16th birthday, listed from 6 months before until 18.
    case transition = "overgang"
    /// A child investigation finished within 4 months of its start (BL § 20).
    case investigation = "undersoegelse"
    /// A complaint reconsidered within 4 weeks of receipt.
    case complaint = "genvurdering"
    /// An agreement from a meeting, due on its date.
    case agreement = "aftale"

    public var danishName: String {
        switch self {
        case .followUp: return "Opfølgning"
        case .transition: return "Overgang til voksenliv"
        case .investigation: return "Undersøgelse afsluttes"
        case .complaint: return "Genvurdering af klage"
        case .agreement: return "Aftale"
        }
    }

    public var englishName: String {
        switch self {
        case .followUp: return "Follow-up"
        case .transition: return "Transition to adulthood"
        case .investigation: return "Investigation due"
        case .complaint: return "Complaint reconsideration"
        case .agreement: return "Agreement"
        }
    }
}

/// One thing that is due: a follow-up, a statutory deadline or an agreement.
public struct Deadline: Sendable, Equatable {
    public var kind: DeadlineKind
    public var familyID: FamilyID
    public var familyName: String
    public var caseNumber: String
    public var childName: String?
    /// The primary caseworker of the case.
    public var caseworker: String
    public var buddyCaseworker: String?
    public var due: LocalDate
    /// The rule in Danish words, e.g. "Sammen om familien: opfølgning hver 6. uge".
    public var rule: String { wording.danish }
    public var englishRule: String { wording.english }
    /// The rule's facts; its words are made when asked for (most of 20,000 deadlines are never shown).
    var wording: DeadlineWording
    /// What is due, for agreements and complaints ("Skolen sender skema").
    public var detail: String?
    /// The day the deadline was counted from (last follow-up, opened date, start, receipt…).
    public var from: LocalDate?

    /// Days past due on `today`; 0 when not overdue.
    public func overdueDays(on today: LocalDate) -> Int { max(0, due.days(until: today)) }
}
