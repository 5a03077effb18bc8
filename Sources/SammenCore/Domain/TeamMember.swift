/// A login that may use a team store, and the caseworker it is (team.json, schema 2): who you are in a team
/// store is the operating system's account (OSAccount), and this maps it to the initials the records use.
/// Only root (the team's IT contact) or a member marked as leader adds and removes members.
public struct TeamMember: Codable, Sendable, Equatable {
    /// The Unix login (getpwuid(geteuid())).
    public var login: String
    /// The caseworker's initials, as in `Team.caseworkers` and the records.
    public var initials: String
    /// May add and remove members.
    public var leader: Bool

    public init(login: String, initials: String, leader: Bool = false) {
        self.login = login
        self.initials = initials
        self.leader = leader
    }
}

extension Team {
    public func member(login: String) -> TeamMember? { members.first { $0.login == login } }
}
