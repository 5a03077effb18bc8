/// What the child said, and how it was heard (child conversation, observation…).
public struct ChildVoice: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var childID: String
    public var date: LocalDate
    public var method: ChildVoiceMethod
    public var said: String
    public var by: String?
    /// The login of the account that recorded it (set by the store on save).
    public var byLogin: String?

    public init(id: String, childID: String, date: LocalDate, method: ChildVoiceMethod, said: String,
                by: String? = nil) {
        self.id = id
        self.childID = childID
        self.date = date
        self.method = method
        self.said = said
        self.by = by
    }
}

public enum ChildVoiceMethod: String, Codable, Sendable, CaseIterable {
    case conversation, observation, homeVisit, alternativeCommunication
}

/// A collaboration challenge (samarbejdsudfordring): explicit or unspoken, about process, assessment or decision.
public struct CollaborationChallenge: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var opened: LocalDate
    /// The parties, e.g. ["Forældrene", "Sagsbehandler"] or ["Skolen", "PPR"].
    public var between: [String]
    public var about: ChallengeTopic
    public var explicit: Bool
    public var description: String
    @DefaultEmpty public var actions: [ChallengeAction]
    public var status: ChallengeStatus

    public init(id: String, opened: LocalDate, between: [String], about: ChallengeTopic, explicit: Bool,
                description: String, actions: [ChallengeAction] = [], status: ChallengeStatus = .open) {
        self.id = id
        self.opened = opened
        self.between = between
        self.about = about
        self.explicit = explicit
        self.description = description
        self.actions = actions
        self.status = status
    }
}

public enum ChallengeTopic: String, Codable, Sendable, CaseIterable {
    case process, assessment, decision
}

public enum ChallengeStatus: String, Codable, Sendable, CaseIterable {
    case open, easing, resolved
}

public struct ChallengeAction: Codable, Sendable, Equatable {
    public var date: LocalDate
    public var kind: ChallengeActionKind
    public var note: String

    public init(date: LocalDate, kind: ChallengeActionKind, note: String) {
        self.date = date
        self.kind = kind
        self.note = note
    }
}

public enum ChallengeActionKind: String, Codable, Sendable, CaseIterable {
    case dialogue, expectationAlignment, knowledgeSharing, leadershipInvolved, viso, caseworkerChange, other
}

/// A complaint. The municipality reconsiders it (genvurdering) within 4 weeks of receipt and, if it keeps its
/// decision, sends it to Ankestyrelsen.
public struct Complaint: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var caseNumber: String?
    public var received: LocalDate
    public var about: String
    /// The day the reconsideration was finished; nil while it is pending.
    public var reconsidered: LocalDate?
    public var outcome: ComplaintOutcome?

    public init(id: String, caseNumber: String? = nil, received: LocalDate, about: String,
                reconsidered: LocalDate? = nil, outcome: ComplaintOutcome? = nil) {
        self.id = id
        self.caseNumber = caseNumber
        self.received = received
        self.about = about
        self.reconsidered = reconsidered
        self.outcome = outcome
    }

    public var reconsiderationDeadline: LocalDate { received.adding(days: 28) }
}

public enum ComplaintOutcome: String, Codable, Sendable, CaseIterable {
    /// The municipality changed its decision.
    case changed
    /// The decision stands; the complaint went to Ankestyrelsen.
    case sentToAppealsBoard
    case withdrawn
}
