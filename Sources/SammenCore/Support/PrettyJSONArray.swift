/// A JSON array of flat objects, byte for byte as `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` writes it (two-space indent, `"key" : value`, nil optionals left out, the same
/// escapes), but written directly into a byte buffer: `sammen due --all --json` at 10,000 families is
/// megabytes, and encoding it through Codable took most of the command's time. `PrettyJSONArrayTests` compares
/// it with JSONEncoder. Noncopyable (it owns its buffer) and a struct, so writing a byte costs no dynamic
/// exclusivity check, as a class's stored properties would.
public struct PrettyJSONArray: ~Copyable {
    public enum Value {
        case string(String)
        case int(Int)
    }

    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 1 << 16
    public private(set) var count = 0
    private var empty = true
    private var firstField = true
    /// Also shows in every string what may never reach a terminal as it is (TerminalText: DEL, C1 controls,
    /// bidi controls, line and paragraph separators) as `\uXXXX`, the same bytes `TerminalText.outputBytes`
    /// would make of the finished array. JSON escapes every other control character already, and keys and
    /// numbers are ASCII, so such an array needs no scan of its own before it is printed (#19: that scan of
    /// 10 MB ran on one core while the other waited).
    public var terminalSafe = false

    /// An array; `capacity` is the bytes it is expected to take (it grows past that when needed, by copying).
    public init(capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        buffer = .allocate(capacity: self.capacity)
        byte(UInt8(ascii: "["))
    }

    /// The rest of an array whose first objects another writer wrote (to write one array on several cores):
    /// no opening bracket, and the first object follows a comma.
    public init(continuing: Void, capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        buffer = .allocate(capacity: self.capacity)
        empty = false
    }

    deinit { buffer.deallocate() }

    /// Empties the buffer, keeping its memory, to write the next part of the same array (its first object
    /// follows a comma, as after `init(continuing:)`): a long array goes out in parts through a few buffers
    /// instead of being held whole.
    public mutating func restart() {
        count = 0
        empty = false
        firstField = true
    }


    /// One object. `fields` must be in the order `.sortedKeys` gives; a nil value is left out.
    public mutating func append(_ fields: [(key: StaticString, value: Value?)]) {
        beginObject()
        for (key, value) in fields {
            switch value {
            case .string(let text): field(key, text)
            case .int(let n): field(key, n)
            case nil: break
            }
        }
        endObject()
    }

    /// An object field by field (no array per object): `beginObject`, `field`… in `.sortedKeys` order, `endObject`.
    public mutating func beginObject() {
        put(empty ? "\n  {" : ",\n  {")
        empty = false
        firstField = true
    }

    public mutating func field(_ key: StaticString, _ text: String?) {
        guard var text else { return }
        text.withUTF8 { span in
            // Room for the name and the text escaped at worst (six bytes per byte), checked once.
            reserve(key.utf8CodeUnitCount + 16 + span.count * 6)
            name(key)
            string(span)
        }
    }

    /// A string field written in pieces (each whole UTF-8 characters): `beginText`, `textPiece`…, `endText`.
    /// The same bytes as `field` with the pieces joined, without joining them first. Not public: a piece cut
    /// inside a character would pass the terminal's rule in halves (`DeadlineJSON` gives whole Strings).
    mutating func beginText(_ key: StaticString) {
        reserve(key.utf8CodeUnitCount + 16)
        name(key)
        buffer[count] = UInt8(ascii: "\"")
        count += 1
    }

    mutating func textPiece(_ span: UnsafeBufferPointer<UInt8>) {
        assert(span.first.map { $0 & 0xC0 != 0x80 } ?? true, "a piece must begin with a whole character")
        reserve(span.count * 6 + 1)
        body(span)
    }

    mutating func textPiece(_ text: StaticString) {
        textPiece(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func textPiece(_ text: String) {
        var text = text
        text.withUTF8 { textPiece($0) }
    }

    mutating func endText() {
        byte(UInt8(ascii: "\""))
    }

    /// A string as this array writes it (quotes, escapes and, for a terminal-safe array, the terminal's rule),
    /// to be written again and again with `field(_:quoted:)` without being looked at each time.
    public func quoted(_ text: String) -> [UInt8] {
        var json = PrettyJSONArray(continuing: (), capacity: text.utf8.count * 6 + 2)
        json.terminalSafe = terminalSafe
        var text = text
        text.withUTF8 { json.string($0) }
        return json.take()
    }

    /// A string field from `quoted`'s bytes, copied as they are.
    public mutating func field(_ key: StaticString, quoted: UnsafeBufferPointer<UInt8>) {
        reserve(key.utf8CodeUnitCount + 16 + quoted.count)
        name(key)
        if let base = quoted.baseAddress { unchecked(base, quoted.count) }
    }

    /// A string field from bytes that are valid UTF-8 (a date written in place, say).
    public mutating func field(_ key: StaticString, utf8 span: UnsafeBufferPointer<UInt8>) {
        reserve(key.utf8CodeUnitCount + 16 + span.count * 6)
        name(key)
        string(span)
    }

    public mutating func field(_ key: StaticString, _ n: Int) {
        reserve(key.utf8CodeUnitCount + 16 + 20)
        name(key)
        // Digits written backwards into a small buffer: String(n) would make a string per number.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { scratch in
            var value = n.magnitude
            var i = scratch.count
            repeat {
                i -= 1
                scratch[i] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0
            if n < 0 { i -= 1; scratch[i] = UInt8(ascii: "-") }
            unchecked(scratch.baseAddress!.assumingMemoryBound(to: UInt8.self) + i, scratch.count - i)
        }
    }

    public mutating func endObject() { put("\n  }") }

    /// What is written so far, taken out so it can be sent on while the rest is written (a 10,000-family
    /// list is megabytes; held whole it costs memory and page faults).
    public mutating func take() -> [UInt8] {
        defer { count = 0 }
        return Array(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// The rest of the array, closed, without a final newline (as JSONEncoder) or with one.
    public consuming func finished(newline: Bool = false) -> [UInt8] {
        close(newline: newline)
        return take()
    }

    /// Closes the array, without a final newline (as JSONEncoder) or with one.
    public mutating func close(newline: Bool = false) {
        put(empty ? "\n\n]" : "\n]")
        if newline { byte(0x0A) }
    }

    /// The bytes written so far, in place (megabytes are not copied to be sent on).
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: buffer, count: count))
    }

    // MARK: Bytes

    /// The field's name; room for it is reserved by the caller.
    private mutating func name(_ key: StaticString) {
        if firstField { unchecked("\n    \"") } else { unchecked(",\n    \"") }
        firstField = false
        unchecked(key.utf8Start, key.utf8CodeUnitCount)
        unchecked("\" : ")
    }

    /// A JSON string; room for it is reserved by the caller.
    private mutating func string(_ span: UnsafeBufferPointer<UInt8>) {
        buffer[count] = UInt8(ascii: "\"")
        count += 1
        body(span)
        buffer[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// A string's bytes, escaped; room for them is reserved by the caller.
    private mutating func body(_ span: UnsafeBufferPointer<UInt8>) {
        // Nearly every text needs no escape: copied whole.
        if PrettyJSONArray.mayNeedEscapes(span, terminal: terminalSafe) {
            var i = 0
            while i < span.count {
                // Bytes below DEL are JSON's to escape ("\b", not "\u0008"), as before the terminal's rule.
                let unsafe = terminalSafe && span[i] >= 0x7F ? TerminalText.unsafeSequenceLength(UnsafeRawBufferPointer(span), at: i) : 0
                if unsafe > 0 {
                    for b in TerminalText.visible(TerminalText.scalarValue(UnsafeRawBufferPointer(span), at: i, length: unsafe)).utf8 { byte(b) }
                    i += unsafe
                } else {
                    escaped(span[i])
                    i += 1
                }
            }
        } else if let base = span.baseAddress {
            unchecked(base, span.count)
        }
    }

    /// Whether a control byte, a quote or a backslash is in `span`, eight bytes at a time (most texts have none);
    /// for a `terminal` array also DEL or a byte that can begin an unsafe character (TerminalText).
    static func mayNeedEscapes(_ span: UnsafeBufferPointer<UInt8>, terminal: Bool = false) -> Bool {
        guard let base = span.baseAddress else { return false }
        var i = 0
        while i + 8 <= span.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let control = (w &- 0x2020_2020_2020_2020) & ~w
            let q = w ^ 0x2222_2222_2222_2222
            let quote = (q &- 0x0101_0101_0101_0101) & ~q
            let b = w ^ 0x5C5C_5C5C_5C5C_5C5C
            let backslash = (b &- 0x0101_0101_0101_0101) & ~b
            if (control | quote | backslash) & 0x8080_8080_8080_8080 != 0 { return true }
            // Any byte past ASCII (Danish letters, §, –) or DEL: such a word is looked at byte by byte, and only
            // a character the terminal must not get sends the text the slow way.
            if terminal {
                let d = w ^ 0x7F7F_7F7F_7F7F_7F7F
                let del = (d &- 0x0101_0101_0101_0101) & ~d
                if (w | del) & 0x8080_8080_8080_8080 != 0 {
                    for k in i..<(i + 8) where unsafeForTerminal(span, at: k) { return true }
                }
            }
            i += 8
        }
        while i < span.count {
            let c = base[i]
            if c < 0x20 || c == UInt8(ascii: "\"") || c == 0x5C || (terminal && unsafeForTerminal(span, at: i)) { return true }
            i += 1
        }
        return false
    }

    /// Whether an unsafe character (TerminalText) begins at `i`: DEL, a C1 control, U+061C, a bidi control or
    /// a line or paragraph separator.
    private static func unsafeForTerminal(_ span: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = span[i]
        guard c == 0x7F || c == 0xC2 || c == 0xD8 || c == 0xE2 else { return false }
        return TerminalText.unsafeSequenceLength(UnsafeRawBufferPointer(span), at: i) > 0
    }

    private mutating func escaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): put("\\\"")
        case 0x5C: put("\\\\")
        case 0x08: put("\\b")
        case 0x09: put("\\t")
        case 0x0A: put("\\n")
        case 0x0C: put("\\f")
        case 0x0D: put("\\r")
        case 0x00..<0x20:
            put(b < 0x10 ? "\\u000" : "\\u001")
            byte(Array("0123456789abcdef".utf8)[Int(b & 15)])
        default: byte(b)
        }
    }

    private mutating func put(_ text: StaticString) { append(text.utf8Start, text.utf8CodeUnitCount) }

    private mutating func unchecked(_ text: StaticString) { unchecked(text.utf8Start, text.utf8CodeUnitCount) }

    /// Copies bytes that `reserve` made room for.
    private mutating func unchecked(_ bytes: UnsafePointer<UInt8>, _ n: Int) {
        (buffer + count).update(from: bytes, count: n)
        count += n
    }

    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func byte(_ b: UInt8) {
        if count == capacity { grow(count + 1) }
        buffer[count] = b
        count += 1
    }

    private mutating func append(_ bytes: UnsafePointer<UInt8>, _ n: Int) {
        if count + n > capacity { grow(count + n) }
        (buffer + count).update(from: bytes, count: n)
        count += n
    }

    private mutating func grow(_ needed: Int) {
        while capacity < needed { capacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
    }
}
