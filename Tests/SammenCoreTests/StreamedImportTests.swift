import Foundation
import Testing
@testable import SammenCore

/// Issue 15.17: `sammen import csv` reads the file twice, the second time making each new family only when its
/// last row has been read, so the whole caseload's families are never held. The families must be exactly those
/// the one-pass plan makes, in the same order, and a file changed between the passes must write nothing.
@Suite struct StreamedImportTests {
    static let header = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning;cpr;familienøgle"
    static let today = date("2026-12-03")

    /// Families of one to three children; family 4's second child comes late in the file (after family 5),
    /// and family 7 has only a key, shared with no name, so grouping by key and by name both happen.
    static func csv(families: Int) -> String {
        var lines = [header]
        var late: [String] = []
        for f in 0..<families {
            for c in 0..<(1 + f % 3) {
                let cpr = c == 0 ? String(format: "%02d0215-%04d", 1 + f % 28, 4000 + f) : ""
                let key = f == 7 ? "K-7" : ""
                let row = "S-\(f)-\(c);Familien Nr \(f);Barn \(f)-\(c);2015-02-\(String(format: "%02d", 1 + f % 28));MHA;\"SEL § 50, SEL § 52\";2026-01-10;\(c == 1 ? "2026-09-01" : "");\(cpr);\(key)"
                if f == 4 && c == 1 { late.append(row) } else { lines.append(row) }
            }
            if f == 5 { lines += late }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything about a new family but its random ids.
    static func shape(_ f: Family) -> String {
        ([f.name, f.caseSystemKey ?? "-"] + f.children.flatMap { c in
            [c.name, c.birthDate.iso, c.cpr ?? "-"] + c.cases.map { "\($0.number) \($0.opened.iso) \($0.measures.map(\.legalBasis.description))" }
        } + f.contacts.map { "\($0.caseNumber ?? "") \($0.date.iso) \($0.note)" }).joined(separator: "|")
    }

    static func write(_ text: String, in folder: String) -> String {
        let path = folder + "/eksport.csv"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func theSecondPassMakesTheFamiliesOfTheOnePassPlanInTheSameOrder() throws {
        let folder = makeTemporaryFolder()
        defer { removeFolder(folder) }
        let path = Self.write(Self.csv(families: 40), in: folder)
        let context = ImportContext(today: Self.today)
        let whole = try CaseloadImport.plan(fileAt: path, context: context).get()
        let streamed = try CaseloadImport.planStreamed(fileAt: path, context: context).get()
        #expect(streamed.plan.newFamilies.isEmpty)
        #expect(streamed.newFamilies.count == 40 && whole.newFamilies.count == 40)
        let stream = try NewFamilyStream(streamed.newFamilies)
        var made: [Family] = []
        while let family = try stream.next() { made.append(family) }
        #expect(made.map(\.id) == streamed.newFamilies.ids)
        #expect(made.map(Self.shape) == whole.newFamilies.map(Self.shape))
        // The family whose child came late still has both its children, in the order they first appear.
        #expect(made[4].children.map(\.name) == ["Barn 4-0", "Barn 4-1"])
        #expect(made[7].caseSystemKey == "K-7")
        #expect(streamed.plan.rowCount == whole.rowCount && streamed.plan.newCaseworkers == whole.newCaseworkers)
    }

    @Test func aFileChangedBetweenThePassesIsNoticedBeforeTheLastFamilyIsHandedOut() throws {
        let folder = makeTemporaryFolder()
        defer { removeFolder(folder) }
        let text = Self.csv(families: 12)
        let path = Self.write(text, in: folder)
        let context = ImportContext(today: Self.today)
        let changes: [String] = [
            text.replacingOccurrences(of: "SEL § 52", with: "SEL § 76"),      // same size, other bytes
            text + "S-99-0;Familien Ny;Barn Ny;2015-02-01;MHA;SEL § 50;2026-01-10;;;\n", // a family more
            String(text.dropLast(60)),                                         // cut short
            text.replacingOccurrences(of: "Familien Nr 3;", with: "Familien Nr 30;"),
        ]
        for changed in changes {
            FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            let streamed = try CaseloadImport.planStreamed(fileAt: path, context: context).get()
            FileManager.default.createFile(atPath: path, contents: Data(changed.utf8))
            let stream = try NewFamilyStream(streamed.newFamilies)
            #expect(throws: ImportFileChanged.self) {
                while try stream.next() != nil {}
            }
        }
    }

    @Test func anImportIntoAStoreWritesEveryFamilyOrNothingWhenTheFileChanged() throws {
        let root = try makeStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let folder = (root as NSString).deletingLastPathComponent
        let text = Self.csv(families: 30)
        let path = Self.write(text, in: folder)
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        defer { store.close() }
        let (context, names) = try store.importContext(defaultLaw: nil, today: Self.today)

        // Changed after the plan: nothing is written, the store is as it was.
        let before = allPaths(root).filter { $0.hasPrefix("families/") }
        let first = try store.prepareStreamedImport(fileAt: path, context: context, names: names).get()
        FileManager.default.createFile(atPath: path, contents: Data(text.replacingOccurrences(of: "Barn 29-0", with: "Barn 29-9").utf8))
        #expect(throws: ImportFileChanged.self) {
            try store.commit(first.prepared, newFamilies: first.newFamilies, detail: "test")
        }
        #expect(allPaths(root).filter { $0.hasPrefix("families/") } == before)
        #expect(!FileManager.default.fileExists(atPath: root + "/" + StoreFormat.transactionFolder))

        // Unchanged: every family is written, as planned.
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let second = try store.prepareStreamedImport(fileAt: path, context: context, names: names).get()
        var staged: [FamilyID] = []
        try store.commit(second.prepared, newFamilies: second.newFamilies, detail: "test") { staged.append($0.id) }
        #expect(staged == second.newFamilies.ids)
        let reopened = try Store.open(at: root, user: "MHA", access: .readOnly)
        defer { reopened.close() }
        let whole = try CaseloadImport.plan(fileAt: path, context: context).get()
        #expect(try second.newFamilies.ids.map { Self.shape(try reopened.loadFamily($0, logAs: nil)) } == whole.newFamilies.map(Self.shape))
        #expect(reopened.summaries.count == 31)
    }

    @Test func aNewStoreIsMadeWholeOrNotAtAll() throws {
        let folder = makeTemporaryFolder()
        defer { removeFolder(folder) }
        let text = Self.csv(families: 20)
        let path = Self.write(text, in: folder)
        let context = ImportContext(today: Self.today)
        let root = folder + "/ny"
        func create(_ outline: NewFamilyOutline) throws {
            let stream = try NewFamilyStream(outline)
            try Store.createFromImport(at: root, meta: StoreMeta(created: Self.today, training: false), team: sampleTeam(),
                                       user: "MHA", familyIDs: outline.ids, nextFamily: {
                                           guard let family = try stream.next() else { throw ImportFileChanged() }
                                           return family
                                       }, importDetail: "test")
        }
        let first = try CaseloadImport.planStreamed(fileAt: path, context: context).get()
        FileManager.default.createFile(atPath: path, contents: Data(String(text.dropLast(40)).utf8))
        #expect(throws: ImportFileChanged.self) { try create(first.newFamilies) }
        #expect(!FileManager.default.fileExists(atPath: root + "/" + StoreFormat.metaFile))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: root))?.isEmpty ?? true)

        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let second = try CaseloadImport.planStreamed(fileAt: path, context: context).get()
        try create(second.newFamilies)
        let store = try Store.open(at: root, user: "MHA", access: .readOnly)
        defer { store.close() }
        #expect(Set(store.summaries.map(\.id)) == Set(second.newFamilies.ids))
        #expect(store.check().isEmpty)
    }
}
