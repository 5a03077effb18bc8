import Foundation
import Testing
@testable import SammenCore

/// The shared summary of a meeting: golden files for a LØFT meeting (f-001), a Signs of Safety meeting compared
/// with the one before (f-016) and a Signs of Safety meeting with the wellbeing wording (f-003), in every format;
/// then the rules every summary keeps: no CPR number, no internal note, well-formed HTML, even Markdown tables.
@Suite struct MeetingSummaryTests {
    typealias F = ExportFixtures

    static func summary(_ familyID: String, _ meetingID: String, _ format: ExportFormat, training: Bool = true,
                        compare: Bool = true) -> String {
        let family = F.family(familyID)
        return MeetingSummary.render(meeting: F.meeting(familyID, meetingID), family: family, team: F.team,
                                     format: format, earlier: compare ? family.meetings : [], training: training)
    }

    /// Every meeting of every training family, in every format.
    static func everySummary() -> [(name: String, format: ExportFormat, text: String, family: Family, meeting: Meeting)] {
        F.caseload.families.flatMap { family in
            family.meetings.flatMap { meeting in
                ExportFormat.allCases.map { format in
                    ("\(family.id)/\(meeting.id).\(format.rawValue)", format,
                     MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: format,
                                           earlier: family.meetings, training: true), family, meeting)
                }
            }
        }
    }

    // MARK: Golden files

    @Test(arguments: ExportFormat.allCases) func loftMeetingGolden(format: ExportFormat) {
        ExportGolden.check("meeting-loft-f001.\(format.rawValue)", Self.summary("f-001", "m1", format))
    }

    @Test(arguments: ExportFormat.allCases) func signsOfSafetyMeetingGolden(format: ExportFormat) {
        ExportGolden.check("meeting-sos-f016.\(format.rawValue)", Self.summary("f-016", "m2", format))
    }

    @Test(arguments: ExportFormat.allCases) func wellbeingMeetingGolden(format: ExportFormat) {
        ExportGolden.check("meeting-wellbeing-f003.\(format.rawValue)", Self.summary("f-003", "m2", format))
    }

    // MARK: Content

    @Test func loftHasItsFourColumnsInTheParticipantsWords() {
        let text = Self.summary("f-001", "m1", .txt)
        for heading in ["Bekymringer", "Det der fungerer", "Det der skal ske", "Aftaler", "Deltagere",
                        "Hvem gør hvad – og hvornår"] {
            #expect(text.range(of: "\n[0-9]+\\. \(heading)\n", options: .regularExpression) != nil, "missing \(heading)")
        }
        #expect(text.contains("Camilla Nørgaard (mor): Emil er så træt efter skole"))
        #expect(text.contains("Metode: LØFT"))
        #expect(!text.contains("Signs of Safety"))
    }

    @Test func signsOfSafetyHasItsQuestionsAndFinerKinds() {
        let text = Self.summary("f-016", "m2", .md)
        for heading in ["## Hvad er vi bekymrede for?", "## Hvad fungerer godt?", "## Hvad skal der ske?",
                        "### Det, vi er bange for kan ske, hvis intet ændrer sig", "### Det, der gør det sværere",
                        "### Det, der allerede giver sikkerhed", "### Styrker", "### Mål for sikkerhed",
                        "### Næste skridt", "## Skala for sikkerhed: fra 0 til 10"] {
            #expect(text.contains(heading + "\n"), "missing \(heading)")
        }
        // Signs of Safety has no agreements column; its next steps are the agreements.
        #expect(!text.contains("## Aftaler\n"))
        #expect(text.contains("Signs of Safety er et varemærke tilhørende Elia"))
    }

    @Test func wellbeingWordingSaysTrivselNotSikkerhed() {
        for format in ExportFormat.allCases {
            let text = Self.summary("f-003", "m2", format)
            #expect(text.contains("Skala for trivsel"))
            #expect(text.contains("Det, der allerede giver trivsel"))
            #expect(text.contains("barnet trives så godt, at sagen kan lukkes"))
            #expect(!text.contains("Skala for sikkerhed"))
            #expect(!text.contains("giver sikkerhed"))
            #expect(!text.contains("Mål for sikkerhed"))
        }
    }

    @Test func ratingsAreComparedWithTheLastMeetingByParticipant() {
        let text = Self.summary("f-016", "m2", .txt)
        #expect(text.contains("Stine Johansen (mor): sidst: 3, nu: 6 (3 op)"))
        #expect(text.contains("Kasper Johansen (far): sidst: 2, nu: 5 (3 op)"))
        #expect(text.contains("Mathias (barnet): sidst: 5, nu: 7 (2 op)"))
        #expect(text.contains("netværksmødet den \(DanishCalendarNames.long(F.meeting("f-016", "m1").date)) (sidst)"))
        let md = Self.summary("f-016", "m2", .md)
        #expect(md.contains("| Deltager | Sidst | Nu | Ændring |"))
        #expect(md.contains("| Stine Johansen (mor) | 3 | 6 | 3 op |"))
        let html = Self.summary("f-016", "m2", .html)
        #expect(html.contains("<tr><td>Stine Johansen (mor)</td><td>3</td><td>6</td><td>3 op</td></tr>"))

        // f-003: PPR came for the first time to the second meeting.
        let yasmin = Self.summary("f-003", "m2", .txt)
        #expect(yasmin.contains("Leila Hussein (mor): sidst: 4, nu: 7 (3 op)"))
        #expect(yasmin.contains("Henrik Dam (PPR): nu: 6 (gav ikke et tal sidst)"))
    }

    @Test func noComparisonWithoutEarlierRatingsOrWithOnlyLaterMeetings() {
        let alone = Self.summary("f-016", "m2", .txt, compare: false)
        #expect(alone.contains("Stine Johansen (mor): 6"))
        #expect(!alone.contains("sidst"))
        // The first meeting has only a later one to compare with: no comparison.
        let first = Self.summary("f-016", "m1", .txt)
        #expect(first.contains("Stine Johansen (mor): 3"))
        #expect(!first.contains("sidst:"))
    }

    @Test func aNewPersonInTheSameRoleIsComparedByRole() {
        let family = F.family("f-016")
        var now = F.meeting("f-016", "m2")
        let teacher = now.participants.firstIndex { $0.role == "lærer" }!
        now.participants[teacher].name = "Ny Lærer"
        let text = MeetingSummary.render(meeting: now, family: family, team: F.team, format: .txt,
                                         earlier: family.meetings, training: true)
        #expect(text.contains("Ny Lærer (lærer): sidst: 3, nu: 5 (2 op)"))
    }

    @Test func agreementsAreATableOfWhoDoesWhatByWhen() {
        let md = Self.summary("f-001", "m1", .md)
        #expect(md.contains("| Hvad | Hvem | Senest | Status |"))
        #expect(md.contains("| PPR observerer Emil i frikvarteret og giver forældrene en tilbagemelding | PPR Søby | "
            + DanishCalendarNames.long(F.today.adding(days: 20)) + " | Åben |"))
        // A caseworker's initials become her name.
        let yasmin = Self.summary("f-003", "m2", .txt)
        #expect(yasmin.contains("Hvem: Mette Hansen (sagsbehandler)"))
        #expect(!yasmin.contains("Hvem: MHA"))
    }

    @Test func trainingSaysOvelseFirstAndOnlyThen() {
        for format in ExportFormat.allCases {
            let training = Self.summary("f-001", "m1", format)
            let head = training.components(separatedBy: "\n").prefix(15).joined(separator: "\n")
            #expect(head.contains("ØVELSE"), "\(format): no ØVELSE at the top")
            let real = Self.summary("f-001", "m1", format, training: false)
            #expect(!real.contains("ØVELSE"))
        }
    }

    // MARK: Privacy

    @Test func noCPRNumberInAnySummary() {
        let cprs = F.allCPRs
        for s in Self.everySummary() {
            #expect(!FormatChecks.hasTenDigitRun(s.text), "\(s.name): a 10-digit run")
            #expect(!FormatChecks.hasDashedCPR(s.text), "\(s.name): a CPR number")
            for cpr in cprs { #expect(!s.text.contains(cpr), "\(s.name) contains a CPR number") }
        }
    }

    @Test func aCPRNumberTypedIntoACardIsMasked() {
        let family = F.family("f-001")
        var meeting = F.meeting("f-001", "m1")
        let cpr = family.children[0].cpr!
        meeting.cards[0].text = "Emils CPR er \(cpr) og \(cpr.prefix(6))-\(cpr.suffix(4))"
        for format in ExportFormat.allCases {
            let text = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: format,
                                             training: true)
            #expect(!text.contains(cpr))
            #expect(!FormatChecks.hasTenDigitRun(text))
            #expect(!FormatChecks.hasDashedCPR(text))
            #expect(text.contains("\(cpr.prefix(6))-XXXX"))
        }
    }

    @Test func noInternalNotesOfTheMeetingOrTheFamily() {
        var checked = 0
        for s in Self.everySummary() {
            for note in [s.meeting.internalNotes, s.family.internalNotes].compactMap({ $0 }) {
                // The note's first words, in every format's spelling.
                let words = String(note.prefix(30))
                #expect(!s.text.contains(words), "\(s.name) shows an internal note")
                #expect(!s.text.contains(HTMLWriter().escape(words)), "\(s.name) shows an internal note")
                checked += 1
            }
        }
        #expect(checked >= 9, "the training caseload should have internal notes to check (f-004, f-016, f-026)")
        let lily = Self.summary("f-026", "m1", .txt)
        #expect(!lily.contains("påvirket"))
        #expect(!lily.contains("misbrug"))
    }

    @Test func nothingAboutAnotherFamily() {
        let text = Self.summary("f-001", "m1", .txt)
        for other in F.caseload.families where other.id != "f-001" {
            #expect(!text.contains(other.name), "mentions \(other.name)")
            for child in other.children where child.name.count > 4 {
                #expect(!text.contains(child.name + " "), "mentions \(child.name)")
            }
        }
    }

    // MARK: Formats

    @Test func everyHTMLSummaryIsWellFormed() {
        for s in Self.everySummary() where s.format == .html {
            #expect(FormatChecks.xmlProblem(s.text) == nil, "\(s.name): \(FormatChecks.xmlProblem(s.text) ?? "")")
            #expect(s.text.hasPrefix("<!DOCTYPE html>\n<html"))
            #expect(s.text.contains("<meta charset=\"utf-8\" />"))
            #expect(s.text.contains("@media print"))
        }
    }

    @Test func everyMarkdownTableHasEqualColumns() {
        for s in Self.everySummary() where s.format == .md {
            #expect(FormatChecks.markdownTableProblems(s.text).isEmpty,
                    "\(s.name): \(FormatChecks.markdownTableProblems(s.text))")
        }
    }

    @Test func everyTextSummaryFitsIn78Columns() {
        for s in Self.everySummary() where s.format == .txt {
            #expect(FormatChecks.overlongLines(s.text).isEmpty, "\(s.name): \(FormatChecks.overlongLines(s.text))")
            #expect(!s.text.contains("|") && !s.text.contains("**") && !s.text.contains("<"))
        }
    }

    @Test func markupInTheParticipantsWordsStaysText() {
        let family = F.family("f-001")
        var meeting = F.meeting("f-001", "m1")
        meeting.cards[0].text = "<script>alert('x')</script> & | *fed* [link](x) \u{1B}[31m"
        meeting.agreements[0].what = "Skole | hjem: <b>bog</b>"
        let html = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: .html, training: true)
        #expect(FormatChecks.xmlProblem(html) == nil)
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; | *fed*"))
        #expect(!html.contains("\u{1B}"))
        let md = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: .md, training: true)
        #expect(FormatChecks.markdownTableProblems(md).isEmpty)
        #expect(md.contains("Skole \\| hjem: \\<b\\>bog\\</b\\>"))
        #expect(md.contains("\\*fed\\* \\[link\\](x)"))
        let txt = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: .txt, training: true)
        #expect(!txt.contains("\u{1B}"))
    }

    @Test func anEmptyMeetingStillMakesAWholeDocument() {
        let family = Family(id: "f-tom", name: "Familien Tom")
        for method in MeetingMethod.allCases {
            let meeting = Meeting(id: "m1", date: F.today, kind: .start, method: method)
            for format in ExportFormat.allCases {
                let text = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: format,
                                                 training: false)
                #expect(text.contains("Startmøde 2. november 2026 – Familien Tom"))
                #expect(text.contains("Ingen deltagere skrevet op."))
                #expect(text.contains("Intet skrevet op."))
                #expect(text.contains("Der blev ikke lavet aftaler med dato på mødet."))
                #expect(!text.contains("Skala"))
                if format == .html { #expect(FormatChecks.xmlProblem(text) == nil) }
            }
        }
    }

    @Test func longWordsAndLinesAreWrappedAt78() {
        let family = F.family("f-001")
        var meeting = F.meeting("f-001", "m1")
        meeting.cards[0].text = String(repeating: "Lang", count: 60) + " og " + String(repeating: "kort ", count: 40)
        meeting.summary = "Første linje\nAnden linje\n\nNyt afsnit"
        let text = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: .txt, training: true)
        #expect(FormatChecks.overlongLines(text).isEmpty, "\(FormatChecks.overlongLines(text))")
        #expect(text.contains("Første linje\nAnden linje\n\nNyt afsnit"))
        let html = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: .html, training: true)
        #expect(html.contains("<p>Første linje<br />Anden linje</p>\n<p>Nyt afsnit</p>"))
        let md = MeetingSummary.render(meeting: meeting, family: family, team: F.team, format: .md, training: true)
        #expect(md.contains("Første linje\\\nAnden linje\n\nNyt afsnit"))
    }

    @Test func danishLettersSurviveEveryFormat() {
        for format in ExportFormat.allCases {
            let text = Self.summary("f-001", "m1", format)
            for word in ["Nørgaard", "Lærkereden", "Søby", "Bekymringer", "Hvem gør hvad – og hvornår"] {
                #expect(text.contains(word), "\(format): \(word)")
            }
            #expect(!text.contains("&#248;") && !text.contains("&oslash;") && !text.contains("Ã"))
        }
    }
}
