import Foundation

/// One data row of a CSV file, with the physical line (1-based) where it starts in the file.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
    /// Where the row's first byte is in the file (the streamed re-import reads it again from there, #15.17).
    /// Where a row was found, not what it holds: not compared.
    var offset = 0

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    init(line: Int, fields: [String], offset: Int) {
        self.init(line: line, fields: fields)
        self.offset = offset
    }

    public static func == (a: CSVRecord, b: CSVRecord) -> Bool { a.line == b.line && a.fields == b.fields }
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

/// How the file's bytes were read.
public enum CSVEncoding: Equatable, Sendable {
    case utf8
    /// Excel's "CSV (semikolonsepareret)" on Windows: read as Windows-1252, so æ, ø and å come out right.
    case windows1252
}

/// What the streaming reader finds, in file order.
public enum CSVEvent: Equatable, Sendable {
    case header(line: Int, fields: [String])
    case record(CSVRecord)
    case rowError(CSVRowError)
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
    public var encoding: CSVEncoding
}

/// An RFC 4180 reader, lenient where spreadsheets and hand-edited files differ from the RFC:
/// `;` or `,` (whichever the header uses), optional BOM, CRLF / LF / CR, empty lines skipped; UTF-8, or
/// Windows-1252 when the file is not UTF-8 and has no UTF-8 letters before its first other one.
///
/// It streams: bytes go in chunk by chunk (`CSVStreamParser`), rows come out one at a time, so a file is never
/// held whole. It works on bytes: the separator, quote and line breaks are ASCII, and in UTF-8 (and
/// Windows-1252) an ASCII byte never occurs inside a character, so splitting bytes is safe and line numbers exact.
public enum CSVReader {
    /// The whole file as a table (tests and small inputs).
    public static func read(_ data: Data) -> Result<CSVTable, CSVReadError> {
        var header: (line: Int, fields: [String])?
        var records: [CSVRecord] = []
        var rowErrors: [CSVRowError] = []
        var parser = CSVStreamParser { event in
            switch event {
            case .header(let line, let fields): header = (line, fields)
            case .record(let record): records.append(record)
            case .rowError(let error): rowErrors.append(error)
            }
        }
        do {
            try data.withUnsafeBytes { try parser.feed($0.bindMemory(to: UInt8.self)) }
            try parser.finish()
        } catch let error as CSVReadError {
            return .failure(error)
        } catch {
            return .failure(.empty)
        }
        guard let header else { return .failure(.empty) }
        return .success(CSVTable(separator: Character(UnicodeScalar(parser.separator)), headerLine: header.line,
                                 header: header.fields, records: records, rowErrors: rowErrors, encoding: parser.encoding))
    }

    /// Streams `data` through `handler`; the encoding it was read in, or why it cannot be read.
    public static func stream(_ data: Data, _ handler: (CSVEvent) -> Void) -> Result<CSVEncoding, CSVReadError> {
        withoutActuallyEscaping(handler) { handler in
            var parser = CSVStreamParser(handler)
            do {
                try data.withUnsafeBytes { try parser.feed($0.bindMemory(to: UInt8.self)) }
                try parser.finish()
                return .success(parser.encoding)
            } catch let error as CSVReadError {
                return .failure(error)
            } catch {
                return .failure(.empty)
            }
        }
    }
}
