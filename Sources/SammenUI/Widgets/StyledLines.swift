/// A line of text made of styled pieces, and a scrolling list of them: the body of the leader view and the
/// family overview.
struct StyledLine {
    var pieces: [(text: String, style: Style)]
    /// Indent for wrapped continuation lines.
    var indent = 0

    init(_ text: String = "", _ style: Style = .plain, indent: Int = 0) {
        pieces = text.isEmpty ? [] : [(text, style)]
        self.indent = indent
    }

    init(pieces: [(String, Style)], indent: Int = 0) {
        self.pieces = pieces.map { (text: $0.0, style: $0.1) }
        self.indent = indent
    }

    static let blank = StyledLine()

    /// Draws the line, cut with "…" at the right edge.
    func draw(into grid: inout Grid, x: Int, y: Int, width: Int) {
        var column = x
        for piece in pieces {
            let room = x + width - column
            guard room > 0 else { break }
            // Cut with "…" so nobody mistakes a cut note for the whole note.
            column += grid.put(TextWidth.truncate(piece.text, to: room), x: column, y: y, style: piece.style, maxWidth: room)
        }
    }
}

enum ScrollingLines {
    /// Draws `lines` from `scroll` into the rectangle; returns the scroll actually used (clamped).
    @discardableResult
    static func draw(_ lines: [StyledLine], scroll: Int, into grid: inout Grid, rect: Rect) -> Int {
        guard rect.height > 0 else { return 0 }
        let top = max(0, min(scroll, lines.count - rect.height))
        // When the text is longer than the room, the last column shows ↑/↓ instead of covering any words.
        let scrolls = lines.count > rect.height
        let textWidth = scrolls ? rect.width - 1 : rect.width
        for row in 0..<rect.height {
            let index = top + row
            guard index < lines.count else { break }
            lines[index].draw(into: &grid, x: rect.x, y: rect.y + row, width: textWidth)
        }
        if scrolls {
            if top > 0 { grid.put("↑", x: rect.maxX - 1, y: rect.y, style: .accent) }
            if top + rect.height < lines.count { grid.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: .accent) }
        }
        return top
    }
}
