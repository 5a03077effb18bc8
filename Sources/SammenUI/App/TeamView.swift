import SammenCore

/// The team screen: which caseworker is selected, and the team as it was before each change, so `u` can put it
/// back.
public struct TeamView: Sendable, Equatable {
    public var selected = 0
    public var changes: [TeamChange] = []

    public init() {}
}

/// One change to team.json: the team before and after it, and what it was.
public struct TeamChange: Sendable, Equatable {
    public var before: Team
    public var after: Team
    public var description: String
    /// A change of who has access: undone by the opposite change, under the same rules (root or a leader).
    public var member: MemberStep?
}

/// A change to team.json's members, as `u` undoes it.
public enum MemberStep: Sendable, Equatable {
    case added(TeamMember)
    case removed(TeamMember)
    case leader(login: String, now: Bool)
}

/// What the team screen asks before it changes who has access.
public struct MemberQuestion: Sendable, Equatable {
    public enum Change: Sendable, Equatable { case remove, leader(Bool) }
    public var member: TeamMember
    public var change: Change

    func text(_ s: Strings) -> String {
        switch change {
        case .remove: return s.text(.askRevokeAccess, member.login, member.initials)
        case .leader(true): return s.text(.askMakeLeader, member.login, member.initials)
        case .leader(false): return s.text(.askUnmakeLeader, member.login, member.initials)
        }
    }
}
