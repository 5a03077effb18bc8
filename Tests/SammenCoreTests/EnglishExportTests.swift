import Foundation
import Testing
@testable import SammenCore

/// The exports in English: English headings and words, none of the Danish ones left over, dates the English way.
/// English goldens sit next to the Danish ones (which stay byte for byte as they were).
@Suite struct EnglishExportTests {
    static let now = Date(timeIntervalSince1970: 1_795_336_200)

    /// Danish words Sammen itself writes in the handout; none may appear in the English one. (The training
    /// family's own texts are Danish and stay as written, so words that occur there are not listed.)
    static let danishHandoutWords = ["Årshjul", "Hvad er møderne til", "Jeres sagsbehandler", "Intet planlagt", "Telefon ",
                                     "Opfølgning", "Netværksmøde", "Datoerne kan flytte sig", "januar", "Marts", "Maj",
                                     "Oktober", "holdt", " kl. ", "fiktiv familie", "Med:", "Spørgsmål", "Ring eller skriv"]

    func trainingFamily() -> (Family, Team) {
        let (team, families) = TrainingCaseload.make(today: LocalDate(iso: "2026-11-22")!)
        return (families.first { $0.id == "f-001" }!, team)
    }

    @Test func handoutGoldens() {
        let (f, team) = trainingFamily()
        GoldenFiles.assertMatches(WheelHandout.svg(for: f, year: 2027, team: team, training: true, language: .en),
                                  "wheel-training-f-001-2027.en.svg")
        GoldenFiles.assertMatches(WheelHandout.html(for: f, year: 2027, team: team, training: true, language: .en),
                                  "wheel-training-f-001-2027.en.html")
        GoldenFiles.assertMatches(WheelHandout.text(for: f, year: 2027, team: team, training: true, language: .en),
                                  "wheel-training-f-001-2027.en.txt")
    }

    @Test func handoutIsEnglishThroughout() {
        let (f, team) = trainingFamily()
        for document in [WheelHandout.svg(for: f, year: 2027, team: team, training: true, language: .en),
                         WheelHandout.html(for: f, year: 2027, team: team, training: true, language: .en),
                         WheelHandout.text(for: f, year: 2027, team: team, training: true, language: .en)] {
            #expect(document.contains("Annual wheel 2027"))
            #expect(document.contains("What are the meetings for?"))
            #expect(document.contains("January") && document.contains("December"))
            #expect(document.contains("Your caseworker"))
            for word in Self.danishHandoutWords {
                #expect(!document.contains(word), "Danish «\(word)» left in the English handout")
            }
        }
        let html = WheelHandout.html(for: f, year: 2027, team: team, training: true, language: .en)
        #expect(html.contains("<html lang=\"en\""))
    }

    @Test func handoutWritesDatesTheEnglishWay() {
        var (f, team) = trainingFamily()
        f.annualPlan = [AnnualActivity(id: "a-1", year: 2027, month: 4, kind: .networkMeeting, purpose: "Plan the spring",
                                       date: LocalDate(iso: "2027-04-15")!, time: "13:30")]
        let text = WheelHandout.text(for: f, year: 2027, team: team, training: false, language: .en)
        #expect(text.contains("Network meeting, Thursday 15 April at 13:30"), "\(text)")
        let danish = WheelHandout.text(for: f, year: 2027, team: team, training: false)
        #expect(danish.contains("Netværksmøde, torsdag den 15. april kl. 13.30"), "\(danish)")
    }

    @Test func calendarGoldenAndWords() {
        let (team, families) = TrainingCaseload.make(today: LocalDate(iso: "2026-11-22")!)
        let f = families.first { $0.id == "f-001" }!
        let ics = ICSExport.calendar(for: f, year: 2026, team: team, now: Self.now, language: .en)
        GoldenFiles.assertMatches(ics, "ics-training-f-001-2026.en.ics")
        #expect(ics.contains("X-WR-CALNAME:Annual wheel 2026"))
        #expect(ics.contains("SUMMARY:Follow-up – "))
        for word in ["Årshjul", "SUMMARY:Opfølgning", "SUMMARY:Netværksmøde", "SUMMARY:Børnesamtale"] {
            #expect(!ics.contains(word), "Danish «\(word)» left in the English calendar")
        }
        // The same events: only the words differ, so an English export updates a Danish one in the calendar.
        let danish = ICSExport.calendar(for: f, year: 2026, team: team, now: Self.now)
        func uids(_ text: String) -> [Substring] { text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(ics) == uids(danish))
    }
}
