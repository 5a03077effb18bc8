/// What a team may choose about the rules (the model's cadences are fixed; these are not). Read from team.json.
public struct RuleSettings: Sendable, Equatable {
    /// Months between a family's network meetings, or nil when the team does not track them. Seed 002: one
    /// municipality holds them every 6 months; that is the default.
    public var networkMeetingMonths: Int?
    /// The day the team began keeping network meetings in Sammen: the interval never counts from before it.
    public var networkMeetingsFrom: LocalDate?

    public init(networkMeetingMonths: Int? = RuleSettings.defaultNetworkMeetingMonths, networkMeetingsFrom: LocalDate? = nil) {
        self.networkMeetingMonths = networkMeetingMonths.flatMap { $0 > 0 ? $0 : nil }
        self.networkMeetingsFrom = networkMeetingsFrom
    }

    public static let defaultNetworkMeetingMonths = 6
    public static let standard = RuleSettings()

    /// The team's choices: `networkMeetingIntervalMonths` absent means the default, 0 means off;
    /// `networkMeetingsFrom` absent means counted from the case's opening.
    public init(team: Team) {
        self.init(networkMeetingMonths: team.networkMeetingIntervalMonths ?? Self.defaultNetworkMeetingMonths,
                  networkMeetingsFrom: team.networkMeetingsFrom)
    }
}
