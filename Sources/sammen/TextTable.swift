import SammenCore
import SammenUI

/// A plain text table for command output, measured by display width (æ, ø, å are one column each).
final class TextTable {
    private let columns: [String]
    private var rows: [[String]] = []

    init(columns: [String]) { self.columns = columns }

    /// A row of values from data: each is one cell, so a line break, a tab or a control character in it is
    /// shown escaped (`TerminalText.field`) and can neither start a forged row nor command the terminal.
    func add(_ row: [String]) { rows.append(row.map(TerminalText.field)) }

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
