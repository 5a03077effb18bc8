import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// The leader view (issue 16.10): the figure "til tiden" from the rule `due` uses, its definition under the
/// table, the team's network meetings, investigations past 4 months and complaints past 4 weeks, and the
/// drill-down Enter opens on a caseworker. Snapshots at 80x24 and 160x48, Danish and English.
@Suite struct LeaderViewTests {
    static let sizes = [(80, 24), (160, 48)]
    static let folder = (#filePath as NSString).deletingLastPathComponent + "/Snapshots/"

    func assertSnapshot(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = (Renderer.render(state).text() + "\n")
        let path = Self.folder + name + ".txt"
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

    static let languages: [SammenCore.Language] = [.da, .en]

    @Test(arguments: LeaderViewTests.languages, [0, 1])
    func leaderAndDrillDownSnapshots(language: SammenCore.Language, size: Int) {
        let (width, height) = Self.sizes[size]
        let source = sampleSource()
        var state = makeState(source, language: language, width: width, height: height)
        press(&state, .character("2"), source: source)
        let suffix = (language == .en ? "-en" : "") + "-\(width)x\(height)"
        assertSnapshot("leader-table" + suffix, state)
        press(&state, .enter, source: source)
        #expect(state.leaderDrillDown == "MHA")
        assertSnapshot("leader-drilldown" + suffix, state)
    }

    @Test func theDefinitionStandsUnderTheTable() {
        let source = sampleSource()
        var state = makeState(source, width: 160, height: 48)
        press(&state, .character("2"), source: source)
        let text = (Renderer.render(state).text() + "\n")
        #expect(text.contains("Til tiden = af de opfølgninger, kadencen krævede de seneste 12 måneder"))
        let english = makeState(source, language: .en, width: 160, height: 48)
        var en = english
        press(&en, .character("2"), source: source)
        #expect(Renderer.render(en).text().contains("On time = of the follow-ups the cadence required in the last 12 months"))
    }

    @Test func enterOnACaseworkerListsTheirFamiliesAndEscGoesBack() {
        let source = sampleSource()
        var state = makeState(source, width: 160, height: 48)
        press(&state, .character("2"), .down, source: source)
        #expect(state.leaderSelected == 1)
        press(&state, .enter, source: source)
        let who = try! #require(state.leaderDrillDown)
        let text = (Renderer.render(state).text() + "\n")
        // Every family where the caseworker is primary on an open case is listed.
        for family in source.summaries where family.cases.contains(where: { $0.isOpen && $0.primaryCaseworker == who }) {
            #expect(text.contains(family.name), "\(family.name)")
        }
        press(&state, .escape, source: source)
        #expect(state.leaderDrillDown == nil && state.screen == .leader)
        press(&state, .escape, source: source)
        #expect(state.screen == .dashboard)
    }

    @Test func theFiguresCountWhatDueCountsAndClosedCasesToo() {
        let source = sampleSource()
        let today = d("2026-11-22")
        let figures = LeaderScreen.figures(summaries: source.summaries, team: source.team, today: today)
        let deadlines = DeadlineEngine.deadlines(for: source.summaries, today: today, settings: RuleSettings(team: source.team))
        for f in figures {
            #expect(f.overdue == deadlines.filter { $0.kind == .followUp && $0.caseworker == f.initials && $0.due < today }.count)
            #expect(f.networkMeetings == deadlines.filter { $0.kind == .networkMeeting && $0.caseworker == f.initials && $0.due < today }.count)
            let cases = source.summaries.flatMap(\.cases).filter { $0.primaryCaseworker == f.initials }
            let share = Compliance.share(of: cases, today: today)
            #expect(f.onTime == share.onTime && f.due == share.due)
        }
    }
}
