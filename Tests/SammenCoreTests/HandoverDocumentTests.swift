import Foundation
import Testing
@testable import SammenCore

/// The handover document: golden files for f-004 (investigation, complaint, buddy, internal notes) in every format
/// and f-002 (transition) in Markdown; every section in every family's document; internal notes only when asked;
/// never a full CPR number.
@Suite struct HandoverDocumentTests {
    typealias F = ExportFixtures

    static let sections = [
        "Familien", "Børn", "Sager og indsatser", "Frister nu", "Mål (fælles målbillede)", "Netværk", "Åbne aftaler",
        "Årshjul", "Seneste kontakter", "Samarbejdsudfordringer", "Klager", "Barnets stemme",
        "Overgang til voksenlivet",
    ]

    static func handover(_ id: String, _ format: ExportFormat, notes: Bool = true, training: Bool = true) -> String {
        HandoverDocument.render(family: F.family(id), team: F.team, today: F.today, format: format,
                                training: training, includeInternalNotes: notes)
    }

    // MARK: Golden files

    @Test(arguments: ExportFormat.allCases) func handoverGolden(format: ExportFormat) {
        ExportGolden.check("handover-f004.\(format.rawValue)", Self.handover("f-004", format))
    }

    @Test func transitionHandoverGolden() {
        ExportGolden.check("handover-f002.md", Self.handover("f-002", .md))
    }

    // MARK: Sections

    @Test func everyFamilyHasEverySection() {
        for family in F.caseload.families {
            let md = HandoverDocument.render(family: family, team: F.team, today: F.today, format: .md, training: true)
            for section in Self.sections {
                #expect(md.contains("\n## \(section)\n"), "\(family.id): no section \(section)")
            }
            #expect(md.contains("\n### \(F.today.year)\n") && md.contains("\n### \(F.today.year + 1)\n"),
                    "\(family.id): årshjul for this year and the next")
        }
    }

    @Test func casesShowBothNumberingsCadenceAndWhy() {
        let text = Self.handover("f-013", .txt)
        #expect(text.contains("SEL § 52 / BL § 32 (Støttende indsatser)"))
        #expect(text.contains("SEL § 11 / BL § 30"))
        #expect(text.contains("Opfølgning: Sammen om familien: opfølgning hver 6. uge"))
        #expect(text.contains("Hvorfor: Sagen har en aktiv børnefaglig undersøgelse, støttende indsats eller"))
        let emil = Self.handover("f-001", .txt)
        #expect(emil.contains("Sammen om familien: opfølgning hver 3. måned"))
        #expect(emil.contains("Sagen har kun kompensation"))
        #expect(emil.contains("Makker: ingen"))
        let malthe = Self.handover("f-004", .txt)
        #expect(malthe.contains("Makker: Jonas Poulsen (JOP)"))
    }

    @Test func deadlinesAreTheEnginesDeadlines() {
        let family = F.family("f-004")
        let deadlines = DeadlineEngine.deadlines(for: FamilySummary(family), today: F.today)
        #expect(deadlines.count >= 3)
        let md = Self.handover("f-004", .md)
        for d in deadlines {
            #expect(md.contains("| \(d.kind.danishName) | \(d.due.danish) |"), "missing \(d.kind) \(d.due)")
        }
        #expect(md.contains("dage over fristen"))
    }

    @Test func goalsWithSmartSubGoalsAndHistory() {
        let text = Self.handover("f-001", .txt)
        for part in ["Kortsigtet mål: Emil sover i sin egen seng hele natten", "Langsigtet mål: Emil har en skoledag",
                     "Specifikt:", "Målbart:", "Accepteret af: Mor, far og Emil (med piktogram)", "Realistisk:",
                     "Tidsfrist:", "Delmål:", "Ændringer af målet:",
                     "Ansvarlig: Aflastningen Lærkereden",
                     "Ansvarlig: Mette Hansen (sagsbehandler)"] {
            #expect(text.contains(part), "missing \(part)")
        }
        #expect(Self.handover("f-001", .md).contains("Før: »Emil sover i sin egen seng alle ugens nætter«"))
    }

    @Test func networkSaysWhoCoordinates() {
        let md = Self.handover("f-001", .md)
        #expect(md.contains("| Skole | Søby Skole, 1.B | Lærer Anne Holt, tlf. 72 34 60 10 | Emil | Familien | 1 |"))
        #expect(md.contains("| PPR | PPR Søby | Psykolog Henrik Dam, ppr@soeby.dk | Emil | Sagsbehandleren | 2 |"))
    }

    @Test func recentContactsAreTheLastTen() {
        let family = F.family("f-004")
        #expect(family.contacts.count > 10)
        let md = Self.handover("f-004", .md)
        #expect(md.contains("De seneste 10 af \(family.contacts.count) kontakter"))
        let sorted = family.contacts.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        let section = md.components(separatedBy: "## Seneste kontakter")[1].components(separatedBy: "\n## ")[0]
        let rows = section.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Dato") && !$0.hasPrefix("| ---") }
        #expect(rows.count == 10)
        #expect(rows.first?.hasPrefix("| \(sorted[0].date.danish) |") == true)
        #expect(!section.contains("| \(sorted[10].date.danish) | ") || sorted[10].date == sorted[9].date)
    }

    @Test func agreementsChallengesComplaintsVoicesTransition() {
        let olsen = Self.handover("f-013", .txt)
        #expect(olsen.contains(". Mellem Skolen og Forældrene – om vurderingen\n"))
        #expect(olsen.contains("Udtalt: nej, uudtalt"))
        #expect(olsen.contains("Videndeling: Netværksmøde: alle fortalte"))
        #expect(olsen.contains("Forældre og skole skriver i en fælles bog hver dag i fire uger"))
        let johansen = Self.handover("f-016", .txt)
        #expect(johansen.contains("Udfald: Kommunen ændrede afgørelsen"))
        #expect(johansen.contains("De tre huse"))
        let oliver = Self.handover("f-002", .txt)
        #expect(oliver.contains("Trin: Afklaring af bolig og hjælpere efter 18"))
        #expect(oliver.contains("Fylder 18:"))
        #expect(Self.handover("f-001", .txt).contains("Ingen af børnene er tæt på 16 år"))
    }

    @Test func anAlmostEmptyFamilyStillHasEverySection() {
        let family = Family(id: "f-tom", name: "Familien Tom")
        for format in ExportFormat.allCases {
            let text = HandoverDocument.render(family: family, team: F.team, today: F.today, format: format,
                                               training: false)
            for section in Self.sections { #expect(text.contains(section), "\(format): \(section)") }
            #expect(text.contains("Familien har ingen sager."))
            #expect(text.contains("Ingen frister: familien har ingen åben sag."))
            #expect(text.contains("Intet planlagt i årshjulet for 2027 endnu."))
            if format == .html { #expect(FormatChecks.xmlProblem(text) == nil) }
            if format == .md { #expect(FormatChecks.markdownTableProblems(text).isEmpty) }
        }
    }

    // MARK: Internal notes

    @Test func internalNotesOnlyWhenAsked() {
        let family = F.family("f-026")
        let familyNote = family.internalNotes!
        let meetingNote = family.meetings[0].internalNotes!
        for format in ExportFormat.allCases {
            let with = Self.handover("f-026", format)
            #expect(with.contains(HandoverDocument.internalNotesHeading))
            #expect(with.contains("Mor er i behandling for et misbrug"))
            #expect(with.contains("Mor virkede påvirket ved mødets start"))
            let without = Self.handover("f-026", format, notes: false)
            #expect(!without.contains("Interne noter"))
            #expect(!without.contains("kun til kolleger"))
            for note in [familyNote, meetingNote] {
                #expect(!without.contains(String(note.prefix(25))))
            }
            #expect(!without.contains("misbrug"))
            #expect(!without.contains("påvirket"))
        }
        // The default is to include them: the document is for colleagues.
        let byDefault = HandoverDocument.render(family: family, team: F.team, today: F.today, format: .md, training: true)
        #expect(byDefault.contains("## Interne noter (kun til kolleger)"))
        #expect(Self.handover("f-001", .md).contains("Ingen interne noter."))
    }

    // MARK: Privacy and formats

    @Test func neverAFullCPRNumber() {
        let cprs = F.allCPRs
        for family in F.caseload.families {
            for format in ExportFormat.allCases {
                let text = HandoverDocument.render(family: family, team: F.team, today: F.today, format: format,
                                                   training: true)
                #expect(!FormatChecks.hasTenDigitRun(text), "\(family.id).\(format)")
                #expect(!FormatChecks.hasDashedCPR(text), "\(family.id).\(format)")
                for cpr in cprs { #expect(!text.contains(cpr), "\(family.id).\(format) has a CPR number") }
                for child in family.children {
                    if let masked = child.maskedCPR { #expect(text.contains(masked)) }
                }
            }
        }
    }

    @Test func everyFormatIsWellFormed() {
        for family in F.caseload.families {
            func render(_ format: ExportFormat) -> String {
                HandoverDocument.render(family: family, team: F.team, today: F.today, format: format, training: true)
            }
            let html = render(.html)
            #expect(FormatChecks.xmlProblem(html) == nil, "\(family.id): \(FormatChecks.xmlProblem(html) ?? "")")
            let md = render(.md)
            #expect(FormatChecks.markdownTableProblems(md).isEmpty,
                    "\(family.id): \(FormatChecks.markdownTableProblems(md))")
            let txt = render(.txt)
            #expect(FormatChecks.overlongLines(txt).isEmpty, "\(family.id): \(FormatChecks.overlongLines(txt))")
            for text in [html, md, txt] {
                #expect(text.contains(family.name))
                #expect(text.contains("ØVELSE"))
            }
        }
        let real = Self.handover("f-001", .html, training: false)
        #expect(!real.contains("ØVELSE"))
        #expect(real.contains("Nørgaard") && real.contains("Søby") && real.contains("Lærkereden"))
    }
}
