import Foundation

/// Reads the rows of `COPY … TO STDOUT (FORMAT binary)` as the server's messages arrive (PGConnection.copyOut):
/// the signature and header first, then per row a 16-bit field count and each field as a 32-bit length (-1 is
/// NULL) and its bytes, then -1 as the trailer. No value is escaped, so text with tabs and newlines (summary
/// lines) comes through as the bytes stored. The server sends a row per message, the header with the first; a row
/// split over messages is put together here all the same.
struct BinaryCopyParser {
    static let signature: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00]

    enum Failure: Error { case notBinaryCopy, damaged }

    /// Bytes of a row (or the header) that has not arrived whole yet.
    private var pending: [UInt8] = []
    private var headerRead = false
    private(set) var finished = false

    /// Feeds one message; calls `row` with each whole row's fields (nil is NULL), valid only during the call.
    mutating func feed(_ message: UnsafeRawBufferPointer, row: ([UnsafeRawBufferPointer?]) throws -> Void) throws {
        if pending.isEmpty {
            let used = try parse(message, row: row)
            if used < message.count { pending.append(contentsOf: message[used...]) }
        } else {
            pending.append(contentsOf: message)
            let whole = pending
            let used = try whole.withUnsafeBytes { try parse($0, row: row) }
            pending.removeFirst(used)
        }
    }

    /// Parses as many whole pieces as `bytes` holds; returns how many bytes they took.
    private mutating func parse(_ bytes: UnsafeRawBufferPointer, row: ([UnsafeRawBufferPointer?]) throws -> Void) throws -> Int {
        var at = 0
        func int16(_ i: Int) -> Int { Int(Int16(bitPattern: UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))) }
        func int32(_ i: Int) -> Int {
            Int(Int32(bitPattern: UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])))
        }
        if !headerRead {
            let fixed = Self.signature.count + 8
            guard bytes.count >= fixed else { return 0 }
            guard bytes.prefix(Self.signature.count).elementsEqual(Self.signature) else { throw Failure.notBinaryCopy }
            let extensionLength = int32(Self.signature.count + 4)
            guard extensionLength >= 0 else { throw Failure.damaged }
            guard bytes.count >= fixed + extensionLength else { return 0 }
            at = fixed + extensionLength
            headerRead = true
        }
        var fields: [UnsafeRawBufferPointer?] = []
        while !finished, bytes.count - at >= 2 {
            let count = int16(at)
            if count == -1 {
                finished = true
                at += 2
                break
            }
            guard count >= 0 else { throw Failure.damaged }
            var p = at + 2
            fields.removeAll(keepingCapacity: true)
            var whole = true
            for _ in 0..<count {
                guard bytes.count - p >= 4 else { whole = false; break }
                let length = int32(p)
                p += 4
                if length == -1 { fields.append(nil); continue }
                guard length >= 0 else { throw Failure.damaged }
                guard bytes.count - p >= length else { whole = false; break }
                fields.append(UnsafeRawBufferPointer(rebasing: bytes[p..<(p + length)]))
                p += length
            }
            guard whole else { break }
            try row(fields)
            at = p
        }
        return at
    }

    /// A field as a big-endian 64-bit integer (an `int8` column), or nil.
    static func int64(_ field: UnsafeRawBufferPointer?) -> Int64? {
        guard let field, field.count == 8 else { return nil }
        var value: UInt64 = 0
        for byte in field { value = value << 8 | UInt64(byte) }
        return Int64(bitPattern: value)
    }

    /// A field as a boolean (a `bool` column: one byte), or nil.
    static func bool(_ field: UnsafeRawBufferPointer?) -> Bool? {
        guard let field, field.count == 1 else { return nil }
        return field[0] != 0
    }
}
