/// What a team may choose about the rules (the model's cadences are fixed; these are not). Read from team.json.
public struct RuleSettings: Sendable, Equatable {
    /// Months between a family's network meetings, or nil when the team does not track them. Seed 002: one
    /// municipality holds them every 6 months; that is the default.
    public var networkMeetingMonths: Int?

    public init(networkMeetingMonths: Int? = RuleSettings.defaultNetworkMeetingMonths) {
        self.networkMeetingMonths = networkMeetingMonths.flatMap { $0 > 0 ? $0 : nil }
    }

    public static let defaultNetworkMeetingMonths = 6
    public static let standard = RuleSettings()

    /// The team's choices: `networkMeetingIntervalMonths` absent means the default, 0 means off.
    public init(team: Team) {
        self.init(networkMeetingMonths: team.networkMeetingIntervalMonths ?? Self.defaultNetworkMeetingMonths)
    }
}
