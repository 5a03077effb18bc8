/// A JSON array of flat objects, byte for byte as `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` writes it (two-space indent, `"key" : value`, nil optionals left out, the same
/// escapes), but written directly: `sammen due --all --json` at 10,000 families is megabytes, and encoding it
/// through Codable took most of the command's time. `PrettyJSONArrayTests` compares it with JSONEncoder.
public struct PrettyJSONArray {
    public enum Value {
        case string(String)
        case int(Int)
    }

    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var empty = true
    private var firstField = true

    public init() {}

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
        guard let text else { return }
        name(key)
        string(text)
    }

    public mutating func field(_ key: StaticString, _ n: Int) {
        name(key)
        bytes.append(contentsOf: String(n).utf8)
    }

    public mutating func endObject() { put("\n  }") }

    /// What is written so far, taken out so it can be sent on while the rest is written (a 10,000-family
    /// list is megabytes; held whole it costs memory and page faults).
    public mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    public var count: Int { bytes.count }

    private mutating func name(_ key: StaticString) {
        put(firstField ? "\n    \"" : ",\n    \"")
        firstField = false
        put(key)
        put("\" : ")
    }

    private mutating func put(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The whole array, without a final newline (as JSONEncoder), or with one (for a terminal or a pipe).
    public consuming func finished(newline: Bool = false) -> [UInt8] {
        bytes.append(contentsOf: empty ? [0x0A, 0x0A, UInt8(ascii: "]")] : [0x0A, UInt8(ascii: "]")])
        if newline { bytes.append(0x0A) }
        return bytes
    }

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Nearly every text needs no escape: copied whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { span -> Bool in
            for b in span where b < 0x20 || b == UInt8(ascii: "\"") || b == 0x5C { return false }
            bytes.append(contentsOf: span)
            return true
        }
        if plain == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in text.utf8 {
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
                bytes.append(Array("0123456789abcdef".utf8)[Int(b & 15)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
