import SammenUI

/// A plain text table for command output, measured by display width (æ, ø, å are one column each).
final class TextTable {
    private let columns: [String]
    private var rows: [[String]] = []

    init(columns: [String]) { self.columns = columns }

    func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        var widths = columns.map { TextWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : TextWidth.pad(cell, to: widths[i])
            }.joined(separator: "  ")
        }
        return ([line(columns)] + rows.map(line)).joined(separator: "\n")
    }
}
