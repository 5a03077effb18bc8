import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// Screens as text, compared with the files in Snapshots/. To update them on purpose:
/// `SAMMEN_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`, then read the diff before committing.
@Suite struct SnapshotTests {
    static let folder = (#filePath as NSString).deletingLastPathComponent + "/Snapshots"

    func assertSnapshot(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Renderer.render(state).text() + "\n"
        let path = SnapshotTests.folder + "/\(name).txt"
        if ProcessInfo.processInfo.environment["SAMMEN_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(atPath: SnapshotTests.folder, withIntermediateDirectories: true)
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with SAMMEN_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "screen \(name) changed:\n\(text)", sourceLocation: sourceLocation)
    }

    static let sizes = [(80, 24), (160, 48)]

    @Test(arguments: sizes) func dashboard(width: Int, height: Int) {
        let source = sampleSource()
        source.isTraining = true
        assertSnapshot("dashboard-\(width)x\(height)", makeState(source, width: width, height: height))
    }

    @Test(arguments: sizes) func dashboardSearching(width: Int, height: Int) {
        let source = sampleSource()
        var state = makeState(source, width: width, height: height)
        press(&state, .character("/"), source: source)
        type(&state, "fam", source: source)
        assertSnapshot("dashboard-search-\(width)x\(height)", state)
    }

    @Test(arguments: sizes) func leader(width: Int, height: Int) {
        let source = sampleSource()
        var state = makeState(source, width: width, height: height)
        press(&state, .character("2"), source: source)
        assertSnapshot("leader-\(width)x\(height)", state)
    }

    @Test(arguments: sizes) func family(width: Int, height: Int) {
        let source = sampleSource()
        var state = makeState(source, width: width, height: height)
        press(&state, .enter, source: source)
        assertSnapshot("family-\(width)x\(height)", state)
    }

    @Test(arguments: sizes) func followUpForm(width: Int, height: Int) {
        let source = sampleSource()
        var state = makeState(source, width: width, height: height)
        press(&state, .enter, .character("f"), .tab, .tab, .tab, .tab, source: source)
        type(&state, "Samtale om aflastning", source: source)
        assertSnapshot("followup-\(width)x\(height)", state)
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) {
        let source = sampleSource()
        var state = makeState(source, width: width, height: height)
        press(&state, .character("?"), source: source)
        assertSnapshot("help-\(width)x\(height)", state)
    }

    static func wheelState(width: Int, height: Int) -> AppState {
        let source = sampleSource()
        source.families["f-a"]!.annualPlan = [
            AnnualActivity(id: "a1", year: 2026, month: 11, kind: .followUp, purpose: "Opfølgning: hvordan går det med aflastningen?",
                           participants: ["Mor", "Mette (sagsbehandler)"], date: d("2026-11-24"), time: "10:00"),
            AnnualActivity(id: "a2", year: 2026, month: 11, kind: .childConversation, purpose: "Børnesamtale med Yasmin",
                           participants: ["Yasmin", "Mette"]),
            AnnualActivity(id: "a3", year: 2026, month: 3, kind: .networkMeeting, purpose: "Netværksmøde med skole og PPR", done: true),
            AnnualActivity(id: "a4", year: 2026, month: 9, kind: .networkMeeting, purpose: "Netværksmøde", done: true),
            AnnualActivity(id: "a5", year: 2026, month: 12, kind: .deadline, purpose: "Barnets plan revideres"),
        ]
        var state = makeState(source, width: width, height: height)
        press(&state, .enter, .character("å"), source: source)
        return state
    }

    @Test(arguments: [(80, 24), (160, 48), (60, 20)]) func wheel(width: Int, height: Int) {
        assertSnapshot("wheel-\(width)x\(height)", SnapshotTests.wheelState(width: width, height: height))
    }

    static func boardState(width: Int, height: Int, presenting: Bool, method: MeetingMethod = .loft,
                           language: Language = .da) -> AppState {
        boardSetup(width: width, height: height, presenting: presenting, method: method, language: language).0
    }

    /// The board and the source behind it, for tests that press more keys on it.
    static func boardSetup(width: Int, height: Int, presenting: Bool, method: MeetingMethod = .loft,
                           language: Language = .da) -> (AppState, MemorySource) {
        let source = sampleSource()
        source.isTraining = true
        let people = [Participant(id: "p1", name: "Sara", role: "mor"), Participant(id: "p2", name: "Yasmin", role: "barnet"),
                      Participant(id: "p3", name: "Lone", role: "lærer"), Participant(id: "p4", name: "Mette", role: "sagsbehandler")]
        var meeting = Meeting(id: "m1", date: d("2026-11-20"), kind: .network, method: method, wellbeingWording: true,
                              participants: people)
        meeting.cards = [
            BoardCard(id: "k1", column: .worries, text: "Yasmin sover dårligt efter skoledage med mange skift.", author: "p1"),
            BoardCard(id: "k2", column: .worries, text: "Det er svært i frikvarteret.", author: "p2"),
            BoardCard(id: "k3", column: .working, text: "Billedskemaet hjælper hende om morgenen.", author: "p3"),
            BoardCard(id: "k4", column: .mustHappen, text: "Faste pauser i et stille rum.", author: "p3"),
            BoardCard(id: "ag1", column: .agreements, text: "Pauseplan — Lone, 15.12.2026", author: "p4"),
        ]
        meeting.agreements = [Agreement(id: "ag1", what: "Pauseplan", who: "Lone", due: d("2026-12-15"))]
        meeting.ratings = [Rating(participant: "p1", value: 5), Rating(participant: "p3", value: 6)]
        meeting.internalNotes = "Intern note"
        source.families["f-a"]!.meetings = [meeting]
        source.families["f-a"]!.children[0].cpr = "010516-4321"
        var state = makeState(source, language: language, width: width, height: height)
        press(&state, .enter, .character("m"), .enter, source: source)
        if presenting { press(&state, .function(5), source: source) }
        return (state, source)
    }

    @Test(arguments: [(80, 24), (200, 60)]) func board(width: Int, height: Int) {
        let state = SnapshotTests.boardState(width: width, height: height, presenting: false)
        assertSnapshot("board-\(width)x\(height)", state)
    }

    @Test(arguments: [(80, 24), (200, 60)]) func presentation(width: Int, height: Int) {
        let state = SnapshotTests.boardState(width: width, height: height, presenting: true)
        let text = Renderer.render(state).text()
        #expect(!text.contains("4321") && !text.contains("Intern note"))
        assertSnapshot("present-\(width)x\(height)", state)
    }

    @Test func signsOfSafetyBoard() {
        assertSnapshot("board-sos-80x24", SnapshotTests.boardState(width: 80, height: 24, presenting: false, method: .signsOfSafety))
    }

    @Test func meetingsList() {
        var state = SnapshotTests.boardState(width: 80, height: 24, presenting: false)
        state.screen = .meetings
        assertSnapshot("meetings-80x24", state)
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5]) func record(tab: Int) {
        let source = sampleSource()
        source.families["f-a"]!.network = [NetworkActor(id: "n1", role: .school, organisation: "Søby Skole", contactName: "Lone",
                                                        closeness: 1, coordinatedBy: .family),
                                           NetworkActor(id: "n2", role: .ppr, organisation: "PPR Søby", closeness: 2)]
        source.families["f-a"]!.goals = [Goal(id: "g1", title: "Yasmin sover hele natten", horizon: .short,
                                              smart: SMART(specific: "Fast sengetid", measurable: "5 nætter om ugen", acceptedBy: "Forældrene",
                                                           realistic: "Hun sover allerede 3 nætter", deadline: d("2027-02-01")),
                                              owner: Responsible(kind: .family), created: d("2026-09-01"),
                                              subGoals: [SubGoal(id: "d1", title: "Billedskema", owner: Responsible(kind: .partner, name: "Skolen"))],
                                              revisions: [GoalRevision(date: d("2026-10-01"), reason: "For stort skridt", previousTitle: "Sover alle nætter")])]
        source.families["f-a"]!.childVoices = [ChildVoice(id: "v1", childID: "c1", date: d("2026-10-10"), method: .conversation,
                                                          said: "Jeg kan godt lide min skole, men frikvarteret er svært")]
        source.families["f-a"]!.challenges = [CollaborationChallenge(id: "s1", opened: d("2026-08-01"), between: ["Forældrene", "Skolen"],
                                                                     about: .assessment, explicit: false, description: "Skolen ser ikke det, forældrene ser")]
        source.families["f-a"]!.complaints = [Complaint(id: "c1", received: d("2026-11-01"), about: "Afslag på aflastning")]
        var state = makeState(source, width: 80, height: 24)
        press(&state, .enter, .character("r"), source: source)
        for _ in 0..<tab { press(&state, .tab, source: source) }
        assertSnapshot("record-\(tab + 1)-80x24", state)
        _ = App.update(&state, .resize(width: 160, height: 48), source: source)
        assertSnapshot("record-\(tab + 1)-160x48", state)
    }

    @Test func englishDashboard() {
        let source = sampleSource()
        assertSnapshot("dashboard-en-80x24", makeState(source, language: .en))
    }

    @Test func readOnlyAndTrainingMarkersShowOnEveryScreen() {
        let source = sampleSource()
        source.isTraining = true
        source.readOnlyReason = "— i brug af MHA"
        var state = makeState(source)
        for keys in [[Key](), [.character("2")], [.character("1"), .enter], [.character("?")]] {
            for key in keys { _ = App.update(&state, .key(key), source: source) }
            let text = Renderer.render(state).text()
            #expect(text.contains("ØVELSE"), "\(keys)")
            #expect(text.contains("SKRIVEBESKYTTET"), "\(keys)")
        }
    }

    @Test func cprNumbersAreMaskedOnScreen() {
        let source = sampleSource()
        source.families["f-a"]!.children[0].cpr = "010516-4321"
        var state = makeState(source)
        press(&state, .enter, source: source)
        let text = Renderer.render(state).text()
        #expect(text.contains("010516-XXXX"))
        #expect(!text.contains("4321"))
    }

    @Test func neverDrawsPastTheEdgeAtAnySize() {
        let source = sampleSource()
        source.isTraining = true
        for width in [1, 2, 5, 10, 20, 33, 50, 79, 80, 81, 120, 200] {
            for height in [1, 2, 3, 5, 8, 24, 60] {
                var state = makeState(source, width: width, height: height)
                for key: Key in [.down, .enter, .character("f"), .escape, .escape, .character("2"), .character("?")] {
                    _ = App.update(&state, .key(key), source: source)
                    let grid = Renderer.render(state)
                    #expect(grid.width == width && grid.height == height)
                    for line in grid.lines(trimTrailing: false) {
                        #expect(TextWidth.of(line) <= width, "\(width)x\(height): \(line)")
                    }
                }
            }
        }
    }
}
