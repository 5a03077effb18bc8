/// A goal in the family's shared goal picture (fælles målbillede), described so the family understands it.
public struct Goal: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The child the goal concerns; nil for the whole family.
    public var childID: String?
    public var title: String
    public var horizon: GoalHorizon
    public var smart: SMART
    public var owner: Responsible
    public var status: GoalStatus
    public var created: LocalDate
    @DefaultEmpty public var subGoals: [SubGoal]
    /// Every revision with its date and reason, oldest first, so the goal's history can be read back.
    @DefaultEmpty public var revisions: [GoalRevision]

    public init(id: String, childID: String? = nil, title: String, horizon: GoalHorizon, smart: SMART,
                owner: Responsible, status: GoalStatus = .inProgress, created: LocalDate,
                subGoals: [SubGoal] = [], revisions: [GoalRevision] = []) {
        self.id = id
        self.childID = childID
        self.title = title
        self.horizon = horizon
        self.smart = smart
        self.owner = owner
        self.status = status
        self.created = created
        self.subGoals = subGoals
        self.revisions = revisions
    }
}

public enum GoalHorizon: String, Codable, Sendable, CaseIterable {
    case short, long
}

public enum GoalStatus: String, Codable, Sendable, CaseIterable {
    case notStarted, inProgress, achieved, abandoned
}

/// The SMART description of a goal: specific, measurable, accepted, realistic, time-bound.
public struct SMART: Codable, Sendable, Equatable {
    public var specific: String
    public var measurable: String
    /// Who accepted the goal ("forældrene og skolen").
    public var acceptedBy: String
    public var realistic: String
    public var deadline: LocalDate?

    public init(specific: String, measurable: String, acceptedBy: String, realistic: String, deadline: LocalDate?) {
        self.specific = specific
        self.measurable = measurable
        self.acceptedBy = acceptedBy
        self.realistic = realistic
        self.deadline = deadline
    }
}

/// Who is responsible: the family, the caseworker or a partner (named).
public struct Responsible: Codable, Sendable, Equatable {
    public var kind: ResponsibleKind
    /// The partner's or person's name, e.g. "Skolen" or "Mor".
    public var name: String?

    public init(kind: ResponsibleKind, name: String? = nil) {
        self.kind = kind
        self.name = name
    }
}

public enum ResponsibleKind: String, Codable, Sendable, CaseIterable {
    case family, caseworker, partner
}

public struct SubGoal: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var owner: Responsible
    public var deadline: LocalDate?
    public var status: GoalStatus

    public init(id: String, title: String, owner: Responsible, deadline: LocalDate? = nil,
                status: GoalStatus = .notStarted) {
        self.id = id
        self.title = title
        self.owner = owner
        self.deadline = deadline
        self.status = status
    }
}

/// A change to a goal: what it said before, why it changed, when and by whom.
public struct GoalRevision: Codable, Sendable, Equatable {
    public var date: LocalDate
    public var reason: String
    public var previousTitle: String
    public var previousSmart: SMART?
    public var by: String?
    /// The login of the account that revised it (set by the store on save).
    public var byLogin: String?

    public init(date: LocalDate, reason: String, previousTitle: String, previousSmart: SMART? = nil,
                by: String? = nil) {
        self.date = date
        self.reason = reason
        self.previousTitle = previousTitle
        self.previousSmart = previousSmart
        self.by = by
    }
}
