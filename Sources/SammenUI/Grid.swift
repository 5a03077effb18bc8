// The screen as a value: a rectangle of cells that `render` fills and the terminal backend shows.
// Every write is clipped silently, so a screen renderer can never draw past the edge, and wide
// characters always occupy exactly two cells (a lead and a continuation) or none.

// MARK: - Colour and style

/// The sixteen terminal colours. Bright colours fall back to the base colour (plus bold) on 8-colour terminals.
public enum Color: Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
}

/// How a cell looks. `nil` colours mean the terminal's own default, so the program fits light and dark themes.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
                reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    // Presets shared by all screens. Each stays distinguishable without colour (NO_COLOR): the backend keeps
    // bold/reverse/underline and turns a background colour into reverse.
    public static let plain = Style()
    public static let title = Style(foreground: .cyan, bold: true)
    public static let header = Style(bold: true, underline: true)
    public static let selected = Style(reverse: true)
    /// Overdue and other things that need action now.
    public static let warning = Style(foreground: .red, bold: true)
    public static let muted = Style(foreground: .brightBlack, dim: true)
    public static let accent = Style(foreground: .cyan)
    public static let ok = Style(foreground: .green)
    /// Marks training (practice) data so it can never be mistaken for real cases.
    public static let training = Style(foreground: .brightWhite, background: .magenta, bold: true)
    /// Black on cyan: readable on light and dark themes, and unlike `.selected` (without colour it becomes reverse).
    public static let statusBar = Style(foreground: .black, background: .cyan)
}

// MARK: - Rect

/// A rectangle of cells; `maxX`/`maxY` are exclusive.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Shrinks by `dx` columns on the left and right and `dy` rows at the top and bottom (never below zero size).
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
    }

    /// The overlap of two rectangles (empty, with zero size, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }
}

// MARK: - Grid

public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row by row. Readable in the module so the frame diff (GridDiff.swift) can compare two frames in place.
    private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        // A continuation cell on its own would be meaningless: start from plain cells.
        var start = fill
        if start.isContinuation || TextWidth.of(start.character) != 1 { start = Cell(style: fill.style) }
        // Filled in place: `Array(repeating:)` copies the cell through its generic value witness, which cost more
        // than drawing the screen (a new grid is made for every frame).
        let count = self.width * self.height
        cells = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.initialize(repeating: start)
            initialized = count
        }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position; outside the grid a blank cell (reads never trap).
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    // MARK: Text

    /// Draws `text` from column `x` on row `y`, measured per grapheme with `TextWidth`. Stops at the right edge
    /// and after `maxWidth` columns; a wide character that does not fit in what is left becomes a space.
    /// Control characters and other zero-width graphemes are skipped.
    /// Returns the columns taken from `x` on (the same whether or not the row is visible), so
    /// `x += grid.put(...)` continues after the text.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard x < width else { return 0 }
        // Exclusive end column of this write. Computed so that huge maxWidth values cannot overflow.
        var end = width
        let (room, overflow) = width.subtractingReportingOverflow(x)
        if let maxWidth, overflow || maxWidth < room {
            end = x + max(0, maxWidth)
        }
        guard x < end else { return 0 }
        let rowVisible = y >= 0 && y < height
        if let columns = putPlain(text, x: x, y: y, end: end, rowVisible: rowVisible, style: style) { return columns }
        var column = x
        for character in text {
            let characterWidth = TextWidth.of(character)
            if characterWidth == 0 { continue }
            if column + characterWidth > end {
                // Only a wide character can overshoot while room is left: show a space in the one free column.
                if column < end {
                    if rowVisible, column >= 0 { store(" ", width: 1, x: column, y: y, style: style) }
                    column += 1
                }
                break
            }
            if rowVisible {
                if column >= 0 {
                    store(character, width: characterWidth, x: column, y: y, style: style)
                } else if column + characterWidth > 0 {
                    // Straddles the left edge: the visible half of a wide character becomes a space.
                    for visible in 0..<(column + characterWidth) {
                        store(" ", width: 1, x: visible, y: y, style: style)
                    }
                }
            }
            column += characterWidth
        }
        return column - x
    }

    /// `put` for text that is all plain one-column scalars (U+0020–U+007E, U+00A0–U+02FF, as `TextWidth.of`
    /// counts them): one cell per scalar, no grapheme breaking, which is most of what a screen renders. No scalar
    /// in those ranges joins its neighbour into one character. Nil, having written nothing, for any other text.
    private mutating func putPlain(_ text: String, x: Int, y: Int, end: Int, rowVisible: Bool, style: Style) -> Int? {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) else { return nil }
        }
        var column = x
        let gridWidth = width
        let rowStart = rowVisible ? y * gridWidth : 0
        cells.withUnsafeMutableBufferPointer { cells in
            for scalar in text.unicodeScalars {
                if column >= end { break }
                if rowVisible && column >= 0 {
                    let index = rowStart + column
                    // A wide character this cell is half of loses its other half (as `store` does).
                    if cells[index].isContinuation {
                        if column > 0 { cells[index - 1] = Cell(character: " ", style: cells[index - 1].style) }
                    } else if column + 1 < gridWidth, cells[index + 1].isContinuation {
                        cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
                    }
                    cells[index] = Cell(plain: scalar.value, style: style)
                }
                column += 1
            }
        }
        return column - x
    }


    /// Changes the style of the cells in `rect` and keeps their characters (e.g. to highlight a selected row).
    public mutating func restyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = style
            }
        }
    }

    // MARK: Areas and lines

    /// Fills `rect` with `character` (a space by default) in `style`, clipped to the grid.
    public mutating func fill(_ rect: Rect, character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        if TextWidth.of(character) == 1 {
            fillInPlace(area, with: Cell(character: character, style: style))
            return
        }
        let characterWidth = max(1, TextWidth.of(character))
        let row = String(repeating: String(character), count: (area.width + characterWidth - 1) / characterWidth)
        for y in area.y..<area.maxY {
            put(row, x: area.x, y: y, style: style, maxWidth: area.width)
        }
    }

    /// `fill` with a one-column character, cell by cell instead of through a string `put` would take apart again:
    /// what `put` does for each cell, a wide character straddling either edge of the area losing its other half.
    private mutating func fillInPlace(_ area: Rect, with cell: Cell) {
        let gridWidth = width
        cells.withUnsafeMutableBufferPointer { cells in
            for y in area.y..<area.maxY {
                let rowStart = y * gridWidth
                if area.x > 0, cells[rowStart + area.x].isContinuation {
                    cells[rowStart + area.x - 1] = Cell(character: " ", style: cells[rowStart + area.x - 1].style)
                }
                if area.maxX < gridWidth, cells[rowStart + area.maxX].isContinuation {
                    cells[rowStart + area.maxX] = Cell(character: " ", style: cells[rowStart + area.maxX].style)
                }
                for x in area.x..<area.maxX { cells[rowStart + x] = cell }
            }
        }
    }

    public mutating func fill(x: Int, y: Int, width: Int, height: Int, character: Character = " ", style: Style = .plain) {
        fill(Rect(x: x, y: y, width: width, height: height), character: character, style: style)
    }

    /// A horizontal rule of `width` columns.
    public mutating func horizontalLine(x: Int, y: Int, width: Int, style: Style = .plain, character: Character = "─") {
        fill(Rect(x: x, y: y, width: width, height: 1), character: character, style: style)
    }

    /// A vertical rule of `height` rows.
    public mutating func verticalLine(x: Int, y: Int, height: Int, style: Style = .plain, character: Character = "│") {
        fill(Rect(x: x, y: y, width: 1, height: height), character: character, style: style)
    }

    /// A frame in Unicode box drawing (┌─┐│└┘). The inside is left as it is. A title sits in the top border as
    /// "┌─ Title ─┐", cut with "…" to fit. Boxes smaller than 2×2 are not drawn.
    public mutating func box(x: Int, y: Int, width: Int, height: Int, style: Style = .plain,
                             title: String? = nil, titleStyle: Style? = nil) {
        guard width >= 2, height >= 2 else { return }
        let inner = width - 2
        let rule = String(repeating: "─", count: inner)
        put("┌" + rule + "┐", x: x, y: y, style: style)
        put("└" + rule + "┘", x: x, y: y + height - 1, style: style)
        for row in (y + 1)..<(y + height - 1) {
            put("│", x: x, y: row, style: style)
            put("│", x: x + width - 1, y: row, style: style)
        }
        // Room for "─ " before and " ─" after the title.
        if let title, !title.isEmpty, inner >= 5 {
            let label = TextWidth.truncate(title, to: inner - 4)
            put(" " + label + " ", x: x + 2, y: y, style: titleStyle ?? style)
        }
    }

    public mutating func box(_ rect: Rect, style: Style = .plain, title: String? = nil, titleStyle: Style? = nil) {
        box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: style, title: title, titleStyle: titleStyle)
    }

    /// Copies another grid (e.g. a popup drawn on its own) onto this one with its top-left at (x, y), clipped.
    public mutating func paste(_ other: Grid, x: Int, y: Int) {
        for row in 0..<other.height {
            // A wide lead writes its own continuation, so continuations are skipped.
            for column in 0..<other.width where !other[column, row].isContinuation {
                let cell = other[column, row]
                put(String(cell.character), x: x + column, y: y + row, style: cell.style, maxWidth: other.width - column)
            }
        }
    }

    // MARK: Plain text

    /// The rows as plain text, continuation cells left out, joined by "\n" (no newline after the last row).
    /// `trimTrailing` drops spaces at the end of each row. Styles are not shown. Used for snapshot tests.
    public func text(trimTrailing: Bool = true) -> String {
        lines(trimTrailing: trimTrailing).joined(separator: "\n")
    }

    public func lines(trimTrailing: Bool = true) -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line.append(cell.character) }
            }
            if trimTrailing {
                while line.last == " " { line.removeLast() }
            }
            return line
        }
    }

    // MARK: Cell storage

    /// Writes one grapheme whose width is 1 or 2 at an in-range position, first breaking any wide character it
    /// overlaps so that no lead ever loses its continuation or the other way round.
    private mutating func store(_ character: Character, width characterWidth: Int, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        if characterWidth == 2 && x + 1 >= width {
            store(" ", width: 1, x: x, y: y, style: style)
            return
        }
        for column in x..<(x + characterWidth) { breakWideCharacter(at: column, y: y) }
        cells[y * width + x] = Cell(character: character, style: style)
        if characterWidth == 2 {
            cells[y * width + x + 1] = Cell(character: " ", style: style, isContinuation: true)
        }
    }

    /// If (x, y) is half of a wide character, turns the other half into a space of the same style.
    private mutating func breakWideCharacter(at x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation {
            if x > 0 { cells[index - 1] = Cell(character: " ", style: cells[index - 1].style) }
            cells[index] = Cell(character: " ", style: cells[index].style)
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
        }
    }
}
