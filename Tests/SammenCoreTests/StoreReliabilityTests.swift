import Foundation
import Testing
@testable import SammenCore

/// Regression tests for what Tests/Reliability/run.sh found by attacking the real program (kills under
/// strace, injected faults, concurrent writers). Each test names the defect it keeps fixed.
@Suite struct StoreReliabilityTests {
    // Found: a creation killed part-way left a folder that was no store and could not be made one again
    // ("Mappen … er ikke tom"), so the user had to clean up by hand.
    @Test func aCreationCutShortByACrashIsClearedByTheNextCreation() throws {
        let counter = FaultPlan.counting()
        let probeRoot = makeTemporaryFolder() + "/store"
        try Store.create(at: probeRoot, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                         user: "t", families: [sampleFamily()], faults: counter).close()
        let steps = counter.totalCalls
        #expect(steps >= 8)
        for step in 1...steps {
            let root = makeTemporaryFolder() + "/store"
            defer { removeFolder((root as NSString).deletingLastPathComponent) }
            #expect(throws: SimulatedCrash.self) {
                try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                                 user: "t", families: [sampleFamily()], faults: FaultPlan(.crash, at: nil, occurrence: step))
            }
            if !FileManager.default.fileExists(atPath: root + "/store.json") {
                #expect(throws: StoreError.notAStore(path: root)) { _ = try Store.open(at: root, user: "t", access: .readOnly) }
                let store = try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false),
                                             team: sampleTeam(), user: "t", families: [sampleFamily()])
                store.close()
            } else {
                try Store.open(at: root, user: "t", access: .perOperation).close()
            }
            #expect(!allPaths(root).contains { $0.contains(".sammen-") }, "step \(step): \(allPaths(root))")
            let store = try Store.open(at: root, user: "t", access: .readOnly)
            #expect(store.summaries.count == 1 && store.check().isEmpty, "step \(step)")
            #expect(try store.accessLogEntries().contains { $0.action == .create })
        }
    }

    // Found: a creation that failed (a full disk) left its half-made store behind.
    @Test(arguments: [FaultPlan.Call.write, .fsync, .rename, .open])
    func aCreationThatFailsLeavesNothingBehind(call: FaultPlan.Call) throws {
        let parent = makeTemporaryFolder()
        defer { removeFolder(parent) }
        let root = parent + "/store"
        #expect(throws: StoreError.self) {
            try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                             user: "t", families: [sampleFamily()], faults: FaultPlan(.fail(errno: ENOSPC), at: call, occurrence: 3))
        }
        #expect(!FileManager.default.fileExists(atPath: root))
        // An existing empty folder stays, empty.
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: false)
        #expect(throws: StoreError.self) {
            try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                             user: "t", families: [sampleFamily()], faults: FaultPlan(.fail(errno: ENOSPC), at: call, occurrence: 3))
        }
        #expect(allPaths(root).isEmpty || allPaths(root) == ["lock"])
    }

    // A folder that is not a store and not empty is never cleared, marker or not in another folder.
    @Test func aFolderWithSomethingElseInItIsNeverCleared() throws {
        let root = makeTemporaryFolder()
        defer { removeFolder(root) }
        try Data("mine".utf8).write(to: URL(fileURLWithPath: root + "/notes.txt"))
        try Data("not a lock".utf8).write(to: URL(fileURLWithPath: root + "/lock"))
        #expect(throws: StoreError.self) {
            try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(), user: "t")
        }
        #expect(allPaths(root) == ["lock", "notes.txt"])
        #expect(fileBytes(root + "/lock") == Data("not a lock".utf8))
    }

    // Found: a kill after the rename and before the log append left a change with no access-log entry.
    @Test func aChangeIsLoggedBeforeItIsWritten() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        var family = try store.loadFamily("f-test", logAs: nil)
        family.name = "Ny"
        store.faults = FaultPlan(.crash, at: .open)
        #expect(throws: SimulatedCrash.self) { try store.save(family) }
        #expect(try store.accessLogEntries(family: "f-test").map(\.action) == [.change])
    }

    // Found: EIO from the fsync of the folder, after the rename, said "could not save" though the file was
    // written, and a retry from the same in-memory edit was then refused as a conflict.
    @Test func anErrorAfterTheRenameSaysTheChangeIsWrittenAndARetryIsNoConflict() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "t", access: .perOperation)
        var family = try store.loadFamily("f-test")
        family.name = "Ændret"
        store.faults = FaultPlan(.fail(errno: EIO), at: .fsync, occurrence: 2)
        do {
            try store.save(family)
            Issue.record("the save should report the fsync error")
        } catch let error as StoreError {
            #expect(error == .notDurable(path: "families/f-test.json", errno: EIO))
            #expect(error.danishMessage.contains("er gemt"))
        }
        store.faults = nil
        try store.save(family)
        #expect(try store.loadFamily("f-test").name == "Ændret")
    }

    // Found: two `sammen followup` on the same family at once: one in three failed with a conflict, because
    // the family was loaded outside the lock. `update` holds the lock from load to save.
    @Test func updateHoldsTheLockFromLoadToSave() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let a = try Store.open(at: root, user: "a", access: .perOperation)
        let b = try Store.open(at: root, user: "b", access: .perOperation)
        b.lockWait = 0
        try a.update("f-test") { family in
            family.registerContact(date: date("2026-02-01"), channel: .sms, note: "a")
            #expect(throws: StoreError.self) {
                try b.update("f-test") { $0.registerContact(date: date("2026-02-02"), channel: .sms, note: "b") }
            }
        }
        try b.update("f-test") { $0.registerContact(date: date("2026-02-02"), channel: .sms, note: "b") }
        let check = try Store.open(at: root, user: "c", access: .readOnly)
        #expect(try check.loadFamily("f-test").contacts.map(\.note) == ["a", "b"])
    }

    /// The next schema after the shipped one (which is 2), to migrate a store of today's Sammen.
    static let schema2 = SchemaPolicy(current: 3, migrations: [1: SchemaUpgrades.toSchema2, 2: { _ in }])

    // Found: store.json was never migrated nor backed up (its version was read after the in-memory migration).
    @Test func storeJSONIsMigratedAndBackedUpLikeEveryFile() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let old = fileBytes(root + "/store.json")!
        try Store.open(at: root, user: "t", access: .perOperation, policy: Self.schema2).close()
        #expect(String(decoding: fileBytes(root + "/store.json")!, as: UTF8.self).contains("\"schemaVersion\" : 3"))
        let backups = allPaths(root + "/backups").filter { $0.hasSuffix("/store.json") }
        #expect(backups.count == 1)
        #expect(fileBytes(root + "/backups/" + backups[0]) == old)
    }

    // Found: a migration killed while copying left a half backup folder, and temp files inside it that no
    // sweep removed.
    @Test func aBackupFolderIsAlwaysCompleteAcrossACrashAtEveryStep() throws {
        let counter = FaultPlan.counting()
        let probe = try makeStore(name: "backupProbe")
        try Store.open(at: probe, user: "t", access: .perOperation, policy: Self.schema2, faults: counter).close()
        let steps = counter.totalCalls
        for step in 1...steps {
            let root = try makeStore(name: "backupStep\(step)")
            defer { removeFolder((root as NSString).deletingLastPathComponent) }
            let before = Dictionary(uniqueKeysWithValues: ["store.json", "team.json", "families/f-test.json"].map { ($0, fileBytes(root + "/" + $0)!) })
            do {
                try Store.open(at: root, user: "t", access: .perOperation, policy: Self.schema2,
                               faults: FaultPlan(.crash, at: nil, occurrence: step)).close()
            } catch is SimulatedCrash {}
            try Store.open(at: root, user: "t", access: .perOperation, policy: Self.schema2).close()
            #expect(!allPaths(root).contains { $0.contains(".sammen-tmp-") || $0.contains(".transaction") }, "step \(step)")
            for folder in (try? FileManager.default.contentsOfDirectory(atPath: root + "/backups")) ?? [] {
                for (file, bytes) in before {
                    #expect(fileBytes(root + "/backups/" + folder + "/" + file) == bytes, "step \(step): \(folder)/\(file)")
                }
            }
        }
    }

    // Found: after a crash in the middle of an import's roll-forward, readers (`sammen due`, `check`) showed half
    // the import until a writer came by. A reader now finishes it when the lock is free.
    @Test func aReaderFinishesAnImportThatACrashLeftHalfDone() throws {
        let newFamilies = (1...3).map { sampleFamily(id: "f-new\($0)", name: "Ny \($0)", caseNumber: "2026-000\($0)") }
        let counter = FaultPlan.counting()
        let probe = try makeStore(name: "importProbe")
        try Store.open(at: probe, user: "t", access: .perOperation, faults: counter)
            .commitImport(newFamilies: newFamilies, changedFamilies: [], team: nil, detail: "probe")
        var halfDone = 0
        for step in 1...counter.totalCalls {
            let root = try makeStore(name: "importStep\(step)")
            defer { removeFolder((root as NSString).deletingLastPathComponent) }
            let store = try Store.open(at: root, user: "t", access: .perOperation)
            store.faults = FaultPlan(.crash, at: nil, occurrence: step)
            #expect(throws: SimulatedCrash.self) {
                try store.commitImport(newFamilies: newFamilies, changedFamilies: [], team: nil, detail: "test")
            }
            if Transaction.isPending(root: root) { halfDone += 1 }
            let reader = try Store.open(at: root, user: "r", access: .readOnly)
            #expect([1, 4].contains(reader.summaries.count), "step \(step): \(reader.summaries.count) families")
            #expect(reader.check().isEmpty)
            #expect(!Transaction.isPending(root: root), "step \(step)")
        }
        #expect(halfDone > 0)
    }

    // Found on a full disk: an append cut short left half a line, which swallowed the next entry.
    @Test func aCutOffLogLineNeverSwallowsTheNextEntry() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: currentLogFile(root)))
        handle.seekToEndOfFile()
        handle.write(Data("{\"action\":\"read\",\"fam".utf8))
        try handle.close()
        let store = try Store.open(at: root, user: "t", access: .perOperation)
        try store.log(.search, detail: "Holm")
        #expect(try store.accessLogEntries().last?.detail == "Holm")
    }

    // Found: a family file of 200,000 "[" crashed every command (a stack overflow in the JSON scanner), so one
    // damaged file made the whole caseload unusable. It is now a syntax error with its position.
    @Test func aDeeplyNestedFileIsAProblemNotACrash() throws {
        let root = try makeStore([sampleFamily(), sampleFamily(id: "f-two", name: "Familien To", caseNumber: "2025-0002")])
        defer { removeFolder(root) }
        try Data(repeating: UInt8(ascii: "["), count: 200_000).write(to: URL(fileURLWithPath: root + "/families/f-two.json"))
        let store = try Store.open(at: root, user: "t", access: .readOnly)
        #expect(store.summaries.map(\.id) == ["f-test"])
        let problem = try #require(store.problems.first)
        #expect(problem.path == "families/f-two.json" && problem.line == 1 && problem.message.contains("for dybt"))
    }

    // Found: a number too big for a Double (1e999) was reported without a position.
    @Test func aNumberTooBigHasItsPosition() throws {
        let error = try #require(JSONLocator.syntaxError(in: Data("{\n  \"a\" : 1e999\n}".utf8)))
        #expect(error.position == .init(line: 2, column: 9))
    }

    // Found: a families folder that was a link out of the store was followed, for reading and for writing.
    @Test func aFamiliesFolderLinkedOutOfTheStoreIsRefused() throws {
        let root = try makeStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let outside = (root as NSString).deletingLastPathComponent + "/elsewhere"
        try FileManager.default.moveItem(atPath: root + "/families", toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: root + "/families", withDestinationPath: outside)
        #expect(throws: StoreError.io(step: .readFolder, path: "families", errno: ELOOP)) {
            _ = try Store.open(at: root, user: "t", access: .perOperation)
        }
    }

    // Found: a caseload file with NUL bytes in its fields was imported, names and all, zeros included.
    @Test func aCSVFileWithNULBytesIsRefusedWithItsLine() {
        let csv = Data("sagsnr;familie;barn\n1;F;A\n2;F\u{0}G;B\n".utf8)
        guard case .failure(let error) = CSVReader.read(csv) else { Issue.record("read"); return }
        #expect(error == .nulBytes(line: 3))
    }

    // Found by fuzzing: a date with more digits than an Int holds crashed the import (a force unwrap).
    @Test func aDateWithTooManyDigitsIsAProblemNotACrash() {
        let csv = Data(("sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning\n"
            + "1;F;A;2015-0\(String(repeating: "9", count: 60))-30;MHA;SEL § 50;2026-01-10;\n").utf8)
        guard case .failure(let failure) = CaseloadImport.plan(csv: csv, context: ImportContext()) else {
            Issue.record("the import should refuse the date")
            return
        }
        #expect(failure.problems.contains { $0.line == 2 })
    }

    // Found by fuzzing: a digit from another script right before a CPR number kept it from being masked.
    @Test func aCPRNumberNextToAnotherScriptsDigitIsStillMasked() {
        #expect(CPRNumber.redact("\u{06F9}2401124013") == "\u{06F9}240112-XXXX")
        #expect(CPRNumber.redact("x 240112-4013 y") == "x 240112-XXXX y")
    }
}

/// #15.10 and #15.11: the store's own names as something else, and a half-made store next to the user's files.
@Suite struct StoreSpecialFileTests {
    private func store() throws -> String {
        let root = makeTemporaryFolder() + "/store"
        try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                         user: "t", families: [sampleFamily()]).close()
        return root
    }

    /// Runs `body` on another thread and says whether it finished within `seconds` (a FIFO must never hang).
    private func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread { body(); done.signal() }
        return done.wait(timeout: .now() + seconds) == .success
    }

    @Test func aFIFOInPlaceOfAStoreFileNeverHangsAndIsReported() throws {
        for name in ["access.log", "team.json", "cache/index", "lock", "store.json"] {
            let root = try store()
            defer { removeFolder((root as NSString).deletingLastPathComponent) }
            unlink(root + "/" + name)
            #expect(mkfifo(root + "/" + name, 0o600) == 0)
            if name == "store.json" {
                #expect(finishes(within: 20) { _ = try? Store.open(at: root, user: "t", access: .readOnly) })
                #expect(throws: StoreError.self) { try Store.open(at: root, user: "t", access: .readOnly) }
                continue
            }
            // Reported by check (before any writer: a writer may rightly replace the cache with a real index).
            let found = ProblemBox()
            #expect(finishes(within: 20) { found.set((try? Store.open(at: root, user: "t", access: .readOnly))?.check() ?? []) },
                    "\(name): opening to check waited on the FIFO")
            let problems = found.get().filter { $0.path == name }
            if name == "cache/index" {
                // The cache is derived: the opener renames a real index over the FIFO (never writes into it).
                var info = stat()
                #expect(lstat(root + "/cache/index", &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
                continue
            }
            #expect(problems.count == 1 && problems.first?.message(in: .da).contains("FIFO") == true, "\(name): \(problems)")
            let finished = finishes(within: 20) {
                let reader = try? Store.open(at: root, user: "t", access: .readOnly)
                _ = reader?.check()
                _ = try? reader?.log(.list, detail: "x")
                let writer = try? Store.open(at: root, user: "t", access: .perOperation)
                if let writer { _ = try? writer.update(writer.summaries[0].id) { $0.internalNotes = "x" } }
            }
            #expect(finished, "\(name): an open or a save waited on the FIFO")
            // A writer that would have to use it says so instead.
            if ["access.log", "lock"].contains(name) {
                #expect(throws: StoreError.self) {
                    let writer = try Store.open(at: root, user: "t", access: .perOperation)
                    try writer.update(writer.summaries[0].id) { $0.internalNotes = "y" }
                }
            }
        }
    }

    @Test func aLinkedTransactionFolderIsNeverFollowedOrSwept() throws {
        let root = try store()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let victim = makeTemporaryFolder()
        defer { removeFolder(victim) }
        try "mine".write(toFile: victim + "/brev.txt", atomically: true, encoding: .utf8)
        try "{\"entries\":[]}".write(toFile: victim + "/journal.json", atomically: true, encoding: .utf8)
        #expect(symlink(victim, root + "/.transaction") == 0)
        // A writer refuses (it would otherwise sweep the folder the link points at); readers ignore it.
        #expect(throws: StoreError.self) {
            let writer = try Store.open(at: root, user: "t", access: .perOperation)
            try writer.update(writer.summaries[0].id) { $0.internalNotes = "x" }
        }
        _ = try Store.open(at: root, user: "t", access: .readOnly)
        #expect(FileManager.default.fileExists(atPath: victim + "/brev.txt"))
        #expect(FileManager.default.fileExists(atPath: victim + "/journal.json"))
        let problems = try Store.open(at: root, user: "t", access: .readOnly).check()
        #expect(problems.contains { $0.path == ".transaction" && $0.message(in: .da).contains("symbolsk link") })
    }

    @Test func aJournalNamingPathsOutOfTheStoreMovesNothing() throws {
        for target in ["../udenfor.json", "/tmp/x.json", "families/../../udenfor.json", "families/../store.json",
                       "backups/x.json", "families/Ond Fil.json"] {
            for staged in ["0.staged", "../../offer.txt"] {
                let root = try store()
                let parent = (root as NSString).deletingLastPathComponent
                defer { removeFolder(parent) }
                try "offer".write(toFile: parent + "/offer.txt", atomically: true, encoding: .utf8)
                try FileManager.default.createDirectory(atPath: root + "/.transaction", withIntermediateDirectories: false)
                try "staged".write(toFile: root + "/.transaction/0.staged", atomically: true, encoding: .utf8)
                let journal = "{\"entries\":[{\"staged\":\"\(staged)\",\"target\":\"\(target)\"}]}"
                try journal.write(toFile: root + "/.transaction/journal.json", atomically: true, encoding: .utf8)
                _ = try? Store.open(at: root, user: "t", access: .readOnly)
                #expect(throws: StoreError.self) { try Store.open(at: root, user: "t", access: .perOperation) }
                #expect(!FileManager.default.fileExists(atPath: parent + "/udenfor.json"))
                #expect(FileManager.default.fileExists(atPath: parent + "/offer.txt"), "\(staged) → \(target)")
                #expect(FileManager.default.fileExists(atPath: root + "/.transaction/0.staged"))
                let problems = try Store.open(at: root, user: "t", access: .readOnly).check()
                #expect(problems.contains { $0.path == ".transaction/journal.json" }, "\(staged) → \(target): \(problems)")
            }
        }
    }

    @Test func aHalfMadeStoreNeverCostsTheUsersOwnFiles() throws {
        // A creation cut short at every step, then the user's own file in the folder, then a new creation.
        let counter = FaultPlan.counting()
        let probe = makeTemporaryFolder() + "/store"
        try Store.create(at: probe, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                         user: "t", families: [sampleFamily()], faults: counter).close()
        for step in 1...counter.totalCalls {
            let root = makeTemporaryFolder() + "/store"
            defer { removeFolder((root as NSString).deletingLastPathComponent) }
            _ = try? Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                                  user: "t", families: [sampleFamily()], faults: FaultPlan(.crash, at: nil, occurrence: step))
            guard POSIX.isFolder(root), !POSIX.exists(root + "/store.json") else { continue }
            try "mit eget".write(toFile: root + "/noter.txt", atomically: true, encoding: .utf8)
            try? FileManager.default.createDirectory(atPath: root + "/families", withIntermediateDirectories: true)
            try "min fil".write(toFile: root + "/families/mine.txt", atomically: true, encoding: .utf8)
            #expect(throws: StoreError.self) {
                try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                                 user: "t", families: [sampleFamily()])
            }
            #expect((try? String(contentsOfFile: root + "/noter.txt", encoding: .utf8)) == "mit eget", "step \(step)")
            #expect((try? String(contentsOfFile: root + "/families/mine.txt", encoding: .utf8)) == "min fil", "step \(step)")
        }
    }
}

private final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [FileProblem] = []
    func set(_ v: [FileProblem]) { lock.lock(); value = v; lock.unlock() }
    func get() -> [FileProblem] { lock.lock(); defer { lock.unlock() }; return value }
}
