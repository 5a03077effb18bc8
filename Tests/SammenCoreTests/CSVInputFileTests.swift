import Foundation
import Testing
@testable import SammenCore

/// Issue 15.17: the import reads the file in chunks and refuses one over the documented size before reading it.
@Suite struct CSVInputFileTests {
    static let header = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning"

    /// Rows enough to cross several 256 KB chunks, with Danish letters and quoted line breaks on the way.
    static func bigCSV(rows: Int) -> Data {
        var text = header + "\r\n"
        for i in 0..<rows {
            text += "S-\(i);\"Familien Ærø\nNr. \(i / 3)\";Åse \(i % 3);2015-02-01;MHA;\"SEL § 50, SEL § 52\";2026-01-10;2026-09-01\r\n"
        }
        return Data(text.utf8)
    }

    @Test func aFileReadInChunksPlansExactlyAsTheWholeBytes() throws {
        let folder = makeTemporaryFolder()
        defer { removeFolder(folder) }
        let data = Self.bigCSV(rows: 9_000)
        #expect(data.count > 3 * CaseloadImport.chunkSize)
        let path = folder + "/stor.csv"
        FileManager.default.createFile(atPath: path, contents: data)
        let context = ImportContext(today: date("2026-12-03"))
        let streamed = try CaseloadImport.plan(fileAt: path, context: context).get()
        let whole = try CaseloadImport.plan(csv: data, context: context).get()
        // Family ids are random; everything else is the same.
        func shape(_ plan: ImportPlan) -> [String] {
            plan.newFamilies.map { f in ([f.name] + f.children.flatMap { c in [c.name, c.birthDate.iso] + c.cases.map { "\($0.number) \($0.measures.map(\.legalBasis.description))" } }
                + f.contacts.map { "\($0.caseNumber ?? "") \($0.date.iso)" }).joined(separator: "|") }
        }
        #expect(shape(streamed) == shape(whole))
        #expect(streamed.newCaseworkers == whole.newCaseworkers && streamed.encoding == whole.encoding)
        #expect(streamed.rowCount == 9_000)
        #expect(streamed.newFamilies.count == 3_000)
        // A line break in a quoted name is read across chunks, and names keep single spaces.
        #expect(streamed.newFamilies[0].name == "Familien Ærø Nr. 0")
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/stor.csv"
        FileManager.default.createFile(atPath: path, contents: Self.bigCSV(rows: 100))
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard case .failure(let failure) = CaseloadImport.plan(fileAt: path, context: ImportContext(), maximumSize: size - 1) else {
            Issue.record("a file one byte over the limit must be refused")
            return
        }
        #expect(failure.problems.count == 1 && failure.problems[0].line == 0)
        #expect(failure.problems[0].message.contains("Sammen indlæser højst"))
        #expect(failure.problems[0].reason.en.contains("Sammen imports at most"))
        // At the limit exactly, it is read.
        #expect((try? CaseloadImport.plan(fileAt: path, context: ImportContext(today: date("2026-12-03")), maximumSize: size).get()) != nil)
        #expect(CaseloadImport.maximumFileSize == 10 * 1024 * 1024)
    }

    @Test func onlyARegularFileIsRead() {
        let folder = makeTemporaryFolder()
        defer { removeFolder(folder) }
        guard case .failure(let failure) = CaseloadImport.plan(fileAt: folder, context: ImportContext()) else {
            Issue.record("a folder must be refused")
            return
        }
        #expect(failure.problems[0].message.contains("ikke en almindelig fil"))
        let fifo = folder + "/rør.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        // A FIFO with no writer would block a plain open(2); it is refused at once.
        guard case .failure(let refused) = CaseloadImport.plan(fileAt: fifo, context: ImportContext()) else {
            Issue.record("a FIFO must be refused")
            return
        }
        #expect(refused.problems[0].message.contains("ikke en almindelig fil"))
        guard case .failure(let missing) = CaseloadImport.plan(fileAt: folder + "/nej.csv", context: ImportContext()) else {
            Issue.record("a missing file must be refused")
            return
        }
        #expect(missing.problems[0].message == "filen findes ikke")
    }
}
