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
    let window: UnsafeMutablePointer<WINDOW>
    private var screen: OpaquePointer?
    private(set) var isActive = true
    /// The frame's bytes when Sammen writes frames itself (the terminal speaks ECMA-48, `ECMA48Check`); nil when
    /// ncurses draws them (TerminalBackend+CursesDraw.swift).
    var encoder: FrameEncoder?
    var palette: Palette
    /// Attributes and colour pair per style, computed once (for ncurses' drawing).
    var attributeCache: [Style: (attributes: attr_t, pair: Int16)] = [:]

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
        sammen_install_suspend_handler()
        guard let screen = sammen_newterm(), let window = sammen_stdscr() else {
            sammen_uninstall_signal_handlers()
            sammen_uninstall_suspend_handler()
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
        var colours = TerminalColours.none
        if !noColor && has_colors() {
            start_color()
            colours = TerminalColours(count: Int(sammen_colors()), defaultColours: use_default_colors() == OK)
        }
        palette = Palette(colours: colours, pairs: Int(sammen_color_pairs()))
        encoder = ECMA48Check.colours(colours).map { FrameEncoder(colours: $0) }

        mousemask(sammen_mouse_events(), nil)
        mouseinterval(0)
        // Bracketed paste: the terminal frames pasted text, so it arrives whole as `.paste` and is never read
        // as keys (a pasted line break would otherwise save a form half-written).
        define_key("\u{1B}[200~", Self.pasteStart)
        define_key("\u{1B}[201~", Self.pasteEnd)
        Self.writeControl("\u{1B}[?2004h")
        // ncurses clears the screen and sends what it holds back (modes, colours): from here on it writes
        // nothing unless `draw` asks it to.
        clearok(sammen_curscr(), true)
        wrefresh(window)
    }

    /// Key codes of our own for the paste markers, above every code ncurses uses.
    private static let pasteStart: Int32 = 0x5F0
    private static let pasteEnd: Int32 = 0x5F1

    static func writeControl(_ sequence: String) {
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
        sammen_uninstall_suspend_handler()
    }

    /// Suspended (SIGTSTP): leaves curses mode as at exit, stops, and when continued puts curses mode back and
    /// forgets the frame shown, so the `.resize` this returns (the size may have changed meanwhile) is drawn whole.
    private func suspend() -> Event {
        Self.writeControl("\u{1B}[?2004l")
        endwin()
        sammen_stop_process()
        Self.writeControl("\u{1B}[?2004h")
        clearok(sammen_curscr(), true)
        wrefresh(window)  // after endwin: raw mode, keypad, the alternate screen and the hidden cursor come back
        invalidate()
        let (width, height) = size
        return .resize(width: width, height: height)
    }

    // MARK: What is on the screen (drawn in TerminalBackend+Draw.swift)

    /// The frame on the screen now, and the screen size it was drawn at: the next frame sends only what differs.
    var shownFrame: Grid?
    var shownSize: (width: Int, height: Int) = (0, 0)
    /// For ncurses' drawing: the cells of the run being sent, kept between frames, and a template cell per style
    /// (the last style's first, since a run's cells nearly always share one).
    var runCells: [cchar_t] = []
    var lastTemplate: (style: Style, cell: cchar_t)?
    var templates: [Style: cchar_t] = [:]

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
            if sammen_take_suspend_request() != 0 { return suspend() }
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
