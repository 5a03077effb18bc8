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
}
