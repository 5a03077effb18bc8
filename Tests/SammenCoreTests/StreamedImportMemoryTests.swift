import Foundation
import Testing
@testable import SammenCore

/// Issue 15.17: the streamed import's first pass keeps case numbers and new families' keys as bytes
/// (`CompactKeyTable`) and children as numbers (`NewFamilyOutliner`), and a large import's journal is written
/// without JSONEncoder. Each must answer exactly as what it replaces: no two keys taken for one, the same
/// problems with the same lines, a journal that reads back as written.
@Suite struct StreamedImportMemoryTests {
    @Test func theKeyTableAnswersAsADictionaryForManyKeys() {
        var table = CompactKeyTable()
        var model: [String: Int32] = [:]
        // Prefixes of each other, the empty key, case and accents that differ, and enough keys to grow many times.
        var keys = ["", "a", "ab", "abc", "A", "ø", "o\u{308}", "sag-1", "sag-1 ", "sag-10", "\u{1F}key:7"]
        for n in 0..<40_000 { keys.append("s\(n)"); keys.append("Familien Nr\(n % 9_000)\u{1F}\(n % 7)") }
        for (n, key) in keys.enumerated() {
            let earlier = table.insertIfAbsent(key, value: Int32(n))
            #expect(earlier == model[key], "\(key)")
            if model[key] == nil { model[key] = Int32(n) }
        }
        #expect(table.count == model.count)
        for (key, value) in model { #expect(table.value(of: key) == value) }
        for absent in ["b", "s40000", "sag-2", "Familien Nr9000\u{1F}0", " "] { #expect(table.value(of: absent) == nil) }
        table.update("ab", value: -5)
        #expect(table.value(of: "ab") == -5 && table.value(of: "abc") == model["abc"])
    }

    static let header = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning;cpr"

    static func write(_ lines: [String]) -> (folder: String, path: String) {
        let folder = makeTemporaryFolder()
        let path = folder + "/eksport.csv"
        FileManager.default.createFile(atPath: path, contents: Data(([header] + lines).joined(separator: "\n").utf8 + [10]))
        return (folder, path)
    }

    /// A repeated sagsnr (also in other case and with spaces), a child of a new family given two CPR numbers
    /// (the second on a later, non-adjacent row), a family whose name is also a family's in Sammen.
    @Test func theStreamedFirstPassFindsTheOnePassPlansProblemsOnTheSameLines() throws {
        let (folder, path) = Self.write([
            "SAG-1;Familien Berg;Alma Berg;2015-02-01;MHA;SEL § 52;2026-01-10;;010215-4000",
            "SAG-2;Familien Holm;Ida Holm;2016-03-02;MHA;SEL § 52;2026-01-10;;",
            "sag-1 ;Familien Lund;Eva Lund;2017-04-03;MHA;SEL § 52;2026-01-10;;",
            "SAG-3;Familien Berg;Alma Berg;2015-02-01;MHA;SEL § 50;2026-01-10;;010215-4002",
            "SAG-2;Familien Holm;Ida Holm;2016-03-02;MHA;SEL § 52;2026-01-10;;",
        ])
        defer { removeFolder(folder) }
        let context = ImportContext(today: date("2026-12-03"))
        guard case .failure(let whole) = CaseloadImport.plan(fileAt: path, context: context),
              case .failure(let streamed) = CaseloadImport.planStreamed(fileAt: path, context: context) else {
            Issue.record("the file has problems")
            return
        }
        #expect(streamed.problems == whole.problems)
        let described = streamed.problems.map { "\($0.line): \($0.reason.da)" }
        #expect(described.contains { $0.hasPrefix("4: sagsnr «sag-1") && $0.hasSuffix("står to gange i filen: på linje 2 og linje 4") })
        #expect(described.contains { $0.hasPrefix("6: sagsnr «SAG-2» står to gange i filen: på linje 3 og linje 6") })
        #expect(described.contains("5: CPR-nummeret er et andet end på linje 2 for samme barn"))
    }

    @Test func aNewFamilyWithTheNameOfAFamilyInSammenGetsTheSameNoteAsInTheOnePassPlan() throws {
        let (folder, path) = Self.write([
            "N-1;Familien Berg;Alma Berg;2015-02-01;MHA;SEL § 52;2026-01-10;;",
            "N-2;Familien Holm;Ida Holm;2016-03-02;MHA;SEL § 52;2026-01-10;;",
            "N-3;familien  berg;Bo Berg;2017-04-03;MHA;SEL § 52;2026-01-10;;",
        ])
        defer { removeFolder(folder) }
        let existing = ImportedFamilyIdentity(id: "f-berg", name: "Familien Berg",
                                              children: [.init(id: "c-1", name: "Else Berg", birthDate: date("2012-01-01"))],
                                              cases: [.init(number: "GAMMEL-1", childID: "c-1")])
        let context = ImportContext(today: date("2026-12-03"), families: [existing], existingFamilyIDs: ["f-berg"])
        let whole = try CaseloadImport.plan(fileAt: path, context: context).get()
        let streamed = try CaseloadImport.planStreamed(fileAt: path, context: context).get()
        // Rows 1 and 3 are one new family (names compare without case and extra spaces), row 2 another.
        #expect(whole.newFamilies.count == 2 && streamed.newFamilies.count == 2)
        #expect(whole.sameNameAsExisting.count == 1 && whole.sameNameAsExisting[whole.newFamilies[0].id] == ["f-berg"])
        #expect(streamed.plan.sameNameAsExisting == [streamed.newFamilies.ids[0]: ["f-berg"]])
        #expect(streamed.plan.missingCases == whole.missingCases && whole.missingCases == ["f-berg": ["GAMMEL-1"]])
        let made = try NewFamilyStream(streamed.newFamilies)
        let first = try #require(try made.next())
        #expect(first.name == "Familien Berg" && first.children.map(\.name) == ["Alma Berg", "Bo Berg"])
    }

    @Test func theJournalReadsBackAsWritten() throws {
        let entries = [
            Transaction.Journal.Entry(staged: "0.staged", target: "families/f-abc.json"),
            Transaction.Journal.Entry(staged: "1.staged", target: "team.json"),
            // Not what Sammen writes, but the encoding must hold for any text: quotes, backslashes, controls.
            Transaction.Journal.Entry(staged: "2.staged", target: "a\"b\\c\u{1}\n\u{1F}æøå/✓"),
        ]
        let journal = Transaction.Journal(entries: entries)
        let read = try JSONDecoder().decode(Transaction.Journal.self, from: journal.encoded())
        #expect(read.entries.map(\.staged) == entries.map(\.staged))
        #expect(read.entries.map(\.target) == entries.map(\.target))
        let empty = try JSONDecoder().decode(Transaction.Journal.self, from: Transaction.Journal(entries: []).encoded())
        #expect(empty.entries.isEmpty)
    }
}
