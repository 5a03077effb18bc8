/// Nested JSON, byte for byte as `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// writes it (two spaces per level, `"key" : value`, an empty array or object as `[` two line breaks `]`, nil
/// optionals left out, the same escapes as `PrettyJSONArray`), written into a byte buffer that the caller empties
/// as it goes: `sammen families --json` sends a family at a time instead of holding the whole document.
/// The caller writes keys in `.sortedKeys` order. `PrettyJSONWriterTests` compares it with JSONEncoder.
public struct PrettyJSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Per open container: whether anything is in it yet.
    private var filled: [Bool] = []

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    // MARK: Containers

    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// `"key" : ` in the object that is open; its value comes next (a container, or one of the values below).
    public mutating func key(_ key: StaticString) {
        nextElement()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(contentsOf: "\" : ".utf8)
    }

    /// The start of the next element of the open array (for a container or a value that follows).
    public mutating func element() { nextElement() }

    // MARK: Values

    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { span in
            bytes.append(UInt8(ascii: "\""))
            if PrettyJSONArray.mayNeedEscapes(span) {
                for b in span { escaped(b) }
            } else {
                bytes.append(contentsOf: span)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// A string field; a nil one is left out, as JSONEncoder leaves out a nil optional.
    public mutating func field(_ name: StaticString, _ text: String?) {
        guard let text else { return }
        key(name)
        string(text)
    }

    /// A field holding an array of strings.
    public mutating func field(_ name: StaticString, strings: [String]) {
        key(name)
        beginArray()
        for text in strings {
            element()
            string(text)
        }
        endArray()
    }

    /// Hands over what is written so far (whole elements only, so nothing is cut inside a character) and
    /// keeps the buffer's room for what comes next.
    public mutating func drain(_ sink: (UnsafeRawBufferPointer) -> Void) {
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        filled.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadAny = filled.removeLast()
        bytes.append(0x0A)
        if !hadAny { bytes.append(0x0A) }
        indent(filled.count)
        bytes.append(bracket)
    }

    private mutating func nextElement() {
        if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")) }
        filled[filled.count - 1] = true
        bytes.append(0x0A)
        indent(filled.count)
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func escaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
        case 0x5C: bytes.append(contentsOf: "\\\\".utf8)
        case 0x08: bytes.append(contentsOf: "\\b".utf8)
        case 0x09: bytes.append(contentsOf: "\\t".utf8)
        case 0x0A: bytes.append(contentsOf: "\\n".utf8)
        case 0x0C: bytes.append(contentsOf: "\\f".utf8)
        case 0x0D: bytes.append(contentsOf: "\\r".utf8)
        case 0x00..<0x20:
            bytes.append(contentsOf: (b < 0x10 ? "\\u000" : "\\u001").utf8)
            bytes.append(Array("0123456789abcdef".utf8)[Int(b & 15)])
        default: bytes.append(b)
        }
    }
}
