import Foundation
import Testing
@testable import SammenCore

@Suite struct CSVReaderTests {
    private func read(_ text: String) throws -> CSVTable {
        try CSVReader.read(Data(text.utf8)).get()
    }

    private func readError(_ bytes: [UInt8]) -> CSVReadError? {
        if case .failure(let error) = CSVReader.read(Data(bytes)) { return error }
        return nil
    }

    @Test func semicolonFileWithLineNumbers() throws {
        let table = try read("a;b;c\n1;2;3\n4;5;6\n")
        #expect(table.separator == ";")
        #expect(table.headerLine == 1)
        #expect(table.header == ["a", "b", "c"])
        #expect(table.records == [CSVRecord(line: 2, fields: ["1", "2", "3"]),
                                  CSVRecord(line: 3, fields: ["4", "5", "6"])])
        #expect(table.rowErrors.isEmpty)
    }

    @Test func commaIsDetectedFromTheHeader() throws {
        let table = try read("a,b,c\n1,2,3")
        #expect(table.separator == ",")
        #expect(table.records == [CSVRecord(line: 2, fields: ["1", "2", "3"])])
    }

    @Test func separatorsInsideQuotedHeaderFieldsDoNotCount() throws {
        // Two commas outside quotes, three semicolons inside them: the separator is the comma.
        let table = try read("\"a;;;\",b,c\n1,2,3\n")
        #expect(table.separator == ",")
        #expect(table.header == ["a;;;", "b", "c"])
    }

    @Test func semicolonWinsATie() throws {
        let table = try read("a;b,c\n1;2,3\n")
        #expect(table.separator == ";")
        #expect(table.header == ["a", "b,c"])
    }

    @Test func excelSeparatorHintLineIsHonoured() throws {
        let table = try read("sep=,\na;b,c\n1;2,3\n")
        #expect(table.separator == ",")
        #expect(table.headerLine == 2)
        #expect(table.header == ["a;b", "c"])
        #expect(table.records == [CSVRecord(line: 3, fields: ["1;2", "3"])])
    }

    @Test func quotedFieldsWithEscapedQuotesAndSeparators() throws {
        let table = try read("navn;note\n\"Hansen; Ole\";\"sagde \"\"hej\"\"\"\n\"\";x\n")
        #expect(table.records == [CSVRecord(line: 2, fields: ["Hansen; Ole", "sagde \"hej\""]),
                                  CSVRecord(line: 3, fields: ["", "x"])])
    }

    @Test func embeddedNewlinesKeepLaterLineNumbersRight() throws {
        let text = "a;b\n\"første\nanden\ntredje\";1\n2;3\n\"x\r\ny\";4\r\n5;6\n"
        let table = try read(text)
        #expect(table.records == [
            CSVRecord(line: 2, fields: ["første\nanden\ntredje", "1"]),
            CSVRecord(line: 5, fields: ["2", "3"]),
            CSVRecord(line: 6, fields: ["x\ny", "4"]),
            CSVRecord(line: 8, fields: ["5", "6"]),
        ])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let table = try CSVReader.read(Data([0xEF, 0xBB, 0xBF] + Array("sagsnr;barn\n1;Ida\n".utf8))).get()
        #expect(table.header == ["sagsnr", "barn"])
        #expect(table.records == [CSVRecord(line: 2, fields: ["1", "Ida"])])
    }

    @Test func crlfLfAndLoneCRLineEndings() throws {
        let crlf = try read("a;b\r\n1;2\r\n3;4\r\n")
        #expect(crlf.records == [CSVRecord(line: 2, fields: ["1", "2"]), CSVRecord(line: 3, fields: ["3", "4"])])
        let mixed = try read("a;b\r\n1;2\n3;4\r5;6")
        #expect(mixed.records == [CSVRecord(line: 2, fields: ["1", "2"]), CSVRecord(line: 3, fields: ["3", "4"]),
                                  CSVRecord(line: 4, fields: ["5", "6"])])
        #expect(mixed.records.allSatisfy { !$0.fields.joined().contains("\r") })
    }

    @Test func emptyLinesAndBlankSpreadsheetRowsAreSkipped() throws {
        let table = try read("\n\na;b\n\n1;2\n;\n   \n\r\n3;4\n\n")
        #expect(table.headerLine == 3)
        #expect(table.records == [CSVRecord(line: 5, fields: ["1", "2"]), CSVRecord(line: 9, fields: ["3", "4"])])
    }

    @Test func lastRowWithoutNewlineAndTrailingEmptyField() throws {
        let table = try read("a;b\n1;")
        #expect(table.records == [CSVRecord(line: 2, fields: ["1", ""])])
    }

    @Test func spacesBeforeAnOpeningQuoteAreDropped() throws {
        let table = try read("a, b\n1, \"x, y\"\n")
        #expect(table.records == [CSVRecord(line: 2, fields: ["1", "x, y"])])
    }

    @Test func strayQuotesInsideUnquotedFieldsAreKept() throws {
        let table = try read("a;b\n5\" skærm;\"x\"y\n")
        #expect(table.records == [CSVRecord(line: 2, fields: ["5\" skærm", "xy"])])
    }

    @Test func danishLettersSurvive() throws {
        let table = try read("familie;barn\nFamilien Ærø;Åse Øster\n")
        #expect(table.records[0].fields == ["Familien Ærø", "Åse Øster"])
    }

    @Test func rowsWithTheWrongNumberOfFieldsAreReportedWithTheirLines() throws {
        let table = try read("a;b;c\n1;2;3\n1;2\n\"x\ny\";2;3\n1;2;3;4\n7;8;9\n")
        #expect(table.rowErrors == [CSVRowError(line: 3, expected: 3, found: 2),
                                    CSVRowError(line: 6, expected: 3, found: 4)])
        #expect(table.records.map(\.line) == [2, 4, 7])
        #expect(table.rowErrors[0].danishMessage.contains("2 felter"))
    }

    @Test func unterminatedQuoteNamesTheLineItOpensOn() {
        #expect(readError(Array("a;b\n1;2\n3;\"åben\n4;5\n6;7\n".utf8)) == .unterminatedQuote(line: 3))
        #expect(readError(Array("a;\"b".utf8)) == .unterminatedQuote(line: 1))
    }

    // Issue 14.5: Windows-1252 text (an old Excel "CSV (semikolonsepareret)" export) is read correctly.
    @Test func windows1252IsReadCorrectly() throws {
        // "Færø;Cæcilie" and "Ødegård – €" in Windows-1252 after an ASCII header.
        let bytes = Array("familie;barn\r\nA;B\r\n".utf8) + [0x46, 0xE6, 0x72, 0xF8, 0x3B, 0x43, 0xE6, 0x63, 0x69, 0x6C, 0x69, 0x65, 0x0D, 0x0A]
            + [0xD8, 0x64, 0x65, 0x67, 0xE5, 0x72, 0x64, 0x3B, 0x96, 0x20, 0x80, 0x0A]
        let table = try CSVReader.read(Data(bytes)).get()
        #expect(table.encoding == .windows1252)
        #expect(table.records.map(\.fields) == [["A", "B"], ["Færø", "Cæcilie"], ["Ødegård", "– €"]])
        #expect(try read("a;b\nÆ;ø\n").encoding == .utf8)
    }

    @Test func utf8LettersThenOtherBytesNameTheLine() {
        // The file has UTF-8 letters first, so a later Windows-1252 byte is a damaged (or mixed) line.
        let bytes = Array("familie;barn\r\nÆrø;B\r\n".utf8) + [0x46, 0xC6, 0x72, 0xF8, 0x3B, 0x43, 0x0D, 0x0A]
        #expect(readError(bytes) == .invalidUTF8(line: 3))
        #expect(CSVReadError.invalidUTF8(line: 3).danishMessage.contains("CSV UTF-8"))
        // Bytes Windows-1252 does not assign are not read as text either.
        #expect(readError(Array("a;b\n".utf8) + [0x31, 0x3B, 0x81, 0x0A]) == .invalidUTF8(line: 2))
    }

    // Issue 14.5: an .xlsx (zip) or .xls workbook, and a tab-separated file, are named for what they are.
    @Test func workbooksAndTabSeparatedFilesAreNamed() {
        #expect(readError([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) == .workbook)
        #expect(readError([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .workbook)
        #expect(CSVReadError.workbook.danishMessage.contains("CSV UTF-8"))
        #expect(readError(Array("sagsnr\tfamilie\tbarn\n1\tF\tA\n".utf8)) == .tabSeparated)
        #expect(CSVReadError.tabSeparated.danishMessage.contains("tabulator"))
        // A tab inside a semicolon file is just a character.
        #expect(readError(Array("a;b\tc\n1;2\n".utf8)) == nil)
    }

    // The reader streams: any split of the bytes into chunks gives the same rows (CR LF and "" across a split).
    @Test func chunkBoundariesDoNotChangeTheRows() throws {
        let text = "sep=;\r\na;b\r\n\"x\"\"y\";\"1\r\n2\"\r\nÆ;ø\r\n;\r\n3;4"
        let whole = try CSVReader.read(Data(text.utf8)).get()
        let bytes = Array(text.utf8)
        for size in 1...7 {
            var header: [String] = []
            var records: [CSVRecord] = []
            var parser = CSVStreamParser { event in
                if case .header(_, let fields) = event { header = fields }
                if case .record(let record) = event { records.append(record) }
            }
            for start in stride(from: 0, to: bytes.count, by: size) {
                let chunk = Array(bytes[start..<min(start + size, bytes.count)])
                try chunk.withUnsafeBufferPointer { try parser.feed($0) }
            }
            try parser.finish()
            #expect(header == whole.header)
            #expect(records == whole.records, "chunks of \(size)")
        }
        #expect(whole.records == [CSVRecord(line: 3, fields: ["x\"y", "1\n2"]), CSVRecord(line: 5, fields: ["Æ", "ø"]),
                                  CSVRecord(line: 7, fields: ["3", "4"])])
    }

    @Test func emptyFileHasNoHeader() {
        #expect(readError([]) == .empty)
        #expect(readError(Array("\n\r\n  \n".utf8)) == .empty)
        #expect(readError([0xEF, 0xBB, 0xBF]) == .empty)
        #expect(CSVReadError.empty.line == 1)
    }

    @Test func headerOnlyHasNoRecords() throws {
        let table = try read("a;b\n")
        #expect(table.header == ["a", "b"])
        #expect(table.records.isEmpty)
    }
}
