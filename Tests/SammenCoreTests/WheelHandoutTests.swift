import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SammenCore

/// The parents' handout: goldens, well-formed XML, labels inside their fields, no CPR and no internal notes.
@Suite struct WheelHandoutTests {
    static let today = date("2026-11-22")

    /// Familien Nørgaard (training) in 2027: the årshjul as planned, with the proposed year accepted.
    static func trainingFamily() -> (Family, Team) {
        let (team, families) = TrainingCaseload.make(today: today)
        var f = families.first { $0.id == "f-001" }!
        f.annualPlan += YearPlanner.propose(for: f, year: 2027, today: today)
        return (f, team)
    }

    /// A family with everything that must never be printed, and characters that must be escaped.
    static func secretFamily() -> (Family, Team) {
        var f = sampleFamily(id: "f-hemmelig", name: "Familien Ærø-Åberg & Søn <\"Østergård\"> 'test'")
        f.children[0].cpr = "020415-4321"
        f.internalNotes = "INTERN-FAMILIE: far drikker"
        f.guardians = [Guardian(name: "Åse Ærø", relation: "mor", phone: "20 30 40 50", email: "aase@eksempel.dk")]
        var meeting = Meeting(id: "m1", date: date("2027-01-10"), kind: .network, method: .loft)
        meeting.internalNotes = "INTERN-MØDE: uenighed om anbringelse"
        f.meetings = [meeting]
        f.annualPlan = [
            AnnualActivity(id: "a1", year: 2027, month: 3, kind: .followUp,
                           purpose: "Opfølgning: vi ser på målene (cpr 0204154321 skrevet ved en fejl)",
                           participants: ["Åse Ærø", "Sagsbehandler"], date: date("2027-03-09"), time: "10:00"),
            AnnualActivity(id: "a2", year: 2027, month: 9, kind: .networkMeeting, purpose: "Skole & PPR <mødes> \"sammen\"",
                           participants: ["Forældrene"]),
        ]
        let team = Team(name: "T", targetCaseload: 20, caseworkers: [
            Caseworker(initials: "MHA", name: "Mette Højgaard Ærenlund", email: "mha@soeby.dk", phone: "72 34 51 10"),
        ])
        return (f, team)
    }

    static func all(_ f: Family, _ team: Team, training: Bool = false) -> [String] {
        [WheelHandout.svg(for: f, year: 2027, team: team, training: training),
         WheelHandout.html(for: f, year: 2027, team: team, training: training),
         WheelHandout.text(for: f, year: 2027, team: team, training: training)]
    }

    /// Nil when `text` parses as XML, else the parser's complaint.
    static func xmlError(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "parse failed")
    }

    /// The text content of every <text> element, unescaped, in order.
    static func svgTexts(_ svg: String) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var texts: [String] = []
            var current: String?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                        qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "text" { current = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "text", let c = current { texts.append(c) }
                current = nil
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.texts
    }

    // MARK: Goldens

    @Test func goldens() {
        let (f, team) = Self.trainingFamily()
        GoldenFiles.assertMatches(WheelHandout.svg(for: f, year: 2027, team: team, training: true), "wheel-training-f-001-2027.svg")
        GoldenFiles.assertMatches(WheelHandout.html(for: f, year: 2027, team: team, training: true), "wheel-training-f-001-2027.html")
        GoldenFiles.assertMatches(WheelHandout.text(for: f, year: 2027, team: team, training: true), "wheel-training-f-001-2027.txt")
    }

    // MARK: Well-formed, escaped

    @Test func svgAndHTMLAreWellFormedXML() {
        for (f, team) in [Self.trainingFamily(), Self.secretFamily()] {
            let outputs = Self.all(f, team, training: true)
            #expect(Self.xmlError(outputs[0]) == nil)
            #expect(Self.xmlError(outputs[1]) == nil)
            #expect(outputs[0].hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(outputs[1].contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(outputs[1].contains("@page { size: A4; margin: 0; }"))
        }
    }

    @Test func textIsEscapedAndSurvivesTheRoundTrip() {
        let (f, team) = Self.secretFamily()
        let svg = WheelHandout.svg(for: f, year: 2027, team: team, training: false)
        #expect(svg.contains("Familien Ærø-Åberg &amp; Søn &lt;&quot;Østergård&quot;&gt; &apos;test&apos;"))
        #expect(Self.svgTexts(svg).contains("Årshjul 2027 – Familien Ærø-Åberg & Søn <\"Østergård\"> 'test'"))
        let html = WheelHandout.html(for: f, year: 2027, team: team, training: false)
        #expect(html.contains("Skole &amp; PPR &lt;mødes&gt; &quot;sammen&quot;"))
        #expect(WheelHandout.text(for: f, year: 2027, team: team, training: false).contains("Skole & PPR <mødes> \"sammen\""))
    }

    @Test func danishLettersSurvive() {
        let (f, team) = Self.secretFamily()
        for output in Self.all(f, team) {
            for word in ["Ærø-Åberg", "Østergård", "Mette Højgaard Ærenlund", "Opfølgning", "Netværksmøde", "Årshjul", "Søn"] {
                #expect(output.contains(word), "\(word)")
            }
            #expect(!output.contains("&#"))
        }
        #expect(WheelHandout.text(for: f, year: 2027, team: team, training: false).contains("Hvad er møderne til?"))
    }

    // MARK: Privacy

    @Test func noCPRAndNoInternalNotes() {
        for (f, team) in [Self.secretFamily(), Self.trainingFamily()] {
            let cprs = f.children.compactMap(\.cpr).flatMap { [$0, $0.filter(\.isNumber)] }
            for output in Self.all(f, team, training: true) {
                for cpr in cprs { #expect(!output.contains(cpr)) }
                #expect(output.range(of: #"(?<!\d)\d{6}-?\d{4}(?!\d)"#, options: .regularExpression) == nil)
                #expect(!output.contains("INTERN"))
                if let notes = f.internalNotes { #expect(!output.contains(notes)) }
                for m in f.meetings { if let notes = m.internalNotes { #expect(!output.contains(notes)) } }
                for c in f.cases { #expect(!output.contains(c.number)) }
            }
        }
        // A CPR number typed into a purpose is masked.
        let (f, team) = Self.secretFamily()
        #expect(WheelHandout.text(for: f, year: 2027, team: team, training: false).contains("020415-XXXX"))
    }

    // MARK: Content

    @Test func trainingIsMarkedEverywhere() {
        let (f, team) = Self.trainingFamily()
        for output in Self.all(f, team, training: true) { #expect(output.contains("ØVELSE")) }
        for output in Self.all(f, team, training: false) { #expect(!output.contains("ØVELSE")) }
    }

    @Test func textIsMonthByMonthWithTheCaseworker() {
        let (f, team) = Self.trainingFamily()
        let text = WheelHandout.text(for: f, year: 2027, team: team, training: false)
        let lines = text.components(separatedBy: "\n")
        let months = DanishCalendarNames.months.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let positions = months.map { m in lines.firstIndex(of: m)! }
        #expect(positions == positions.sorted())
        #expect(lines.allSatisfy { $0.count <= 72 })
        for expected in ["Jeres sagsbehandler", "  Mette Hansen", "  Telefon 72 34 51 10", "  E-mail mha@soeby.dk"] {
            #expect(lines.contains(expected))
        }
        // Purposes without the repeated kind name; dates the Danish way.
        #expect(text.contains("  - Opfølgning, fredag den 1. januar kl. 10.00"))
        #expect(!text.contains("Opfølgning: vi ser"))
        #expect(text.contains("Vi ser på målene og aftalerne sammen"))
    }

    @Test func everyMonthsLabelsLieInsideTheirField() {
        let families = [Self.trainingFamily(), Self.secretFamily()]
        for ((f, team), language) in families.flatMap({ family in Language.allCases.map { (family, $0) } }) {
            let svg = WheelSVG(content: WheelHandout.Content(family: f, period: .calendarYear(2027), team: team, training: false, language: language))
            for index in 0..<12 {
                let block = svg.layout(index)!
                let s = svg.sector(index)
                var y = block.y
                for line in block.lines {
                    // Sample the line's box edge and check each point in polar coordinates.
                    let (x0, x1, y0, y1) = (block.x, block.x + line.width, y, y + line.height)
                    for t in stride(from: 0.0, through: 1.0, by: 0.05) {
                        for (px, py) in [(x0 + t * (x1 - x0), y0), (x0 + t * (x1 - x0), y1), (x0, y0 + t * (y1 - y0)), (x1, y0 + t * (y1 - y0))] {
                            let r = ((px - s.cx) * (px - s.cx) + (py - s.cy) * (py - s.cy)).squareRoot()
                            var angle = atan2(px - s.cx, s.cy - py)
                            if angle < 0 { angle += 2 * Double.pi }
                            #expect(r >= s.inner && r <= s.outer, "month \(index + 1): \(line.text)")
                            #expect(angle >= s.start - 1e-9 && angle <= s.end + 1e-9, "month \(index + 1): \(line.text)")
                        }
                    }
                    y += line.height
                }
                // The month's name comes first, and every activity is shown (none of these months is crowded).
                #expect(block.lines[0].text == HandoutWords(language: language).monthTitle(index + 1))
                #expect(!block.lines.contains { $0.text.hasPrefix("+ ") })
                // Readable: the name at least 3.3 mm, activities at least 2.7 mm (8 pt).
                #expect(block.lines[0].size >= 33)
                #expect(block.lines.dropFirst().allSatisfy { $0.size >= 24 })
            }
        }
    }

    /// From October the handout covers the twelve months ahead: in December it is December to November, each
    /// month heading says its year, the wheel starts with December at twelve o'clock and says so, and the middle
    /// label fits inside the hub.
    @Test func decemberPrintsTheYearAhead() {
        var (f, team) = Self.secretFamily()
        f.annualPlan.append(AnnualActivity(id: "a3", year: 2026, month: 12, kind: .followUp, purpose: "Opfølgning før jul",
                                           date: date("2026-12-15")))
        f.annualPlan.append(AnnualActivity(id: "a4", year: 2027, month: 12, kind: .followUp, purpose: "Næste jul"))
        let period = PlanPeriod.ahead(from: date("2026-12-03"))
        #expect(period == PlanPeriod(year: 2026, firstMonth: 12))
        let text = WheelHandout.text(for: f, period: period, team: team, training: false)
        #expect(text.contains("Årshjul dec. 2026 – nov. 2027"))
        let headings = text.split(separator: "\n").filter { line in DanishCalendarNames.months.contains { line.lowercased().hasPrefix($0) } }
        #expect(headings.first == "December 2026" && headings.last == "November 2027" && headings.count == 12)
        #expect(text.contains("Opfølgning før jul") && text.contains("Vi ser på målene") && text.contains("Skole & PPR"))
        // December 2027 lies outside the twelve months.
        #expect(!text.contains("Næste jul"))
        #expect(text.components(separatedBy: "Intet planlagt").count - 1 == 9)
        let content = WheelHandout.Content(family: f, period: period, team: team, training: false, language: .da)
        let svg = WheelSVG(content: content)
        #expect(svg.layout(0)!.lines[0].text == "December")
        #expect(svg.layout(11)!.lines[0].text == "November")
        #expect(svg.document().contains("december øverst"))
        #expect(TextMetrics.width(period.shortLabel, size: 58, bold: true) < 2 * WheelSVG.inner - 20)
    }

    /// Meetings held on the board put their agreements in the handout (what, who, by when), done ones marked;
    /// nothing else from the board, and never its internal notes.
    @Test func boardAgreementsAreInTheHandout() {
        var (f, team) = Self.secretFamily()
        f.meetings[0].agreements = [
            Agreement(id: "g1", what: "Skolen sender ugeplanen hver fredag", who: "Skolen", due: date("2027-02-05")),
            Agreement(id: "g2", what: "Mor ringer til PPR", who: "Åse Ærø", due: date("2027-01-20"), done: date("2027-01-18")),
            Agreement(id: "g3", what: "Aftale året efter", who: "Skolen", due: date("2028-02-01")),
        ]
        f.meetings[0].cards = [BoardCard(id: "c1", column: .worries, text: "KORT-BEKYMRING", author: "Skolen")]
        for language in Language.allCases {
            let text = WheelHandout.text(for: f, year: 2027, team: team, training: false, language: language)
            let html = WheelHandout.html(for: f, year: 2027, team: team, training: false, language: language)
            for output in [text, html] {
                #expect(output.contains("Skolen sender ugeplanen hver fredag"))
                #expect(output.contains("Mor ringer til PPR"))
                #expect(!output.contains("Aftale året efter"))
                #expect(!output.contains("KORT-BEKYMRING") && !output.contains("INTERN"))
            }
            if language == .da {
                #expect(text.contains("Aftale, senest fredag den 5. februar"))
                #expect(text.contains("Aftale, senest onsdag den 20. januar (klaret)"))
                #expect(text.contains("Med: Skolen"))
            } else {
                #expect(text.contains("by Friday 5 February"))
            }
        }
        // The wheel page shows them in their month.
        let svg = WheelSVG(content: WheelHandout.Content(family: f, period: .calendarYear(2027), team: team, training: false, language: .da))
        #expect(svg.layout(1)!.lines.count > 2)
    }

    @Test func crowdedMonthShrinksThenSaysHowManyMore() {
        var (f, team) = Self.secretFamily()
        f.annualPlan = (1...30).map {
            AnnualActivity(id: "x\($0)", year: 2027, month: 12, kind: .networkMeeting, purpose: "Møde",
                           date: LocalDate(year: 2027, month: 12, day: $0), time: "13:30")
        }
        let svg = WheelSVG(content: WheelHandout.Content(family: f, period: .calendarYear(2027), team: team, training: false, language: .da))
        let block = svg.layout(11)!
        #expect(block.lines.last!.text.hasPrefix("+ "))
        #expect(block.lines.last!.text.hasSuffix("mere (se listen)"))
        // The text version still lists all 30.
        let text = WheelHandout.text(for: f, year: 2027, team: team, training: false)
        #expect(text.components(separatedBy: "  - Netværksmøde").count == 31)
    }

    @Test func emptyYear() {
        var (f, team) = Self.secretFamily()
        f.annualPlan = []
        let text = WheelHandout.text(for: f, year: 2027, team: team, training: false)
        #expect(text.components(separatedBy: "Intet planlagt.").count == 13)
        #expect(!text.contains("Hvad er møderne til?"))
        let svg = WheelHandout.svg(for: f, year: 2027, team: team, training: false)
        #expect(Self.xmlError(svg) == nil)
        #expect(svg.contains("Der er endnu ikke planlagt noget for året."))
    }
}
