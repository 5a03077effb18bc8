import Testing
@testable import SammenCore

/// The LØFT summary tells the truth about the round: "everyone had their say in each part" only when every
/// participant has a card in every column; otherwise who did not, and where.
@Suite struct MeetingRoundTests {
    static func meeting(everyone: Bool) -> Meeting {
        var m = Meeting(id: "m1", date: date("2026-11-20"), kind: .network, method: .loft,
                        participants: [Participant(id: "p1", name: "Sara", role: "mor"), Participant(id: "p2", name: "Lone", role: "lærer")])
        for p in ["p1", "p2"] {
            for (i, column) in BoardColumn.allCases.enumerated() where everyone || p == "p1" || column == .worries {
                m.cards.append(BoardCard(id: "\(p)-\(i)", column: column, text: "ord", author: p))
            }
        }
        return m
    }

    @Test func everyoneInEveryPart() {
        let words = MeetingSummary.Wording(meeting: Self.meeting(everyone: true))
        #expect(words.round(Self.meeting(everyone: true)) == "Alle fik ordet i hver del.")
        #expect(Self.meeting(everyone: true).unheard(in: BoardColumn.allCases).isEmpty)
    }

    @Test func whoDidNotIsNamed() {
        let m = Self.meeting(everyone: false)
        let da = MeetingSummary.Wording(meeting: m).round(m)
        #expect(da == "Ikke alle fik ordet i hver del; der er intet skrevet op fra: Lone (det der fungerer, det der skal ske, aftaler).")
        let en = MeetingSummary.Wording(meeting: m, language: .en).round(m)
        #expect(en == "Not everyone had their say in each part; nothing is written down from: Lone (what is working, what must happen, agreements).")
        var silent = m
        silent.participants.append(Participant(id: "p3", name: "Bo", role: "far"))
        #expect(MeetingSummary.Wording(meeting: silent).round(silent).hasSuffix("Bo (i ingen del)."))
    }
}
