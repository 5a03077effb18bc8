/// The one place free text is cleared of CPR numbers before it leaves the program: screens that are shown to
/// others (the board and its projector view), exports (handover, meeting summary, handout, calendar), the
/// access log, and every error message. `CPRNumber.redact` calls it.
///
/// A CPR number is ten decimal digits, six (the birth date) and four (the serial), with or without a
/// separator between them. People write that separator many ways, and text passes through programs that change
/// it, so the separator is any short run of spaces (any Unicode space: no-break, narrow no-break, figure,
/// ideographic), line breaks, tabs, dashes (hyphen, non-breaking hyphen, en and em dash, minus sign, fullwidth
/// hyphen…), a dot or a slash, e.g. "010203 - 1234" or "010203\n1234". The digits are any script's decimal
/// digits (fullwidth, Arabic-Indic, Devanagari…), since a number typed or pasted on another keyboard is still
/// the number. Invisible format characters (zero-width space, soft hyphen, bidi marks) and combining marks
/// between them do not hide a number either.
///
/// The ten digits must not continue a longer run of digits of the same script (an 11-digit account number is
/// not a CPR number); a digit of another script next to them does not hide them (found by fuzzing).
/// The number becomes "DDMMYY-XXXX" in ASCII digits: the birth date stays (as on screens), the serial goes.
enum CPRRedaction {
    /// At most this many visible characters separate the date from the serial ("  -  " is five).
    static let maxSeparatorLength = 5
    /// At most this many of them may be punctuation (dash, dot, slash): "--" but not "-----".
    static let maxSeparatorMarks = 2

    static func redact(_ text: String) -> String {
        // A masked number's date is written in ASCII digits, which can join the digits around it into a new
        // number ("0314۰1231…", found by the fuzzer): mask again until nothing changes. Each pass that changes
        // something turns four digits into X, so this ends.
        var current = redactOnce(text)
        while true {
            let again = redactOnce(current)
            if again == current { return current }
            current = again
        }
    }

    private static func redactOnce(_ text: String) -> String {
        // Fast path: ASCII text with fewer than ten digits holds no number (most text on its way out).
        var asciiDigits = 0
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { asciiDigits += 1 } else if byte >= 0x80 { ascii = false; break }
        }
        if ascii && asciiDigits < 10 { return text }

        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        // The script (its zero) of the digit that is the last visible scalar before `i`, if it is one: a
        // number may not continue a run of digits of its own script.
        var previousZero: UInt32?
        var changed = false
        while i < scalars.count {
            let scalar = scalars[i]
            if let zero = digitZero(scalar), zero != previousZero, let found = number(in: scalars, from: i) {
                for d in found.date { out.append(Unicode.Scalar(UInt8(48 + d))) }
                out.append(contentsOf: "-XXXX".unicodeScalars)
                i = found.end
                previousZero = nil
                changed = true
                continue
            }
            // An invisible character ends a run of digits too: "1\u{200B}0503144123" shows a CPR number after a
            // digit, and a longer run must never hide one (the fuzzer's invariant).
            if let zero = digitZero(scalar) { previousZero = zero } else { previousZero = nil }
            out.append(scalar)
            i += 1
        }
        return changed ? String(out) : text
    }

    /// A CPR-shaped number starting at `start` (a digit): its birth-date digits and where it ends.
    private static func number(in scalars: [Unicode.Scalar], from start: Int) -> (date: [Int], end: Int)? {
        var i = start
        var date: [Int] = []
        guard digits(6, in: scalars, at: &i, into: &date) else { return nil }
        // The separator: nothing, or a short run of spaces, line breaks and dashes.
        var length = 0
        var marks = 0
        while i < scalars.count, digitValue(scalars[i]) == nil {
            let s = scalars[i]
            if isInvisible(s) { i += 1; continue }
            if isSpace(s) { length += 1 } else if isSeparatorMark(s) { length += 1; marks += 1 } else { return nil }
            guard length <= maxSeparatorLength, marks <= maxSeparatorMarks else { return nil }
            i += 1
        }
        var serial: [Int] = []
        guard digits(4, in: scalars, at: &i, into: &serial) else { return nil }
        // Not followed by another digit of the same script (invisible characters in between do not count).
        var last = i - 1
        while isInvisible(scalars[last]) { last -= 1 }
        // Only a digit right after it makes a longer run; one after an invisible character starts anew.
        if i < scalars.count, let zero = digitZero(scalars[i]), zero == digitZero(scalars[last]) { return nil }
        return (date, i)
    }

    /// Reads exactly `count` digits (invisible characters between them allowed) and stops after the last.
    private static func digits(_ count: Int, in scalars: [Unicode.Scalar], at i: inout Int, into found: inout [Int]) -> Bool {
        while found.count < count {
            guard i < scalars.count else { return false }
            if let d = digitValue(scalars[i]) {
                found.append(d)
            } else if !(found.count > 0 && isInvisible(scalars[i])) {
                return false
            }
            i += 1
        }
        return true
    }

    /// The value of a decimal digit in any script (Unicode Nd, and digits like superscripts), else nil.
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        if s.value >= 0x30 && s.value <= 0x39 { return Int(s.value - 0x30) }
        if s.value < 0xB2 { return nil }
        let p = s.properties
        guard p.numericType == .decimal || p.numericType == .digit, let v = p.numericValue,
              v >= 0, v <= 9, v == v.rounded() else { return nil }
        return Int(v)
    }

    /// The code point of the zero of a digit's script ("0" for ASCII, "０" for fullwidth), else nil.
    static func digitZero(_ s: Unicode.Scalar) -> UInt32? {
        guard let v = digitValue(s) else { return nil }
        return s.value - UInt32(v)
    }

    /// Characters that take no room: format characters (zero-width space, soft hyphen, word joiner, bidi marks
    /// and overrides) and combining marks. They can sit between digits without being seen.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0xAD { return false }
        switch s.properties.generalCategory {
        case .format, .nonspacingMark, .enclosingMark: return true
        default: return s.properties.isVariationSelector
        }
    }

    /// Any Unicode space or line break, the tab included.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s.properties.isWhitespace
    }

    /// A dash of any kind, the minus sign, a dot or a slash.
    static func isSeparatorMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "-", ".", "/", "\u{2212}", "\u{2796}", "\u{02D7}", "\u{FE63}", "\u{FF0D}", "\u{FF0E}", "\u{FF0F}", "\u{2044}", "\u{2215}":
            return true
        default:
            return s.value >= 0x80 && s.properties.generalCategory == .dashPunctuation
        }
    }
}
