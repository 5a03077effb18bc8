import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// The dashboard drawn from a database's first page while the rest of the caseload arrives (#18), as text:
/// the first rows exactly as the whole caseload gives them, no count and no "no matches" that could be wrong,
/// only moving, help and quitting until the rest is here, and the row the person is on kept when it arrives.
@Suite struct FirstPageStateTests {
    let today = d("2026-11-22")

    /// The whole caseload, and a source holding only the families of its first `rows` rows with the page the
    /// server would send for them.
    func setUp(rows: Int, user: String = "ukendt") -> (whole: AppState, wholeSource: MemorySource, page: FirstPage, pageSource: MemorySource) {
        let municipality = SyntheticMunicipality(families: 400, seed: 12, today: today)
        let team = municipality.team()
        let families = (0..<400).map { municipality.family($0, team: team) }
        let wholeSource = MemorySource(families: families, team: team)
        let whole = makeState(wholeSource, user: user, width: 100, height: 20)
        let first = whole.visibleRows.prefix(rows)
        let ids = Set(first.map(\.familyID))
        let pageSource = MemorySource(families: families.filter { ids.contains($0.id) }, team: team)
        let page = FirstPage(summaries: pageSource.summaries.sorted { $0.id < $1.id },
                             rows: first.map { .init(familyID: $0.familyID, caseKey: $0.caseNumber, caseworker: $0.caseworker, buddy: $0.buddy) },
                             requested: rows, complete: false, caseworker: whole.dashboard.caseworker)
        return (whole, wholeSource, page, pageSource)
    }

    func firstState(_ page: FirstPage, _ source: MemorySource, user: String = "ukendt") -> AppState? {
        AppState(firstPage: page, source: source, language: .da, today: today, user: user, width: 100, height: 20)
    }

    @Test func theFrameWhileTheRestArrivesShowsTheFirstRowsAndSaysSo() throws {
        let (whole, _, page, pageSource) = setUp(rows: 30)
        let state = try #require(firstState(page, pageSource))
        #expect(state.caseloadArriving)
        #expect(state.visibleRows == Array(whole.visibleRows.prefix(30)))
        let text = Renderer.render(state).text()
        #expect(text.contains("De første 30 sager · resten af sagsstammen hentes …"), "\(text)")
        // No count of every case or overdue case, and no key for a new family, until every family is here.
        #expect(!text.contains("forfaldne:"), "\(text)")
        #expect(!text.contains("ny familie"), "\(text)")
        // The keys offered are the ones that work now.
        #expect(text.contains("↑↓ · ? · q"), "\(text)")
        #expect(!text.contains("/ søg"), "\(text)")
        #expect(text.contains(whole.visibleRows[0].familyName))
    }

    @Test func whatNeedsEveryFamilyWaitsAndSaysWhy() throws {
        let (_, _, page, pageSource) = setUp(rows: 30)
        var state = try #require(firstState(page, pageSource))
        for key: Key in [.character("/"), .character("2"), .enter, .character("s"), .character("c"), .character("v"), .character("n")] {
            press(&state, key, source: pageSource)
            #expect(state.screen == .dashboard && state.family == nil && !state.dashboard.searching, "\(key)")
            #expect(state.dashboard.sort == .next && state.dashboard.kind == .all, "\(key)")
            #expect(Renderer.render(state).text().contains("Vent lidt: resten af sagsstammen hentes stadig"), "\(key)")
        }
        // Moving works, on the first rows.
        press(&state, .down, .down, .down, source: pageSource)
        #expect(state.dashboard.selected == 3)
        press(&state, .character("?"), source: pageSource)
        #expect(state.overlay == .help)
    }

    @Test func whenTheRestArrivesTheCountsComeAndTheRowStays() throws {
        let (whole, _, page, pageSource) = setUp(rows: 30)
        var state = try #require(firstState(page, pageSource))
        press(&state, .down, .down, .down, .down, .down, source: pageSource)
        let onRow = state.visibleRows[state.dashboard.selected]
        App.caseloadArrived(&state, whole: whole)
        #expect(!state.caseloadArriving)
        #expect(state.visibleRows[state.dashboard.selected] == onRow)
        let text = Renderer.render(state).text()
        #expect(text.contains(" sager · forfaldne: "), "\(text)")
        #expect(!text.contains("resten af sagsstammen"), "\(text)")
        // Everything works again.
        press(&state, .character("/"), source: pageSource)
        #expect(state.dashboard.searching)
    }

    @Test func aPageThatIsNotTheWholeCaseloadsFirstRowsIsRefused() throws {
        let (_, _, page, pageSource) = setUp(rows: 30)
        // Two rows in another order than the rules give.
        var swapped = page
        swapped.rows.swapAt(3, 4)
        if swapped.rows[3] != swapped.rows[4] { #expect(firstState(swapped, pageSource) == nil) }
        // A family of the page missing: its rows cannot be made, so the page does not check out.
        var missing = page
        let gone = page.rows[0].familyID
        missing.summaries.removeAll { $0.id == gone }
        let without = MemorySource(families: pageSource.families.values.filter { $0.id != gone }, team: pageSource.team)
        #expect(firstState(missing, without) == nil)
        // Fewer rows than asked for, while the server said there were more: not known to be the first.
        var short = page
        short.rows.removeLast()
        #expect(firstState(short, pageSource) == nil)
    }

    @Test func theCaseworkersOwnCasesFirstAsTheWholeCaseloadDecides() throws {
        let municipality = SyntheticMunicipality(families: 400, seed: 12, today: today)
        let user = municipality.team().caseworkers[1].initials
        let (whole, _, page, pageSource) = setUp(rows: 12, user: user)
        #expect(whole.dashboard.caseworker == user)
        let state = try #require(firstState(page, pageSource, user: user))
        #expect(state.dashboard.caseworker == user)
        #expect(state.visibleRows == Array(whole.visibleRows.prefix(12)))
    }

    @Test func aFailureToReadTheRestIsSaidInWordsAndTheFirstRowsStay() throws {
        let (whole, _, page, pageSource) = setUp(rows: 30)
        var state = try #require(firstState(page, pageSource))
        App.caseloadFailed(&state, reason: "Forbindelsen til serveren blev afbrudt.")
        let text = Renderer.render(state).text()
        #expect(text.contains("Resten af sagsstammen kunne ikke hentes"), "\(text)")
        #expect(state.visibleRows == Array(whole.visibleRows.prefix(30)))
        press(&state, .character("/"), source: pageSource)
        #expect(!state.dashboard.searching)
        #expect(state.status?.isError == true)
    }
}
