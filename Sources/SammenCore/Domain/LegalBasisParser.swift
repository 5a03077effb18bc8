/// Reads a legal reference the ways caseworkers and the law write it: "SEL § 50", "SEL §50", "SEL 50",
/// "Serviceloven § 50", "BL § 20", "Barnets lov § 20", "§ 52 a", "§ 52a, stk. 1, nr. 1", "§ 32, stk. 1, nr. 2",
/// the model text's "§52a.1.1", any kind of space (a no-break space after "§" is common in copied text).
///
/// It walks the text's scalars once, with no Foundation trimming or lower-casing of the whole text: the cold
/// parse of 10,000 family files reads every measure's paragraph through here.
public enum LegalBasisParser {
    private static let lawNames: [(name: String, law: Law)] = [
        ("servicelovens", .sel), ("serviceloven", .sel), ("servl", .sel), ("sel", .sel),
        ("barnets lovs", .bl), ("barnets lov", .bl), ("barnetslov", .bl), ("bl", .bl),
    ]

    /// The most paragraphs one range ("§§ 82–85") may stand for.
    public static let longestRange = 20

    /// Parses one reference. `defaultLaw` is used for a bare "§ 50"; without it a bare paragraph is an error.
    public static func parse(_ raw: String, defaultLaw: Law? = nil) -> Result<LegalBasis, LegalBasisError> {
        let s = raw.unicodeScalars
        var i = s.startIndex
        skipSpaces(s, &i)
        guard i < s.endIndex else { return .failure(.empty) }

        var law: Law?
        for (name, candidate) in lawNames {
            if let after = match(name, in: s, at: i) {
                law = candidate
                i = after
                break
            }
        }
        if law == nil, s[i].properties.isAlphabetic { return .failure(.unknownLaw(raw)) }
        skip(s, &i) { isSpace($0) || $0 == "." }
        var hadSectionSign = false
        while i < s.endIndex, s[i] == "§" {
            hadSectionSign = true
            s.formIndex(after: &i)
            skipSpaces(s, &i)
        }

        // The paragraph: ASCII digits and at most one letter, written with or without a space ("52a", "52 a").
        guard let number = digits(s, &i, limit: 4) else { return .failure(.malformed(raw)) }
        var paragraph = number
        var j = i
        skipSpaces(s, &j)
        if j < s.endIndex, isASCIILetter(s[j]) {
            let next = s.index(after: j)
            if next == s.endIndex || !s[next].properties.isAlphabetic {
                paragraph.unicodeScalars.append(s[j])
                i = next
            }
        }

        // Stk. and nr.: "stk. 1, nr. 2" (with or without commas and full stops), or the model text's ".1.1".
        var subsection: Int?
        var item: Int?
        if i < s.endIndex, s[i] == ".", s.index(after: i) < s.endIndex, isDigit(s[s.index(after: i)]) {
            s.formIndex(after: &i)
            subsection = digits(s, &i, limit: 3).flatMap { Int($0) }
            if i < s.endIndex, s[i] == "." {
                s.formIndex(after: &i)
                guard let n = digits(s, &i, limit: 3) else { return .failure(.malformed(raw)) }
                item = Int(n)
            }
        } else {
            var k = i
            skip(s, &k) { isSpace($0) || $0 == "," }
            if let afterWord = match("stk", in: s, at: k) {
                k = afterWord
                skip(s, &k) { isSpace($0) || $0 == "." }
                guard let n = digits(s, &k, limit: 3) else { return .failure(.malformed(raw)) }
                subsection = Int(n)
                i = k
                skip(s, &k) { isSpace($0) || $0 == "," }
                if let afterNr = match("nr", in: s, at: k) {
                    k = afterNr
                    skip(s, &k) { isSpace($0) || $0 == "." }
                    guard let n = digits(s, &k, limit: 3) else { return .failure(.malformed(raw)) }
                    item = Int(n)
                    i = k
                }
            }
        }
        skipSpaces(s, &i)
        guard i == s.endIndex else { return .failure(.malformed(raw)) }

        guard let resolvedLaw = law ?? defaultLaw else {
            return .failure(hadSectionSign || law == nil ? .bareParagraph(raw) : .malformed(raw))
        }
        let basis = LegalBasis(law: resolvedLaw, paragraph: paragraph, subsection: subsection, item: item)
        guard LegalCatalogue.isKnown(basis) else { return .failure(.unknownParagraph(basis)) }
        return .success(basis)
    }

    /// Splits a list such as "SEL § 41 + SEL § 44", "SEL §§ 50, 52", "BL §§ 86–87" or "BL § 32, stk. 1, nr. 2,
    /// § 35" into references. A paragraph with no law after a named one inherits it; a piece that starts with
    /// "stk." or "nr." belongs to the paragraph before it; a range stands for every paragraph in it.
    public static func parseList(_ raw: String, defaultLaw: Law? = nil) -> Result<[LegalBasis], LegalBasisError> {
        var pieces: [String] = []
        var current = ""
        func finish() {
            let piece = trimmed(current)
            current = ""
            guard !piece.isEmpty else { return }
            if let last = pieces.last, startsWithSubdivision(piece) {
                pieces[pieces.count - 1] = last + ", " + piece
            } else {
                pieces.append(piece)
            }
        }
        for scalar in raw.unicodeScalars {
            if scalar == "," || scalar == ";" || scalar == "+" { finish() } else { current.unicodeScalars.append(scalar) }
        }
        finish()
        // "SEL §§ 41 og 42": "og" between two paragraphs separates them too.
        pieces = pieces.flatMap(splitOnOg)
        guard !pieces.isEmpty else { return .failure(.empty) }

        var result: [LegalBasis] = []
        var inherited = defaultLaw
        for piece in pieces {
            if let dash = piece.unicodeScalars.firstIndex(where: isDash) {
                let head = String(piece.unicodeScalars[..<dash])
                let tail = trimmed(String(piece.unicodeScalars[piece.unicodeScalars.index(after: dash)...]))
                switch parse(head, defaultLaw: inherited) {
                case .failure(let error): return .failure(error)
                case .success(let first):
                    guard first.subsection == nil, let low = Int(first.paragraph), let high = Int(tail),
                          tail.unicodeScalars.allSatisfy(isDigit), low < high, high - low < longestRange
                    else { return .failure(.badRange(piece)) }
                    for p in low...high {
                        let basis = LegalBasis(law: first.law, paragraph: String(p))
                        guard LegalCatalogue.isKnown(basis) else { return .failure(.unknownParagraph(basis)) }
                        result.append(basis)
                    }
                    inherited = first.law
                }
                continue
            }
            switch parse(piece, defaultLaw: inherited) {
            case .success(let basis):
                result.append(basis)
                inherited = basis.law
            case .failure(let error):
                return .failure(error)
            }
        }
        return .success(result)
    }

    // MARK: Scalars

    /// Any Unicode space: a no-break space (U+00A0), a narrow one (U+202F), a tab.
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
    /// Hyphen, hyphen-minus, en dash, em dash, minus: all write a range.
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}" || s == "\u{2012}" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2212}"
    }

    static func skip(_ s: String.UnicodeScalarView, _ i: inout String.UnicodeScalarView.Index,
                     while condition: (Unicode.Scalar) -> Bool) {
        while i < s.endIndex, condition(s[i]) { s.formIndex(after: &i) }
    }

    static func skipSpaces(_ s: String.UnicodeScalarView, _ i: inout String.UnicodeScalarView.Index) {
        skip(s, &i, while: isSpace)
    }

    /// Up to `limit` ASCII digits at `i`, or nil when there are none (or more than `limit`).
    static func digits(_ s: String.UnicodeScalarView, _ i: inout String.UnicodeScalarView.Index, limit: Int) -> String? {
        var text = ""
        while i < s.endIndex, isDigit(s[i]) {
            guard text.utf8.count < limit else { return nil }
            text.unicodeScalars.append(s[i])
            s.formIndex(after: &i)
        }
        return text.isEmpty ? nil : text
    }

    /// Where `word` (lower-case ASCII; a space in it matches any run of spaces) ends when it is at `i`, written
    /// in any case and not followed by another letter ("sel" is not the start of "selskab").
    static func match(_ word: String, in s: String.UnicodeScalarView, at start: String.UnicodeScalarView.Index)
        -> String.UnicodeScalarView.Index?
    {
        var i = start
        for expected in word.unicodeScalars {
            guard i < s.endIndex else { return nil }
            if expected == " " {
                guard isSpace(s[i]) else { return nil }
                skipSpaces(s, &i)
                continue
            }
            let got = s[i]
            guard got.isASCII, got.value | 0x20 == expected.value else { return nil }
            s.formIndex(after: &i)
        }
        if i < s.endIndex, s[i].properties.isAlphabetic { return nil }
        return i
    }

    static func trimmed(_ text: String) -> String {
        let s = text.unicodeScalars
        guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(s[first...last])
    }

    static func startsWithSubdivision(_ piece: String) -> Bool {
        let s = piece.unicodeScalars
        return match("stk", in: s, at: s.startIndex) != nil || match("nr", in: s, at: s.startIndex) != nil
    }

    /// "SEL § 41 og 42" → "SEL § 41", "42"; a piece without a lone "og" stays whole.
    static func splitOnOg(_ piece: String) -> [String] {
        let words = piece.split(whereSeparator: { $0.isWhitespace })
        guard words.contains(where: { $0.lowercased() == "og" }) else { return [piece] }
        var parts: [String] = []
        var current: [Substring] = []
        for word in words {
            if word.lowercased() == "og" {
                if !current.isEmpty { parts.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        return parts
    }
}
