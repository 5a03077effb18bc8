import SammenCore

/// The dashboard's filters, sort and selection. `visible` holds indices into the app's rows, in display order;
/// it is recomputed only when a filter or the sort changes, and a search that extends the previous one
/// filters only the rows still visible (incremental, so typing stays instant at 10,000 rows).
public struct DashboardState: Sendable, Equatable {
    public enum KindFilter: CaseIterable, Sendable { case all, sixWeeks, threeMonths, overdue, flagged }
    public enum SortColumn: CaseIterable, Sendable { case next, family, child, caseworker, cadence, last, overdue }

    /// nil = every caseworker.
    public var caseworker: String?
    public var kind: KindFilter = .all
    public var search = ""
    /// The search field's cursor and limit: it edits like any text field.
    public var searchEditing = TextEditing(text: "", limit: searchLimit)
    public static let searchLimit = 60
    public var searching = false
    public var sort: SortColumn = .next
    public var descending = false
    public var selected = 0
    public var scroll = 0
    public var visible: [Int] = []
    /// The search text `visible` was last filtered with, to filter incrementally.
    var filteredWith: String?
    /// How many of the visible rows are overdue, counted as they are filtered: counting them on every frame
    /// read 11,500 scattered rows per key (a cache miss each), about a millisecond (#19).
    public internal(set) var overdueVisible = 0

    public init() {}

    public var selectedIndex: Int? { visible.indices.contains(selected) ? visible[selected] : nil }

    /// Recomputes `visible` from scratch or, when the search only grew, from what is visible now.
    mutating func refilter(_ rows: [CaseRow], order: [Int], keep: String?, index: RowSearchIndex? = nil) {
        let needle = CaseRow.searchText(search)
        let needleBytes = Array(needle.utf8)
        // The rows' keys searched in one block when the index is the rows' own (it always is in AppState).
        let search = index.flatMap { $0.count == rows.count ? $0 : nil }
        let source: [Int]
        if let previous = filteredWith, !previous.isEmpty, needle.hasPrefix(previous) {
            source = visible
        } else {
            source = order
        }
        // A letter added to the filter: when few rows are still shown, only their keys are searched (`row(_:holds:)`);
        // otherwise every key in one pass.
        let fewRows = source.count * 8 < rows.count && !needleBytes.contains(0)
        let holding = fewRows ? nil : search.flatMap { $0.rowsHolding(needleBytes) }
        let who = caseworker
        var kept: [Int] = []
        kept.reserveCapacity(source.count)
        var overdue = 0
        // Through the buffer: copying each row out (its strings retained and released) cost more than the search.
        rows.withUnsafeBufferPointer { rows in
            for i in source {
                if let who, !DashboardState.sameInitials(rows[i].caseworker, who),
                   !(rows[i].buddy.map { DashboardState.sameInitials($0, who) } ?? false) { continue }
                switch kind {
                case .all: break
                case .sixWeeks: if rows[i].cadence != .sixWeeks { continue }
                case .threeMonths: if rows[i].cadence != .threeMonths { continue }
                case .overdue: if rows[i].overdueDays == 0 { continue }
                case .flagged: if !rows[i].flags.any { continue }
                }
                // The key alone, by a static function: a method call on rows[i] copied the whole row (memmove and
                // retains) for each of 11,500 rows on every key, half of a keystroke's time (#19).
                if let holding {
                    if holding.has(i) {
                        kept.append(i)
                        if search!.overdue[i] { overdue += 1 }
                    }
                } else if let search, fewRows {
                    if needleBytes.isEmpty || search.row(i, holds: needleBytes) {
                        kept.append(i)
                        if search.overdue[i] { overdue += 1 }
                    }
                } else if needleBytes.isEmpty || CaseRow.key(rows[i].searchKey, holds: needleBytes) {
                    kept.append(i)
                    if rows[i].overdueDays > 0 { overdue += 1 }
                }
            }
        }
        visible = kept
        overdueVisible = overdue
        filteredWith = needle
        if let keep, let position = visible.firstIndex(where: { rows[$0].caseNumber == keep }) {
            selected = position
        } else {
            selected = min(selected, max(0, visible.count - 1))
        }
    }

    /// Initials compared without case, as `caseInsensitiveCompare` does; ASCII (nearly always) without Foundation.
    static func sameInitials(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        if x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) {
            func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            return x.count == y.count && zip(x, y).allSatisfy { lower($0) == lower($1) }
        }
        return a.caseInsensitiveCompare(b) == .orderedSame
    }

    /// What a sort compares, in order: `a`, `s1`, `b`, `s2`, then the case number (so the order is total).
    struct SortKey: Comparable {
        var a = 0
        var s1 = ""
        var b = 0
        var s2 = ""
        var caseNumber: String

        static func < (x: SortKey, y: SortKey) -> Bool {
            (x.a, x.s1, x.b, x.s2, x.caseNumber) < (y.a, y.s1, y.b, y.s2, y.caseNumber)
        }
    }

    /// The sort key of a row: dates as day numbers (the order of their ISO texts), names as text.
    static func key(_ r: CaseRow, by sort: SortColumn) -> SortKey {
        let next = r.nextDue.dayNumber
        switch sort {
        case .next: return SortKey(a: next, s1: r.familyName, caseNumber: r.caseNumber)
        case .family: return SortKey(s1: r.familyName.lowercased(), s2: r.childName, caseNumber: r.caseNumber)
        case .child: return SortKey(s1: r.childName.lowercased(), s2: r.familyName, caseNumber: r.caseNumber)
        case .caseworker: return SortKey(s1: r.caseworker, b: next, caseNumber: r.caseNumber)
        case .cadence: return SortKey(a: r.cadence == .sixWeeks ? 0 : 1, b: next, caseNumber: r.caseNumber)
        case .last: return SortKey(a: r.lastFollowUp?.dayNumber ?? Int.min, s1: r.familyName, caseNumber: r.caseNumber)
        case .overdue: return SortKey(a: -r.overdueDays, b: next, caseNumber: r.caseNumber)
        }
    }

    /// The order of all rows under the current sort.
    /// The key's texts are ranked once (StringRanks, String order), so the sort compares integers only:
    /// comparing whole SortKeys copied their strings and compared Danish names the slow way, most of the first
    /// frame's row work at 10,000 families. The order is the one `SortKey.<` gives.
    static func order(_ rows: [CaseRow], by sort: SortColumn, descending: Bool) -> [Int] {
        let keys = rows.map { key($0, by: sort) }
        let a = keys.map(\.a), b = keys.map(\.b)
        let s1 = StringRanks.ranks(keys.map(\.s1)), s2 = StringRanks.ranks(keys.map(\.s2))
        let number = StringRanks.ranks(keys.map(\.caseNumber))
        let sorted = rows.indices.sorted { i, j in
            (a[i], s1[i], b[i], s2[i], number[i]) < (a[j], s1[j], b[j], s2[j], number[j])
        }
        return descending ? sorted.reversed() : sorted
    }

    /// Where a row with `key` goes in `order` (sorted by `sort`, maybe descending): after every row that sorts
    /// before it. A binary search, so one saved family does not sort the whole caseload again.
    static func insertionPoint(of key: SortKey, in order: [Int], rows: [CaseRow], by sort: SortColumn, descending: Bool) -> Int {
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) / 2
            let other = DashboardState.key(rows[order[mid]], by: sort)
            if descending ? key < other : other < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

import Foundation
