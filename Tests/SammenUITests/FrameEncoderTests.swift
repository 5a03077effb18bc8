import Testing
@testable import SammenUI

/// The bytes the terminal backend writes for a frame (issue 19): fed to a small ECMA-48 terminal, they must leave
/// it showing exactly the frame, in the right attributes, without wrapping, scrolling or any sequence of the data's.
@Suite struct FrameEncoderTests {
    /// A terminal as xterm behaves for the sequences the encoder may send (CUP, ED 2, SGR) and UTF-8 text: a
    /// character of width 2 fills two columns, writing over either half of a wide character blanks the other
    /// half, a mark joins the character before it, and after the last column the cursor waits to wrap. Anything
    /// else (another control, a sequence it does not know, a character written while waiting to wrap, which
    /// would wrap or scroll the screen) is noted as a problem.
    struct TinyTerminal {
        struct Place: Equatable {
            var text: String
            var look: TerminalLook
            var isContinuation = false
        }
        var rows: [[Place]]
        var row = 0, column = 0
        var waitingToWrap = false
        var look = TerminalLook()
        var lastWritten: (row: Int, column: Int)?
        var problems: [String] = []
        var width: Int { rows.first?.count ?? 0 }

        init(width: Int, height: Int, showing text: String = "#") {
            rows = Array(repeating: Array(repeating: Place(text: text, look: TerminalLook(bold: true, foreground: 3)), count: width), count: height)
        }

        mutating func feed(_ bytes: [UInt8]) {
            var i = 0
            var text: [UInt8] = []
            func flushText() {
                for scalar in String(decoding: text, as: UTF8.self).unicodeScalars { put(scalar) }
                text = []
            }
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x1B {
                    flushText()
                    guard i + 1 < bytes.count, bytes[i + 1] == 0x5B else { problems.append("ESC not followed by ["); i += 1; continue }
                    var j = i + 2
                    while j < bytes.count, (0x30...0x3F).contains(bytes[j]) { j += 1 }
                    guard j < bytes.count else { problems.append("unfinished sequence"); break }
                    control(final: bytes[j], parameters: String(decoding: bytes[(i + 2)..<j], as: UTF8.self))
                    i = j + 1
                } else if byte < 0x20 || byte == 0x7F {
                    flushText()
                    problems.append("control byte \(byte)")
                    i += 1
                } else {
                    text.append(byte)
                    i += 1
                }
            }
            flushText()
        }

        private mutating func control(final: UInt8, parameters: String) {
            let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            switch final {
            case 0x48:  // CUP
                let r = max(1, numbers.first ?? 1), c = max(1, numbers.count > 1 ? numbers[1] : 1)
                guard r <= rows.count, c <= width else { problems.append("CUP outside the screen: \(r);\(c)"); return }
                (row, column, waitingToWrap) = (r - 1, c - 1, false)
            case 0x4A:  // ED
                guard numbers == [2] else { problems.append("ED \(parameters)"); return }
                for y in rows.indices { for x in rows[y].indices { rows[y][x] = Place(text: " ", look: TerminalLook(background: look.background)) } }
            case 0x6D:  // SGR
                var k = 0
                while k < numbers.count {
                    let n = numbers[k]
                    switch n {
                    case 0: look = TerminalLook()
                    case 1: look.bold = true
                    case 2: look.dim = true
                    case 4: look.underline = true
                    case 7: look.reverse = true
                    case 30...37: look.foreground = n - 30
                    case 39: look.foreground = nil
                    case 40...47: look.background = n - 40
                    case 49: look.background = nil
                    case 90...97: look.foreground = n - 90 + 8
                    case 100...107: look.background = n - 100 + 8
                    case 38, 48:
                        guard k + 2 < numbers.count, numbers[k + 1] == 5 else { problems.append("SGR \(parameters)"); return }
                        if n == 38 { look.foreground = numbers[k + 2] } else { look.background = numbers[k + 2] }
                        k += 2
                    default: problems.append("SGR \(n)")
                    }
                    k += 1
                }
            default:
                problems.append("sequence ending in \(Character(Unicode.Scalar(final)))")
            }
        }

        private mutating func put(_ scalar: Unicode.Scalar) {
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || category == .spacingMark {
                guard let at = lastWritten else { problems.append("a mark with nothing before it"); return }
                rows[at.row][at.column].text.unicodeScalars.append(scalar)
                return
            }
            if category == .format || scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                problems.append("format or control character U+\(String(scalar.value, radix: 16))")
            }
            let characterWidth = max(1, TextWidth.of(Character(scalar)))
            if waitingToWrap { problems.append("written after the last column: the terminal wraps (or scrolls)"); return }
            guard column + characterWidth <= width else { problems.append("a wide character past the edge"); return }
            for x in column..<(column + characterWidth) { breakWide(at: x) }
            rows[row][column] = Place(text: String(scalar), look: look)
            if characterWidth == 2 { rows[row][column + 1] = Place(text: "", look: look, isContinuation: true) }
            lastWritten = (row, column)
            column += characterWidth
            if column >= width { column = width - 1; waitingToWrap = true }
        }

        private mutating func breakWide(at x: Int) {
            if rows[row][x].isContinuation, x > 0 { rows[row][x - 1] = Place(text: " ", look: rows[row][x - 1].look) }
            if x + 1 < width, rows[row][x + 1].isContinuation { rows[row][x + 1] = Place(text: " ", look: rows[row][x + 1].look) }
        }

        /// The cells that differ from the frame (its visible part), as text for a failure message.
        func differences(from grid: Grid, colours: TerminalColours) -> [String] {
            var found: [String] = []
            for y in 0..<min(grid.height, rows.count) {
                for x in 0..<min(grid.width, width) {
                    let cell = grid[x, y], place = rows[y][x]
                    if cell.isContinuation {
                        // A sequence the terminal draws one column wide ("❤️") leaves the blank written before it.
                        let narrowHere = x > 0 && grid[x - 1, y].character.unicodeScalars.count > 1 && place.text == " "
                        if !place.isContinuation && !narrowHere { found.append("(\(x),\(y)) should be the right half of a wide character") }
                        continue
                    }
                    if Character(place.text.isEmpty ? " " : place.text) != cell.character || place.isContinuation {
                        found.append("(\(x),\(y)) shows «\(place.text)», not «\(cell.character)»")
                    }
                    if place.look != TerminalLook(cell.style, on: colours) {
                        found.append("(\(x),\(y)) drawn \(place.look), not \(TerminalLook(cell.style, on: colours))")
                    }
                }
            }
            return found
        }
    }

    static let colourful = TerminalColours(count: 256, defaultColours: true)

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func aFirstFrameErasesTheScreenAndShowsEveryCell() {
        var grid = Grid(width: 12, height: 3)
        grid.put("Hej Åse", x: 0, y: 0, style: .title)
        grid.put("界🙂é", x: 2, y: 1, style: .warning)
        grid.put("slut", x: 8, y: 2, style: .statusBar)
        var encoder = FrameEncoder(colours: Self.colourful)
        encoder.encode(grid, since: nil, screenWidth: 12, screenHeight: 3)
        var terminal = TinyTerminal(width: 12, height: 3)
        terminal.feed(encoder.bytes)
        #expect(terminal.problems.isEmpty, "\(terminal.problems)")
        #expect(terminal.differences(from: grid, colours: Self.colourful).isEmpty, "\(terminal.differences(from: grid, colours: Self.colourful))")
        #expect(text(encoder.bytes).hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"))
    }

    @Test func anUnchangedFrameSendsNothing() {
        var grid = Grid(width: 10, height: 2)
        grid.put("ens", x: 1, y: 1, style: .warning)
        var encoder = FrameEncoder(colours: Self.colourful)
        encoder.encode(grid, since: grid, screenWidth: 10, screenHeight: 2)
        #expect(encoder.bytes.isEmpty)
    }

    /// ECMA-48: CUP counts rows and columns from 1; one SGR for the run, none repeated for cells in one style.
    @Test func aChangedLetterIsOneCursorMoveAndItsText() {
        var before = Grid(width: 20, height: 3)
        before.put("Hej", x: 3, y: 1)
        var after = before
        after.put("ø", x: 4, y: 1)
        var encoder = FrameEncoder(colours: Self.colourful)
        encoder.encode(after, since: before, screenWidth: 20, screenHeight: 3)
        #expect(text(encoder.bytes) == "\u{1B}[2;5H\u{1B}[0mø")

        var warned = before
        warned.put("Nej", x: 3, y: 1, style: .warning)
        encoder.encode(warned, since: before, screenWidth: 20, screenHeight: 3)
        #expect(text(encoder.bytes) == "\u{1B}[2;4H\u{1B}[0;1;31mNej\u{1B}[0m")
    }

    @Test func coloursAreTheTerminalsNumbers() {
        func sgr(_ style: Style, _ colours: TerminalColours) -> String {
            var bytes: [UInt8] = []
            FrameEncoder.appendSGR(TerminalLook(style, on: colours), &bytes)
            return text(bytes)
        }
        let eight = TerminalColours(count: 8, defaultColours: true)
        let whiteOnBlack = TerminalColours(count: 8, defaultColours: false)
        #expect(sgr(.plain, Self.colourful) == "\u{1B}[0m")
        #expect(sgr(.training, Self.colourful) == "\u{1B}[0;1;97;45m")
        #expect(sgr(.muted, Self.colourful) == "\u{1B}[0;2;90m")
        #expect(sgr(.statusBar, Self.colourful) == "\u{1B}[0;30;46m")
        // Eight colours: bright is the base colour in bold, grey is the default colour dim.
        #expect(sgr(.training, eight) == "\u{1B}[0;1;37;45m")
        #expect(sgr(.muted, eight) == "\u{1B}[0;2m")
        #expect(sgr(Style(foreground: .brightRed), eight) == "\u{1B}[0;1;31m")
        // Without the terminal's own colours the default is white on black, and a style without colours keeps the
        // terminal's pair.
        #expect(sgr(.plain, whiteOnBlack) == "\u{1B}[0m")
        #expect(sgr(.accent, whiteOnBlack) == "\u{1B}[0;36;40m")
        #expect(sgr(Style(background: .red), whiteOnBlack) == "\u{1B}[0;37;41m")
        // No colours: a coloured background becomes reverse; dim is not used.
        #expect(sgr(.training, .none) == "\u{1B}[0;1;7m")
        #expect(sgr(.statusBar, .none) == "\u{1B}[0;7m")
        #expect(sgr(.muted, .none) == "\u{1B}[0m")
        // A terminal without dim.
        #expect(sgr(.muted, TerminalColours(count: 256, defaultColours: true, dim: false)) == "\u{1B}[0;90m")
        #expect(sgr(Style(foreground: .black, background: .white), TerminalColours(count: 256, defaultColours: true)) == "\u{1B}[0;30;47m")
    }

    @Test func theLookIsTheOneNcursesWasGiven() {
        // The pairs the palette gave ncurses before: (fg, bg) of the 16 colours on 8 and 256 colours.
        for colour in Color.allCases {
            let style = Style(foreground: colour)
            let look8 = TerminalLook(style, on: TerminalColours(count: 8, defaultColours: true))
            let look256 = TerminalLook(style, on: Self.colourful)
            #expect(look256.foreground.map { (0..<16).contains($0) } ?? false)
            #expect(look8.foreground.map { (0..<8).contains($0) } ?? (colour == .brightBlack && look8.dim))
        }
    }

    /// Writing the last column leaves the cursor waiting to wrap; the next run must move it first, and the
    /// bottom-right cell can be written without scrolling.
    @Test func theLastColumnAndTheBottomRightCellNeverWrap() {
        var before = Grid(width: 6, height: 2)
        before.put("abcdef", x: 0, y: 0)
        before.put("ghijkl", x: 0, y: 1)
        var after = before
        after.put("XY", x: 4, y: 0)
        after.put("Z", x: 0, y: 1)
        after.put("W", x: 5, y: 1)
        var encoder = FrameEncoder(colours: Self.colourful)
        encoder.encode(after, since: before, screenWidth: 6, screenHeight: 2)
        var terminal = TinyTerminal(width: 6, height: 2)
        terminal.feed(FrameEncoderTests.bytes(of: before))
        terminal.feed(encoder.bytes)
        #expect(terminal.problems.isEmpty, "\(terminal.problems)")
        #expect(terminal.differences(from: after, colours: Self.colourful).isEmpty)
        #expect(text(encoder.bytes) == "\u{1B}[1;5H\u{1B}[0mXY\u{1B}[2;1HZ\u{1B}[2;6HW")
    }

    /// After a wide or otherwise not plain character the cursor is moved again: a terminal that measures it in
    /// other columns than Sammen does cannot shift what follows.
    @Test func theCursorIsMovedAgainAfterAWideCharacter() {
        let before = Grid(width: 10, height: 1)
        var after = before
        after.put("界ab", x: 1, y: 0)
        var encoder = FrameEncoder(colours: Self.colourful)
        encoder.encode(after, since: before, screenWidth: 10, screenHeight: 1)
        #expect(text(encoder.bytes) == "\u{1B}[1;2H\u{1B}[0m界\u{1B}[1;4Hab")
    }

    /// Text from a family file never reaches the terminal as a sequence: the grid drops controls, and the encoder
    /// sends no format character (a bidi override would reorder the row) and cuts an emoji sequence to its first.
    @Test func theDataCannotCommandTheTerminal() {
        var grid = Grid(width: 30, height: 2)
        grid.put("a\u{1B}[2Jb\u{202E}c\u{9B}31m", x: 0, y: 0)
        grid.put("👩‍👩‍👧 🇩🇰 e\u{301} ❤️", x: 0, y: 1)
        var encoder = FrameEncoder(colours: Self.colourful)
        encoder.encode(grid, since: nil, screenWidth: 30, screenHeight: 2)
        let escapes = encoder.bytes.filter { $0 == 0x1B }.count
        var terminal = TinyTerminal(width: 30, height: 2)
        terminal.feed(encoder.bytes)
        #expect(terminal.problems.isEmpty, "\(terminal.problems)")
        #expect(!encoder.bytes.contains(0x9B) && !text(encoder.bytes).unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x200D })
        // The erase (3), one SGR, the first row's move; on the second row a move for each of the seven runs
        // (four characters that are not plain text and the spaces after them), and one more after blanking the
        // two columns of each of the two sequences left (the 18 bytes of the family emoji are more than a cell
        // holds: the grid keeps its first emoji).
        #expect(escapes == 3 + 1 + 1 + 7 + 2, "\(text(encoder.bytes).debugDescription)")
        var other: [UInt8] = []
        FrameEncoder.appendOther("👩‍👩‍👧", &other)
        #expect(text(other) == "👩")
        other = []
        FrameEncoder.appendOther("e\u{301}", &other)
        #expect(text(other) == "e\u{301}")
    }

    /// A screen smaller than the frame (a resize not yet answered) gets only what fits, and never wraps.
    @Test func aSmallerScreenGetsWhatFits() {
        var grid = Grid(width: 12, height: 4)
        for y in 0..<4 { grid.put("række \(y) 界界界", x: 0, y: y, style: y % 2 == 0 ? .selected : .plain) }
        var encoder = FrameEncoder(colours: Self.colourful)
        encoder.encode(grid, since: nil, screenWidth: 9, screenHeight: 3)
        var terminal = TinyTerminal(width: 9, height: 3)
        terminal.feed(encoder.bytes)
        #expect(terminal.problems.isEmpty, "\(terminal.problems)")
        // Columns 0–7 of rows 0–2 are shown; the wide character at 8–9 does not fit in column 8.
        for y in 0..<3 { for x in 0..<8 { #expect(Character(terminal.rows[y][x].text.isEmpty ? " " : terminal.rows[y][x].text) == grid[x, y].character || grid[x, y].isContinuation) } }
    }

    static func bytes(of grid: Grid, colours: TerminalColours = colourful) -> [UInt8] {
        var encoder = FrameEncoder(colours: colours)
        encoder.encode(grid, since: nil, screenWidth: grid.width, screenHeight: grid.height)
        return encoder.bytes
    }

    /// Random frames and random edits in every kind of colour support: the terminal that is fed each frame's bytes
    /// shows exactly that frame, and nothing it was sent wraps, scrolls or is unknown to it.
    @Test(arguments: [21, 22, 23, 24, 25, 26, 27, 28, 29])
    func feedingTheBytesShowsTheNewFrame(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let pieces = ["a", "ø", "Å", "界", "🙂", "é", " ", "│", "e\u{301}", "ш", "\u{A0}", "❤️", "x\u{1B}y"]
        let styles: [Style] = [.plain, .selected, .warning, .title, .training, .muted, .statusBar, .header, .accent]
        let colours = [Self.colourful, TerminalColours(count: 8, defaultColours: false), .none][Int(seed % 3)]
        func randomGrid(from start: Grid) -> Grid { randomlyEdited(start, pieces: pieces, styles: styles, random: &random) }
        var encoder = FrameEncoder(colours: colours)
        var shown = randomGrid(from: Grid(width: 10, height: 3))
        var terminal = TinyTerminal(width: 10, height: 3)
        encoder.encode(shown, since: nil, screenWidth: 10, screenHeight: 3)
        terminal.feed(encoder.bytes)
        for _ in 0..<200 {
            let next = randomGrid(from: shown)
            encoder.encode(next, since: shown, screenWidth: 10, screenHeight: 3)
            terminal.feed(encoder.bytes)
            #expect(terminal.problems.isEmpty, "\(terminal.problems)")
            let differences = terminal.differences(from: next, colours: colours)
            #expect(differences.isEmpty, "\(differences)")
            if !terminal.problems.isEmpty || !differences.isEmpty { return }
            shown = next
        }
    }
}
