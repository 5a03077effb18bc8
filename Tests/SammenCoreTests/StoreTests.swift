import Foundation
import Testing
@testable import SammenCore

@Suite struct StoreTests {
    @Test func createOpenSaveAndReload() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "test", access: .perOperation)
        #expect(store.summaries.count == 1)
        var family = try store.loadFamily("f-test")
        family.contacts.append(Contact(id: "k1", date: date("2026-02-01"), channel: .phone, kind: .followUp, note: "Godt møde"))
        try store.save(family)
        store.close()

        let again = try Store.open(at: root, user: "test", access: .readOnly)
        #expect(try again.loadFamily("f-test").contacts.first?.note == "Godt møde")
        #expect(again.summary("f-test")?.cases.first?.lastFollowUp == date("2026-02-01"))
    }

    @Test func filesAre0600AndFolders0700WhateverTheUmask() throws {
        let old = umask(0)
        defer { umask(old) }
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "test", access: .perOperation)
        try store.save(try store.loadFamily("f-test"))
        store.close()
        for relative in allPaths(root) {
            let path = root + "/" + relative
            let expected = FileManager.default.isDirectory(path) ? 0o700 : 0o600
            #expect(fileMode(path) == expected, "\(relative) has mode \(String(fileMode(path), radix: 8))")
        }
        #expect(fileMode(root) == 0o700)
    }

    @Test func aCrashAtEveryStepOfASaveLeavesOldOrNewBytes() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let path = root + "/families/f-test.json"
        let old = fileBytes(path)!

        // Count the system calls one save makes, then crash at each of them in turn.
        let counter = FaultPlan.counting()
        let probe = try Store.open(at: root, user: "test", access: .perOperation, faults: counter)
        try probe.save(try probe.loadFamily("f-test"))
        let steps = counter.totalCalls
        probe.close()
        #expect(steps >= 4)
        let baseline = fileBytes(path)!

        for step in 1...steps {
            let store = try Store.open(at: root, user: "test", access: .perOperation)
            var family = try store.loadFamily("f-test")
            family.name = "Familien Ny \(step)"
            store.faults = FaultPlan(.crash, at: nil, occurrence: step)
            #expect(throws: SimulatedCrash.self) { try store.save(family) }
            let now = fileBytes(path)!
            let asNew = try RecordCodec(policy: .standard).encode({ var f = family; f.schemaVersion = StoreFormat.currentSchemaVersion; return f }())
            #expect(now == baseline || now == asNew, "step \(step): the file is neither old nor new")
            // The next writer sweeps what the crash left and the store checks clean.
            let reopened = try Store.open(at: root, user: "test", access: .perOperation)
            #expect(reopened.check().isEmpty)
            reopened.close()
            #expect(!allPaths(root).contains { $0.contains(".sammen-tmp-") }, "step \(step): temp file left")
        }
        _ = old
    }

    @Test(arguments: [FaultPlan.Call.write, .fsync, .rename, .open])
    func anIOErrorLeavesTheFileUntouchedAndSaysSoInWords(call: FaultPlan.Call) throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let path = root + "/families/f-test.json"
        let before = fileBytes(path)!
        let store = try Store.open(at: root, user: "test", access: .perOperation)
        var family = try store.loadFamily("f-test")
        family.name = "Ændret"
        store.faults = FaultPlan(.fail(errno: call == .write ? ENOSPC : EIO), at: call)
        do {
            try store.save(family)
            Issue.record("the save should have failed")
        } catch let error as StoreError {
            let message = error.danishMessage
            #expect(message.contains("families/f-test.json"))
            #expect(message.contains(call == .write ? "disken er fuld" : "EIO"))
        }
        #expect(fileBytes(path) == before)
        #expect(!allPaths(root).contains { $0.contains(".sammen-tmp-") })
        // The edit is still in memory: without the fault, the same save goes through.
        store.faults = nil
        try store.save(family)
        #expect(try store.loadFamily("f-test").name == "Ændret")
    }

    @Test func aDamagedFileIsReportedWithPositionAndNeverOverwritten() throws {
        let root = try makeStore([sampleFamily(), sampleFamily(id: "f-two", name: "Familien To", caseNumber: "2025-0002")])
        defer { removeFolder(root) }
        let path = root + "/families/f-two.json"
        var text = String(decoding: fileBytes(path)!, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"name\" : \"Familien To\"", with: "\"name\" : \"Familien To\" \"x\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let damaged = fileBytes(path)!

        let store = try Store.open(at: root, user: "test", access: .perOperation)
        #expect(store.summaries.map(\.id) == ["f-test"])
        let problem = try #require(store.problems.first)
        #expect(problem.path == "families/f-two.json")
        #expect(problem.line != nil && problem.column != nil)
        // Saving the damaged family is refused: it was never loaded.
        #expect(throws: StoreError.self) { try store.save(sampleFamily(id: "f-two", name: "Overskrevet", caseNumber: "2025-0002")) }
        store.close()
        #expect(fileBytes(path) == damaged)
    }

    @Test func typeErrorsNameTheFieldAndLine() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let path = root + "/families/f-test.json"
        var text = String(decoding: fileBytes(path)!, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"birthDate\" : \"2015-04-02\"", with: "\"birthDate\" : \"2015-02-30\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let store = try Store.open(at: root, user: "test", access: .readOnly)
        let problem = try #require(store.problems.first)
        #expect(problem.message.contains("children[0].birthDate"))
        let lineOfField = text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("2015-02-30") }.map { $0 + 1 }
        #expect(problem.line == lineOfField)
    }

    @Test func unknownFieldsAreReportedNotDropped() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let path = root + "/families/f-test.json"
        var text = String(decoding: fileBytes(path)!, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"name\" : \"Familien Test\"", with: "\"name\" : \"Familien Test\",\n  \"favouriteColour\" : \"blå\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let store = try Store.open(at: root, user: "test", access: .perOperation)
        // Still on the caseload (nobody is forgotten), reported by check, and refused when opened for a change,
        // so a save can never drop the field.
        #expect(store.summary("f-test") != nil)
        #expect(store.check().contains { $0.message.contains("favouriteColour") && $0.line != nil })
        #expect(throws: StoreError.self) { _ = try store.loadFamily("f-test") }
        store.close()
        #expect(String(decoding: fileBytes(path)!, as: UTF8.self) == text)
    }

    @Test func twoWritersOnTheSameFamilyConflictAndTheFirstEditSurvives() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let a = try Store.open(at: root, user: "a", access: .perOperation)
        let b = try Store.open(at: root, user: "b", access: .perOperation)
        var fa = try a.loadFamily("f-test")
        var fb = try b.loadFamily("f-test")
        fa.name = "Skrevet af A"
        fb.name = "Skrevet af B"
        try a.save(fa)
        #expect(throws: StoreError.conflict(path: "families/f-test.json")) { try b.save(fb) }
        let check = try Store.open(at: root, user: "c", access: .readOnly)
        #expect(try check.loadFamily("f-test").name == "Skrevet af A")
    }

    @Test func twoWritersOnDifferentFamiliesBothSucceed() throws {
        let root = try makeStore([sampleFamily(), sampleFamily(id: "f-two", name: "Familien To", caseNumber: "2025-0002")])
        defer { removeFolder(root) }
        let a = try Store.open(at: root, user: "a", access: .perOperation)
        let b = try Store.open(at: root, user: "b", access: .perOperation)
        for i in 0..<20 {
            var fa = try a.loadFamily("f-test")
            fa.contacts.append(Contact(id: "a\(i)", date: date("2026-01-02"), channel: .sms, kind: .informal))
            try a.save(fa)
            var fb = try b.loadFamily("f-two")
            fb.contacts.append(Contact(id: "b\(i)", date: date("2026-01-02"), channel: .sms, kind: .informal))
            try b.save(fb)
        }
        a.close(); b.close()
        let check = try Store.open(at: root, user: "c", access: .readOnly)
        #expect(try check.loadFamily("f-test").contacts.count == 20)
        #expect(try check.loadFamily("f-two").contacts.count == 20)
    }

    @Test func aReaderSeesWhoHoldsTheLockDuringAWrite() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        #expect(Store.lockHolder(at: root) == nil, "an open store holds no lock")
        let family = try store.loadFamily("f-test")
        var seen: LockHolder?
        _ = try store.update("f-test") { _ in seen = Store.lockHolder(at: root) }
        #expect(seen?.user == "MHA" && seen?.pid == getpid())
        #expect(Store.lockHolder(at: root) == nil)
        let reader = try Store.open(at: root, user: "JBO", access: .readOnly)
        #expect(throws: StoreError.readOnly) { try reader.save(family) }
    }

    @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let path = root + "/families/f-test.json"
        let text = String(decoding: fileBytes(path)!, as: UTF8.self)
            .replacingOccurrences(of: "\"schemaVersion\" : \(StoreFormat.currentSchemaVersion)", with: "\"schemaVersion\" : 7")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let store = try Store.open(at: root, user: "test", access: .perOperation)
        store.close()
        #expect(store.problems.first?.message.contains("nyere udgave af Sammen") == true)
        #expect(String(decoding: fileBytes(path)!, as: UTF8.self) == text)
    }

    @Test func migrationsRunForwardWithABackupFirst() throws {
        // Version 2 of this test schema called the family's name "familyName"; version 3 calls it "name".
        let root = try makeStore()
        defer { removeFolder(root) }
        let path = root + "/families/f-test.json"
        let v1 = String(decoding: fileBytes(path)!, as: UTF8.self)
            .replacingOccurrences(of: "\"name\" : \"Familien Test\"", with: "\"familyName\" : \"Familien Test\"")
        try Data(v1.utf8).write(to: URL(fileURLWithPath: path))
        let policy = SchemaPolicy(current: 3, migrations: [1: SchemaUpgrades.toSchema2, 2: { object in
            if let old = object.removeValue(forKey: "familyName") { object["name"] = old }
        }])
        let store = try Store.open(at: root, user: "test", access: .perOperation, policy: policy)
        store.close()
        #expect(store.problems.isEmpty)
        #expect(try store.loadFamily("f-test").name == "Familien Test")
        let migrated = String(decoding: fileBytes(path)!, as: UTF8.self)
        #expect(migrated.contains("\"schemaVersion\" : 3"))
        let backups = allPaths(root + "/backups").filter { $0.hasSuffix("families/f-test.json") }
        #expect(backups.count == 1)
        #expect(fileBytes(root + "/backups/" + backups[0]) == Data(v1.utf8))
        // The standard Sammen (schema 2) now refuses the upgraded store, with words, instead of misreading it.
        #expect(throws: StoreError.newerSchema(path: "store.json", found: 3, supported: 2)) {
            _ = try Store.open(at: root, user: "test", access: .readOnly)
        }
    }

    @Test func anImportCommitsAllOrNothingAcrossACrashAtEveryStep() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let newFamilies = (1...3).map { sampleFamily(id: "f-new\($0)", name: "Ny \($0)", caseNumber: "2026-000\($0)") }
        let counter = FaultPlan.counting()
        do {
            let scratch = try makeStore(name: "importScratch")
            defer { removeFolder((scratch as NSString).deletingLastPathComponent) }
            let probe = try Store.open(at: scratch, user: "t", access: .perOperation, faults: counter)
            try probe.commitImport(newFamilies: newFamilies, changedFamilies: [], team: nil, detail: "probe")
        }
        let steps = counter.totalCalls
        #expect(steps > 10)
        for step in 1...steps {
            let store = try Store.open(at: root, user: "t", access: .perOperation)
            store.faults = FaultPlan(.crash, at: nil, occurrence: step)
            #expect(throws: SimulatedCrash.self) {
                try store.commitImport(newFamilies: newFamilies, changedFamilies: [], team: nil, detail: "test")
            }
            let after = try Store.open(at: root, user: "t", access: .perOperation)
            let count = after.summaries.count
            #expect(count == 1 || count == 4, "step \(step): \(count) families — a partial import")
            #expect(after.check().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: root + "/.transaction"))
            if count == 4 {
                // Committed: undo by rewriting the original store for the next round.
                after.close()
                removeFolder(root)
                try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false),
                                 team: sampleTeam(), user: "test", families: [sampleFamily()]).close()
            }
        }
    }

    @Test func theIndexNoticesAFileChangedByAnotherInstance() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let first = try Store.open(at: root, user: "a", access: .perOperation)
        first.close()
        let other = try Store.open(at: root, user: "b", access: .perOperation)
        var family = try other.loadFamily("f-test")
        family.name = "Nyt navn"
        try other.save(family)
        // Not closed: the index on disk is stale now.
        let again = try Store.open(at: root, user: "a", access: .readOnly)
        #expect(again.summary("f-test")?.name == "Nyt navn")
    }

    @Test func theAccessLogRecordsWhoDidWhatAndCanBeExtractedPerFamily() throws {
        let root = try makeStore([sampleFamily(), sampleFamily(id: "f-two", name: "Familien To", caseNumber: "2025-0002")])
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        _ = try store.loadFamily("f-two")
        try store.log(.search, detail: "søgning: «Emma 010203-1234»")
        let entries = try store.accessLogEntries(family: "f-two")
        #expect(entries.count == 1 && entries[0].action == .read && entries[0].user == "MHA")
        let all = accessLogText(root)
        #expect(all.contains("010203-XXXX"))
        #expect(!all.contains("1234"))
    }

    @Test func oldAccessLogMonthsArePurgedAfterTheRetentionAsWholeFiles() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        // A log in use all year: every month has lines from its start to its end.
        let now = Date()
        for back in 1...8 {
            let start = now.addingTimeInterval(-Double(back) * 30 * 86_400)
            var data = Data()
            for day in [0, 25] {
                data.append(try AccessLog.line(AccessLogEntry(time: AccessLog.timestamp(start.addingTimeInterval(Double(day) * 86_400)),
                                                              user: "X", action: .read, family: "f-test", detail: "\(back)")))
            }
            let month = AccessLog.month(of: AccessLog.timestamp(start))!
            FileManager.default.createFile(atPath: root + "/log/\(month)-test.jsonl", contents: data, attributes: [.posixPermissions: 0o600])
        }
        let store = try Store.open(at: root, user: "t", access: .perOperation)
        let cutoff = AccessLog.timestamp(now.addingTimeInterval(-180 * 86_400 - 31 * 86_400))
        // Whole months whose every line is past the retention are gone; the rest stays whole.
        #expect(try store.accessLogEntries().allSatisfy { $0.time > cutoff })
        #expect(try store.accessLogEntries().contains { $0.detail == "6" })
        #expect(try !store.accessLogEntries().contains { $0.detail == "8" })
        #expect(try store.accessLogEntries().contains { $0.action == .create })
        #expect(store.notices.isEmpty)
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}

/// The same sagsnr in two families is reported on every open, whether or not the index was rebuilt: the
/// index's "unique" flag only spares the check when nothing changed and none were found.
@Suite struct DuplicateCaseNumberTests {
    func problems(_ root: String, access: Store.Access) throws -> [String] {
        let store = try Store.open(at: root, user: "test", access: access)
        defer { store.close() }
        return store.problems.map(\.message).filter { $0.contains("2025-0001") }
    }

    @Test func reportedEveryTimeUntilFixed() throws {
        let root = try makeStore([sampleFamily(id: "f-a"), sampleFamily(id: "f-b", name: "Familien B")])
        defer { removeFolder(root) }
        #expect(try problems(root, access: .perOperation).count == 1)
        #expect(try problems(root, access: .readOnly).count == 1)
        #expect(try problems(root, access: .readOnly).count == 1)
        let store = try Store.open(at: root, user: "test", access: .perOperation)
        var b = try store.loadFamily("f-b")
        b.children[0].cases[0].number = "2025-0002"
        try store.save(b)
        store.close()
        #expect(try problems(root, access: .readOnly).isEmpty)
        #expect(try problems(root, access: .perOperation).isEmpty)
    }

    @Test func aDuplicateWrittenBehindSammensBackIsFound() throws {
        let root = try makeStore([sampleFamily(id: "f-a"), sampleFamily(id: "f-b", name: "Familien B", caseNumber: "2025-0002")])
        defer { removeFolder(root) }
        #expect(try problems(root, access: .perOperation).isEmpty)
        // Another program edits f-b in place: the same sagsnr as f-a.
        let path = root + "/families/f-b.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "2025-0002", with: "2025-0001")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.truncate(atOffset: UInt64(text.utf8.count))
        try handle.close()
        #expect(try problems(root, access: .readOnly).count == 1)
    }
}
