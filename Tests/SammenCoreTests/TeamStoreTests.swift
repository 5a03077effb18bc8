import Foundation
import Testing
@testable import SammenCore

/// A store a team works in at once: short locks, the modes of a private and a team store, loose modes refused,
/// who the user is. The same with real Unix accounts: Tests/Team/run.sh.
@Suite struct TeamStoreTests {
    /// A team store owned by a group this process is in (its own effective group), so it runs as any user.
    func makeTeamStore(_ families: [Family] = [sampleFamily()], name: String = #function) throws -> String {
        let root = makeTemporaryFolder(name) + "/store"
        try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                         user: "ignored", families: families, group: getegid()).close()
        return root
    }

    func fullMode(_ path: String) -> Int {
        var info = stat()
        lstat(path, &info)
        return Int(info.st_mode & 0o7777)
    }

    @Test func twoProgramsOpenAtOnceBothSaveTheirOwnFamilies() throws {
        let root = try makeStore([sampleFamily(id: "f-a"), sampleFamily(id: "f-b", name: "Familien B", caseNumber: "2025-0002")])
        defer { removeFolder(root) }
        // Both open for writing, as two caseworkers' programs are all day: neither holds the store.
        let mine = try Store.open(at: root, user: "MHA", access: .perOperation)
        let theirs = try Store.open(at: root, user: "JBO", access: .perOperation)
        #expect(Store.lockHolder(at: root) == nil)
        var a = try mine.loadFamily("f-a")
        var b = try theirs.loadFamily("f-b")
        a.contacts.append(Contact(id: "k1", date: date("2026-02-01"), channel: .phone, kind: .followUp, note: "MHA"))
        b.contacts.append(Contact(id: "k2", date: date("2026-02-02"), channel: .sms, kind: .followUp, note: "JBO"))
        try mine.save(a)
        try theirs.save(b)
        #expect(Store.lockHolder(at: root) == nil, "a save gives the lock back")
        let after = try Store.open(at: root, user: "x", access: .readOnly)
        #expect(try after.loadFamily("f-a").contacts.map(\.note) == ["MHA"])
        #expect(try after.loadFamily("f-b").contacts.map(\.note) == ["JBO"])
    }

    @Test func theSameFamilySavedByBothIsATypedConflictNeverAnOverwrite() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let mine = try Store.open(at: root, user: "MHA", access: .perOperation)
        let theirs = try Store.open(at: root, user: "JBO", access: .perOperation)
        var first = try mine.loadFamily("f-test")
        var second = try theirs.loadFamily("f-test")
        first.contacts.append(Contact(id: "k1", date: date("2026-02-01"), channel: .phone, kind: .followUp, note: "først"))
        second.contacts.append(Contact(id: "k2", date: date("2026-02-02"), channel: .phone, kind: .followUp, note: "sidst"))
        try mine.save(first)
        #expect(throws: StoreError.conflict(path: "families/f-test.json")) { try theirs.save(second) }
        #expect(try Store.open(at: root, user: "x", access: .readOnly).loadFamily("f-test").contacts.map(\.note) == ["først"])
        // Reloading gives the colleague's version, and a save on top of it goes through.
        var reloaded = try theirs.loadFamily("f-test")
        reloaded.contacts.append(second.contacts[0])
        try theirs.save(reloaded)
        #expect(try Store.open(at: root, user: "x", access: .readOnly).loadFamily("f-test").contacts.count == 2)
    }

    @Test func aWriteWaitsForAColleaguesWriteInsteadOfFailing() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        // A colleague's save in progress: the lock is held by another open file description.
        let fd = open(root + "/lock", O_RDWR)
        #expect(flock(fd, LOCK_EX) == 0)
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            usleep(100_000)
            flock(fd, LOCK_UN)
            close(fd)
            released.signal()
        }
        var family = try store.loadFamily("f-test")
        family.contacts.append(Contact(id: "k1", date: date("2026-02-01"), channel: .phone, kind: .followUp, note: ""))
        try store.save(family)
        released.wait()
        #expect(try Store.open(at: root, user: "x", access: .readOnly).loadFamily("f-test").contacts.count == 1)
    }

    @Test func aTeamStoreIsGroupOwned2770And0660WhateverTheUmask() throws {
        let old = umask(0o077)
        defer { umask(old) }
        let root = try makeTeamStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "x", access: .perOperation)
        #expect(store.isTeamStore)
        try store.save(try store.loadFamily("f-test"))
        try store.log(.read, family: "f-test")
        store.close()
        #expect(fullMode(root) == 0o2770)
        for relative in allPaths(root) {
            let path = root + "/" + relative
            let expected = FileManager.default.isDirectory(path) ? 0o2770 : 0o660
            #expect(fullMode(path) == expected, "\(relative) has mode \(String(fullMode(path), radix: 8))")
            var info = stat()
            lstat(path, &info)
            #expect(info.st_gid == getegid(), "\(relative) belongs to the team's group")
        }
    }

    @Test func aPrivateStoreStaysTheOwnersAlone() throws {
        let old = umask(0)
        defer { umask(old) }
        let root = try makeStore()
        defer { removeFolder(root) }
        #expect(!Store.isTeamStore(at: root))
        #expect(fullMode(root) == 0o700)
        #expect(fullMode(root + "/families/f-test.json") == 0o600)
    }

    @Test func aStoreOthersCanReadIsRefusedWithTheFix() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        chmod(root + "/families/f-test.json", 0o644)
        do {
            _ = try Store.open(at: root, user: "x", access: .readOnly)
            Issue.record("a family file others can read must be refused")
        } catch StoreError.looseModes(let found, let fix) {
            #expect(found.map(\.path) == ["families/f-test.json"])
            #expect(fix.hasPrefix("chmod -R go-rwx "))
            let message = StoreError.looseModes(found: found, fix: fix).message(in: .da)
            #expect(message.contains("families/f-test.json") && message.contains("0644") && message.contains("Ret det med: chmod -R go-rwx"))
        }
        chmod(root + "/families/f-test.json", 0o600)
        chmod(root, 0o750)
        #expect(throws: StoreError.self) { try Store.open(at: root, user: "x", access: .readOnly) }
        chmod(root, 0o700)
        _ = try Store.open(at: root, user: "x", access: .readOnly)
    }

    @Test func aTeamStoreRefusesOthersAndAnotherGroup() throws {
        let root = try makeTeamStore()
        defer { removeFolder(root) }
        chmod(root + "/team.json", 0o664)
        #expect {
            try Store.open(at: root, user: "x", access: .readOnly)
        } throws: { error in
            guard case StoreError.looseModes(let found, let fix)? = error as? StoreError else { return false }
            return found.map(\.path) == ["team.json"] && fix.contains("o-rwx") && fix.contains("chgrp")
        }
        chmod(root + "/team.json", 0o660)
        // Group rights are what a team store is for: 0660 and 2770 open.
        _ = try Store.open(at: root, user: "x", access: .readOnly)
        // A file of another group (root may give it one; an ordinary account only its own groups).
        if geteuid() == 0 {
            chown(root + "/families/f-test.json", uid_t.max, getegid() == 1 ? 2 : 1)
            #expect(throws: StoreError.self) { try Store.open(at: root, user: "x", access: .readOnly) }
        }
    }

    @Test func inATeamStoreTheUserIsTheAccountWhateverTheCallerSays() throws {
        let root = try makeTeamStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "someoneelse", access: .perOperation)
        let login = OSAccount.current().login
        #expect(store.user == login)
        #expect(store.login == login)
        try store.log(.read, family: "f-test")
        let entries = try store.accessLogEntries()
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.user == login && $0.login == login }, "\(entries)")
    }

    @Test func inAPrivateStoreTheNameGivenIsUsedAndTheLoginRecordedBeside() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        try store.log(.read, family: "f-test")
        let last = try #require(try store.accessLogEntries().last)
        #expect(last.user == "MHA")
        #expect(last.login == OSAccount.current().login)
    }

    @Test func theOSAccountIsGetpwuidOfTheEffectiveUser() {
        let account = OSAccount.current()
        #expect(account.uid == geteuid())
        let expected = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) }
        #expect(account.login == expected)
        #expect(OSAccount.isInGroup(getegid()))
    }

    @Test func userNamesFromTheCommandLineAreNamesAndNothingElse() {
        for good in ["MHA", "Mette Hansen", "Søren Ærø", "o'brien", "jens.b-k"] {
            #expect(UserName.validate(good, source: "--user") == .success(good))
        }
        #expect(UserName.validate("  MHA ", source: "--user") == .success("MHA"))
        let bad = ["", "   ", "MHA\nX\tchange", "MHA\tX", "a\u{1B}]0;title\u{07}", "a\u{85}b", "evil\u{202E}txt",
                   "zero\u{200B}width", "a\u{2028}b", "cr\r", String(repeating: "x", count: 65)]
        for name in bad {
            guard case .failure(let error) = UserName.validate(name, source: "$SAMMEN_USER") else {
                Issue.record("accepted \(name.debugDescription)")
                continue
            }
            #expect(error.phrase.da.hasPrefix("brugernavnet fra $SAMMEN_USER "))
        }
        #expect(UserName.validate(String(repeating: "x", count: 64), source: "--user") == .success(String(repeating: "x", count: 64)))
    }

    @Test func theFileSystemTypeIsReadFromStatfs() {
        // /proc is procfs everywhere (PROC_SUPER_MAGIC): proves the statfs layout Sammen reads.
        #expect(NetworkFileSystem.fileSystemType("/proc") == 0x9FA0)
        #expect(NetworkFileSystem.fileSystemType("/no/such/folder") == nil)
        #expect(NetworkFileSystem.kind(of: "/proc") == nil)
        #expect(NetworkFileSystem.kinds[0x6969] == "NFS" && NetworkFileSystem.kinds[0xFF53_4D42] == "CIFS")
    }
}

/// The interactive program's save (Store.save, no session lock) stopped at every system call while a colleague's
/// program has the same team store open: the family is old or new, the colleague's program saves its own family
/// afterwards without a conflict, and the store checks clean.
@Suite struct SaveWhileAnotherProgramIsOpenTests {
    @Test func aCrashAtEveryStepOfASaveLeavesOldOrNewAndTheColleagueSaves() throws {
        func makeTeam(_ name: String) throws -> String {
            let root = makeTemporaryFolder(name) + "/store"
            try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                             user: "x", families: [sampleFamily(id: "f-a"), sampleFamily(id: "f-b", name: "Familien B", caseNumber: "2025-0002")],
                             group: getegid()).close()
            return root
        }
        let probe = try makeTeam("saveProbe")
        defer { removeFolder((probe as NSString).deletingLastPathComponent) }
        let counter = FaultPlan.counting()
        let counting = try Store.open(at: probe, user: "x", access: .perOperation)
        var family = try counting.loadFamily("f-a")
        family.name = "Familien Ny"
        counting.faults = counter
        try counting.save(family)
        #expect(counter.totalCalls >= 4)
        for step in 1...counter.totalCalls {
            let root = try makeTeam("saveStep\(step)")
            defer { removeFolder((root as NSString).deletingLastPathComponent) }
            let before = fileBytes(root + "/families/f-a.json")!
            let colleague = try Store.open(at: root, user: "x", access: .perOperation)
            var theirs = try colleague.loadFamily("f-b")
            let mine = try Store.open(at: root, user: "x", access: .perOperation)
            var changed = try mine.loadFamily("f-a")
            changed.name = "Familien Ny"
            mine.faults = FaultPlan(.crash, at: nil, occurrence: step)
            #expect(throws: SimulatedCrash.self) { try mine.save(changed) }
            let now = try Store.open(at: root, user: "x", access: .readOnly).loadFamily("f-a")
            #expect(fileBytes(root + "/families/f-a.json") == before || now.name == "Familien Ny", "step \(step)")
            theirs.name = "Familien B2"
            try colleague.save(theirs)
            let after = try Store.open(at: root, user: "x", access: .perOperation)
            #expect(after.check().isEmpty, "step \(step): \(after.check())")
            #expect(after.summary("f-b")?.name == "Familien B2")
            #expect(!allPaths(root).contains { $0.contains(".sammen-tmp-") }, "step \(step)")
            var info = stat()
            lstat(root + "/families/f-a.json", &info)
            #expect(info.st_mode & 0o777 == 0o660 && info.st_gid == getegid(), "step \(step)")
        }
    }
}
