import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The JSON-file store: the only way Sammen reads and writes records. See StoreFormat for the layout and
/// docs/reliability.md for what it promises: whole-file atomic and durable saves, one writer at a time,
/// no clobbering of a file changed on disk, damaged files reported and never overwritten, forward-only
/// migrations with a backup first, private (0600/0700) or team (0660/2770, StoreModes) permissions whatever
/// the umask, and an access log under the real identity (OSAccount).
///
/// No instance holds the store: every write takes the store's lock (StoreLock) for the milliseconds it writes,
/// and the optimistic check (the file is still what this instance read) guards it. So any number of programs,
/// interactive or not, of one account or several, work in one store at once.
/// Creating a store: Store+Creation.swift; reading the caseload and keeping the derived index: Store+Loading.swift;
/// migrations: Store+Migration.swift.
public final class Store: CaseloadStore {
    /// `.perOperation` takes the lock for each write only, waiting up to `lockWait` seconds for a colleague's
    /// write to end.
    public typealias Access = StoreAccess

    public let root: String
    /// The name in the access log and on what this user records: in a team store the login's initials from
    /// team.json (or the login), in a private or training store the name the user gave.
    public internal(set) var user: String
    /// The login of the account the process runs as (getpwuid(geteuid())), in every store.
    public let login: String
    /// A team's store (its folder gives a group rights): identity comes from the operating system only.
    public let isTeamStore: Bool
    public let access: Access
    public internal(set) var meta: StoreMeta
    public internal(set) var team: Team
    /// Files that could not be read, with where and why. The rest of the store keeps working.
    public internal(set) var problems: [FileProblem] = []
    /// Notes for the user that are not errors (an unfinished import finished, a migration done…).
    public internal(set) var notices: [Phrase] = []

    let policy: SchemaPolicy
    let codec: RecordCodec
    /// Tests set this to make system calls fail or to simulate a crash mid-save.
    public var faults: FaultPlan?
    public var lockWait: TimeInterval = 10

    var index: FamilyIndex
    var indexDirty = false
    /// False in a store opened `.onDemand` until something asks for the whole caseload: `index` then holds only
    /// the families read or written, and is never written to disk.
    var caseloadLoaded = true
    /// Why the caseload could not be loaded on demand (a loose file mode, an unreadable folder): every write
    /// is refused with it, as the open would have been.
    var caseloadError: Error?
    /// Fingerprints of the files as this instance last read or wrote them (optimistic concurrency).
    var loadedHashes: [String: UInt64] = [:]
    /// The schema version of a family file as this instance read or wrote it, with the fingerprint it had then:
    /// a save checks the file is unchanged and needs its version without parsing it a third time.
    var loadedVersions: [String: (hash: UInt64, version: Int)] = [:]
    /// The families as this instance last read or wrote them, so a save can mark what it adds with who added it.
    var loadedFamilies: [FamilyID: Family] = [:]
    /// How deep this instance is inside `withWriteLock` (the lock is taken once, at the outermost level).
    private var lockDepth = 0
    /// The schema version of store.json as it is on disk (`meta` holds it migrated, in memory).
    var metaDiskVersion: Int
    let accessLog: AccessLog

    // MARK: Opening

    /// Opens the store in `root`. `user` is the name for a private or training store; a team store ignores it
    /// and takes the account's login (the command line refuses `--user` there before it gets here).
    /// Refused: a store whose modes let others in (`.looseModes`), a team store whose group the account is not
    /// in (`.notInGroup`).
    /// `caseload: .onDemand` (a command that changes one family it names by id, `sammen followup`) reads
    /// neither the folder nor the index: only the families asked for are read, so the command takes as long at
    /// 100,000 families as at 100. Asking for every summary loads the caseload then. A store that must be
    /// migrated first is opened whole.
    public static func open(at root: String, user: String, access: Access, policy: SchemaPolicy = .standard,
                            faults: FaultPlan? = nil, caseload: CaseloadLoading = .whole) throws -> Store {
        var rootInfo = stat()
        guard stat(root, &rootInfo) == 0, (rootInfo.st_mode & S_IFMT) == S_IFDIR else {
            if POSIX.exists(root) { throw StoreError.notAStore(path: root) }
            throw StoreError.io(step: .openStore, path: root, errno: ENOENT)
        }
        let account = OSAccount.current()
        let isTeamStore = StoreModes.of(rootInfo).isTeam
        if isTeamStore && !account.isRoot && rootInfo.st_uid != account.uid && !OSAccount.isInGroup(rootInfo.st_gid) {
            throw StoreError.notInGroup(login: account.login, group: StorePermissions.groupName(rootInfo.st_gid), path: root)
        }
        let metaPath = root + "/" + StoreFormat.metaFile
        guard POSIX.exists(metaPath) else { throw StoreError.notAStore(path: root) }
        try StorePermissions.check(root: root)
        let codec = RecordCodec(policy: policy)
        let metaData = try POSIX.readFile(metaPath, shown: StoreFormat.metaFile)
        let decodedMeta = try codec.decode(StoreMeta.self, from: metaData, shown: StoreFormat.metaFile)
        let meta = decodedMeta.value
        guard meta.format == StoreFormat.formatName else { throw StoreError.notAStore(path: root) }
        if access != .readOnly && !meta.allowsWriting(by: StoreFormat.programVersion) {
            throw StoreError.programTooOld(required: meta.minimumWriterVersion ?? "", running: StoreFormat.programVersion)
        }
        // In a team store the account must be in team.json before anything else is read (root, the IT contact,
        // may always come in: it adds the members).
        var name = user
        if isTeamStore {
            name = account.login
            if !account.isRoot {
                let teamData = try POSIX.readFile(root + "/" + StoreFormat.teamFile, shown: StoreFormat.teamFile)
                let members = try codec.decode(Team.self, from: teamData, shown: StoreFormat.teamFile).value.members
                guard let member = members.first(where: { $0.login == account.login }) else {
                    throw StoreError.notAMember(login: account.login, path: root)
                }
                name = member.initials
            }
        }

        let store = Store(root: root, user: name, login: account.login,
                          isTeamStore: isTeamStore, access: access, meta: meta, policy: policy, faults: faults)
        store.metaDiskVersion = decodedMeta.diskVersion
        store.loadedHashes[StoreFormat.metaFile] = FNV.hash(metaData)
        if let kind = NetworkFileSystem.kind(of: root) { store.notices.append(NetworkFileSystem.warning(kind)) }
        let onDemand = caseload == .onDemand && decodedMeta.diskVersion == policy.current
        if access != .readOnly {
            try store.withWriteLock { try store.tidyUp(sweepingFamilies: !onDemand) }
        } else if Transaction.isPending(root: root) {
            store.finishPendingTransactionAsReader()
        }
        // A finished transaction may have replaced store.json (an upgrade): read it as it is now.
        if let now = try? POSIX.readFile(metaPath, shown: StoreFormat.metaFile), FNV.hash(now) != FNV.hash(metaData) {
            let decoded = try codec.decode(StoreMeta.self, from: now, shown: StoreFormat.metaFile)
            store.meta = decoded.value
            store.metaDiskVersion = decoded.diskVersion
            store.loadedHashes[StoreFormat.metaFile] = FNV.hash(now)
        }
        if onDemand && store.metaDiskVersion == policy.current {
            store.caseloadLoaded = false
            store.loadTeam()
            return store
        }
        try store.loadConsistently()
        if access != .readOnly {
            try store.withWriteLock { try store.migrateOldFiles() }
            // The index is a cache: failing to refresh it (a full disk) must not stop the store from opening.
            try? store.flushIndex()
        } else {
            store.refreshIndexAsReader()
        }
        return store
    }

    private init(root: String, user: String, login: String, isTeamStore: Bool, access: Access, meta: StoreMeta,
                 policy: SchemaPolicy, faults: FaultPlan?) {
        self.root = root
        self.user = user
        self.login = login
        self.isTeamStore = isTeamStore
        self.access = access
        self.meta = meta
        self.policy = policy
        self.codec = RecordCodec(policy: policy)
        self.faults = faults
        self.team = Team(name: "", targetCaseload: 0)
        self.index = FamilyIndex(schemaVersion: policy.current, entries: [:])
        self.metaDiskVersion = meta.schemaVersion
        self.accessLog = AccessLog(root: root)
    }

    /// Writes the index if it changed. Safe to call twice.
    public func close() {
        try? flushIndex()
    }

    /// Whether this account may write the store (its folder and the families folder): a store the user may
    /// only read opens read-only, and the program says why.
    public static func mayWrite(at root: String) -> Bool {
        faccessat(AT_FDCWD, root, W_OK, AT_EACCESS) == 0
            && faccessat(AT_FDCWD, root + "/" + StoreFormat.familiesFolder, W_OK, AT_EACCESS) == 0
    }

    /// Whether the folder is a team's store (it gives a group rights), without opening it: the command line
    /// asks before it decides where the user's name comes from.
    public static func isTeamStore(at root: String) -> Bool { StoreModes.isTeamStore(at: root) }

    /// Who holds the store's write lock now, if anyone.
    public static func lockHolder(at root: String) -> LockHolder? { StoreLock.currentHolder(root: root) }

    public var isWritable: Bool { access != .readOnly }

    // MARK: Reading

    /// Every readable family's summary, in no particular order. Reading it is logged by the caller's action.
    public var summaries: [FamilySummary] {
        loadCaseloadIfNeeded()
        return index.entries.values.map(\.summary)
    }

    public func summary(_ id: FamilyID) -> FamilySummary? {
        if let entry = index.entries[id] { return entry.summary }
        return caseloadLoaded ? nil : summaryOnDemand(id)
    }

    /// Loads a family's whole record and remembers its fingerprint for a later save. Logged as a read.
    public func loadFamily(_ id: FamilyID, logAs action: AccessAction? = .read) throws -> Family {
        guard Family.isValidID(id) else { throw StoreError.unknownFamily(id) }
        let shown = StoreFormat.familyPath(id)
        let path = root + "/" + shown
        guard POSIX.exists(path) else { throw StoreError.unknownFamily(id) }
        let data = try POSIX.readFile(path, shown: shown)
        let decoded = try codec.decode(Family.self, from: data, shown: shown)
        try Store.checkID(decoded.value, shown: shown)
        let hash = FNV.hash(data)
        loadedHashes[shown] = hash
        loadedVersions[shown] = (hash, decoded.diskVersion)
        loadedFamilies[id] = decoded.value
        if let action { try log(action, family: id) }
        return decoded.value
    }

    // MARK: Writing

    /// Saves a family loaded with `loadFamily` (or a new one). Refuses to overwrite a file that changed on
    /// disk since this instance read it. Whole-file atomic and durable; logged as a change.
    public func save(_ family: Family) throws {
        try write(family, creating: false)
    }

    /// Adds a new family; fails if a family with that id exists.
    public func create(_ family: Family) throws {
        try write(family, creating: true)
    }

    /// `readFirst`: the read of the family a change is made to (`update`), logged in the same append and fsync
    /// as the change, just before it; `readLogged` says whether it was.
    private func write(_ family: Family, creating: Bool, readFirst: AccessLogEntry? = nil) throws {
        var logged = false
        try write(family, creating: creating, readFirst: readFirst, readLogged: &logged)
    }

    private func write(_ family: Family, creating: Bool, readFirst: AccessLogEntry?, readLogged: inout Bool) throws {
        guard isWritable else { throw StoreError.readOnly }
        try checkModesOnDemand(family.id)
        guard Family.isValidID(family.id) else { throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(family.id)»", en: "Invalid family id «\(family.id)»")) }
        let shown = StoreFormat.familyPath(family.id)
        var record = family
        record.schemaVersion = policy.current
        if creating || loadedFamilies[family.id] != nil {
            record.stampAuthorship(since: loadedFamilies[family.id], initials: user, login: login)
        }
        let data = try codec.encode(record)
        try Store.checkSize(data, shown: shown)
        try withWriteLock {
            let diskVersion = try checkUnchanged(shown, creating: creating)
            if let diskVersion, diskVersion < policy.current { try backUp([shown], fromVersion: diskVersion) }
            // The access log first: a change is never on disk without its entry. A crash between the two
            // leaves an entry for a change that did not happen; an access log may over-report, never under-report.
            let change = AccessLogEntry(time: AccessLog.timestamp(), user: user, login: login,
                                        action: creating ? .create : .change, family: family.id)
            if let readFirst {
                try accessLog.append([readFirst, change])
                readLogged = true
            } else {
                try accessLog.append(change)
            }
            do {
                try AtomicFile.write(data, to: root + "/" + shown, shown: shown, faults: faults)
            } catch StoreError.notDurable(let path, let code) {
                // Written, but maybe not durable: the file on disk is ours now, so a retry is not a conflict.
                recordWritten(family.id, record, data: data, shown: shown)
                throw StoreError.notDurable(path: path, errno: code)
            }
            recordWritten(family.id, record, data: data, shown: shown)
        }
    }

    private func recordWritten(_ id: FamilyID, _ record: Family, data: Data, shown: String) {
        let hash = FNV.hash(data)
        loadedHashes[shown] = hash
        loadedVersions[shown] = (hash, policy.current)
        loadedFamilies[id] = record
        refreshEntry(id, family: record)
        problems.removeAll { $0.path == shown }
    }

    /// Loads a family, applies `change` and saves it, all under one hold of the write lock, so no other
    /// instance can save the family in between: what a command that adds to the latest record needs (the
    /// command line's `followup`). Logged as a read and a change. Returns the family as saved.
    @discardableResult
    public func update(_ id: FamilyID, _ change: (inout Family) throws -> Void) throws -> Family {
        guard isWritable else { throw StoreError.readOnly }
        try checkModesOnDemand(id)
        return try withWriteLock {
            var family = try loadFamily(id, logAs: nil)
            // The read is logged with the change, one append and one fsync for both (#19): nothing is shown
            // before both lines are on disk. A change that is not written has its read logged alone.
            let read = AccessLogEntry(time: AccessLog.timestamp(), user: user, login: login, action: .read, family: id)
            var readLogged = false
            do {
                try change(&family)
                try write(family, creating: false, readFirst: read, readLogged: &readLogged)
            } catch {
                if !readLogged { try accessLog.append(read) }
                throw error
            }
            return loadedFamilies[id] ?? family
        }
    }

    /// Saves the team file, with the same guarantees.
    public func saveTeam(_ newTeam: Team) throws {
        guard isWritable else { throw StoreError.readOnly }
        var record = newTeam
        record.schemaVersion = policy.current
        let data = try codec.encode(record)
        try withWriteLock {
            _ = try checkUnchanged(StoreFormat.teamFile, creating: false)
            try log(.change, detail: "team")
            do {
                try AtomicFile.write(data, to: root + "/" + StoreFormat.teamFile, shown: StoreFormat.teamFile, faults: faults)
            } catch StoreError.notDurable(let path, let code) {
                loadedHashes[StoreFormat.teamFile] = FNV.hash(data)
                team = record
                throw StoreError.notDurable(path: path, errno: code)
            }
            loadedHashes[StoreFormat.teamFile] = FNV.hash(data)
            team = record
        }
    }

    public var familyIDs: [FamilyID] {
        loadCaseloadIfNeeded()
        return Array(index.entries.keys)
    }

    /// Logs an action on the store (a list, a search with its criterion, an export). Read-only instances log
    /// too (reading is a use of personal data), and a read that cannot be logged is not shown: the failure is
    /// thrown to the caller, which shows nothing.
    public func log(_ action: AccessAction, family: FamilyID?, detail: String?) throws {
        let entry = AccessLogEntry(time: AccessLog.timestamp(), user: user, login: login, action: action, family: family, detail: detail)
        try accessLog.append(entry)
    }

    /// The access log, optionally only the entries about one family (a data subject's request).
    public func accessLogEntries(family: FamilyID? = nil) throws -> [AccessLogEntry] {
        let all = try accessLog.entries()
        guard let family else { return all }
        return all.filter { $0.family == family }
    }

    // MARK: Internals

    func withWriteLock<T>(_ body: () throws -> T) throws -> T {
        if lockDepth > 0 { return try body() }
        let lock = try StoreLock.acquire(root: root, user: user, wait: lockWait)
        lockDepth += 1
        defer {
            lockDepth -= 1
            lock.release()
        }
        return try body()
    }

    /// Throws `.conflict` when the file on disk is not what this instance last read; returns its schema
    /// version when it exists.
    func checkUnchanged(_ shown: String, creating: Bool) throws -> Int? {
        let path = root + "/" + shown
        guard POSIX.exists(path) else {
            if creating || loadedHashes[shown] == nil { return nil }
            throw StoreError.conflict(path: shown)
        }
        if creating { throw StoreError.conflict(path: shown) }
        let data = try POSIX.readFile(path, shown: shown)
        guard let loaded = loadedHashes[shown], loaded == FNV.hash(data) else {
            throw StoreError.conflict(path: shown)
        }
        if let known = loadedVersions[shown], known.hash == loaded { return known.version }
        return (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["schemaVersion"] as? Int
    }

    /// Never write a record the store would refuse to read back (POSIX.readFile's limit): that would be a
    /// save that loses the family.
    static func checkSize(_ data: Data, shown: String) throws {
        if data.count > POSIX.recordLimit {
            throw StoreError.invalid(Phrase(da: "\(shown) ville fylde \(data.count >> 20) MB; en Sammen-fil må højst fylde \(POSIX.recordLimit >> 20) MB, så den er ikke gemt.",
                                            en: "\(shown) would take \(data.count >> 20) MB; a Sammen file may take at most \(POSIX.recordLimit >> 20) MB, so it is not saved."))
        }
    }

    static func checkID(_ family: Family, shown: String) throws {
        let expected = ((shown as NSString).lastPathComponent as NSString).deletingPathExtension
        if family.id != expected {
            throw StoreError.unreadable(FileProblem(
                path: shown,
                reason: Phrase(da: "familiens id «\(family.id)» passer ikke med filnavnet (ventede «\(expected)»)",
                               en: "the family's id «\(family.id)» does not match the file name (expected «\(expected)»)")))
        }
    }

    /// Under the lock, right after opening for writing: finish or discard an interrupted transaction, sweep
    /// temp files a crash left, purge old access-log entries.
    private func tidyUp(sweepingFamilies: Bool) throws {
        if POSIX.exists(root + "/" + StoreFormat.transactionFolder) {
            let pending = Transaction.isPending(root: root)
            try Transaction.recover(root: root, faults: faults)
            if pending { notices.append(Phrase(da: "En afbrudt import eller opgradering er gjort færdig.", en: "An interrupted import or upgrade has been finished.")) }
        }
        // The families folder is listed only by an open that reads the caseload: one for a single family stays
        // flat in N, and the next whole writable open sweeps what a crash left there.
        for folder in ["", "/" + StoreFormat.familiesFolder, "/" + StoreFormat.cacheFolder, "/" + StoreFormat.backupsFolder,
                       "/" + StoreFormat.logFolder] where sweepingFamilies || folder != "/" + StoreFormat.familiesFolder {
            AtomicFile.sweepTemps(in: root + folder)
        }
        // A creation that crashed after store.json was in place: the store is whole, the marker is stale.
        unlink(root + "/" + Store.creatingMarker)
        if try accessLog.moveLegacyFile(faults: faults) > 0 {
            notices.append(Phrase(da: "Adgangsloggen er flyttet til én fil pr. måned i \(StoreFormat.logFolder)/ med alle linjer.",
                                  en: "The access log was moved into one file per month in \(StoreFormat.logFolder)/ with every line."))
        }
        if let notice = try accessLog.purge(now: Date(), faults: faults) { notices.append(notice) }
    }

    /// A reader that finds a committed but unfinished transaction (a crash in the middle of an import) finishes
    /// it when the lock is free, as SQLite's readers roll back a hot journal: otherwise it would show half an
    /// import. When a writer holds the lock, that writer is finishing it now: wait a moment for it.
    private func finishPendingTransactionAsReader() {
        do {
            let lock = try StoreLock.acquire(root: root, user: user, wait: 0)
            defer { lock.release() }
            try Transaction.recover(root: root, faults: faults)
            notices.append(Phrase(da: "En afbrudt import eller opgradering er gjort færdig.", en: "An interrupted import or upgrade has been finished."))
            return
        } catch StoreError.locked {
            let deadline = Date().addingTimeInterval(min(lockWait, 5))
            while Transaction.isPending(root: root) && Date() < deadline { usleep(10_000) }
        } catch {
            // A read-only disk or folder: the next writer will finish it.
        }
        if Transaction.isPending(root: root) {
            notices.append(Phrase(da: "En afbrudt import venter på at blive gjort færdig; den gøres færdig, næste gang arkivet åbnes til skrivning.",
                                  en: "An interrupted import waits to be finished; it is finished the next time the store is opened for writing."))
        }
    }

}

extension Store {
    /// Every problem in the store: files that could not be read, plus what the validator finds in the ones
    /// that could, each with file, line and column. Reads every family; changes nothing; logs nothing.
    /// With `today`, dates that cannot be true (`DateRules`) are reported too: files written before the rules
    /// may hold them.
    public func check(today: LocalDate? = nil) -> [FileProblem] {
        var found = problems
        // Links, FIFOs and the like in place of the store's own files, and a journal pointing out of the store.
        for problem in Store.specialFileProblems(root: root) where !found.contains(where: { $0.path == problem.path }) {
            found.append(problem)
        }
        for id in summaries.map(\.id).sorted() {
            let shown = StoreFormat.familyPath(id)
            guard let data = try? POSIX.readFile(root + "/" + shown, shown: shown) else { continue }
            let family: Family
            do {
                family = try codec.decode(Family.self, from: data, shown: shown).value
            } catch let error as StoreError {
                found.append(Store.problem(from: error, shown: shown))
                continue
            } catch { continue }
            for finding in FamilyValidator.validate(family, team: team) {
                let position = JSONLocator.position(of: finding.path, in: data)
                found.append(FileProblem(path: shown, line: position?.line, column: position?.column, reason: finding.reason))
            }
            if let today {
                for finding in DateRules.findings(in: family, today: today) {
                    let position = JSONLocator.position(of: finding.path, in: data)
                    found.append(FileProblem(path: shown, line: position?.line, column: position?.column, reason: finding.problem.phrase))
                }
            }
        }
        var initials = Set<String>()
        for (i, worker) in team.caseworkers.enumerated() where !initials.insert(worker.initials.uppercased()).inserted {
            found.append(FileProblem(path: StoreFormat.teamFile, reason: Phrase(da: "initialerne «\(worker.initials)» findes to gange (nr. \(i + 1))",
                                                                             en: "the initials «\(worker.initials)» appear twice (no. \(i + 1))")))
        }
        return found
    }
}
