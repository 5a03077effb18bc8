import Foundation
import Testing
@testable import SammenPostgres

/// PostgreSQL's binary COPY format (the documentation's "Binary Format" of COPY): an 11-byte signature, a 32-bit
/// flags field, a 32-bit header extension length and the extension; per row a 16-bit field count, each field a
/// 32-bit length (-1: NULL) and its bytes; -1 as the trailer. Integers are big-endian.
struct BinaryCopyParserTests {
    func int16(_ v: Int16) -> [UInt8] { withUnsafeBytes(of: v.bigEndian) { Array($0) } }
    func int32(_ v: Int32) -> [UInt8] { withUnsafeBytes(of: v.bigEndian) { Array($0) } }

    /// A whole COPY answer: header (with `extensionBytes` of extension), the rows, the trailer.
    func copyStream(_ rows: [[[UInt8]?]], extensionBytes: Int = 0) -> [UInt8] {
        var out = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00] + int32(0) + int32(Int32(extensionBytes))
        out += [UInt8](repeating: 0xAB, count: extensionBytes)
        for row in rows {
            out += int16(Int16(row.count))
            for field in row {
                if let field { out += int32(Int32(field.count)) + field } else { out += int32(-1) }
            }
        }
        return out + int16(-1)
    }

    let rows: [[[UInt8]?]] = [
        [Array("F\tf-001\tFamilien Hansen\n".utf8), [0, 0, 0, 0, 0, 0, 0x01, 0x02], [1]],
        [nil, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE], [0]],
        [[], Array("tab\there\nand a newline, not escaped".utf8), nil],
    ]

    /// Feeds `messages` and returns the rows read, each field as bytes (nil for NULL).
    func read(_ messages: [[UInt8]]) throws -> (rows: [[[UInt8]?]], finished: Bool) {
        var parser = BinaryCopyParser()
        var read: [[[UInt8]?]] = []
        for message in messages {
            try message.withUnsafeBytes { bytes in
                try parser.feed(bytes) { fields in read.append(fields.map { $0.map { Array($0) } }) }
            }
        }
        return (read, parser.finished)
    }

    @Test func rowsReadTheSameHoweverTheMessagesCutThem() throws {
        let stream = copyStream(rows, extensionBytes: 3)
        // In one piece, a byte at a time, and cut at every place into two.
        #expect(try read([stream]).rows == rows)
        let bytewise = try read(stream.map { [$0] })
        #expect(bytewise.rows == rows && bytewise.finished)
        for cut in 1..<stream.count {
            let twoPieces = try read([Array(stream[..<cut]), Array(stream[cut...])])
            #expect(twoPieces.rows == rows, "cut at \(cut)")
            #expect(twoPieces.finished)
        }
    }

    @Test func numbersAndTruthAreReadBigEndian() {
        [UInt8]([0, 0, 0, 0, 0, 0, 0x01, 0x02]).withUnsafeBytes { #expect(BinaryCopyParser.int64($0) == 258) }
        [UInt8](repeating: 0xFF, count: 7).withUnsafeBytes { #expect(BinaryCopyParser.int64($0) == nil) }
        [UInt8]([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE]).withUnsafeBytes { #expect(BinaryCopyParser.int64($0) == -2) }
        [UInt8]([1]).withUnsafeBytes { #expect(BinaryCopyParser.bool($0) == true) }
        [UInt8]([0]).withUnsafeBytes { #expect(BinaryCopyParser.bool($0) == false) }
        #expect(BinaryCopyParser.int64(nil) == nil)
    }

    @Test func anAnswerCutShortIsNotFinishedAndOneThatIsNotBinaryCopyIsRefused() throws {
        let stream = copyStream(rows)
        let short = try read([Array(stream.dropLast(5))])
        #expect(!short.finished)
        #expect(short.rows.count == rows.count - 1)
        #expect(throws: BinaryCopyParser.Failure.self) { _ = try read([Array("f-001\tFamilien Hansen\n".utf8)]) }
        // A negative length other than NULL's -1 is damage, not a value.
        var damaged = Array(stream.prefix(19)) + int16(1) + int32(-7)
        damaged += int16(-1)
        #expect(throws: BinaryCopyParser.Failure.self) { _ = try read([damaged]) }
    }
}
