// The bytes that turn the frame on the terminal into the next one: cursor moves, SGR and UTF-8 text for the
// changed runs only (`Grid.forEachChangedRun`), built into one reused buffer, so the backend shows a frame with one
// write(2). Sent instead of ncurses' refresh, which cost more than everything else of a key (issue 19).
//
// The sequences are ECMA-48's, as xterm, the Linux console, screen and tmux read them: CUP (ESC [ row ; col H),
// ED (ESC [ 2 J) and SGR (ESC [ … m: 0, 1 bold, 2 dim, 4 underline, 7 reverse, 30–37/39 and 40–47/49 colours,
// 90–97/100–107 the bright ones, 38;5;n and 48;5;n beyond 16). The backend uses it only when terminfo's strings
// for the terminal are these (`cup`, `setaf`, `setab`, `bold`…), and lets ncurses draw otherwise.

import SammenCore

public struct FrameEncoder {
    public let colours: TerminalColours
    /// The last frame's bytes. Empty when nothing changed.
    public private(set) var bytes: [UInt8] = []

    public init(colours: TerminalColours) {
        self.colours = colours
        bytes.reserveCapacity(32 * 1024)
    }

    /// Builds the bytes that turn `previous` (what the terminal shows) into `grid` on a screen of the given size.
    ///
    /// With no previous frame, or one of another size, the screen is erased and the frame sent whole. Cells beyond
    /// the screen are dropped, and a wide character that would not fit is not sent. Nothing is written past the
    /// last column of a row, so the terminal never wraps or scrolls (the bottom-right cell included: the cursor
    /// stays in it until the next CUP). A character that is not plain text is written alone and the cursor is
    /// moved again after it, so a terminal that measures it otherwise cannot shift the rest of the row.
    /// The frame starts with no assumption about the terminal's attributes and leaves them reset (SGR 0).
    public mutating func encode(_ grid: Grid, since previous: Grid?, screenWidth: Int, screenHeight: Int) {
        var out = bytes
        bytes = []
        out.removeAll(keepingCapacity: true)
        let whole = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        var pen = Pen(colours: colours)
        if whole {
            out.append(contentsOf: Self.eraseScreen)
            pen.look = TerminalLook()
        }
        // Where the next character lands; -1 when not known (at the start, after a wide or other character, and
        // after the last column, where the terminal is waiting to wrap).
        var cursorRow = -1, cursorColumn = -1
        grid.forEachChangedRun(since: whole ? nil : previous) { run in
            guard run.row < screenHeight, run.column < screenWidth else { return }
            if run.isPlainText {
                let length = min(run.length, screenWidth - run.column)
                if run.row != cursorRow || run.column != cursorColumn { Self.moveCursor(&out, row: run.row, column: run.column) }
                for x in run.column..<(run.column + length) {
                    let cell = grid[x, run.row]
                    pen.use(cell.style, &out)
                    // Plain (the diff checked): one scalar, U+0020–U+007E or U+00A0–U+02FF, one or two UTF-8 bytes.
                    cell.withUTF8 { out.append(contentsOf: $0) }
                }
                cursorRow = run.row
                cursorColumn = run.column + length < screenWidth ? run.column + length : -1
            } else {
                let cell = grid[run.column, run.row]
                let columns = max(1, TextWidth.of(cell.character))
                guard run.column + columns <= screenWidth else { return }
                Self.moveCursor(&out, row: run.row, column: run.column)
                pen.use(cell.style, &out)
                if columns == 2 && cell.character.unicodeScalars.count > 1 {
                    // A sequence ("❤️", a flag) some terminals draw one column wide: both columns are blanked
                    // first, so the second never keeps what was there before.
                    out.append(contentsOf: [0x20, 0x20])
                    Self.moveCursor(&out, row: run.row, column: run.column)
                }
                Self.appendOther(cell.character, &out)
                cursorRow = -1
            }
        }
        if let look = pen.look, look != TerminalLook() { out.append(contentsOf: Self.reset) }
        bytes = out
    }

    /// The attributes the terminal draws with now; SGR is sent only when a cell needs others.
    private struct Pen {
        let colours: TerminalColours
        var style: Style?
        var look: TerminalLook?

        init(colours: TerminalColours) { self.colours = colours }

        @inline(__always)
        mutating func use(_ cellStyle: Style, _ out: inout [UInt8]) {
            if cellStyle == style { return }
            style = cellStyle
            let wanted = TerminalLook(cellStyle, on: colours)
            if wanted == look { return }
            look = wanted
            FrameEncoder.appendSGR(wanted, &out)
        }
    }

    static let eraseScreen: [UInt8] = Array("\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8)
    static let reset: [UInt8] = Array("\u{1B}[0m".utf8)

    /// CUP: ESC [ row ; column H, counted from 1.
    static func moveCursor(_ out: inout [UInt8], row: Int, column: Int) {
        out.append(0x1B)
        out.append(0x5B)
        appendNumber(row + 1, &out)
        out.append(0x3B)
        appendNumber(column + 1, &out)
        out.append(0x48)
    }

    /// SGR from a reset: ESC [ 0 ; attributes ; colours m, so nothing of the cell before stays.
    static func appendSGR(_ look: TerminalLook, _ out: inout [UInt8]) {
        out.append(0x1B)
        out.append(0x5B)
        out.append(0x30)
        if look.bold { out.append(contentsOf: [0x3B, 0x31]) }
        if look.dim { out.append(contentsOf: [0x3B, 0x32]) }
        if look.underline { out.append(contentsOf: [0x3B, 0x34]) }
        if look.reverse { out.append(contentsOf: [0x3B, 0x37]) }
        if let colour = look.foreground { appendColour(colour, base: 30, bright: 90, extended: 38, &out) }
        if let colour = look.background { appendColour(colour, base: 40, bright: 100, extended: 48, &out) }
        out.append(0x6D)
    }

    /// ;30+n for the first eight, ;90+n−8 for the bright ones, ;38;5;n beyond (what xterm-256color's setaf says).
    private static func appendColour(_ colour: Int, base: Int, bright: Int, extended: Int, _ out: inout [UInt8]) {
        out.append(0x3B)
        switch colour {
        case 0..<8: appendNumber(base + colour, &out)
        case 8..<16: appendNumber(bright + colour - 8, &out)
        default:
            appendNumber(extended, &out)
            out.append(contentsOf: [0x3B, 0x35, 0x3B])
            appendNumber(max(0, colour), &out)
        }
    }

    private static func appendNumber(_ value: Int, _ out: inout [UInt8]) {
        if value >= 10 { appendNumber(value / 10, &out) }
        out.append(UInt8(0x30 + value % 10))
    }

    /// A character that is not plain text: its first scalar and the marks that belong to it (at most five
    /// scalars, as an ncurses cell holds), never a control or format character (a bidi override would reorder
    /// the row). An emoji sequence is cut to its first emoji, which every terminal draws two columns wide.
    static func appendOther(_ character: Character, _ out: inout [UInt8]) {
        var count = 0
        for scalar in character.unicodeScalars {
            if count == 5 { break }
            let category = scalar.properties.generalCategory
            if count == 0 {
                let v = scalar.value
                let drawable = v >= 0x20 && !(0x7F..<0xA0).contains(v) && category != .format
                    && !TerminalText.isBidiControl(v) && v != 0x2028 && v != 0x2029
                out.append(contentsOf: (drawable ? scalar : " ").utf8)
            } else {
                guard category == .nonspacingMark || category == .enclosingMark || category == .spacingMark else { break }
                out.append(contentsOf: scalar.utf8)
            }
            count += 1
        }
        if count == 0 { out.append(0x20) }
    }
}
