import SammenCore
import SammenUI

/// A plain text table for command output, measured by display width (æ, ø, å are one column each). It holds
/// only its columns' widths, not its rows: a caller measures every row (`fit`), then writes them (`line`), so a
/// table of 30,000 deadlines is never held whole, as rows or as text.
struct TextTable {
    let columns: [String]
    private(set) var widths: [Int]

    init(columns: [String]) {
        self.columns = columns
        widths = columns.map { TextWidth.of($0) }
    }

    /// A row's values from data as cells: each is one cell, so a line break, a tab or a control character in it
    /// is shown escaped (`TerminalText.field`) and can neither start a forged row nor command the terminal.
    static func cells(_ row: [String]) -> [String] { row.map(TerminalText.field) }

    /// Widens the columns to hold `cells`.
    mutating func fit(_ cells: [String]) {
        for (i, cell) in cells.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.of(cell)) }
    }

    /// Widens the columns to hold what `other` was fitted to (tables measured in pieces on several cores).
    mutating func fit(_ other: TextTable) {
        for i in widths.indices { widths[i] = max(widths[i], other.widths[i]) }
    }

    /// One line, cells padded to their column (the last one not) and two spaces apart, with its newline.
    func line(_ cells: [String], into bytes: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(contentsOf: "  ".utf8) }
            bytes.append(contentsOf: (i == cells.count - 1 ? cell : TextWidth.pad(cell, to: widths[i])).utf8)
        }
        bytes.append(0x0A)
    }
}
