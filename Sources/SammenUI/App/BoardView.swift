import SammenCore

/// The family's list of meetings.
public struct MeetingsView: Sendable, Equatable {
    public var selected = 0
}

/// A meeting board in use: which column and card, whose turn it is, the projector view, undo and redo.
public struct BoardView: Sendable, Equatable {
    public var meetingID: String
    public var column = 0
    public var card = 0
    /// Index into the meeting's participants: who has the word.
    public var turn = 0
    public var presenting = false
    public var showQuestions = false
    /// Changes made on this board, newest last: each is the family before and after it, so `u` and `R` apply only
    /// that change to the family as it is in the store then (a colleague's change merged since stays).
    public var undo: [RecordChange] = []
    public var redo: [RecordChange] = []

    public init(meetingID: String) { self.meetingID = meetingID }

    public static let columns: [BoardColumn] = [.worries, .working, .mustHappen, .agreements]

    public var boardColumn: BoardColumn { BoardView.columns[column] }

    /// The cards of a column in board order.
    public static func cards(_ meeting: Meeting, _ column: BoardColumn) -> [BoardCard] {
        var cards = meeting.cards.filter { $0.column == column }
        // Agreements recorded without a card of their own (older meetings, imports) still show on the board.
        if column == .agreements {
            for a in meeting.agreements where !cards.contains(where: { $0.id == a.id }) {
                cards.append(BoardCard(id: a.id, column: .agreements, text: "\(a.what) — \(a.who), \(a.due.danish)", author: ""))
            }
        }
        return cards
    }

    /// Who has spoken on which column: participant id → the columns they have a card in.
    public static func coverage(_ meeting: Meeting) -> [String: Set<BoardColumn>] {
        var result: [String: Set<BoardColumn>] = [:]
        for p in meeting.participants { result[p.id] = [] }
        for card in meeting.cards { result[card.author, default: []].insert(card.column) }
        return result
    }

    /// Whether everyone has spoken on every column.
    public static func everyoneHeard(_ meeting: Meeting) -> Bool {
        !meeting.participants.isEmpty && coverage(meeting).values.allSatisfy { $0.count == columns.count }
    }

    /// The same participant's rating at the family's latest earlier meeting with one, matched by name.
    public static func earlierRating(of participant: Participant, before meeting: Meeting, in family: Family) -> Int? {
        let earlier = family.meetings.filter { $0.date < meeting.date && $0.id != meeting.id }.sorted { $0.date > $1.date }
        for m in earlier {
            if let p = m.participants.first(where: { $0.name.caseInsensitiveCompare(participant.name) == .orderedSame }),
               let r = m.ratings.first(where: { $0.participant == p.id }) { return r.value }
        }
        return nil
    }
}

import Foundation
