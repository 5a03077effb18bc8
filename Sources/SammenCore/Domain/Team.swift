/// A caseworker (sagsbehandler / rådgiver), known by initials as in the municipality's case system.
public struct Caseworker: Codable, Sendable, Equatable, Identifiable {
    public var initials: String
    public var name: String
    public var email: String?
    public var phone: String?
    /// Individual learning goals in the model ("individuelle læringsmål"), shown in the leader view.
    @DefaultEmpty public var learningGoals: [String]
    public var active: Bool = true
    /// This caseworker's own target caseload, when it is not the team's (part time, a leader who also has cases).
    public var targetCaseload: Int?

    public var id: String { initials }

    public init(initials: String, name: String, email: String? = nil, phone: String? = nil,
                learningGoals: [String] = [], active: Bool = true) {
        self.initials = initials
        self.name = name
        self.email = email
        self.phone = phone
        self.learningGoals = learningGoals
        self.active = active
    }
}

/// The team: its caseworkers and the settings the municipality chose (target caseload, stop-op meetings).
public struct Team: Codable, Sendable, Equatable {
    public var schemaVersion: Int = StoreFormat.currentSchemaVersion
    public var name: String
    /// The caseload per caseworker the municipality aims at (the model asks for a lower one).
    public var targetCaseload: Int
    @DefaultEmpty public var caseworkers: [Caseworker]
    /// Dates of "stop op" meetings held; the next is due 3 months after the last.
    @DefaultEmpty public var stopOpMeetings: [LocalDate]
    /// Months between a family's network meetings (seed 002: every 6 months in one municipality). Absent: 6;
    /// 0: the team does not track network meetings. RuleSettings reads it.
    public var networkMeetingIntervalMonths: Int?
    /// The day the team began keeping its network meetings in Sammen (the day its store was made by `sammen init`,
    /// the first start or an import). A family with no meeting recorded since is not counted as overdue from
    /// before it: Sammen cannot know of meetings held before it was used. Absent (stores made before): the
    /// interval counts from the case's opening. RuleSettings reads it.
    public var networkMeetingsFrom: LocalDate?
    /// The logins that may use the store when it is a team's (schema 2; TeamMember). Empty in a private store.
    @DefaultEmpty public var members: [TeamMember]

    public init(name: String, targetCaseload: Int, caseworkers: [Caseworker] = [],
                stopOpMeetings: [LocalDate] = [], members: [TeamMember] = []) {
        self.name = name
        self.targetCaseload = targetCaseload
        self.caseworkers = caseworkers
        self.stopOpMeetings = stopOpMeetings
        self.members = members
    }

    /// The caseload a caseworker aims at: their own target, else the team's.
    public func target(for initials: String) -> Int {
        caseworker(initials)?.targetCaseload ?? targetCaseload
    }

    public func caseworker(_ initials: String) -> Caseworker? {
        caseworkers.first { $0.initials.caseInsensitiveCompare(initials) == .orderedSame }
    }

    /// The next "stop op" meeting: 3 months after the last one held, or nil when none was ever held.
    public var nextStopOp: LocalDate? {
        stopOpMeetings.max().map { $0.adding(months: 3) }
    }
}

import Foundation
