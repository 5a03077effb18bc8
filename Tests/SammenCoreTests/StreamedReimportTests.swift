import Foundation
import Testing
@testable import SammenCore

/// Issue 15.17: a re-import that changes families already in the store is streamed. The first pass keeps only
/// where each family's rows are; each family is then read, changed and let go one at a time, its rows read again
/// from the file by their offsets. The report, the families written and every refusal must be those of the
/// one-pass import (`CaseloadImport.plan` + `PreparedImport.prepare`), which the preview screen still uses.
@Suite struct StreamedReimportTests {
    typealias Row = ReimportTests.ExportRow
    static let today = ReimportTests.today

    /// The training store and a later export of it: every case's caseworker and legal bases changed (its first
    /// basis gone, a new one added), except that the first family's rows are left as they are and one of them
    /// dropped (listed, unchanged, for its missing case), and the second family's left exactly as they are
    /// (unchanged, not listed). Each family's first row comes first in the file, its other rows at the end in
    /// reverse, so a family's rows are far apart.
    static func changedExport(_ families: [Family]) -> (rows: [Row], listedUnchanged: FamilyID, leftAlone: FamilyID, dropped: String) {
        let listed = families.first { $0.cases.filter(\.isOpen).count >= 2 }!
        let alone = families.first {
            $0.id != listed.id && $0.cases.contains(where: \.isOpen) && ImportReport.investigationWarnings($0, today: today).isEmpty
        }!
        var firsts: [Row] = [], rest: [Row] = []
        var dropped = ""
        for family in families {
            var rows = ReimportTests.export([family])
            if rows.isEmpty { continue }
            if family.id == listed.id {
                dropped = rows.first { number in listed.cases.contains { $0.number == number.number && $0.isOpen } }!.number
                rows.removeAll { $0.number == dropped }
            } else if family.id != alone.id {
                for i in rows.indices {
                    let added = ["32", "35", "86", "87", "90"].map { LegalBasis(law: .bl, paragraph: $0).description }
                        .first { !rows[i].bases.contains($0) }!
                    rows[i].bases = Array(rows[i].bases.dropFirst()) + [added]
                    rows[i].caseworker = "KLA"
                }
            }
            firsts.append(rows[0])
            rest.append(contentsOf: rows.dropFirst())
        }
        return (firsts + rest.reversed(), listed.id, alone.id, dropped)
    }

    static func write(_ rows: [Row], to path: String) {
        FileManager.default.createFile(atPath: path, contents: ReimportTests.csv(rows))
    }

    /// A family without the ids the import makes at random (new measures').
    static func shape(_ family: Family) -> Family {
        var f = family
        f.schemaVersion = 0
        for c in f.children.indices {
            for k in f.children[c].cases.indices {
                for m in f.children[c].cases[k].measures.indices { f.children[c].cases[k].measures[m].id = "" }
            }
        }
        return f
    }

    /// The streamed import's report, as `sammen import csv --dry-run` prints it.
    static func streamedLines(_ store: Store, _ prepared: PreparedImport) throws -> [String] {
        var lines = prepared.report.openingLines(in: .da)
        try store.forEachExistingEntry(prepared) { lines += ImportReport.lines(of: $0, in: .da) }
        for entry in prepared.report.entries { lines += ImportReport.lines(of: entry, in: .da) }
        return lines + [prepared.report.summary(in: .da)]
    }

    func makeTrainingStore() throws -> (root: String, families: [Family]) {
        let root = makeTemporaryFolder() + "/store"
        let (team, families) = TrainingCaseload.make(today: Self.today)
        try Store.create(at: root, meta: StoreMeta(created: Self.today, training: false), team: team,
                         user: "test", families: families).close()
        return (root, families)
    }

    func familyFiles(_ root: String) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: allPaths(root).filter { $0.hasPrefix("families/") && $0.hasSuffix(".json") }
            .map { ($0, fileBytes(root + "/" + $0)!) })
    }

    @Test func theStreamedReimportReportsAndWritesWhatTheOnePassImportDoes() throws {
        let (root, families) = try makeTrainingStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let export = Self.changedExport(families)
        let path = (root as NSString).deletingLastPathComponent + "/eksport.csv"
        Self.write(export.rows, to: path)

        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        defer { store.close() }
        let (context, names) = try store.importContext(defaultLaw: nil, today: Self.today)
        let onePass = try store.prepareImport(fileAt: path, context: context, names: names).get()
        let streamed = try store.prepareStreamedImport(fileAt: path, context: context, names: names).get()
        #expect(streamed.prepared.changedFamilies.isEmpty && streamed.newFamilies.count == 0)

        // The same report, line for line, in the same order.
        let expected = onePass.report.lines(in: .da)
        #expect(try Self.streamedLines(store, streamed.prepared) == expected)
        // Every family in the export (one with an open case) but the two left as they are changes; the first is
        // listed for its missing case only.
        #expect(onePass.changedFamilies.count == families.filter { $0.cases.contains(where: \.isOpen) }.count - 2)
        #expect(streamed.prepared.updates?.changedFamilyIDs == onePass.changedFamilies.map(\.id))
        #expect(expected.contains { $0.hasSuffix("(\(export.listedUnchanged)): uændret") })
        #expect(expected.contains { $0.contains(export.dropped) })
        #expect(!expected.contains { $0.contains("(\(export.leftAlone))") })
        // "Uændrede" counts the families the rows leave as they are with no case missing: the second only.
        #expect(onePass.report.unchangedFamilies == 1 && streamed.prepared.report.unchangedFamilies == 1)

        // The commit lists every entry before its commit point and writes what the one-pass import would.
        var listed: [String] = []
        try store.commit(streamed.prepared, newFamilies: streamed.newFamilies, detail: "test",
                         listed: { listed += ImportReport.lines(of: $0, in: .da) })
        #expect(listed == Array(expected.dropLast()))
        let reopened = try Store.open(at: root, user: "MHA", access: .readOnly)
        defer { reopened.close() }
        for family in onePass.changedFamilies {
            #expect(Self.shape(try reopened.loadFamily(family.id, logAs: nil)) == Self.shape(family))
        }
        #expect(try reopened.loadFamily(export.leftAlone, logAs: nil) == families.first { $0.id == export.leftAlone }.map {
            var f = $0
            f.schemaVersion = reopened.policy.current
            return f
        })
        #expect(reopened.team.caseworkers.contains { $0.initials == "KLA" })
        #expect(try reopened.accessLogEntries().filter { $0.action == .import }.count == 1)
        // The same file again changes nothing.
        let (again, _) = try reopened.importContext(defaultLaw: nil, today: Self.today)
        let second = try reopened.prepareStreamedImport(fileAt: path, context: again, names: [:]).get()
        #expect(second.prepared.updates?.changedFamilyIDs == [])
    }

    @Test func aFileChangedAfterThePlanWritesNothing() throws {
        let (root, families) = try makeTrainingStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let export = Self.changedExport(families)
        let path = (root as NSString).deletingLastPathComponent + "/eksport.csv"
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        defer { store.close() }
        let (context, names) = try store.importContext(defaultLaw: nil, today: Self.today)
        let before = familyFiles(root)
        let text = String(decoding: ReimportTests.csv(export.rows), as: UTF8.self)
        let last = export.rows.last!
        let changes = [
            text.replacingOccurrences(of: last.number + ";", with: last.number.dropLast() + "X;"), // a row's case, same size
            String(text.dropLast(10)),                                                        // cut short
            text + "\nX-1;Familien Ny;Barn Ny;2015-02-01;MHA;\"SEL § 52\";2026-01-10;",          // a row more
        ]
        for changed in changes {
            Self.write(export.rows, to: path)
            let planned = try store.prepareStreamedImport(fileAt: path, context: context, names: names).get()
            FileManager.default.createFile(atPath: path, contents: Data(changed.utf8))
            // The dry run's report and the commit both refuse; nothing is written.
            #expect(throws: ImportFileChanged.self) { _ = try Self.streamedLines(store, planned.prepared) }
            #expect(throws: ImportFileChanged.self) {
                try store.commit(planned.prepared, newFamilies: planned.newFamilies, detail: "test")
            }
            #expect(familyFiles(root) == before)
            #expect(!FileManager.default.fileExists(atPath: root + "/" + StoreFormat.transactionFolder))
        }
    }

    @Test func aColleaguesSaveBetweenThePlanAndTheCommitIsAConflictAndNothingIsWritten() throws {
        let (root, families) = try makeTrainingStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let export = Self.changedExport(families)
        let path = (root as NSString).deletingLastPathComponent + "/eksport.csv"
        Self.write(export.rows, to: path)
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        defer { store.close() }
        let (context, names) = try store.importContext(defaultLaw: nil, today: Self.today)
        let planned = try store.prepareStreamedImport(fileAt: path, context: context, names: names).get()
        let changed = try #require(planned.prepared.updates?.changedFamilyIDs.last)

        let colleague = try Store.open(at: root, user: "JBO", access: .perOperation)
        try colleague.update(changed) { $0.internalNotes = "Ringet til mor." }
        colleague.close()
        let before = familyFiles(root)
        #expect(throws: StoreError.conflict(path: StoreFormat.familyPath(changed))) {
            try store.commit(planned.prepared, newFamilies: planned.newFamilies, detail: "test")
        }
        #expect(familyFiles(root) == before)
        #expect(try store.accessLogEntries().filter { $0.action == .import }.isEmpty)
    }

    @Test func aCrashInTheMiddleOfTheCommitLeavesTheStoreAsItWas() throws {
        let (root, families) = try makeTrainingStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let export = Self.changedExport(families)
        let path = (root as NSString).deletingLastPathComponent + "/eksport.csv"
        Self.write(export.rows, to: path)
        let before = familyFiles(root)
        for occurrence in [1, families.count / 2, families.count - 3] {
            let store = try Store.open(at: root, user: "MHA", access: .perOperation)
            let (context, names) = try store.importContext(defaultLaw: nil, today: Self.today)
            let planned = try store.prepareStreamedImport(fileAt: path, context: context, names: names).get()
            store.faults = FaultPlan(.crash, at: .write, occurrence: occurrence)
            #expect(throws: SimulatedCrash.self) {
                try store.commit(planned.prepared, newFamilies: planned.newFamilies, detail: "test")
            }
            store.close()
            // The next instance finds the store as it was (an unfinished transaction is rolled back).
            let reopened = try Store.open(at: root, user: "MHA", access: .perOperation)
            _ = reopened.summaries
            reopened.close()
            #expect(familyFiles(root) == before)
        }
    }

    /// Every row read again from its offset is the row the whole read found, whatever the file's start (a BOM,
    /// Excel's "sep=" line, blank lines), line ends (CRLF, CR, LF), quoted fields over several lines, and
    /// Windows-1252 letters after ASCII rows.
    @Test func aRowReadAgainFromItsOffsetIsTheRowFirstRead() throws {
        let body = "a;b;c\r\n1;\"x\r\ny\";2\r\n\r\n3;\"q\"\"q\";4\r5;6;7\n  8;\"\";9"
        let files: [[UInt8]] = [
            Array(body.utf8),
            [0xEF, 0xBB, 0xBF] + Array(("sep=;\r\n" + body + "\n").utf8),
            Array(("sep=;\n\n\n" + body).utf8),
            Array("a,b\n1,2\n".utf8) + [0x53, 0xF8, 0x6E, 0x2C, 0xE6] + Array("\n3,\"4\"\n".utf8),
        ]
        for bytes in files {
            var records: [CSVRecord] = []
            var parser = CSVStreamParser { if case .record(let r) = $0 { records.append(r) } }
            try bytes.withUnsafeBufferPointer { all in
                // In small pieces, so that rows span chunks.
                for start in stride(from: 0, to: all.count, by: 3) {
                    try parser.feed(UnsafeBufferPointer(rebasing: all[start..<min(start + 3, all.count)]))
                }
            }
            try parser.finish()
            #expect(records.count >= 2)
            for record in records {
                var again: [CSVRecord] = []
                var reread = CSVStreamParser(rereadingAt: record.offset, line: record.line, separator: parser.separator,
                                             encoding: parser.encoding, headerWidth: parser.headerWidth!) {
                    if case .record(let r) = $0 { again.append(r) }
                }
                try bytes.withUnsafeBufferPointer { try reread.feed(UnsafeBufferPointer(rebasing: $0[record.offset...])) }
                try reread.finish()
                #expect(again == [record], "offset \(record.offset)")
            }
        }
    }
}
