import Testing
import SammenCore
@testable import SammenUI

/// The dashboard filter's one-block search gives exactly the rows `CaseRow.matches` gives, one by one (#19).
@Suite struct RowSearchIndexTests {
    func row(_ key: String, overdue: Int = 0) -> CaseRow {
        CaseRow(familyID: "f-x", familyName: key, childName: "", caseNumber: "", caseworker: "MHA", buddy: nil,
                cadence: .sixWeeks, lastFollowUp: nil, nextDue: LocalDate(year: 2026, month: 11, day: 2)!,
                overdueDays: overdue, flags: .init(), searchKey: key)
    }

    func rowsHolding(_ index: RowSearchIndex, _ needle: String) -> [Int] {
        let bits = index.rowsHolding(Array(needle.utf8))!
        return (0..<index.count).filter { bits.has($0) }
    }

    @Test func matchesAtTheEdgesOfTheBlock() {
        let rows = ["hansen emma", "", "sørensen", "h", "emmah", "hhh", "2024-0017 mha"].map { row($0) }
        let index = RowSearchIndex(rows)
        #expect(rowsHolding(index, "h") == [0, 3, 4, 5, 6])  // the first key, a one-byte key, the last key
        #expect(rowsHolding(index, "ha") == [0, 6])           // the last key's last bytes
        #expect(rowsHolding(index, "hh") == [5])
        #expect(rowsHolding(index, "ø") == [2])
        #expect(rowsHolding(index, "emmah") == [4])
        #expect(rowsHolding(index, "hansen emma and more").isEmpty)  // longer than any key
        #expect(rowsHolding(index, "ahh").isEmpty)  // never across two keys ("emmah" then "hhh")
        #expect(rowsHolding(index, "") == Array(0..<7))
        let one = { (needle: String) in (0..<7).filter { index.row($0, holds: Array(needle.utf8)) } }
        #expect(one("h") == [0, 3, 4, 5, 6])
        #expect(one("ha") == [0, 6])
        #expect(one("ahh").isEmpty)
        #expect(one("hansen emma") == [0])
    }

    @Test(arguments: [1, 2, 3, 4])
    func agreesWithEachRowsOwnMatch(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let letters = Array("aehnsø2- ")
        func word(_ length: Int) -> String { String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] }) }
        let rows = (0..<300).map { _ in row(word(Int(random.next() % 12))) }
        let index = RowSearchIndex(rows)
        for _ in 0..<200 {
            let needle = word(1 + Int(random.next() % 3))
            let expected = rows.indices.filter { rows[$0].matches(Array(needle.utf8)) }
            #expect(rowsHolding(index, needle) == expected, "\(needle)")
            #expect(rows.indices.filter { index.row($0, holds: Array(needle.utf8)) } == expected, "\(needle)")
        }
    }
}
