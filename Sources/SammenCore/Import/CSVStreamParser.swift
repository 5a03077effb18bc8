import Foundation

/// The CSV reader's state machine: bytes in, chunk by chunk; header, rows and row errors out, one at a time.
/// Holds only the row being read (and, until the separator is known, the file's first line).
struct CSVStreamParser {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    /// The first line is held until it is complete, to find the separator; a "line" longer than this is no header.
    private static let preludeLimit = 1 << 20

    private let handler: (CSVEvent) -> Void
    private(set) var separator = UInt8(ascii: ";")
    private(set) var encoding: CSVEncoding = .utf8
    /// A letter outside ASCII was read as UTF-8 (or the file has a BOM): from then on, bytes that are not
    /// UTF-8 are a damaged line, not a Windows-1252 file.
    private var sawUTF8Letters = false
    /// The file's start, until its first line is complete; nil once the separator is known.
    private var prelude: [UInt8]? = []

    private var fields: [String] = []
    private var field: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var recordStarted = false
    private var inQuotes = false
    private var fieldWasQuoted = false
    private var quoteLine = 0
    /// The last byte was a CR: an LF right after it ends the same line.
    private var afterCR = false
    private(set) var headerWidth: Int?
    /// The file offset of the first byte the next `parse` call is given, and of the record being read.
    private var consumed = 0
    private var recordOffset = 0
    /// A parser reading one row again stops after it (the rest of what it was given is not read).
    private var stopsAfterOneRecord = false
    private(set) var stopped = false

    init(_ handler: @escaping (CSVEvent) -> Void) {
        self.handler = handler
    }

    /// A parser for rows read again from their offset (`CSVRecord.offset`), with what the first read found:
    /// the separator, the encoding, the header's width and the row's line.
    init(rereadingAt offset: Int, line: Int, separator: UInt8, encoding: CSVEncoding, headerWidth: Int,
         _ handler: @escaping (CSVEvent) -> Void) {
        self.handler = handler
        self.separator = separator
        self.encoding = encoding
        // A UTF-8 file's rows were valid UTF-8: bytes that are not are a changed file, never Windows-1252.
        sawUTF8Letters = encoding == .utf8
        self.headerWidth = headerWidth
        prelude = nil
        self.line = line
        recordLine = line
        consumed = offset
        recordOffset = offset
        stopsAfterOneRecord = true
    }

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws {
        guard prelude == nil else {
            prelude!.append(contentsOf: chunk)
            if Self.hasCompleteFirstLine(prelude!) || prelude!.count > Self.preludeLimit { try startBody() }
            return
        }
        try parse(chunk)
    }

    mutating func finish() throws {
        if stopped { return }
        if prelude != nil { try startBody() }
        if quotePending {
            // The file ends right after a closing quote.
            quotePending = false
            inQuotes = false
        }
        if inQuotes { throw CSVReadError.unterminatedQuote(line: quoteLine) }
        if recordStarted || !fields.isEmpty || !field.isEmpty { try endRecord() }
        if headerWidth == nil { throw CSVReadError.empty }
    }

    // MARK: - The first line

    private mutating func startBody() throws {
        var bytes = prelude ?? []
        prelude = nil
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            sawUTF8Letters = true
            consumed = 3
        }
        // .xlsx is a zip file, .xls an OLE compound file.
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw CSVReadError.workbook
        }
        var start = 0
        if let hint = Self.separatorHint(bytes) {
            separator = hint.separator
            start = hint.next
            line = 2
            recordLine = 2
            // "sep=;" CR at the end of what has arrived: its LF may come in the next chunk.
            afterCR = start == bytes.count && bytes.last == Self.cr
        } else {
            let counts = Self.firstLineCounts(bytes)
            if counts.tabs > 0 && counts.semicolons == 0 && counts.commas == 0 { throw CSVReadError.tabSeparated }
            // `;` on a tie, as Danish Excel writes it.
            separator = counts.commas > counts.semicolons ? UInt8(ascii: ",") : UInt8(ascii: ";")
        }
        consumed += start
        try bytes.withUnsafeBufferPointer { all in
            try parse(UnsafeBufferPointer(rebasing: all[start...]))
        }
    }

    /// Whether the bytes hold a line with content, ended outside quotes.
    private static func hasCompleteFirstLine(_ bytes: [UInt8]) -> Bool {
        var inQuotes = false
        var content = false
        for b in bytes {
            if b == quote { inQuotes.toggle(); content = true; continue }
            if inQuotes { continue }
            if b == cr || b == lf {
                if content { return true }
                continue
            }
            if b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") { content = true }
        }
        return false
    }

    /// Separators outside quotes in the first non-empty line.
    private static func firstLineCounts(_ bytes: [UInt8]) -> (semicolons: Int, commas: Int, tabs: Int) {
        var semicolons = 0, commas = 0, tabs = 0
        var inQuotes = false
        var seenContent = false
        for b in bytes {
            if b == quote { inQuotes.toggle(); seenContent = true; continue }
            if inQuotes { continue }
            if b == cr || b == lf {
                if seenContent { break } else { continue }
            }
            seenContent = true
            if b == UInt8(ascii: ";") { semicolons += 1 }
            if b == UInt8(ascii: ",") { commas += 1 }
            if b == UInt8(ascii: "\t") { tabs += 1 }
        }
        return (semicolons, commas, tabs)
    }

    /// Excel's "sep=X" first line: the separator and where the next line starts.
    private static func separatorHint(_ bytes: [UInt8]) -> (separator: UInt8, next: Int)? {
        let prefix = Array("sep=".utf8)
        guard bytes.count > prefix.count,
              bytes[0..<prefix.count].map({ $0 | 0x20 }) == prefix else { return nil }
        let separator = bytes[prefix.count]
        guard separator == UInt8(ascii: ";") || separator == UInt8(ascii: ",") else { return nil }
        var next = prefix.count + 1
        guard next == bytes.count || bytes[next] == cr || bytes[next] == lf else { return nil }
        if next < bytes.count, bytes[next] == cr { next += 1 }
        if next < bytes.count, bytes[next] == lf { next += 1 }
        return (separator, next)
    }

    // MARK: - Rows

    private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        defer { consumed += bytes.count }
        for (i, b) in bytes.enumerated() {
            if stopped { return }
            if afterCR {
                afterCR = false
                if b == Self.lf { continue }
            }
            if b == 0 { throw CSVReadError.nulBytes(line: line) }
            if inQuotes {
                if quotePending {
                    quotePending = false
                    if b == Self.quote {
                        // "" inside quotes: one quote.
                        field.append(Self.quote)
                        continue
                    }
                    inQuotes = false
                    // Fall through: the byte after the closing quote is read outside quotes.
                } else if b == Self.quote {
                    quotePending = true
                    continue
                } else if b == Self.cr || b == Self.lf {
                    // A line break inside a field: kept as "\n", and it still counts as a physical line.
                    field.append(Self.lf)
                    line += 1
                    afterCR = b == Self.cr
                    continue
                } else {
                    field.append(b)
                    continue
                }
            }
            if b == Self.cr || b == Self.lf {
                if recordStarted || !fields.isEmpty || !field.isEmpty { try endRecord() }
                line += 1
                recordLine = line
                afterCR = b == Self.cr
                continue
            }
            if !recordStarted { recordOffset = consumed + i }
            recordStarted = true
            if b == separator {
                try endField()
            } else if b == Self.quote && !fieldWasQuoted
                        && field.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                // A quote opens a quoted field only at its start (spaces before it, as in `a, "b"`, are dropped).
                field.removeAll(keepingCapacity: true)
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            } else {
                // A stray quote inside an unquoted field, or text after a closing quote, is kept as written.
                field.append(b)
            }
        }
    }

    /// A quote inside a quoted field, not yet known to be a closing quote or the first of "".
    private var quotePending = false

    private mutating func endField() throws {
        fields.append(try decode(field))
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    private mutating func endRecord() throws {
        try endField()
        // Blank lines, and the ";;;;" rows spreadsheets leave behind, carry no data.
        let blank = fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        if !blank {
            if let width = headerWidth {
                if fields.count == width {
                    handler(.record(CSVRecord(line: recordLine, fields: fields, offset: recordOffset)))
                } else {
                    handler(.rowError(CSVRowError(line: recordLine, expected: width, found: fields.count)))
                }
            } else {
                headerWidth = fields.count
                handler(.header(line: recordLine, fields: fields))
            }
        }
        fields.removeAll(keepingCapacity: true)
        recordStarted = false
        if stopsAfterOneRecord && !blank { stopped = true }
    }

    // MARK: - Text

    private mutating func decode(_ bytes: [UInt8]) throws -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if encoding == .utf8 {
            if let text = String(validating: bytes, as: UTF8.self) {
                sawUTF8Letters = true
                return text
            }
            // Every byte before this field was ASCII, which reads the same in both: the file is Windows-1252.
            guard !sawUTF8Letters else { throw CSVReadError.invalidUTF8(line: line) }
            encoding = .windows1252
        }
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            guard let scalar = Self.windows1252(b) else { throw CSVReadError.invalidUTF8(line: line) }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Windows-1252: Latin-1, except 0x80–0x9F, where five bytes are not assigned.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        let high: [UInt32] = [0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                              0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178]
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = high[Int(byte) - 0x80]
        return value == 0 ? nil : Unicode.Scalar(value)
    }
}
