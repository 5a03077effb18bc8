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

    /// The same lines, each ending in a newline, handed on in pieces of about 64 KB: a table of 17,000 deadlines
    /// is never held whole as text (it was held four times over, in lines, joined, with its newline, as bytes).
    func write(_ sink: ([UInt8]) -> Void) {
        var widths = columns.map { TextWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.of(cell)) }
        }
        var piece: [UInt8] = []
        piece.reserveCapacity(1 << 16)
        for cells in [columns] + rows {
            for (i, cell) in cells.enumerated() {
                if i > 0 { piece.append(contentsOf: "  ".utf8) }
                piece.append(contentsOf: (i == cells.count - 1 ? cell : TextWidth.pad(cell, to: widths[i])).utf8)
            }
            piece.append(0x0A)
            if piece.count >= 1 << 16 {
                sink(piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        if !piece.isEmpty { sink(piece) }
    }
}
