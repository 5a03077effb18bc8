import Foundation

/// One data row of a CSV file, with the physical line (1-based) where it starts in the file.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A row whose number of fields differs from the header's. The row is left out of `CSVTable.records`.
public struct CSVRowError: Equatable, Sendable {
    public var line: Int
    public var expected: Int
    public var found: Int

    public var danishMessage: String { phrase.da }
    public var englishMessage: String { phrase.en }

    public var phrase: Phrase {
        Phrase(da: "rækken har \(found) felter, men overskriften har \(expected) (står der et skilletegn i et felt uden anførselstegn?)",
               en: "the row has \(found) fields, but the header has \(expected) (is there a separator in a field without quotes?)")
    }
}

/// A problem that stops the whole file from being read.
public enum CSVReadError: Error, Equatable, Sendable {
    /// No header: the file is empty or holds only empty lines.
    case empty
    /// The bytes are not UTF-8 (typically an Excel "CSV (semikolonsepareret)" export in Windows-1252).
    case invalidUTF8(line: Int)
    /// A quoted field is never closed; `line` is where it was opened.
    case unterminatedQuote(line: Int)
    /// NUL bytes: a damaged file (a disk or a copy that failed fills with zeros). Never imported as text.
    case nulBytes(line: Int)

    public var line: Int {
        switch self {
        case .empty: return 1
        case .invalidUTF8(let line), .unterminatedQuote(let line), .nulBytes(let line): return line
        }
    }

    public var danishMessage: String { phrase.da }
    public var englishMessage: String { phrase.en }

    public var phrase: Phrase {
        switch self {
        case .empty:
            return Phrase(da: "filen er tom (der mangler en overskrift med kolonnernes navne)",
                          en: "the file is empty (a header with the columns' names is missing)")
        case .invalidUTF8:
            return Phrase(da: "filen er ikke gemt som UTF-8 (gem den fra Excel som «CSV UTF-8 (kommasepareret)»)",
                          en: "the file is not saved as UTF-8 (save it from Excel as «CSV UTF-8 (comma delimited)»)")
        case .unterminatedQuote:
            return Phrase(da: "et felt i anførselstegn bliver aldrig afsluttet (mangler der et afsluttende \"?)",
                          en: "a quoted field is never closed (is a closing \" missing?)")
        case .nulBytes:
            return Phrase(da: "filen indeholder NUL-bytes fra denne linje (er den beskadiget? Hent en ny fra sagssystemet)",
                          en: "the file holds NUL bytes from this line (is it damaged? Get a new one from the case system)")
        }
    }
}

/// A CSV file read into a header and rows.
public struct CSVTable: Equatable, Sendable {
    /// The separator found in the header line: `;` (Danish Excel) or `,`.
    public var separator: Character
    /// The line of the header: 1, unless the file starts with empty lines or an Excel "sep=" line.
    public var headerLine: Int
    public var header: [String]
    /// Rows with as many fields as the header, in file order. Fields are not trimmed.
    public var records: [CSVRecord]
    /// Rows with the wrong number of fields, in file order.
    public var rowErrors: [CSVRowError]
}

/// An RFC 4180 reader, lenient where spreadsheets and hand-edited files differ from the RFC:
/// `;` or `,` (whichever the header uses), optional BOM, CRLF / LF / CR, empty lines skipped.
///
/// It works on bytes: the separator, quote and line breaks are ASCII, and in UTF-8 an ASCII byte never
/// occurs inside a multi-byte character, so splitting bytes is safe and line numbers stay exact.
public enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    public static func read(_ data: Data) -> Result<CSVTable, CSVReadError> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let line = firstInvalidUTF8Line(bytes) { return .failure(.invalidUTF8(line: line)) }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(.nulBytes(line: 1 + bytes[..<nul].reduce(0) { $1 == lf ? $0 + 1 : $0 }))
        }

        // Excel understands a first line "sep=;" as the separator; honour it and skip it.
        var start = 0
        var firstLine = 1
        var explicitSeparator: UInt8?
        if let hint = separatorHint(bytes) {
            explicitSeparator = hint.separator
            start = hint.next
            firstLine = 2
        }
        let separator = explicitSeparator ?? detectSeparator(bytes, from: start)

        let rows: [CSVRecord]
        switch parse(bytes, from: start, firstLine: firstLine, separator: separator) {
        case .success(let parsed): rows = parsed
        case .failure(let error): return .failure(error)
        }
        guard let header = rows.first else { return .failure(.empty) }

        var records: [CSVRecord] = []
        var rowErrors: [CSVRowError] = []
        for row in rows.dropFirst() {
            if row.fields.count == header.fields.count {
                records.append(row)
            } else {
                rowErrors.append(CSVRowError(line: row.line, expected: header.fields.count, found: row.fields.count))
            }
        }
        return .success(CSVTable(separator: Character(UnicodeScalar(separator)), headerLine: header.line,
                                 header: header.fields, records: records, rowErrors: rowErrors))
    }

    // MARK: - Parsing

    private static func parse(_ bytes: [UInt8], from start: Int, firstLine: Int, separator: UInt8)
        -> Result<[CSVRecord], CSVReadError>
    {
        var rows: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = firstLine
        var recordLine = firstLine
        var recordStarted = false
        var inQuotes = false
        var fieldWasQuoted = false
        var quoteLine = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            // Blank lines, and the ";;;;" rows spreadsheets leave behind, carry no data.
            let blank = fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            if !blank { rows.append(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
            recordStarted = false
        }

        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 2
                    } else {
                        inQuotes = false
                        i += 1
                    }
                } else if b == cr || b == lf {
                    // A line break inside a field: kept as "\n", and it still counts as a physical line.
                    i += (b == cr && i + 1 < bytes.count && bytes[i + 1] == lf) ? 2 : 1
                    field.append(lf)
                    line += 1
                } else {
                    field.append(b)
                    i += 1
                }
                continue
            }
            if b == cr || b == lf {
                if recordStarted || !fields.isEmpty || !field.isEmpty { endRecord() }
                i += (b == cr && i + 1 < bytes.count && bytes[i + 1] == lf) ? 2 : 1
                line += 1
                recordLine = line
                continue
            }
            recordStarted = true
            if b == separator {
                endField()
            } else if b == quote && !fieldWasQuoted
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
            i += 1
        }
        if inQuotes { return .failure(.unterminatedQuote(line: quoteLine)) }
        if recordStarted || !fields.isEmpty || !field.isEmpty { endRecord() }
        return .success(rows)
    }

    /// `;` or `,`, whichever occurs more often outside quotes in the first non-empty line; `;` on a tie,
    /// as Danish Excel writes it.
    private static func detectSeparator(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var semicolons = 0
        var commas = 0
        var inQuotes = false
        var seenContent = false
        for b in bytes[start...] {
            if b == quote { inQuotes.toggle(); seenContent = true; continue }
            if inQuotes { continue }
            if b == cr || b == lf {
                if seenContent { break } else { continue }
            }
            seenContent = true
            if b == UInt8(ascii: ";") { semicolons += 1 }
            if b == UInt8(ascii: ",") { commas += 1 }
        }
        return commas > semicolons ? UInt8(ascii: ",") : UInt8(ascii: ";")
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

    /// The first physical line holding bytes that are not UTF-8, or nil. Lines end as in `parse`:
    /// CRLF, LF or a lone CR.
    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var lineStart = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == cr || bytes[i] == lf {
                if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { return line }
                if i < bytes.count, bytes[i] == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return nil
    }
}
