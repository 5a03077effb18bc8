import Foundation

/// A strict, fast reader of JSON for the store's hot paths (opening 10,000 families). It accepts only a subset
/// of what Foundation's `JSONDecoder` accepts and, for that subset, gives exactly the same values; for anything
/// else (an unknown or repeated key, a number with a fraction, a BOM, a lone surrogate, invalid UTF-8…) it
/// throws `Declined` and the caller takes the careful path, which decodes with `JSONDecoder` and explains errors.
struct FastJSONReader {
    /// "Not on the fast path": never shown to anyone; the caller falls back to `JSONDecoder`.
    struct Declined: Error {}

    /// An object key as bytes in the input, matched against literals without making a String.
    struct Key {
        let start: UnsafePointer<UInt8>
        let count: Int

        static func ~= (pattern: StaticString, key: Key) -> Bool {
            pattern.utf8CodeUnitCount == key.count && memcmp(pattern.utf8Start, key.start, key.count) == 0
        }
    }

    private let bytes: UnsafePointer<UInt8>
    private let count: Int
    private var at = 0

    private init(bytes: UnsafePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    /// Reads one whole document with `body`; nil when the fast path declines it.
    static func read<T>(_ data: Data, _ body: (inout FastJSONReader) throws -> T) -> T? {
        data.withUnsafeBytes { raw -> T? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            var reader = FastJSONReader(bytes: base, count: raw.count)
            reader.skipSpace()
            guard let value = try? body(&reader) else { return nil }
            reader.skipSpace()
            return reader.at == reader.count ? value : nil
        }
    }

    // MARK: Structure

    /// Reads an object; `field` reads the value of each key and returns the field's number (0…63), so a key
    /// given twice is declined (`JSONDecoder` keeps the first). An unknown key must throw `Declined`.
    mutating func object(_ field: (Key, inout FastJSONReader) throws -> Int) throws {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if peek == UInt8(ascii: "}") { at += 1; return }
        var seen: UInt64 = 0
        while true {
            skipSpace()
            let key = try rawKey()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            let bit: UInt64 = 1 << UInt64(try field(key, &self))
            if seen & bit != 0 { throw Declined() }
            seen |= bit
            skipSpace()
            let next = peek
            at += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "}") { return }
            throw Declined()
        }
    }

    mutating func array<T>(_ element: (inout FastJSONReader) throws -> T) throws -> [T] {
        try expect(UInt8(ascii: "["))
        skipSpace()
        var result: [T] = []
        if peek == UInt8(ascii: "]") { at += 1; return result }
        while true {
            skipSpace()
            result.append(try element(&self))
            skipSpace()
            let next = peek
            at += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "]") { return result }
            throw Declined()
        }
    }

    /// A value that may be `null` (an optional field): nil for null.
    mutating func optional<T>(_ value: (inout FastJSONReader) throws -> T) throws -> T? {
        if peek == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        return try value(&self)
    }

    // MARK: Values

    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = at
        var ascii = true
        while at < count {
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                let span = UnsafeBufferPointer(start: bytes + start, count: at - start)
                at += 1
                if ascii { return String(decoding: span, as: UTF8.self) }
                guard let text = String(validating: span, as: UTF8.self) else { throw Declined() }
                return text
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if b < 0x20 { throw Declined() }
            if b >= 0x80 { ascii = false }
            at += 1
        }
        throw Declined()
    }

    mutating func int() throws -> Int {
        let negative = peek == UInt8(ascii: "-")
        if negative { at += 1 }
        guard at < count, isDigit(bytes[at]) else { throw Declined() }
        var value = 0
        if bytes[at] == UInt8(ascii: "0") {
            at += 1
        } else {
            while at < count, isDigit(bytes[at]) {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(bytes[at] - UInt8(ascii: "0")))
                if o1 || o2 { throw Declined() }
                value = sum
                at += 1
            }
        }
        // Fractions and exponents are JSONDecoder's business.
        if at < count, bytes[at] == UInt8(ascii: ".") || bytes[at] | 0x20 == UInt8(ascii: "e") || isDigit(bytes[at]) {
            throw Declined()
        }
        return negative ? -value : value
    }

    mutating func bool() throws -> Bool {
        if peek == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// "YYYY-MM-DD", exactly as `LocalDate(iso:)` reads it.
    mutating func date() throws -> LocalDate {
        try expect(UInt8(ascii: "\""))
        guard at + 11 <= count, bytes[at + 10] == UInt8(ascii: "\""),
              bytes[at + 4] == UInt8(ascii: "-"), bytes[at + 7] == UInt8(ascii: "-") else { throw Declined() }
        func number(_ from: Int, _ length: Int) throws -> Int {
            var value = 0
            for i in from..<(from + length) {
                guard isDigit(bytes[at + i]) else { throw Declined() }
                value = value * 10 + Int(bytes[at + i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let date = LocalDate(year: try number(0, 4), month: try number(5, 2), day: try number(8, 2)) else {
            throw Declined()
        }
        at += 11
        return date
    }

    /// A string-valued enum; an unknown value is declined.
    mutating func value<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
        guard let value = E(rawValue: try string()) else { throw Declined() }
        return value
    }

    // MARK: Bytes

    private var peek: UInt8 { at < count ? bytes[at] : 0 }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private mutating func skipSpace() {
        while at < count {
            let b = bytes[at]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            at += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard at < count, bytes[at] == byte else { throw Declined() }
        at += 1
    }

    private mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard at + n <= count, memcmp(word.utf8Start, bytes + at, n) == 0 else { throw Declined() }
        at += n
    }

    /// A key as it is in the input; keys with escapes are declined (Sammen never writes them).
    private mutating func rawKey() throws -> Key {
        try expect(UInt8(ascii: "\""))
        let start = at
        while at < count {
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                at += 1
                return Key(start: bytes + start, count: at - 1 - start)
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { throw Declined() }
            at += 1
        }
        throw Declined()
    }

    /// The slow part of `string()`: escapes, UTF-16 surrogate pairs, then UTF-8 validation of the whole.
    private mutating func escapedString(from start: Int) throws -> String {
        var out = [UInt8](UnsafeBufferPointer(start: bytes + start, count: at - start))
        while at < count {
            let b = bytes[at]
            at += 1
            if b == UInt8(ascii: "\"") {
                guard let text = String(validating: out, as: UTF8.self) else { throw Declined() }
                return text
            }
            if b < 0x20 { throw Declined() }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                continue
            }
            guard at < count else { throw Declined() }
            let e = bytes[at]
            at += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard at + 2 <= count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { throw Declined() }
                    at += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw Declined() }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw Declined()
                }
                guard let scalar = Unicode.Scalar(code) else { throw Declined() }
                out.append(contentsOf: Array(String(scalar).utf8))
            default:
                throw Declined()
            }
        }
        throw Declined()
    }

    private mutating func hex4() throws -> UInt32 {
        guard at + 4 <= count else { throw Declined() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw Declined()
            }
            value = value << 4 | digit
            at += 1
        }
        return value
    }
}
