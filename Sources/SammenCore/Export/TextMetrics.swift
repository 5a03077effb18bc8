/// Estimated text widths for laying out the printed wheel without a font engine.
///
/// The widths are DejaVu Sans's advance widths (in 1/2048 em), the font the SVG asks for first. Verdana, the
/// usual fallback, is about as wide, and Arial narrower, so text measured here fits in all three.
enum TextMetrics {
    /// The width of `text` in the units of `size` (the font size).
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += advance(scalar) }
        // Bold DejaVu is about 11 % wider; 3 % margin for kerning and rounding in renderers.
        return Double(units) / 2048 * size * (bold ? 1.11 : 1.0) * 1.03
    }

    static func advance(_ s: Unicode.Scalar) -> Int {
        if let w = table[s] { return w }
        switch s.value {
        case 0x30...0x39: return 1303
        case 0x0300...0x036F, 0x200B...0x200D, 0xFE0F: return 0  // combining marks, zero-width, variation selector
        case 0x1F000...0x1FAFF: return 2048  // emoji (shown by a fallback font)
        default: return s.properties.isUppercase ? 1500 : 1300
        }
    }

    static let table: [Unicode.Scalar: Int] = {
        let pairs: [(String, Int)] = [
            (" ", 651), ("!", 821), ("\"", 942), ("#", 1716), ("%", 1946), ("&", 1597), ("'", 563), ("(", 799),
            (")", 799), ("*", 1024), ("+", 1716), (",", 651), ("-", 739), (".", 651), ("/", 690), (":", 690),
            (";", 690), ("?", 1087), ("@", 2048), ("§", 1024), ("–", 1024), ("—", 2048), ("·", 651), ("•", 1208),
            ("✓", 1716), ("…", 2048), ("«", 1253), ("»", 1253),
            ("A", 1401), ("B", 1405), ("C", 1430), ("D", 1577), ("E", 1294), ("F", 1178), ("G", 1587), ("H", 1540),
            ("I", 604), ("J", 604), ("K", 1343), ("L", 1141), ("M", 1767), ("N", 1532), ("O", 1612), ("P", 1235),
            ("Q", 1612), ("R", 1423), ("S", 1300), ("T", 1251), ("U", 1499), ("V", 1401), ("W", 2025), ("X", 1403),
            ("Y", 1251), ("Z", 1403), ("Æ", 2025), ("Ø", 1612), ("Å", 1401),
            ("a", 1255), ("b", 1300), ("c", 1126), ("d", 1300), ("e", 1260), ("f", 721), ("g", 1300), ("h", 1298),
            ("i", 569), ("j", 569), ("k", 1186), ("l", 569), ("m", 1995), ("n", 1298), ("o", 1253), ("p", 1300),
            ("q", 1300), ("r", 842), ("s", 1067), ("t", 803), ("u", 1298), ("v", 1212), ("w", 1675), ("x", 1212),
            ("y", 1212), ("z", 1075), ("æ", 2011), ("ø", 1253), ("å", 1255), ("é", 1260), ("ü", 1298), ("ö", 1253),
            ("ä", 1255),
        ]
        var map: [Unicode.Scalar: Int] = [:]
        for (text, width) in pairs { map[text.unicodeScalars.first!] = width }
        return map
    }()

    /// Words of `text` wrapped into lines no wider than `width`; a word longer than a line stands alone.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || self.width(candidate, size: size, bold: bold) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
