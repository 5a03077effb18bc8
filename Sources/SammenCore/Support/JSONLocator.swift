import Foundation

/// Finds where things are in a JSON text, so an error can name the line and column: the first syntax error,
/// or the position of the value at a decoding path ("children[2].birthDate").
///
/// Foundation's errors give a coding path but no position for type errors; a caseworker or a developer
/// fixing a file by hand needs "line 12, column 5".
public struct JSONLocator {
    public struct Position: Equatable, Sendable {
        public var line: Int
        public var column: Int
    }

    public enum PathElement: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    public struct SyntaxError: Error, Equatable, Sendable {
        public var position: Position
        public var reason: Phrase
        /// The reason in Danish.
        public var message: String { reason.da }
    }

    private let bytes: [UInt8]
    private var offset = 0
    /// How many objects and lists enclose the value being read. Sammen's files nest a few levels; a damaged
    /// or hostile file nested thousands deep would overflow the stack of this scanner and of JSONSerialization,
    /// taking the whole program down, so it is refused as a syntax error instead.
    private var depth = 0
    static let maxDepth = 128

    private init(_ data: Data) { bytes = [UInt8](data) }

    /// The first syntax error in `data`, or nil when it is well-formed JSON (one value, nothing after it).
    public static func syntaxError(in data: Data) -> SyntaxError? {
        var scanner = JSONLocator(data)
        do {
            if scanner.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.offset = 3 }
            if String(data: data, encoding: .utf8) == nil {
                let bad = firstInvalidUTF8(scanner.bytes)
                throw SyntaxError(position: scanner.position(at: bad), reason: Phrase(da: "ugyldig UTF-8-tegnkodning", en: "invalid UTF-8 encoding"))
            }
            try scanner.skipValue(path: [], target: nil)
            scanner.skipWhitespace()
            if scanner.offset < scanner.bytes.count {
                throw scanner.error("uventet tekst efter JSON-værdien", "unexpected text after the JSON value")
            }
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return nil
        }
    }

    /// Where the value at `path` starts, or the nearest enclosing value that exists.
    public static func position(of path: [PathElement], in data: Data) -> Position? {
        var scanner = JSONLocator(data)
        var found: Int?
        _ = try? scanner.skipValue(path: [], target: (path, { found = $0 }))
        return found.map { scanner.position(at: $0) }
    }

    /// Converts a Swift coding path to path elements.
    public static func path(_ codingPath: [CodingKey]) -> [PathElement] {
        codingPath.map { key in key.intValue.map(PathElement.index) ?? .key(key.stringValue) }
    }

    /// "children[2].birthDate"
    public static func describe(_ path: [PathElement]) -> String {
        var text = ""
        for element in path {
            switch element {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    // MARK: - Scanning

    private typealias Target = ([PathElement], (Int) -> Void)

    private func position(at offset: Int) -> Position {
        var line = 1
        var column = 1
        var i = 0
        while i < min(offset, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return Position(line: line, column: column)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            if b < 0x80 { length = 1 } else if b & 0xE0 == 0xC0 { length = 2 } else if b & 0xF0 == 0xE0 { length = 3 } else if b & 0xF8 == 0xF0 { length = 4 } else { return i }
            if i + length > bytes.count { return i }
            for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return i }
            i += length
        }
        return bytes.count
    }

    private func error(_ da: String, _ en: String) -> SyntaxError {
        SyntaxError(position: position(at: offset), reason: Phrase(da: da, en: en))
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    private mutating func skipValue(path: [PathElement], target: Target?) throws {
        skipWhitespace()
        if let target, target.0.starts(with: path) { target.1(offset) }
        guard offset < bytes.count else { throw error("filen slutter midt i en værdi (er den afkortet?)", "the file ends in the middle of a value (was it cut short?)") }
        switch bytes[offset] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < JSONLocator.maxDepth else {
                throw error("værdierne er indlejret for dybt (over \(JSONLocator.maxDepth) niveauer)", "the values are nested too deep (over \(JSONLocator.maxDepth) levels)")
            }
            depth += 1
            defer { depth -= 1 }
            if bytes[offset] == UInt8(ascii: "{") {
                try skipObject(path: path, target: target)
            } else {
                try skipList(path: path, target: target)
            }
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = offset
            while offset < bytes.count, "+-0123456789.eE".utf8.contains(bytes[offset]) { offset += 1 }
            // A number Swift cannot hold (1e999) is refused here, with its position, not later without one.
            guard let value = Double(String(decoding: bytes[start..<offset], as: UTF8.self)), value.isFinite else {
                offset = start
                throw error("ugyldigt tal", "invalid number")
            }
        case 0:
            throw error("filen indeholder NUL-bytes (nogle gange efter et strømsvigt)", "the file holds NUL bytes (sometimes after a power cut)")
        default:
            throw error("uventet tegn", "unexpected character")
        }
    }

    private mutating func skipObject(path: [PathElement], target: Target?) throws {
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") { offset += 1; return }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw (offset < bytes.count ? error("her ventes et feltnavn i anførselstegn", "a field name in quotes is expected here")
                    : error("filen slutter midt i et objekt (er den afkortet?)", "the file ends in the middle of an object (was it cut short?)"))
            }
            let key = try readString()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("her mangler et «:» efter feltnavnet", "a «:» is missing after the field name") }
            offset += 1
            try skipValue(path: path + [.key(key)], target: target)
            skipWhitespace()
            guard offset < bytes.count else { throw error("filen slutter midt i et objekt (er den afkortet?)", "the file ends in the middle of an object (was it cut short?)") }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            if bytes[offset] == UInt8(ascii: "}") { offset += 1; return }
            throw error("her ventes «,» eller «}»", "«,» or «}» is expected here")
        }
    }

    private mutating func skipList(path: [PathElement], target: Target?) throws {
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") { offset += 1; return }
        var index = 0
        while true {
            try skipValue(path: path + [.index(index)], target: target)
            index += 1
            skipWhitespace()
            guard offset < bytes.count else { throw error("filen slutter midt i en liste (er den afkortet?)", "the file ends in the middle of a list (was it cut short?)") }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            if bytes[offset] == UInt8(ascii: "]") { offset += 1; return }
            throw error("her ventes «,» eller «]»", "«,» or «]» is expected here")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        let w = Array(word.utf8)
        guard offset + w.count <= bytes.count, Array(bytes[offset..<offset + w.count]) == w else {
            throw error("uventet tegn", "unexpected character")
        }
        offset += w.count
    }

    private mutating func readString() throws -> String {
        offset += 1
        var result: [UInt8] = []
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                offset += 1
                return String(decoding: result, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                guard offset + 1 < bytes.count else { break }
                let escaped = bytes[offset + 1]
                guard "\"\\/bfnrtu".utf8.contains(escaped) else { throw error("ugyldig escape-sekvens i tekst", "invalid escape sequence in a text") }
                result.append(escaped)
                offset += escaped == UInt8(ascii: "u") ? 6 : 2
                continue
            }
            if b < 0x20 {
                throw b == 0 ? error("filen indeholder NUL-bytes (nogle gange efter et strømsvigt)", "the file holds NUL bytes (sometimes after a power cut)")
                    : error("kontroltegn i en tekst", "control character in a text")
            }
            result.append(b)
            offset += 1
        }
        throw error("filen slutter midt i en tekst (er den afkortet?)", "the file ends in the middle of a text (was it cut short?)")
    }
}
