/// An activity in a family's årshjul: placed by month first, given a date when it goes in the calendar.
public struct AnnualActivity: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var year: Int
    /// 1…12
    public var month: Int
    public var kind: ActivityKind
    /// Why it happens, in words the parents understand.
    public var purpose: String
    @DefaultEmpty public var participants: [String]
    public var date: LocalDate?
    /// "HH:MM", local time in Denmark.
    public var time: String?
    public var durationMinutes: Int?
    /// Where it takes place ("Søby Skole, lokale 12"): the invitation's LOCATION. Optional, left out when empty.
    public var location: String?
    public var done: Bool = false
    /// Incremented each time the activity changes after it was exported, for calendar updates (ICS SEQUENCE).
    public var sequence: Int = 0

    public init(id: String, year: Int, month: Int, kind: ActivityKind, purpose: String,
                participants: [String] = [], date: LocalDate? = nil, time: String? = nil,
                durationMinutes: Int? = nil, done: Bool = false) {
        self.id = id
        self.year = year
        self.month = month
        self.kind = kind
        self.purpose = purpose
        self.participants = participants
        self.date = date
        self.time = time
        self.durationMinutes = durationMinutes
        self.done = done
    }
}

public enum ActivityKind: String, Codable, Sendable, CaseIterable {
    case followUp, networkMeeting, childConversation, startMeeting, statusMeeting, deadline, transition,
         agreement, other
}
