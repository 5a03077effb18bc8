import Foundation
import Testing
@testable import SammenCore

/// Summaries kept as index lines (the PostgreSQL store's column) read back as they were, and damaged lines are
/// refused whole rather than read wrong.
@Suite struct SummaryLinesTests {
    func summaries() throws -> [FamilySummary] {
        let town = SyntheticMunicipality(families: 40, seed: 7, today: LocalDate(iso: "2026-11-02")!)
        let team = town.team()
        return (0..<40).map { FamilySummary(town.family($0, team: team)) }
    }

    @Test func manyFamiliesReadBackExactly() throws {
        let all = try summaries()
        var lines = Data()
        for summary in all.sorted(by: { $0.id < $1.id }) { lines.append(Data(SummaryLines.encode(summary, schemaVersion: 2).utf8)) }
        let read = try #require(SummaryLines.decode(lines, count: all.count, schemaVersion: 2))
        #expect(Dictionary(uniqueKeysWithValues: read.map { ($0.id, $0) }) == Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) }))
    }

    @Test func aWrongCountOrACutLineIsRefused() throws {
        let all = try summaries()
        var lines = Data()
        for summary in all { lines.append(Data(SummaryLines.encode(summary, schemaVersion: 2).utf8)) }
        #expect(SummaryLines.decode(lines, count: all.count + 1, schemaVersion: 2) == nil)
        #expect(SummaryLines.decode(lines.dropLast(5), count: all.count, schemaVersion: 2) == nil)
    }
}
