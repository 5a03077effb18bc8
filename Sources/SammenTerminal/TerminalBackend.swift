// The only code that talks to ncurses: starts and stops curses mode, turns key codes into `Event`s and shows a
// `Grid`. Everything above it is pure Swift and testable without a terminal.
import CNcursesw
import SammenUI

#if canImport(Glibc)
import Glibc
#endif

public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// ncurses could not open the terminal, usually because TERM is unset or unknown.
    case cannotOpen(term: String)
    /// Only one backend may hold the terminal at a time (ncurses keeps global state).
    case alreadyActive
    /// The locale is not UTF-8 and no UTF-8 locale is installed to fall back to.
    case notUTF8(locale: String)

    public var description: String {
        switch self {
        case .notATerminal: "standard input and output must be a terminal"
        case .cannotOpen(let term): "cannot open the terminal (TERM=\(term.isEmpty ? "<unset>" : term))"
        case .alreadyActive: "the terminal is already in use by this program"
        case .notUTF8(let locale): "the terminal's character set (locale \(locale)) is not UTF-8, and no UTF-8 locale is installed; start Sammen with LANG=C.UTF-8 (Sammen kræver UTF-8: start med LANG=C.UTF-8)"
        }
    }
}

public final class TerminalBackend {
    private let window: UnsafeMutablePointer<WINDOW>
    private var screen: OpaquePointer?
    private var isActive = true
    private var palette: Palette
    /// Attributes and colour pair per style, computed once.
    private var attributeCache: [Style: (attributes: attr_t, pair: Int16)] = [:]

    /// Whether the current LC_CTYPE reads and writes UTF-8.
    static func characterSetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Enters curses mode. Throws instead of exiting when there is no usable terminal.
    public init() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        guard sammen_is_screen_active() == 0 else { throw TerminalError.alreadyActive }
        // Without the locale, ncursesw treats æøå as bytes and draws box lines as "lqqk".
        setlocale(LC_ALL, "")
        // LANG=C, or a da_DK.UTF-8 that is not installed (setlocale fails and leaves "C"): ncursesw then reads
        // "ø" as two bytes and the program froze on it (#15.13). The character set falls back to a UTF-8 locale
        // that is there (C.UTF-8 is on every glibc system since 2.35); only the character set changes, and if
        // none is there the program says at start what to set instead of starting.
        if !Self.characterSetIsUTF8() {
            let asked = String(cString: setlocale(LC_CTYPE, nil))
            for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "da_DK.UTF-8"] {
                if setlocale(LC_CTYPE, fallback) != nil && Self.characterSetIsUTF8() { break }
            }
            guard Self.characterSetIsUTF8() else { throw TerminalError.notUTF8(locale: asked) }
        }
        _ = sammen_save_termios()
        // Installed before newterm so ncurses sees SIGINT/SIGTERM as taken and leaves them to us.
        // SIGWINCH stays untouched: ncurses installs its own and reports KEY_RESIZE.
        sammen_install_signal_handlers()
        guard let screen = sammen_newterm(), let window = sammen_stdscr() else {
            sammen_uninstall_signal_handlers()
            throw TerminalError.cannotOpen(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        self.window = window
        sammen_set_screen_active(1)
        // Anything printed to stderr now would vanish with the alternate screen; it is shown after shutdown.
        _ = sammen_capture_stderr()

        raw()  // Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q reach the program as keys; the app decides what they do.
        noecho()
        nonl()  // Enter arrives as 13 and is not translated; both 10 and 13 map to .enter anyway.
        keypad(window, true)
        set_escdelay(25)  // The default waits a whole second after Escape.
        Self.defineAlternativeKeySequences()
        curs_set(0)
        leaveok(window, true)
        scrollok(window, false)  // Writing the bottom-right cell must never scroll the screen.

        let noColor = (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty == false
        if !noColor && has_colors() {
            start_color()
            let defaults = use_default_colors() == OK
            palette = Palette(colors: Int(sammen_colors()), pairs: Int(sammen_color_pairs()), defaultColors: defaults)
        } else {
            palette = Palette(colors: 0, pairs: 0, defaultColors: false)
        }

        mousemask(sammen_mouse_events(), nil)
        mouseinterval(0)
        // Bracketed paste: the terminal frames pasted text, so it arrives whole as `.paste` and is never read
        // as keys (a pasted line break would otherwise save a form half-written).
        define_key("\u{1B}[200~", Self.pasteStart)
        define_key("\u{1B}[201~", Self.pasteEnd)
        Self.writeControl("\u{1B}[?2004h")
    }

    /// Key codes of our own for the paste markers, above every code ncurses uses.
    private static let pasteStart: Int32 = 0x5F0
    private static let pasteEnd: Int32 = 0x5F1

    private static func writeControl(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// Home and End come in several dialects, and terminfo lists only one. tmux, for one, sends the VT220 form
    /// (ESC[1~, ESC[4~) even when TERM says xterm-256color, which would otherwise arrive as Escape, "[", "1", "~".
    private static func defineAlternativeKeySequences() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    deinit {
        shutdown()
    }

    /// The screen size in cells, as ncurses knows it (updated when a `.resize` event is delivered).
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Leaves curses mode and restores the terminal modes saved at start. Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        Self.writeControl("\u{1B}[?2004l")
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        // endwin already left the alternate screen; clear the flag so the restore writes no reset sequence.
        sammen_set_screen_active(0)
        sammen_restore_terminal()
        sammen_uninstall_signal_handlers()
    }

    // MARK: Drawing

    /// The frame on the screen now, and the screen size it was drawn at: the next frame sends only what differs.
    private var shownFrame: Grid?
    private var shownSize: (width: Int, height: Int) = (0, 0)

    /// Shows a frame, sending the terminal only the cells that differ from the frame shown before it
    /// (`Grid.forEachChangedRun`). After a resize, or when a frame of another size comes, the screen is erased and
    /// drawn whole. Cells beyond the screen are dropped.
    ///
    /// A run of plain text goes to ncurses in one `mvwadd_wchnstr` of cells built from a per-style template (no
    /// allocation, no grapheme work, no dictionary lookup per cell); `add_wchnstr` neither wraps nor moves the
    /// cursor, so a run ending in the bottom-right cell cannot scroll the screen. Any other character (wide,
    /// combined, another script) is written alone at its own position, as ncurses measures it.
    public func draw(_ grid: Grid) {
        guard isActive else { return }
        let (screenWidth, screenHeight) = size
        var previous = shownFrame
        if previous == nil || shownSize != (screenWidth, screenHeight) {
            werase(window)
            previous = nil
        }
        grid.forEachChangedRun(since: previous) { run in
            guard run.row < screenHeight, run.column < screenWidth else { return }
            if run.isPlainText {
                writePlainRun(grid, row: run.row, column: run.column, length: min(run.length, screenWidth - run.column))
            } else {
                writeOther(grid[run.column, run.row], x: run.column, y: run.row, screenWidth: screenWidth, screenHeight: screenHeight)
            }
        }
        shownFrame = grid
        shownSize = (screenWidth, screenHeight)
        wrefresh(window)
    }

    /// Cells of the run being sent, kept between frames.
    private var runCells: [cchar_t] = []
    /// The last style's template cell, since a run's cells nearly always share one.
    private var lastTemplate: (style: Style, cell: cchar_t)?
    private var templates: [Style: cchar_t] = [:]

    private func writePlainRun(_ grid: Grid, row: Int, column: Int, length: Int) {
        guard length > 0 else { return }
        if runCells.count < length { runCells = Array(repeating: cchar_t(), count: max(length, 256)) }
        runCells.withUnsafeMutableBufferPointer { cells in
            for i in 0..<length {
                let cell = grid[column + i, row]
                var complex = template(for: cell.style)
                // Plain: exactly one scalar, U+0020–U+02FF (Grid.ChangedRun); the template's other slots are 0.
                complex.chars.0 = wchar_t(bitPattern: TextWidth.plainScalar(of: cell.character)?.value ?? 0x20)
                cells[i] = complex
            }
            _ = mvwadd_wchnstr(window, Int32(row), Int32(column), cells.baseAddress, Int32(length))
        }
    }

    /// The cell ncurses' `setcchar` makes for a space in `style`: its attributes and colour pair, as ncurses
    /// itself sets them. A plain cell is this with its scalar in place of the space.
    private func template(for style: Style) -> cchar_t {
        if let last = lastTemplate, last.style == style { return last.cell }
        let cell: cchar_t
        if let known = templates[style] {
            cell = known
        } else {
            let (attributes, pair) = attributesAndPair(for: style)
            var made = cchar_t()
            var space: (wchar_t, wchar_t) = (0x20, 0)
            _ = withUnsafeMutableBytes(of: &space) { raw in
                setcchar(&made, raw.bindMemory(to: wchar_t.self).baseAddress, attributes, pair, nil)
            }
            templates[style] = made
            cell = made
        }
        lastTemplate = (style, cell)
        return cell
    }

    /// A character that is not plain text, written alone at its position.
    private func writeOther(_ cell: Cell, x: Int, y: Int, screenWidth: Int, screenHeight: Int) {
        let cellWidth = max(1, TextWidth.of(cell.character))
        if x + cellWidth > screenWidth { return }  // A wide character here would wrap.
        var complex = complexCharacter(for: cell)
        if y == screenHeight - 1 && x + cellWidth == screenWidth {
            // add_wchnstr does not move the cursor, so the bottom-right cell cannot wrap or scroll.
            mvwadd_wchnstr(window, Int32(y), Int32(x), &complex, 1)
        } else {
            mvwadd_wch(window, Int32(y), Int32(x), &complex)
        }
    }

    /// Forgets what is on the screen, so the next `draw` repaints it whole (after something else wrote to it).
    public func invalidate() {
        shownFrame = nil
    }

    /// The cell as ncurses' complex character, built on the stack: no allocation per cell.
    private func complexCharacter(for cell: Cell) -> cchar_t {
        let (attributes, pair) = attributesAndPair(for: cell.style)
        var complex = cchar_t()
        // One spacing character plus its combining marks, at most CCHARW_MAX (5) in all, then the terminating 0.
        var buffer: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        let ok: Bool = withUnsafeMutableBytes(of: &buffer) { raw in
            let wide = raw.bindMemory(to: wchar_t.self)
            var count = 0
            for scalar in cell.character.unicodeScalars {
                guard count < 5 else { break }
                wide[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 || wide[0] < 0x20 || wide[0] == 0x7F { wide[0] = 0x20; count = 1 }
            wide[count] = 0
            if setcchar(&complex, wide.baseAddress, attributes, pair, nil) == OK { return true }
            // setcchar refuses e.g. emoji ZWJ sequences (several spacing characters): show the first one only.
            wide[1] = 0
            if setcchar(&complex, wide.baseAddress, attributes, pair, nil) == OK { return true }
            wide[0] = 0x3F  // "?"
            return setcchar(&complex, wide.baseAddress, attributes, pair, nil) == OK
        }
        _ = ok
        return complex
    }

    private func attributesAndPair(for style: Style) -> (attributes: attr_t, pair: Int16) {
        if let cached = attributeCache[style] { return cached }
        let result = palette.attributesAndPair(for: style)
        attributeCache[style] = result
        return result
    }

    // MARK: Input

    /// Waits for the next event.
    ///
    /// - `timeoutMilliseconds == nil` blocks until an event arrives. It returns nil only when input has gone away
    ///   (standard input closed), which the event loop should treat as "quit".
    /// - With a timeout, returns `.tick` when nothing arrived in time; nil again means input has gone away
    ///   (ncurses reported an error well before the deadline).
    ///
    /// Input that maps to no event (mouse releases, unknown key codes) is swallowed and the wait goes on.
    /// `.resize` carries the new size; ncurses has already resized its screen when it is delivered.
    public func nextEvent(timeoutMilliseconds: Int32?) -> Event? {
        guard isActive else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds.map { clock.now + .milliseconds(max(0, $0)) }
        while true {
            if let deadline {
                let remaining = clock.now.duration(to: deadline)
                wtimeout(window, Int32(clamping: max(0, remaining.components.seconds * 1000
                    + remaining.components.attoseconds / 1_000_000_000_000_000)))
            } else {
                wtimeout(window, -1)
            }
            var input: wint_t = 0
            errno = 0
            let status = wget_wch(window, &input)
            switch status {
            case OK:
                if let event = characterEvent(input) { return event }
            case KEY_CODE_YES:
                if Int32(bitPattern: input) == Self.pasteStart { return readPaste() }
                if let event = keyCodeEvent(Int32(bitPattern: input)) { return event }
            default:
                let interrupted = errno == EINTR
                if let deadline {
                    // ncurses' own timer may end a few milliseconds before ours.
                    if clock.now.duration(to: deadline) <= .milliseconds(10) { return .tick }
                    if !interrupted { return nil }
                } else if !interrupted {
                    return nil
                }
            }
            if let deadline, clock.now >= deadline { return .tick }
        }
    }

    /// Waits for the next event, or until `descriptor` (the store watcher's) has something to read, which gives
    /// `.tick`: how the program shows a colleague's save with no key pressed. Sleeps in poll() on standard input
    /// and the descriptor, so an idle program uses no CPU; input ncurses has already buffered is delivered first.
    /// Timeout and nil as for `nextEvent(timeoutMilliseconds:)`.
    public func nextEvent(timeoutMilliseconds: Int32?, wakingOn descriptor: Int32) -> Event? {
        guard isActive else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds.map { clock.now + .milliseconds(max(0, $0)) }
        // Standard input said "readable" but nothing came of it this many times in a row: it is at its end.
        var emptyReadable = 0
        while true {
            if let event = nextEvent(timeoutMilliseconds: 0), event != .tick { return event }
            var wait: Int32 = -1
            if let deadline {
                let remaining = clock.now.duration(to: deadline)
                if remaining <= .zero { return .tick }
                wait = Int32(clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1)
            }
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, wait)
            if ready < 0 {
                if errno == EINTR { continue }  // A resize: ncurses reports it on the next read.
                return nil
            }
            if ready == 0 { return .tick }
            if fds[1].revents != 0 { return .tick }
            if fds[0].revents & Int16(POLLNVAL) != 0 { return nil }
            emptyReadable += 1
            if emptyReadable > 3 { return nil }
        }
    }

    /// Reads a bracketed paste up to its end marker (or a pause of a second, should the marker be lost).
    private func readPaste() -> Event {
        var text = ""
        wtimeout(window, 1000)
        while true {
            var input: wint_t = 0
            let status = wget_wch(window, &input)
            if status == KEY_CODE_YES {
                if Int32(bitPattern: input) == Self.pasteEnd { break }
                continue
            }
            guard status == OK else { break }
            // Beyond any field's limit the rest is read and dropped (the field refuses the paste whole anyway),
            // so none of it is taken as keys.
            if text.utf8.count > 1_000_000 { continue }
            switch input {
            case 13: text.append("\n")
            default:
                if let scalar = Unicode.Scalar(UInt32(input)) { text.unicodeScalars.append(scalar) }
            }
        }
        return .paste(text)
    }

    private func characterEvent(_ input: wint_t) -> Event? {
        switch input {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(UInt8(input) + 0x60))))  // 1 → "a"
        case 0, 28...31:
            return .key(.control(Character(Unicode.Scalar(UInt8(input) + 0x40))))  // 0 → "@", 28 → "\"
        default:
            guard let scalar = Unicode.Scalar(UInt32(input)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func keyCodeEvent(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE:
            let (width, height) = size
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            var mouse = MEVENT()
            guard getmouse(&mouse) == OK else { return nil }
            let button: MouseButton
            switch sammen_mouse_button(mouse.bstate) {
            case 1: button = .left
            case 3: button = .right
            case 4: button = .scrollUp
            case 5: button = .scrollDown
            default: return nil
            }
            return .mouse(x: Int(mouse.x), y: Int(mouse.y), button: button)
        case (sammen_key_f0() + 1)...(sammen_key_f0() + 63):
            return .key(.function(Int(code - sammen_key_f0())))
        default:
            return nil
        }
    }
}
