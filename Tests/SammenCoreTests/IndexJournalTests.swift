import Foundation
import Testing
@testable import SammenCore

/// The index journal (cache/index.journal, #19): a save changes one family's index entry without rewriting the
/// whole index, and the index read with its journal is never trusted over the files — a torn, lost, stale or
/// foreign journal costs at most a parse, never a wrong summary.
@Suite struct IndexJournalTests {
    let families = [sampleFamily(), sampleFamily(id: "f-two", name: "Familien To", caseNumber: "2025-0002"),
                    sampleFamily(id: "f-three", name: "Familien Tre", caseNumber: "2025-0003")]

    func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    func stamp(_ root: String, _ id: String) -> FileStamp {
        var info = stat()
        lstat(root + "/families/\(id).json", &info)
        return FileStamp(info)
    }

    func addFollowUp(_ store: Store, _ id: String, on day: String, note: String) throws {
        try store.update(id) { family in
            family.registerContact(date: date(day), channel: .phone, kind: .followUp, note: note, caseNumber: nil, by: "MHA")
        }
    }

    /// Opens the store whole for reading and says whether it wrote the index (a new inode).
    func openWhole(_ root: String, access: Store.Access = .readOnly) throws -> (store: Store, rewroteIndex: Bool) {
        let before = inode(root + "/cache/index")
        let store = try Store.open(at: root, user: "MHA", access: access)
        store.close()
        return (store, inode(root + "/cache/index") != before)
    }

    @Test func aSaveOnDemandAppendsToTheJournalAndLeavesTheIndexAlone() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        let index = fileBytes(root + "/cache/index")
        #expect(index != nil)
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        #expect(store.summary("f-two")?.name == "Familien To")
        try addFollowUp(store, "f-two", on: "2025-03-01", note: "Ringet")
        store.close()
        #expect(fileBytes(root + "/cache/index") == index)
        #expect((fileBytes(root + "/cache/index.journal")?.count ?? 0) > 0)
        #expect(fileMode(root + "/cache/index.journal") == 0o600)

        // The next open reads the index and the journal, finds every stamp right, and writes nothing.
        let (again, rewrote) = try openWhole(root, access: .perOperation)
        #expect(!rewrote)
        #expect(again.summary("f-two")?.cases.first?.lastFollowUp == date("2025-03-01"))
        #expect(again.summaries.count == 3)
        #expect(FamilyIndex.load(root: root, schemaVersion: again.policy.current).entries["f-two"]?.stamp == stamp(root, "f-two"))
    }

    @Test func aTornOrDamagedJournalRecordIsNeverTrusted() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        try addFollowUp(store, "f-test", on: "2025-03-01", note: "Første")
        try addFollowUp(store, "f-two", on: "2025-03-02", note: "Anden")
        let journal = root + "/cache/index.journal"
        let whole = fileBytes(journal)!
        // A crash in the middle of the second record: its half is ignored, and f-two is read from its file.
        for cut in [whole.count - 1, whole.count - 40, whole.count / 2 + 3] {
            try whole.prefix(cut).write(to: URL(fileURLWithPath: journal))
            chmod(journal, 0o600)  // Data.write follows the umask; the store refuses a cache others can read
            let read = FamilyIndexJournal.read(root: root, schemaVersion: store.policy.current)!
            #expect(read.entries.count <= 1)
            let again = try Store.open(at: root, user: "MHA", access: .readOnly)
            #expect(again.summary("f-two")?.cases.first?.lastFollowUp == date("2025-03-02"))
            #expect(again.summary("f-test")?.cases.first?.lastFollowUp == date("2025-03-01"))
        }
        // A flipped byte inside a record: its checksum fails and the record (and what follows) is dropped.
        var flipped = whole
        flipped[30] ^= 0x20
        try flipped.write(to: URL(fileURLWithPath: journal))
        chmod(journal, 0o600)
        #expect(FamilyIndexJournal.read(root: root, schemaVersion: store.policy.current)!.entries.isEmpty)
        let again = try Store.open(at: root, user: "MHA", access: .readOnly)
        #expect(again.summary("f-test")?.cases.first?.lastFollowUp == date("2025-03-01"))
        #expect(again.summary("f-two")?.cases.first?.lastFollowUp == date("2025-03-02"))
    }

    @Test func aStaleJournalEntryIsReadFromTheFileAgain() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        try addFollowUp(store, "f-test", on: "2025-03-01", note: "Via Sammen")
        // Someone changes the file behind the journal's back (a restore from backup, an editor).
        let path = root + "/families/f-test.json"
        var family = try JSONDecoder().decode(Family.self, from: fileBytes(path)!)
        family.name = "Familien Omdøbt"
        let temp = path + ".tmp"
        try JSONEncoder().encode(family).write(to: URL(fileURLWithPath: temp))
        chmod(temp, 0o600)
        rename(temp, path)
        let again = try Store.open(at: root, user: "MHA", access: .readOnly)
        #expect(again.summary("f-test")?.name == "Familien Omdøbt")
    }

    @Test func whatAnotherProcessAppendedIsFoldedInWhenTheIndexIsWrittenWhole() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        // A program that has read the index (and a journal) and will write the index whole when it closes.
        let program = try Store.open(at: root, user: "MHA", access: .perOperation)
        try addFollowUp(program, "f-test", on: "2025-03-01", note: "Programmet")
        program.indexDirty = true
        // Meanwhile a colleague's followup from the shell.
        let shell = try Store.open(at: root, user: "JBO", access: .perOperation, caseload: .onDemand)
        try addFollowUp(shell, "f-three", on: "2025-03-05", note: "Skallen")
        shell.close()
        program.close()
        #expect(!FileManager.default.fileExists(atPath: root + "/cache/index.journal"))
        let index = FamilyIndex.load(root: root, schemaVersion: program.policy.current)
        #expect(index.entries["f-three"]?.stamp == stamp(root, "f-three"))
        #expect(index.entries["f-three"]?.summary.cases.first?.lastFollowUp == date("2025-03-05"))
        #expect(index.entries["f-test"]?.stamp == stamp(root, "f-test"))
        let (_, rewrote) = try openWhole(root, access: .perOperation)
        #expect(!rewrote)
    }

    @Test func aLongJournalIsFoldedIntoTheIndexByTheNextWholeOpen() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        var saves = 0
        while (fileBytes(root + "/cache/index.journal")?.count ?? 0) <= 256 << 10 {
            try addFollowUp(store, ["f-test", "f-two", "f-three"][saves % 3], on: "2025-03-01", note: "Nr. \(saves)")
            saves += 1
        }
        let (folded, rewrote) = try openWhole(root, access: .readOnly)
        #expect(rewrote)
        #expect(!FileManager.default.fileExists(atPath: root + "/cache/index.journal"))
        #expect(folded.summaries.count == 3)
        for id in ["f-test", "f-two", "f-three"] {
            #expect(FamilyIndex.load(root: root, schemaVersion: folded.policy.current).entries[id]?.stamp == stamp(root, id))
        }
    }

    @Test func aFIFOInPlaceOfTheJournalNeverHangsAndIsReported() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        #expect(mkfifo(root + "/cache/index.journal", 0o600) == 0)
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        try addFollowUp(store, "f-two", on: "2025-03-01", note: "Ringet")
        #expect(store.check().contains { $0.path == "cache/index.journal" })
        store.close()
        // The save could not be journaled, so the family is read from its file; the index written whole then
        // takes the journal's name back.
        let again = try Store.open(at: root, user: "MHA", access: .readOnly)
        #expect(again.summary("f-two")?.cases.first?.lastFollowUp == date("2025-03-01"))
    }

    @Test func aJournalOthersCanReadRefusesTheStore() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        try addFollowUp(store, "f-two", on: "2025-03-01", note: "Ringet")
        chmod(root + "/cache/index.journal", 0o644)
        #expect(throws: StoreError.self) { try Store.open(at: root, user: "MHA", access: .readOnly) }
    }

    @Test func aFamilyFileOthersCanReadIsNotWrittenOnDemand() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        chmod(root + "/families/f-two.json", 0o644)
        let before = fileBytes(root + "/families/f-two.json")
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        #expect(throws: StoreError.self) { try addFollowUp(store, "f-two", on: "2025-03-01", note: "Ringet") }
        #expect(fileBytes(root + "/families/f-two.json") == before)
    }

    @Test func aStoreOpenedOnDemandLoadsTheWholeCaseloadWhenAskedForIt() throws {
        let root = try makeStore(families)
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        #expect(store.summary("f-nobody") == nil)
        #expect(store.findFamily("2025-0003")?.id == "f-three")
        #expect(store.findFamily("Familien To")?.id == "f-two")
        #expect(store.summaries.count == 3)
    }
}
