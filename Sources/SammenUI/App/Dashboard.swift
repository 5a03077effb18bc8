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
    public var searching = false
    public var sort: SortColumn = .next
    public var descending = false
    public var selected = 0
    public var scroll = 0
    public var visible: [Int] = []
    /// The search text `visible` was last filtered with, to filter incrementally.
    var filteredWith: String?

    public init() {}

    public var selectedIndex: Int? { visible.indices.contains(selected) ? visible[selected] : nil }

    /// Recomputes `visible` from scratch or, when the search only grew, from what is visible now.
    mutating func refilter(_ rows: [CaseRow], order: [Int], keep: String?) {
        let needle = search.lowercased()
        let source: [Int]
        if let previous = filteredWith, !previous.isEmpty, needle.hasPrefix(previous) {
            source = visible
        } else {
            source = order
        }
        visible = source.filter { i in
            let row = rows[i]
            if let caseworker, row.caseworker.caseInsensitiveCompare(caseworker) != .orderedSame,
               row.buddy.map({ $0.caseInsensitiveCompare(caseworker) != .orderedSame }) ?? true { return false }
            switch kind {
            case .all: break
            case .sixWeeks: if row.cadence != .sixWeeks { return false }
            case .threeMonths: if row.cadence != .threeMonths { return false }
            case .overdue: if row.overdueDays == 0 { return false }
            case .flagged: if !row.flags.any { return false }
            }
            return needle.isEmpty || row.searchKey.contains(needle)
        }
        filteredWith = needle
        if let keep, let position = visible.firstIndex(where: { rows[$0].caseNumber == keep }) {
            selected = position
        } else {
            selected = min(selected, max(0, visible.count - 1))
        }
    }

    /// The order of all rows under the current sort.
    static func order(_ rows: [CaseRow], by sort: SortColumn, descending: Bool) -> [Int] {
        func key(_ r: CaseRow) -> (String, String) {
            switch sort {
            case .next: return (r.nextDue.iso, r.familyName)
            case .family: return (r.familyName.lowercased(), r.childName)
            case .child: return (r.childName.lowercased(), r.familyName)
            case .caseworker: return (r.caseworker, r.nextDue.iso)
            case .cadence: return (r.cadence == .sixWeeks ? "0" : "1", r.nextDue.iso)
            case .last: return (r.lastFollowUp?.iso ?? "0000", r.familyName)
            case .overdue: return (String(format: "%06d", 999_999 - r.overdueDays), r.nextDue.iso)
            }
        }
        let keys = rows.map(key)
        let sorted = rows.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : rows[a].caseNumber < rows[b].caseNumber
        }
        return descending ? sorted.reversed() : sorted
    }
}

import Foundation
