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

    // MARK: Meeting summaries

    /// Danish words Sammen itself writes in a meeting summary; none may appear in the English one. (What the
    /// participants said stays in their own words, so words the training meetings' cards use are not listed.)
    static let danishMeetingWords = ["Bekymringer", "Det der fungerer", "Det der skal ske", "Aftaler", "Deltagere",
                                     "Hvem gør hvad", "Kontakt\n", "sagsbehandler", "Skalaspørgsmålet", "Skala for",
                                     "Hvad er vi bekymrede for", "Hvad fungerer godt", "Hvad skal der ske", "Dato",
                                     "Metode", "Kort fortalt", "Intet skrevet op", "Senest", "Åben", "Gjort", "Sidst",
                                     "Ændring", "første gang", "uændret", " op)", " ned)", "sammenlignes",
                                     "Opfølgningsmøde", "Netværksmøde", "Statusmøde", "Startmøde", "fiktive oplysninger",
                                     "Fælles opsummering", "varemærke", "løsningsfokuseret", "trivsel", "sikkerhed",
                                     "Næste skridt", "Styrker", "Det, der", " kl. ", "mandag", "tirsdag", "onsdag",
                                     "torsdag", "fredag", "lørdag", "søndag", "januar", "februar", "marts", "april", "juni",
                                     "juli", "august", "september", "oktober", "november", "december",
                                     "Kun til kolleger", "lang=\"da\""]

    static let meetings = [("f-001", "m1", "meeting-loft-f001"), ("f-016", "m2", "meeting-sos-f016"),
                           ("f-003", "m2", "meeting-wellbeing-f003")]

    static func meetingSummary(_ familyID: String, _ meetingID: String, _ format: ExportFormat,
                               language: Language = .en) -> String {
        let family = ExportFixtures.family(familyID)
        return MeetingSummary.render(meeting: ExportFixtures.meeting(familyID, meetingID), family: family,
                                     team: ExportFixtures.team, format: format, earlier: family.meetings, training: true,
                                     language: language)
    }

    @Test(arguments: ExportFormat.allCases) func meetingSummaryGoldens(format: ExportFormat) {
        for (family, meeting, name) in Self.meetings {
            ExportGolden.check("\(name).en.\(format.rawValue)", Self.meetingSummary(family, meeting, format))
        }
    }

    @Test func everyMeetingSummaryIsEnglishThroughout() {
        for family in ExportFixtures.caseload.families {
            for meeting in family.meetings {
                let typed = ([family.name] + meeting.participants.flatMap { [$0.name, $0.role] }
                    + meeting.cards.map(\.text) + meeting.agreements.flatMap { [$0.what, $0.who] }
                    + [meeting.summary ?? ""]).joined(separator: "\n")
                for format in ExportFormat.allCases {
                    let text = MeetingSummary.render(meeting: meeting, family: family, team: ExportFixtures.team,
                                                     format: format, earlier: family.meetings, training: true,
                                                     language: .en)
                    for word in Self.danishMeetingWords where !typed.contains(word) {
                        #expect(!text.contains(word), "Danish «\(word)» left in \(family.id)/\(meeting.id).\(format)")
                    }
                    #expect(text.contains("Who does what – and when"))
                    #expect(text.contains("Participants"))
                    #expect(FormatChecks.overlongLines(format == .txt ? text : "").isEmpty)
                    if format == .html {
                        #expect(text.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">"))
                        #expect(FormatChecks.xmlProblem(text) == nil)
                    }
                    if format == .md { #expect(FormatChecks.markdownTableProblems(text).isEmpty) }
                }
            }
        }
    }

    @Test func meetingSummaryKeepsTheBoardTermsOfTheEnglishScreens() {
        let loft = Self.meetingSummary("f-001", "m1", .md)
        for heading in ["## Worries", "## What is working", "## What must happen", "## Agreements"] {
            #expect(loft.contains(heading), "\(heading)")
        }
        let sos = Self.meetingSummary("f-016", "m2", .md)
        for heading in ["## What are we worried about?", "## What is working well?", "## What needs to happen?"] {
            #expect(sos.contains(heading), "\(heading)")
        }
    }

    @Test func meetingSummaryWritesDatesTheEnglishWay() {
        var meeting = ExportFixtures.meeting("f-001", "m1")
        meeting.date = LocalDate(iso: "2027-04-15")!
        meeting.time = "13:30"
        let family = ExportFixtures.family("f-001")
        let en = MeetingSummary.render(meeting: meeting, family: family, team: ExportFixtures.team, format: .txt,
                                       training: false, language: .en)
        #expect(en.contains("Date: Thursday 15 April 2027 at 13:30"), "\(en)")
        let da = MeetingSummary.render(meeting: meeting, family: family, team: ExportFixtures.team, format: .txt,
                                       training: false)
        #expect(da.contains("Dato: torsdag den 15. april 2027 kl. 13.30"), "\(da)")
    }

    // MARK: Handover documents

    /// Danish words Sammen itself writes in a handover document; none may appear in the English one (the
    /// caseworkers' own texts stay as typed, so a word they used is not checked for that family).
    static let danishHandoverWords = ["Overlevering", "Fortroligt", "## Familien", "## Børn", "Sager og indsatser",
                                      "Frister", "fælles målbillede", "## Netværk", "Åbne aftaler", "Årshjul",
                                      "Seneste kontakter", "Samarbejdsudfordringer", "Klager", "Barnets stemme",
                                      "Overgang til voksenlivet", "Interne noter", "Kun til kolleger", "Udskrevet",
                                      "Sagsbehandler", "Makker", "Kontaktønske", "Forældre og værger", "Alder",
                                      "maskeret", "Lovgrundlag", "Udfører", "Opfølgning", "Hvorfor", "Seneste opfølgning",
                                      "Næste opfølgning", "hver 6. uge", "hver 3. måned", "Senest", "Regel og indhold",
                                      "dage over fristen", "om ", "i dag", "Ansvarlig", "Oprettet", "Specifikt", "Målbart",
                                      "Realistisk", "Tidsfrist", "Delmål", "Ændringer af målet", "Koordineres af",
                                      "Nærhed", "Aftalt på", "Måned", "Aktivitet", "Deltagere", "Gjort", "Kanal",
                                      "nyeste først", "Åbnet", "Handler om", "Udtalt", "Modtaget", "Genvurderes",
                                      "Udfald", "Fylder 16", "Fylder 18", "Trin", "ikke endnu", "lavet med Sammen",
                                      "fiktive oplysninger", "Opfølgningsmøde", "Netværksmøde", "Statusmøde", "Startmøde",
                                      "Kortsigtet", "Langsigtet", "Ikke startet", "I gang", "Nået", "Afventer",
                                      "Forebyggende indsatser", "Støttende indsatser", "børnefaglig undersøgelse",
                                      "Aftale fra møde", "Hele familien", "Uformel kontakt", "Telefon", "Hjemmebesøg",
                                      " kl. ", "januar", "februar", "marts", "april", "juni", "juli", "august",
                                      "september", "oktober", "november", "december", "lang=\"da\""]

    static func handover(_ id: String, _ format: ExportFormat, notes: Bool = true) -> String {
        HandoverDocument.render(family: ExportFixtures.family(id), team: ExportFixtures.team, today: ExportFixtures.today,
                                format: format, training: true, includeInternalNotes: notes, language: .en)
    }

    @Test(arguments: ExportFormat.allCases) func handoverGoldens(format: ExportFormat) {
        ExportGolden.check("handover-f004.en.\(format.rawValue)", Self.handover("f-004", format))
    }

    @Test func transitionHandoverGolden() {
        ExportGolden.check("handover-f002.en.md", Self.handover("f-002", .md))
    }

    /// Everything a caseworker or the training caseload typed for the family: left as typed, so not checked.
    static func typedTexts(_ f: Family) -> String {
        var texts = [f.name, f.address ?? "", f.internalNotes ?? "", f.contactPreference.note ?? ""]
        texts += f.guardians.flatMap { [$0.name, $0.relation, $0.email ?? ""] }
        texts += f.children.flatMap { c in [c.name, c.situation ?? ""] + c.transitionSteps.map(\.title)
            + c.cases.flatMap { $0.measures.flatMap { [$0.description, $0.provider ?? ""] } } }
        texts += f.goals.flatMap { g in [g.title, g.smart.specific, g.smart.measurable, g.smart.acceptedBy, g.smart.realistic,
                                         g.owner.name ?? ""] + g.subGoals.flatMap { [$0.title, $0.owner.name ?? ""] }
                                   + g.revisions.flatMap { [$0.reason, $0.previousTitle] } }
        texts += f.network.flatMap { [$0.organisation, $0.contactName ?? "", $0.email ?? ""] }
        texts += f.meetings.flatMap { m in [m.internalNotes ?? ""] + m.agreements.flatMap { [$0.what, $0.who] } }
        texts += f.annualPlan.flatMap { [$0.purpose] + $0.participants }
        texts += f.contacts.map(\.note)
        texts += f.challenges.flatMap { [$0.description] + $0.between + $0.actions.map(\.note) }
        texts += f.complaints.map(\.about)
        texts += f.childVoices.map(\.said)
        return texts.joined(separator: "\n")
    }

    @Test func everyHandoverIsEnglishThroughout() {
        for family in ExportFixtures.caseload.families {
            let typed = Self.typedTexts(family)
            for format in ExportFormat.allCases {
                let text = Self.handover(family.id, format)
                for word in Self.danishHandoverWords where !typed.contains(word) {
                    #expect(!text.contains(word), "Danish «\(word)» left in the English handover of \(family.id).\(format)")
                }
                for heading in ["The family", "Children", "Cases and measures", "Deadlines now", "Goals (shared goal picture)",
                                "Network", "Open agreements", "Annual wheel", "Recent contacts", "Collaboration challenges",
                                "Complaints", "The child's voice", "Transition to adult life",
                                HandoverDocument.internalNotesHeading(in: .en)] {
                    let shown = format == .html ? heading.replacingOccurrences(of: "'", with: "&#39;") : heading
                    #expect(text.contains(shown), "\(heading) missing in \(family.id).\(format)")
                }
                if format == .html {
                    #expect(text.contains("lang=\"en\" xml:lang=\"en\""))
                    #expect(FormatChecks.xmlProblem(text) == nil)
                }
                if format == .md { #expect(FormatChecks.markdownTableProblems(text).isEmpty) }
                if format == .txt { #expect(FormatChecks.overlongLines(text).isEmpty) }
            }
        }
    }

    @Test func handoverUsesTheEnglishRulesCadenceAndLegalTitles() {
        let text = Self.handover("f-004", .md)
        #expect(text.contains("follow-up every 6 weeks") || text.contains("follow-up every 3 months"))
        let f = ExportFixtures.family("f-004")
        for measure in f.children.flatMap(\.cases).flatMap(\.measures) {
            if let entry = measure.legalBasis.entry { #expect(text.contains("(\(entry.englishTitle))"), "\(entry.englishTitle)") }
        }
        #expect(text.contains("2026-11-02") == false || text.contains("Printed"))
        #expect(text.contains("- **Printed:** 2 November 2026"))
        let without = Self.handover("f-004", .md, notes: false)
        #expect(!without.contains("Internal notes"))
    }
}
