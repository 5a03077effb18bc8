/// How text from data reaches a terminal: never as commands to it. A family name, a note, a user name or a
/// file name may hold ESC sequences (CSI, OSC: set the window title, clear the screen, move the cursor), other
/// C0 controls, C1 controls (U+0080–U+009F, which some terminals obey like ESC), DEL, or bidi controls
/// (U+202A–U+202E overrides and embeddings, U+2066–U+2069 isolates, U+200E/U+200F/U+061C marks) that reorder
/// what is shown so one line reads as another. Each of them is shown visibly as `\uXXXX` instead, which is
/// also a valid escape inside a JSON string, so the same rule serves tables, messages and `--json`.
///
/// Two levels: `field` for one value inside a line (a line break or a tab in a name would forge a table row or
/// a log line, so they are escaped too), and `output` / `outputBytes` for a whole output, which keeps its own
/// line breaks and tabs (and a CR directly before a line break, for CRLF documents). The command-line program
/// writes every byte it prints through `outputBytes`.
public enum TerminalText {
    /// One value inside a line: every control character, line breaks and tabs included, shown as `\uXXXX`.
    public static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || $0 == "\n" || $0 == "\t" || $0 == "\r" }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                out += visible(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A whole output: its line breaks and tabs stay, every other control character is shown as `\uXXXX`.
    public static func output(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let safe = outputBytes(bytes) else { return text }
        return String(decoding: safe, as: UTF8.self)
    }

    /// `output` on UTF-8 bytes, for output written without making a String (a big `due --json`). Returns nil
    /// when nothing needs escaping (nearly always), so the bytes are written as they are.
    public static func outputBytes(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        let n = bytes.count
        var i = 0
        var first = -1
        let base = bytes.baseAddress
        while i < n {
            // Eight bytes of printable ASCII at a time (nearly all of a `due --json`'s 10 MB, #19): no byte with
            // its high bit set, none below a space, none DEL. Any other word is looked at byte by byte below.
            if i + 8 <= n {
                let w = (base! + i).loadUnaligned(as: UInt64.self)
                let below = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                let d = w ^ 0x7F7F_7F7F_7F7F_7F7F
                let del = (d &- 0x0101_0101_0101_0101) & ~d & 0x8080_8080_8080_8080
                if (w & 0x8080_8080_8080_8080) | below | del == 0 {
                    i += 8
                    continue
                }
            }
            // Printable ASCII, line breaks and tabs, and every byte that cannot start an unsafe character
            // (only C2, D8 and E2 can) are passed at once: megabytes of `due --json` go through here.
            let c = bytes[i]
            if (c >= 0x20 && c < 0x7F) || c == 0x0A || c == 0x09 || (c >= 0x80 && c != 0xC2 && c != 0xD8 && c != 0xE2) {
                i += 1
                continue
            }
            if unsafeSequenceLength(bytes, at: i) > 0 { first = i; break }
            i += 1
        }
        guard first >= 0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(n + 64)
        out.append(contentsOf: bytes[0..<first])
        i = first
        while i < n {
            let length = unsafeSequenceLength(bytes, at: i)
            if length == 0 {
                out.append(bytes[i])
                i += 1
                continue
            }
            let value = scalarValue(bytes, at: i, length: length)
            out.append(contentsOf: visible(value).utf8)
            i += length
        }
        return out
    }

    public static func outputBytes(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBytes { outputBytes($0) }
    }

    /// Whether a scalar may never reach a terminal as it is (line breaks and tabs are judged by the caller).
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 { return v != 0x0A && v != 0x09 }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        return isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    /// Overrides, embeddings, isolates and marks that change the order text is shown in.
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// "\u001b" style: visible, and a valid escape inside a JSON string.
    static func visible(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The length in bytes of an unsafe character starting at `i`, or 0 when the byte there is safe (or does
    /// not start one). A CR directly before a LF is safe (CRLF documents); a lone CR rewrites the line.
    static func unsafeSequenceLength(_ b: UnsafeRawBufferPointer, at i: Int) -> Int {
        let c = b[i]
        if c < 0x20 {
            if c == 0x0A || c == 0x09 { return 0 }
            if c == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A { return 0 }
            return 1
        }
        if c < 0x7F { return 0 }
        if c == 0x7F { return 1 }
        guard i + 1 < b.count else { return 0 }
        let c1 = b[i + 1]
        switch c {
        case 0xC2: return (0x80...0x9F).contains(c1) ? 2 : 0                      // C1 controls
        case 0xD8: return c1 == 0x9C ? 2 : 0                                       // U+061C
        case 0xE2:
            guard i + 2 < b.count else { return 0 }
            let c2 = b[i + 2]
            if c1 == 0x80 && (c2 == 0x8E || c2 == 0x8F || (0xA8...0xAE).contains(c2)) { return 3 }  // U+200E/F, U+2028–U+202E
            if c1 == 0x81 && (0xA6...0xA9).contains(c2) { return 3 }                                // U+2066–U+2069
            return 0
        default: return 0
        }
    }

    static func scalarValue(_ b: UnsafeRawBufferPointer, at i: Int, length: Int) -> UInt32 {
        switch length {
        case 1: return UInt32(b[i])
        case 2: return (UInt32(b[i] & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)
        default: return (UInt32(b[i] & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        }
    }
}
