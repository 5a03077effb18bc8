/// What a terminal shows, made from the bytes a program writes to it: enough of ECMA-48 to find text on the
/// screen (cursor moves, erasing, text), with colours and other modes read past. The program sends only the cells
/// that changed, so a line's text is not one run of bytes: "Kollega 1.1" can arrive as "Kolleg" and, after a
/// cursor move, "a 1.1" when the cells between were already right. Looking for text in the byte stream missed it;
/// looking on this screen does not.
struct ScreenModel {
    private(set) var rows: [[String]]
    private var x = 0
    private var y = 0
    private var pending: [UInt8] = []

    init(lines: Int, columns: Int) {
        rows = Array(repeating: Array(repeating: " ", count: columns), count: lines)
    }

    /// The screen's lines as text.
    var lines: [String] { rows.map { $0.joined() } }

    func contains(_ text: String) -> Bool { rows.contains { $0.joined().contains(text) } }

    mutating func feed(_ bytes: ArraySlice<UInt8>) {
        pending.append(contentsOf: bytes)
        var i = 0
        var text: [UInt8] = []
        func flushText() {
            guard !text.isEmpty else { return }
            for scalar in String(decoding: text, as: UTF8.self).unicodeScalars { put(scalar) }
            text.removeAll()
        }
        while i < pending.count {
            let b = pending[i]
            if b == 0x1B {
                flushText()
                guard let end = Self.escapeEnd(pending, from: i) else { break }  // the rest comes with the next read
                escape(Array(pending[i...end]))
                i = end + 1
            } else if b < 0x20 || b == 0x7F {
                flushText()
                switch b {
                case 0x0D: x = 0
                case 0x0A: y = min(rows.count - 1, y + 1)
                case 0x08: x = max(0, x - 1)
                default: break
                }
                i += 1
            } else {
                // A UTF-8 sequence cut by the read waits for its end.
                let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                if i + length > pending.count { break }
                text.append(contentsOf: pending[i..<(i + length)])
                i += length
            }
        }
        flushText()
        pending.removeFirst(i)
    }

    /// The index of an escape sequence's last byte, or nil when it is not all here yet.
    private static func escapeEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let second = bytes[start + 1]
        switch second {
        case UInt8(ascii: "["):
            var j = start + 2
            while j < bytes.count {
                if (0x40...0x7E).contains(bytes[j]) { return j }
                j += 1
            }
            return nil
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
            // A string ended by BEL or ESC \.
            var j = start + 2
            while j < bytes.count {
                if bytes[j] == 0x07 { return j }
                if bytes[j] == 0x1B, j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "\\") { return j + 1 }
                j += 1
            }
            return nil
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"):
            return start + 2 < bytes.count ? start + 2 : nil
        default:
            return start + 1
        }
    }

    private mutating func escape(_ sequence: [UInt8]) {
        guard sequence.count >= 3, sequence[1] == UInt8(ascii: "[") else { return }
        let final = sequence.last!
        let body = String(decoding: sequence[2..<(sequence.count - 1)], as: UTF8.self)
        guard !body.hasPrefix("?"), !body.hasPrefix(">") else { return }  // modes: nothing on the screen moves
        let numbers = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func n(_ k: Int, _ fallback: Int) -> Int { k < numbers.count ? (numbers[k] ?? fallback) : fallback }
        let width = rows.first?.count ?? 0
        switch final {
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            y = min(rows.count - 1, max(0, n(0, 1) - 1))
            x = min(width - 1, max(0, n(1, 1) - 1))
        case UInt8(ascii: "A"): y = max(0, y - max(1, n(0, 1)))
        case UInt8(ascii: "B"): y = min(rows.count - 1, y + max(1, n(0, 1)))
        case UInt8(ascii: "C"): x = min(width - 1, x + max(1, n(0, 1)))
        case UInt8(ascii: "D"): x = max(0, x - max(1, n(0, 1)))
        case UInt8(ascii: "G"): x = min(width - 1, max(0, n(0, 1) - 1))
        case UInt8(ascii: "d"): y = min(rows.count - 1, max(0, n(0, 1) - 1))
        case UInt8(ascii: "J"):
            let mode = n(0, 0)
            for row in rows.indices where mode == 2 || mode == 3 || (mode == 0 && row > y) || (mode == 1 && row < y) {
                rows[row] = Array(repeating: " ", count: width)
            }
            if mode == 0 { for col in x..<width { rows[y][col] = " " } }
            if mode == 1 { for col in 0...min(x, width - 1) { rows[y][col] = " " } }
        case UInt8(ascii: "K"):
            let mode = n(0, 0)
            let range = mode == 0 ? x..<width : mode == 1 ? 0..<min(width, x + 1) : 0..<width
            for col in range { rows[y][col] = " " }
        case UInt8(ascii: "X"):
            for col in x..<min(width, x + max(1, n(0, 1))) { rows[y][col] = " " }
        case UInt8(ascii: "b"):
            // REP: the character before the cursor again, n times.
            let previous = x > 0 ? rows[y][x - 1] : " "
            for _ in 0..<max(1, n(0, 1)) { putCell(previous) }
        default:
            break  // colours (m) and the like
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        // A combining mark joins the cell before it.
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            || scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value) {
            let col = max(0, x - 1)
            rows[y][col] += String(scalar)
            return
        }
        putCell(String(scalar))
        if scalar.properties.isEmojiPresentation || (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
            || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) {
            putCell("")  // the wide character's second column
        }
    }

    private mutating func putCell(_ text: String) {
        let width = rows.first?.count ?? 0
        guard width > 0 else { return }
        if x >= width { return }  // the program never writes past the last column; a stray byte does not wrap
        rows[y][x] = text
        x += 1
    }
}
