import Foundation

/// What was sent to one partner about one årshjul activity: kept in the family record, so Sammen sends only what
/// changed since (RFC 5546: an update keeps the UID and raises SEQUENCE; a cancellation goes to whoever was
/// invited before), and the årshjul can say "invitation sendt 12.01 · ændret siden".
///
/// The record outlives the activity: a deleted activity's invitations stay here until their CANCEL is sent.
public struct SentInvitation: Codable, Sendable, Equatable {
    public enum Method: String, Codable, Sendable { case request, cancel }
    /// How it left Sammen: through the mail program, or written as an .eml file (training store, `--out`).
    public enum Delivery: String, Codable, Sendable { case mail, file }

    public var activityID: String
    /// The recipient's address as sent (ASCII domain), lower case: the key together with `activityID`.
    public var recipient: String
    /// The recipient's name as it was shown, for the list of who was invited.
    public var name: String
    public var method: Method
    public var sequence: Int
    /// The day it was sent (or written).
    public var sentOn: LocalDate
    public var delivery: Delivery
    /// The event as it was sent, so a change can be seen and a cancellation can say what it cancels.
    public var event: InvitationEvent

    public init(activityID: String, recipient: String, name: String, method: Method, sequence: Int, sentOn: LocalDate,
                delivery: Delivery, event: InvitationEvent) {
        self.activityID = activityID
        self.recipient = recipient
        self.name = name
        self.method = method
        self.sequence = sequence
        self.sentOn = sentOn
        self.delivery = delivery
        self.event = event
    }
}

/// The parts of an activity that make a calendar event: when they change, an update is due.
public struct InvitationEvent: Codable, Sendable, Equatable {
    public var kind: ActivityKind
    public var date: LocalDate
    /// "HH:MM"; nil for an all-day event.
    public var time: String?
    public var durationMinutes: Int?
    public var location: String?
    public var purpose: String

    public init(kind: ActivityKind, date: LocalDate, time: String? = nil, durationMinutes: Int? = nil,
                location: String? = nil, purpose: String) {
        self.kind = kind
        self.date = date
        self.time = time
        self.durationMinutes = durationMinutes
        self.location = location
        self.purpose = purpose
    }

    /// The event of a dated activity; nil for one with only a month.
    public init?(_ activity: AnnualActivity) {
        guard let date = activity.date else { return nil }
        let place = activity.location?.trimmingCharacters(in: .whitespaces)
        self.init(kind: activity.kind, date: date, time: activity.time, durationMinutes: activity.durationMinutes,
                  location: place?.isEmpty == false ? place : nil, purpose: activity.purpose)
    }
}

/// Why an invitation cannot go out, in words (a missing organizer, a mail program that failed).
public struct InvitationProblem: Error, Equatable, Sendable {
    public var phrase: Phrase
    public init(_ phrase: Phrase) { self.phrase = phrase }
}
