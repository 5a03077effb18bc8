import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// The details screen, the empty store's first screen and every new form as text, at 80x24 and a large size, in
/// Danish and English. Recorded with `SAMMEN_RECORD_SNAPSHOTS=1 swift test --filter DetailsSnapshotTests`.
@Suite struct DetailsSnapshotTests {
    func assertSnapshot(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Renderer.render(state).text() + "\n"
        let path = SnapshotTests.folder + "/\(name).txt"
        if ProcessInfo.processInfo.environment["SAMMEN_RECORD_SNAPSHOTS"] == "1" {
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with SAMMEN_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "screen \(name) changed:\n\(text)", sourceLocation: sourceLocation)
    }

    static let cases: [(Int, Int, String)] = [(80, 24, "da"), (80, 24, "en"), (160, 48, "da"), (160, 48, "en")]

    /// Ahmed's details with a second child, a closed case, a guardian with e-mail and internal notes.
    static func source() -> MemorySource {
        let source = sampleSource()
        var family = source.families["f-a"]!
        family.address = "Skolevej 3, 8000 Aarhus"
        family.guardians[0].email = "mor@example.dk"
        family.children[0].cpr = "010516-4002"
        var closed = ChildCase(number: "S-8", primaryCaseworker: "JBO", opened: d("2024-02-01"), status: .closed,
                               measures: [Measure(id: "m9", legalBasis: LegalBasis(law: .sel, paragraph: "41"), description: "Merudgifter",
                                                  started: d("2024-02-01"), ended: d("2025-06-30"))])
        closed.closed = d("2025-06-30")
        closed.closeReason = "Behovet er dækket af skolen"
        family.children.append(Child(id: "c2", name: "Omar", birthDate: d("2019-02-12"), cases: [closed]))
        family.internalNotes = "Mor ønsker ikke opkald om morgenen. Far arbejder på skiftehold."
        family.network = [NetworkActor(id: "n1", role: .school, organisation: "Søby Skole", closeness: 1, coordinatedBy: .family),
                          NetworkActor(id: "n2", role: .ppr, organisation: "PPR", closeness: 2, coordinatedBy: .caseworker)]
        source.families["f-a"] = family
        return source
    }

    func details(_ width: Int, _ height: Int, _ language: Language) -> (AppState, MemorySource) {
        let source = Self.source()
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("e"), source: source)
        return (state, source)
    }

    func name(_ base: String, _ width: Int, _ height: Int, _ language: Language) -> String {
        "\(base)-\(width)x\(height)" + (language == .en ? "-en" : "")
    }

    func select(_ state: inout AppState, _ item: DetailsView.Item) {
        let view = state.family!
        let items = DetailsScreen.content(view.family, summary: view.summary, state: state).items
        state.details?.selected = items.firstIndex { $0.item == item }!
    }

    @Test(arguments: cases) func detailsScreen(width: Int, height: Int, lang: String) {
        let language: Language = lang == "en" ? .en : .da
        let (state, _) = details(width, height, language)
        assertSnapshot(name("details", width, height, language), state)
    }

    @Test(arguments: cases) func emptyStore(width: Int, height: Int, lang: String) {
        let language: Language = lang == "en" ? .en : .da
        let source = DetailsTests.emptySource()
        let state = makeState(source, user: "MHA", language: language, width: width, height: height)
        assertSnapshot(name("empty-store", width, height, language), state)
    }

    @Test(arguments: cases) func newFamilyForm(width: Int, height: Int, lang: String) {
        let language: Language = lang == "en" ? .en : .da
        let source = DetailsTests.emptySource()
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        press(&state, .character("n"), source: source)
        type(&state, "Nørgaard", source: source)
        press(&state, .tab, .tab, source: source)
        type(&state, "Alma", source: source)
        press(&state, .tab, .tab, source: source)
        type(&state, "0305154234", source: source)
        press(&state, .tab, source: source)
        assertSnapshot(name("form-new-family", width, height, language), state)
    }

    /// Each form of the details screen, opened by its key on the item it acts on.
    static let forms: [(String, DetailsView.Item, Key)] = [
        ("form-family", .family, .enter),
        ("form-guardian", .guardian(0), .enter),
        ("form-child", .child("c1"), .enter),
        ("form-new-case", .child("c1"), .character("n")),
        ("form-case", .childCase("S-1"), .enter),
        ("form-measure", .measure(caseNumber: "S-1", id: "m1"), .enter),
        ("form-close-case", .childCase("S-1"), .character("c")),
        ("form-notes", .notes, .enter),
    ]

    @Test(arguments: cases) func detailsForms(width: Int, height: Int, lang: String) {
        let language: Language = lang == "en" ? .en : .da
        for (base, item, key) in Self.forms {
            var (state, source) = details(width, height, language)
            select(&state, item)
            press(&state, key, source: source)
            #expect(state.fieldForm != nil, "\(base)")
            assertSnapshot(name(base, width, height, language), state)
        }
    }

    @Test(arguments: cases) func abandonAndReconsiderForms(width: Int, height: Int, lang: String) {
        let language: Language = lang == "en" ? .en : .da
        let source = Self.source()
        var family = source.families["f-a"]!
        family.goals = [Goal(id: "g1", title: "Yasmin sover igennem", horizon: .short,
                             smart: SMART(specific: "", measurable: "", acceptedBy: "", realistic: "", deadline: nil),
                             owner: Responsible(kind: .family), status: .achieved, created: d("2026-10-01"))]
        family.complaints = [Complaint(id: "c1", caseNumber: "S-1", received: d("2026-11-10"), about: "Afslag på aflastning")]
        source.families["f-a"] = family
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("r"), .tab, .tab, .character("d"), source: source)
        assertSnapshot(name("form-abandon-goal", width, height, language), state)
        press(&state, .escape, .tab, .tab, .character("G"), .character("d"), source: source)
        assertSnapshot(name("form-reconsider", width, height, language), state)
    }

    @Test(arguments: cases) func teamScreenAndForms(width: Int, height: Int, lang: String) {
        let language: Language = lang == "en" ? .en : .da
        let source = sampleSource()
        source.team.caseworkers[1].targetCaseload = 12
        source.team.caseworkers[1].email = "jonas@example.dk"
        source.team.members = [TeamMember(login: "mette", initials: "MHA", leader: true)]
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        press(&state, .character("2"), .character("t"), source: source)
        assertSnapshot(name("team", width, height, language), state)
        press(&state, .character("a"), source: source)
        assertSnapshot(name("form-caseworker", width, height, language), state)
        press(&state, .escape, .character("m"), source: source)
        assertSnapshot(name("form-team", width, height, language), state)
        press(&state, .escape, .down, .character("n"), source: source)
        assertSnapshot(name("form-member", width, height, language), state)
        press(&state, .escape, .up, .character("x"), source: source)
        assertSnapshot(name("ask-revoke-access", width, height, language), state)
    }
}
