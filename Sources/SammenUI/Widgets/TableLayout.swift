/// Column widths for a table at a given width: fixed columns keep their width, flexible ones share the rest,
/// and columns are dropped, lowest priority first, when the screen is too narrow.
struct TableColumn {
    var title: String
    var width: Int
    /// Share of the leftover width (0 = fixed).
    var flex: Int = 0
    /// Lower numbers are dropped first on narrow screens.
    var priority: Int = 10
    var alignRight = false
}

enum TableLayout {
    /// The columns that fit, with their final widths and x positions. Columns are separated by one space.
    static func fit(_ columns: [TableColumn], width: Int, minimumFlex: Int = 8) -> [(index: Int, x: Int, width: Int)] {
        var kept = Array(columns.indices)
        func needed(_ set: [Int]) -> Int {
            set.reduce(0) { $0 + (columns[$1].flex > 0 ? minimumFlex : columns[$1].width) } + max(0, set.count - 1)
        }
        while needed(kept) > width, let drop = kept.filter({ columns[$0].flex == 0 }).min(by: { columns[$0].priority < columns[$1].priority }) {
            kept.removeAll { $0 == drop }
        }
        let fixed = kept.filter { columns[$0].flex == 0 }.reduce(0) { $0 + columns[$1].width } + max(0, kept.count - 1)
        let flexTotal = kept.reduce(0) { $0 + columns[$1].flex }
        var leftover = max(0, width - fixed)
        var result: [(Int, Int, Int)] = []
        var x = 0
        for (n, i) in kept.enumerated() {
            var w = columns[i].width
            if columns[i].flex > 0 {
                let isLastFlex = !kept[(n + 1)...].contains { columns[$0].flex > 0 }
                w = isLastFlex ? leftover : max(1, (width - fixed) * columns[i].flex / max(1, flexTotal))
                leftover -= w
            }
            result.append((i, x, w))
            x += w + 1
        }
        return result
    }
}
