/// A child in a family. A child has one case or, rarely, more.
public struct Child: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var birthDate: LocalDate
    /// The CPR number as text, when the caseworker has it. Masked wherever it is shown.
    public var cpr: String?
    /// A short description of the disability or situation, in the caseworker's words.
    public var situation: String?
    @DefaultEmpty public var cases: [ChildCase]
    /// The steps of the transition to adult life, from 16 (BL §§ 122–123).
    @DefaultEmpty public var transitionSteps: [TransitionStep]

    public init(id: String, name: String, birthDate: LocalDate, cpr: String? = nil, situation: String? = nil,
                cases: [ChildCase] = [], transitionSteps: [TransitionStep] = []) {
        self.id = id
        self.name = name
        self.birthDate = birthDate
        self.cpr = cpr
        self.situation = situation
        self.cases = cases
        self.transitionSteps = transitionSteps
    }

    public var sixteenthBirthday: LocalDate { birthDate.adding(years: 16) }
    public var eighteenthBirthday: LocalDate { birthDate.adding(years: 18) }

    /// The CPR number masked for screens ("DDMMYY-XXXX"), or nil.
    public var maskedCPR: String? {
        guard let cpr else { return nil }
        switch CPRNumber.parse(cpr) {
        case .success(let number): return number.masked
        case .failure: return "XXXXXX-XXXX"
        }
    }
}

/// One child's case (sag) with its case number (sagsnr) from the municipality's case system.
public struct ChildCase: Codable, Sendable, Equatable {
    /// The case number, "sagsnr".
    public var number: String
    /// The primary caseworker's initials: the family's one fixed contact.
    public var primaryCaseworker: String
    /// A buddy caseworker (makker) on complex cases; the primary stays the family's contact.
    public var buddyCaseworker: String?
    public var opened: LocalDate
    public var status: CaseStatus = .open
    public var closed: LocalDate?
    /// Why the case was closed, in the caseworker's words (asked for when it is closed in the program).
    public var closeReason: String?
    @DefaultEmpty public var measures: [Measure]
    /// When the child's plan (barnets plan, BL § 91) was made, if it has been.
    public var childPlanMade: LocalDate?

    public init(number: String, primaryCaseworker: String, buddyCaseworker: String? = nil, opened: LocalDate,
                status: CaseStatus = .open, measures: [Measure] = []) {
        self.number = number
        self.primaryCaseworker = primaryCaseworker
        self.buddyCaseworker = buddyCaseworker
        self.opened = opened
        self.status = status
        self.measures = measures
    }

    /// Measures not ended on `date`.
    public func activeMeasures(on date: LocalDate) -> [Measure] {
        measures.filter { $0.isActive(on: date) }
    }

    public var isOpen: Bool { status == .open }
}

public enum CaseStatus: String, Codable, Sendable, CaseIterable {
    case open, closed
}

/// A measure (indsats) granted on a legal basis. A child investigation is a measure on SEL § 50 / BL § 20
/// whose `ended` is the day the investigation was finished.
public struct Measure: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var legalBasis: LegalBasis
    /// What is given, in plain words: "Aflastning hver 3. weekend".
    public var description: String
    public var started: LocalDate
    public var ended: LocalDate?
    public var provider: String?

    public init(id: String, legalBasis: LegalBasis, description: String, started: LocalDate,
                ended: LocalDate? = nil, provider: String? = nil) {
        self.id = id
        self.legalBasis = legalBasis
        self.description = description
        self.started = started
        self.ended = ended
        self.provider = provider
    }

    public func isActive(on date: LocalDate) -> Bool {
        started <= date && (ended.map { date <= $0 } ?? true)
    }

    public var role: MeasureRole? { legalBasis.role }
}

/// A step in the transition to adult life: "Møde med voksenområdet", "Afklaring af bolig"…
public struct TransitionStep: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var due: LocalDate?
    public var done: LocalDate?

    public init(id: String, title: String, due: LocalDate? = nil, done: LocalDate? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.done = done
    }
}
