// Whether Sammen may write its frames itself (`FrameEncoder`): only when terminfo's strings for this terminal are
// the ECMA-48 sequences the encoder writes, so a frame looks exactly as ncurses would have drawn it. xterm and
// its kin, the Linux console, screen and tmux all qualify; anything else is drawn by ncurses as before.
import CNcursesw
import SammenUI

enum ECMA48Check {
    /// The colours to encode with, or nil when the terminal does not speak the encoder's sequences.
    /// `colours` is what ncurses found (count and whether the terminal's own colours can be used).
    static func colours(_ colours: TerminalColours) -> TerminalColours? {
        // CUP, counted from 1: the encoder moves the cursor with nothing else.
        guard expand("cup", 4, 9) == "\u{1B}[5;10H" else { return nil }
        // A terminal that wraps at once after the last column (am without xenl) would scroll when the
        // bottom-right cell is written; ncurses avoids that cell there, the encoder does not.
        if terminfoFlag("am") && !terminfoFlag("xenl") { return nil }
        guard string("bold") == "\u{1B}[1m", string("rev") == "\u{1B}[7m", string("smul") == "\u{1B}[4m" else { return nil }
        var result = colours
        if let dim = string("dim") {
            guard dim == "\u{1B}[2m" else { return nil }
        } else {
            result.dim = false
        }
        guard colours.count > 0 else { return result }
        // setaf/setab as the encoder writes them, for every colour it may ask for, and op for the terminal's own.
        for n in 0..<min(colours.count, 16) {
            let (foreground, background) = n < 8 ? ("3\(n)", "4\(n)") : ("9\(n - 8)", "10\(n - 8)")
            guard expand("setaf", Int32(n)) == "\u{1B}[\(foreground)m", expand("setab", Int32(n)) == "\u{1B}[\(background)m" else { return nil }
        }
        if colours.defaultColours {
            guard string("op") == "\u{1B}[39;49m" else { return nil }
        }
        return result
    }

    private static func string(_ name: String) -> String? {
        guard let value = sammen_terminfo_string(name) else { return nil }
        return withoutPadding(String(cString: value))
    }

    private static func terminfoFlag(_ name: String) -> Bool { sammen_terminfo_flag(name) != 0 }

    private static func expand(_ name: String, _ a: Int32, _ b: Int32? = nil) -> String? {
        guard let capability = sammen_terminfo_string(name) else { return nil }
        let expanded = b.map { sammen_tiparm2(capability, a, $0) } ?? sammen_tiparm1(capability, a)
        return expanded.map { withoutPadding(String(cString: $0)) }
    }

    /// Terminfo's delays ("$<5>"), which matter only on a slow serial line and are not bytes to send.
    private static func withoutPadding(_ text: String) -> String {
        var result: [UInt8] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
               let end = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                i = end + 1
                continue
            }
            result.append(bytes[i])
            i += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
