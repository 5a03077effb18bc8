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
    /// The child's plan (BL § 91, stk. 2): within 3 months of a placement outside the home (BL §§ 46–47), while
    /// none is recorded. Not for support under § 32 alone (§ 91, stk. 1 leaves that to the municipality).
    case childsPlan = "handleplan"
    /// The first follow-up after a support measure or placement starts (BL § 95, stk. 2): at the latest 3 months
    /// after it started, or when an investigation running beside it ended, if that is sooner.
    case firstFollowUp = "foerste-opfoelgning"
    /// A warning: a child investigation (SEL § 50 / BL § 20) began more than 4 months ago and has no end date.
    /// Either it ended and the date is missing (an import cannot know it), or it is past the law's limit.
    case investigationWithoutEnd = "undersoegelse-uden-slutdato"
    /// The family's network meeting, at the team's interval (seed 002: every 6 months) after the last one.
    case networkMeeting = "netvaerksmoede"
    /// A flag: a young person of 18 or over still has an open case in the children's area (BL §§ 86–87 stop at 18).
    case adult = "fyldt-18"

    public var danishName: String {
        switch self {
        case .followUp: return "Opfølgning"
        case .transition: return "Overgang til voksenliv"
        case .investigation: return "Undersøgelse afsluttes"
        case .complaint: return "Genvurdering af klage"
        case .agreement: return "Aftale"
        case .childsPlan: return "Barnets plan (handleplan)"
        case .firstFollowUp: return "Første opfølgning"
        case .investigationWithoutEnd: return "Undersøgelse uden slutdato"
        case .networkMeeting: return "Netværksmøde"
        case .adult: return "Fyldt 18"
        }
    }

    public var englishName: String {
        switch self {
        case .followUp: return "Follow-up"
        case .transition: return "Transition to adulthood"
        case .investigation: return "Investigation due"
        case .complaint: return "Complaint reconsideration"
        case .agreement: return "Agreement"
        case .childsPlan: return "Child's plan"
        case .firstFollowUp: return "First follow-up"
        case .investigationWithoutEnd: return "Investigation without end"
        case .networkMeeting: return "Network meeting"
        case .adult: return "Turned 18"
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
