// One terminal column. The character is kept as its UTF-8 bytes inline, not as a `Character` (a string the runtime
// reference-counts): a frame's 7,680 cells are then made, compared and freed as plain memory. Making a new grid
// and freeing the old one cost as much as drawing a frame while cells held strings (issue 19).

/// One terminal column. A wide character sits in its lead cell; the cell to its right is a continuation.
public struct Cell: Sendable {
    /// The character's UTF-8 in the first 15 bytes (byte i at bits 8i of the two words, little-endian), the
    /// count of bytes in the last.
    private var utf8: (UInt64, UInt64)
    public var style: Style
    /// The right half of a wide character: the backend skips it, `text()` leaves it out.
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        utf8 = Cell.bytes(of: character)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A cell of one plain scalar (U+0020–U+007E, U+00A0–U+02FF), without going through a `Character`.
    init(plain scalar: UInt32, style: Style) {
        utf8 = scalar < 0x80 ? (UInt64(scalar), 1 << 56)
            : (UInt64(0xC0 | scalar >> 6) | UInt64(0x80 | scalar & 0x3F) << 8, 2 << 56)
        self.style = style
        isContinuation = false
    }

    public static let blank = Cell()

    /// The character. A grapheme longer than 15 bytes (a long emoji sequence) keeps its first scalar and the
    /// marks after it that fit, which is what a terminal is sent of it anyway.
    public var character: Character {
        get {
            withUTF8 { Character(String(decoding: $0, as: UTF8.self)) }
        }
        set { utf8 = Cell.bytes(of: newValue) }
    }

    /// The character's UTF-8 bytes, read in place.
    @inline(__always)
    public func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let count = Int(utf8.1 >> 56)
        return withUnsafeBytes(of: utf8) { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }

    /// The scalar when the character is plain text (as `TextWidth.plainScalar`), read from the bytes.
    @inline(__always)
    public var plainScalar: Unicode.Scalar? {
        let count = utf8.1 >> 56
        let lead = UInt32(truncatingIfNeeded: utf8.0 & 0xFF)
        if count == 1 { return lead >= 0x20 && lead != 0x7F ? Unicode.Scalar(lead) : nil }
        guard count == 2, lead >= 0xC2, lead <= 0xCB else { return nil }
        let value = (lead & 0x1F) << 6 | UInt32(truncatingIfNeeded: utf8.0 >> 8 & 0x3F)
        return value >= 0xA0 ? Unicode.Scalar(value) : nil
    }

    private static func bytes(of character: Character) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        var count = 0
        func add(_ scalar: Unicode.Scalar) -> Bool {
            let encoded = UTF8.encode(scalar)!
            guard count + encoded.count <= 15 else { return false }
            withUnsafeMutableBytes(of: &words) { raw in
                for byte in encoded { raw[count] = byte; count += 1 }
            }
            return true
        }
        let utf8Count = character.utf8.count
        for (i, scalar) in character.unicodeScalars.enumerated() {
            if utf8Count > 15 && i > 0 {
                // Too long to keep whole: the first scalar and the marks that belong to it.
                let category = scalar.properties.generalCategory
                guard category == .nonspacingMark || category == .enclosingMark || category == .spacingMark else { break }
            }
            if !add(scalar) { break }
        }
        words.1 |= UInt64(count) << 56
        return words
    }
}

extension Cell: Equatable {
    /// The same bytes are the same character; other bytes may still spell an equal one (é and e + U+0301).
    public static func == (a: Cell, b: Cell) -> Bool {
        a.style == b.style && a.isContinuation == b.isContinuation
            && ((a.utf8.0 == b.utf8.0 && a.utf8.1 == b.utf8.1) || a.character == b.character)
    }
}

extension Cell: CustomDebugStringConvertible {
    public var debugDescription: String {
        "Cell(\(String(reflecting: character)), \(style)\(isContinuation ? ", continuation" : ""))"
    }
}
