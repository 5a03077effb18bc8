/// A meeting with the family and its network, run on a LØFT or a Signs of Safety board.
public struct Meeting: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var date: LocalDate
    public var time: String?
    public var kind: MeetingKind
    public var method: MeetingMethod
    /// Signs of Wellbeing wording ("trivsel" instead of "sikkerhed") for cases with no safety concern.
    public var wellbeingWording: Bool = false
    @DefaultEmpty public var participants: [Participant]
    @DefaultEmpty public var cards: [BoardCard]
    /// 0–10 scale ratings (Signs of Safety, or LØFT's scaling question).
    @DefaultEmpty public var ratings: [Rating]
    @DefaultEmpty public var agreements: [Agreement]
    /// The shared summary read out at the end.
    public var summary: String?
    /// Never shown on the projected board or in the summary.
    public var internalNotes: String?

    public init(id: String, date: LocalDate, time: String? = nil, kind: MeetingKind, method: MeetingMethod,
                wellbeingWording: Bool = false, participants: [Participant] = [], cards: [BoardCard] = [],
                ratings: [Rating] = [], agreements: [Agreement] = [], summary: String? = nil) {
        self.id = id
        self.date = date
        self.time = time
        self.kind = kind
        self.method = method
        self.wellbeingWording = wellbeingWording
        self.participants = participants
        self.cards = cards
        self.ratings = ratings
        self.agreements = agreements
        self.summary = summary
    }
}

public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case network, followUp, start, status, transition
}

public enum MeetingMethod: String, Codable, Sendable, CaseIterable {
    /// LØFT: løsningsfokuseret tilgang, the solution-focused approach with four columns.
    case loft
    /// Signs of Safety: three questions and a 0–10 scale.
    case signsOfSafety
}

public struct Participant: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// "mor", "far", "barnet", "lærer", "PPR", "fysioterapeut", "sagsbehandler"…
    public var role: String
    public var email: String?

    public init(id: String, name: String, role: String, email: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.email = email
    }
}

/// The board's columns. LØFT uses all four; Signs of Safety the first three (its next steps are agreements).
public enum BoardColumn: String, Codable, Sendable, CaseIterable {
    case worries, working, mustHappen, agreements
}

/// Signs of Safety's finer kinds of card within a column.
public enum SafetyCardKind: String, Codable, Sendable, CaseIterable {
    case harm, danger, complicatingFactor, strength, existingSafety, goal, nextStep
}

/// A card on the board: a participant's own words.
public struct BoardCard: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var column: BoardColumn
    public var text: String
    /// The participant who said it.
    public var author: String
    public var safetyKind: SafetyCardKind?
    /// The caseworker who put it on the board (initials) and the login of that account: set by the store when
    /// the card is first saved.
    public var recordedBy: String?
    public var recordedByLogin: String?

    public init(id: String, column: BoardColumn, text: String, author: String, safetyKind: SafetyCardKind? = nil) {
        self.id = id
        self.column = column
        self.text = text
        self.author = author
        self.safetyKind = safetyKind
    }
}

public struct Rating: Codable, Sendable, Equatable {
    public var participant: String
    /// 0 = the opposite, 10 = safe/well enough that the case can close.
    public var value: Int

    public init(participant: String, value: Int) {
        self.participant = participant
        self.value = value
    }
}

/// An agreement: what, who, by when. Open agreements show on the dashboard when due.
public struct Agreement: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var what: String
    public var who: String
    public var due: LocalDate
    public var done: LocalDate?

    public init(id: String, what: String, who: String, due: LocalDate, done: LocalDate? = nil) {
        self.id = id
        self.what = what
        self.who = who
        self.due = due
        self.done = done
    }
}
