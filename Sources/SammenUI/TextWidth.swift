import SammenCore

/// Display width of text in terminal columns, measured per grapheme (Character), never with the locale's
/// wcwidth: Danish letters are 1, East Asian wide characters and emoji 2, combining marks 0.
public enum TextWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if scalars.count == 1 && first.value < 0x300 { return 1 }
        // Bidi overrides, isolates and marks, zero-width spaces and other format characters take no column and
        // are never drawn: a bidi override would reorder the rest of the row.
        if first.properties.generalCategory == .format || TerminalText.isBidiControl(first.value)
            || first.value == 0x2028 || first.value == 0x2029 { return 0 }
        // Emoji presentation (including sequences with VS16 or ZWJ) takes two columns.
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isWide(first.value) { return 2 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
            return 0
        }
        return 1
    }

    /// The character's one scalar when it is plain text, one column wide on every terminal and in every locale
    /// (U+0020–U+007E, U+00A0–U+02FF: Latin letters with æøå, digits, punctuation); nil for anything else.
    /// Read from its UTF-8 bytes, without the grapheme machinery: the draw asks it for every changed cell.
    @inline(__always)
    public static func plainScalar(of character: Character) -> Unicode.Scalar? {
        var bytes = character.utf8.makeIterator()
        guard let lead = bytes.next() else { return nil }
        if lead < 0x80 {
            guard lead >= 0x20, lead != 0x7F, bytes.next() == nil else { return nil }
            return Unicode.Scalar(lead)
        }
        // Two-byte sequences with lead bytes C2–CB are U+0080–U+02FF.
        guard lead >= 0xC2, lead <= 0xCB, let trail = bytes.next(), bytes.next() == nil else { return nil }
        let value = UInt32(lead & 0x1F) << 6 | UInt32(trail & 0x3F)
        return value >= 0xA0 ? Unicode.Scalar(value) : nil
    }

    public static func of(_ text: String) -> Int {
        // Nearly all text is Latin letters (æ, ø and å included): one column per scalar, counted without
        // breaking the text into characters (a 17,000-row `sammen due` table spent most of its time there).
        // No scalar in these ranges joins a neighbour into one character, so this is what the sum gives.
        var columns = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) else { return text.reduce(0) { $0 + of($1) } }
            columns += 1
        }
        return columns
    }

    /// Cuts `text` to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// Pads `text` with spaces to exactly `width` columns (truncating first when too long).
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - of(cut))
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + cut : cut + spaces
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, abridged to the blocks that occur in practice).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension TextWidth {
    /// Word-wraps `text` to lines of at most `width` columns; a word longer than a line is cut across lines.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ") {
                var w = String(word)
                var ww = of(w)
                if used > 0 && used + 1 + ww <= width {
                    line += " " + w
                    used += 1 + ww
                    continue
                }
                if used > 0 { lines.append(line); line = ""; used = 0 }
                while ww > width {
                    var head = ""
                    var hw = 0
                    for c in w {
                        let cw = of(c)
                        if hw + cw > width { break }
                        head.append(c)
                        hw += cw
                    }
                    if head.isEmpty { break }
                    lines.append(head)
                    w = String(w.dropFirst(head.count))
                    ww = of(w)
                }
                line = w
                used = ww
            }
            lines.append(line)
        }
        return lines
    }
}
