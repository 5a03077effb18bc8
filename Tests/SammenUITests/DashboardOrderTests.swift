import Testing
import SammenCore
@testable import SammenUI

/// The dashboard sorts on ranked texts; the order must be exactly the one the sort keys give.
@Suite struct DashboardOrderTests {
    @Test(arguments: DashboardState.SortColumn.allCases)
    func rankedSortIsTheKeysOrder(column: DashboardState.SortColumn) {
        let today = LocalDate(year: 2026, month: 11, day: 2)!
        let municipality = SyntheticMunicipality(families: 300, seed: 9, today: today)
        let team = municipality.team()
        var caseload = (0..<300).map { FamilySummary(municipality.family($0, team: team)) }
        // Shared names (ties broken by the next column), and one that needs normalising (String comparison).
        for i in stride(from: 0, to: caseload.count, by: 7) { caseload[i].name = "Familien Ø" }
        caseload[3].name = "Familien Le\u{301}on"
        caseload[4].name = "Familien Léon"
        let rows = CaseRow.rows(for: caseload, today: today)
        for descending in [false, true] {
            let plain = rows.indices.sorted { DashboardState.key(rows[$0], by: column) < DashboardState.key(rows[$1], by: column) }
            #expect(DashboardState.order(rows, by: column, descending: descending) == (descending ? plain.reversed() : plain))
        }
    }
}

/// Counts on the dashboard are written the language's way once they pass a thousand.
@Suite struct DashboardCountTests {
    @Test func thousandsAreGroupedTheLanguagesWay() {
        let today = LocalDate(year: 2026, month: 11, day: 22)!
        let municipality = SyntheticMunicipality(families: 1_000, seed: 4, today: today)
        let team = municipality.team()
        let source = MemorySource(families: (0..<1_000).map { municipality.family($0, team: team) }, team: team)
        let danish = Renderer.render(makeState(source, language: .da)).text()
        let english = Renderer.render(makeState(source, language: .en)).text()
        let rows = makeState(source).rows.count
        #expect(rows >= 1_000)
        let grouped = (da: "\(rows / 1_000).\(String(format: "%03d", rows % 1_000))", en: "\(rows / 1_000),\(String(format: "%03d", rows % 1_000))")
        #expect(danish.contains("af \(grouped.da) sager"), "\(danish)")
        #expect(english.contains("of \(grouped.en)"), "\(english)")
    }
}
