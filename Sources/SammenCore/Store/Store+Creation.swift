import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Creating a store: a new, empty one (`sammen init`), or one filled by an import. store.json is written last,
/// so a creation cut short leaves a folder that the next creation recognises by its marker and clears.
extension Store {
    /// Creates a new, empty store in `root` (the folder may exist if it is empty).
    ///
    /// store.json is written last: its rename is the commit point, and a folder without it is not a store.
    /// Until then the folder holds a marker (`.sammen-creating`), so a creation cut short by a crash is
    /// recognised and cleared by the next creation; one cut short by an error clears itself. Either way no
    /// half-made store is left for the user to find. The creation is in the access log from the start.
    ///
    /// `group`: a team store, owned by that group (folders 2770, files 0660: StoreModes); nil for a private one.
    @discardableResult
    public static func create(at root: String, meta: StoreMeta, team: Team, user: String,
                              families: [Family] = [], importDetail: String? = nil, group: gid_t? = nil,
                              faults: FaultPlan? = nil) throws -> Store {
        var next = 0
        try make(at: root, meta: meta, team: team, user: user, familyIDs: families.map(\.id), nextFamily: {
            defer { next += 1 }
            return families[next]
        }, importDetail: importDetail, group: group, faults: faults)
        do {
            return try open(at: root, user: user, access: .perOperation)
        } catch StoreError.io(_, let path, let code) {
            // The store is made (store.json is in place); only opening it failed. Say so, not "could not create".
            throw StoreError.unfinished(path: path, errno: code)
        }
    }

    /// A new private store made by a streamed import (#15.17): each family is made only when it is written
    /// (`nextFamily` returns the family with `familyIDs[n]` on its n-th call, and may throw: then nothing is
    /// left, as for any creation that fails). The store is not opened afterwards.
    public static func createFromImport(at root: String, meta: StoreMeta, team: Team, user: String,
                                        familyIDs: [FamilyID], nextFamily: () throws -> Family, importDetail: String,
                                        faults: FaultPlan? = nil) throws {
        try make(at: root, meta: meta, team: team, user: user, familyIDs: familyIDs, nextFamily: nextFamily,
                 importDetail: importDetail, group: nil, faults: faults)
    }

    /// `create` up to, not including, opening the store.
    private static func make(at root: String, meta: StoreMeta, team: Team, user: String, familyIDs: [FamilyID],
                             nextFamily: () throws -> Family, importDetail: String?, group: gid_t?,
                             faults: FaultPlan?) throws {
        let metaPath = root + "/" + StoreFormat.metaFile
        if POSIX.exists(metaPath) { throw StoreError.alreadyAStore(path: root) }
        let notEmpty = StoreError.invalid(Phrase(da: "Mappen \(root) er ikke tom; vælg en tom eller ny mappe til arkivet.",
                                                   en: "The folder \(root) is not empty; choose an empty or new folder for the store."))
        let createdRoot = !POSIX.isFolder(root)
        if !createdRoot && !isEmptyOrHalfMade(root) { throw notEmpty }

        let codec = RecordCodec(policy: .standard)
        var files: [(path: String, data: Data)] = [(StoreFormat.teamFile, try codec.encode(team))]
        // The families are encoded one at a time as they are written (createLocked), never all at once (#15.17).
        for id in familyIDs {
            guard Family.isValidID(id) else { throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(id)»", en: "Invalid family id «\(id)»")) }
        }
        let now = AccessLog.timestamp()
        let login = OSAccount.current().login
        // A team store's log names the account from the first line (StoreModes; Store.open does the same).
        let user = group == nil ? user : login
        var log = try AccessLog.line(AccessLogEntry(time: now, user: user, login: login, action: .create,
                                                    detail: "nyt arkiv med \(familyIDs.count) familier"))
        if let importDetail {
            log.append(try AccessLog.line(AccessLogEntry(time: now, user: user, login: login, action: .import, detail: importDetail)))
        }
        files.append((StoreFormat.logFolder + "/" + AccessLog.monthFileName(AccessLog.month(of: now) ?? "0000-00"), log))
        let metaData = try codec.encode(meta)

        let parent = (root as NSString).deletingLastPathComponent
        if !POSIX.isFolder(parent) { try makeFolders(parent) }
        let modes = group.map { StoreModes.team(group: $0) } ?? .privateStore
        try POSIX.makeFolder(root, shown: root, mode: modes.folder)
        // An empty folder that was there already gets the store's modes too (the group first: chmod's setgid
        // bit only holds for a group the owner is in).
        if let group { try POSIX.check(chown(root, uid_t.max, group), .setPermissions, root) }
        try POSIX.check(chmod(root, modes.folder), .setPermissions, root)
        let lock: StoreLock
        do {
            lock = try StoreLock.acquire(root: root, user: user, wait: 0)
        } catch {
            // Only an empty folder of ours goes (rmdir): another instance may be making the store right now.
            if createdRoot { rmdir(root) }
            throw error
        }
        do {
            defer { lock.release() }
            try createLocked(root: root, metaPath: metaPath, metaData: metaData, files: files, familyIDs: familyIDs,
                             nextFamily: nextFamily, codec: codec, notEmpty: notEmpty, createdRoot: createdRoot, faults: faults)
        }
    }

    /// The part of `create` done under the lock.
    private static func createLocked(root: String, metaPath: String, metaData: Data, files: [(path: String, data: Data)],
                                     familyIDs: [FamilyID], nextFamily: () throws -> Family, codec: RecordCodec, notEmpty: StoreError, createdRoot: Bool,
                                     faults: FaultPlan?) throws {
        // Under the lock: another instance may have made the store meanwhile.
        if POSIX.exists(metaPath) { throw StoreError.alreadyAStore(path: root) }
        if !isEmptyOrHalfMade(root) { throw notEmpty }
        clearHalfMade(root)
        // What is left after Sammen's own files went is the user's: it stays, and the folder is not empty.
        if !isEmpty(root) { throw notEmpty }
        do {
            // The marker names every file this creation will write before any is written: a later creation
            // removes those and nothing else (#15.11).
            try AtomicFile.write(markerData(files.map(\.path), familyIDs: familyIDs), to: root + "/" + creatingMarker, shown: creatingMarker, faults: faults)
            try POSIX.makeFolder(root + "/" + StoreFormat.familiesFolder, shown: StoreFormat.familiesFolder)
            try POSIX.makeFolder(root + "/" + StoreFormat.logFolder, shown: StoreFormat.logFolder)
            for file in files {
                try AtomicFile.write(file.data, to: root + "/" + file.path, shown: file.path, faults: faults)
            }
            for id in familyIDs {
                let family = try nextFamily()
                guard family.id == id else {
                    throw StoreError.invalid(Phrase(verbatim: "import: family \(family.id) came in place of \(id)"))
                }
                let shown = StoreFormat.familyPath(family.id)
                let data = try codec.encode(family)
                try checkSize(data, shown: shown)
                try AtomicFile.write(data, to: root + "/" + shown, shown: shown, faults: faults)
            }
            try AtomicFile.write(metaData, to: metaPath, shown: StoreFormat.metaFile, faults: faults)
        } catch let error as SimulatedCrash {
            throw error
        } catch {
            // Not a store: leave the folder as it was found (gone, or empty). store.json was not there when this
            // creation began under the lock, so one there now is this creation's (its folder's fsync failed).
            unlink(metaPath)
            clearHalfMade(root)
            if createdRoot {
                unlink(root + "/" + StoreLock.fileName)
                rmdir(root)
            }
            if case StoreError.notDurable(let path, let code) = error {
                throw StoreError.io(step: .syncToDisk, path: path, errno: code)
            }
            throw error
        }
        // The store exists. The marker goes; if it stays (a crash now), the next writer removes it.
        unlink(root + "/" + creatingMarker)
        try? POSIX.fsyncFolder(root, shown: "arkivmappen", faults: nil)
    }

    /// Marks a folder in which a store is being created (see `create`).
    static let creatingMarker = ".sammen-creating"

    /// True when `root` holds nothing, or only what a creation cut short leaves: the lock file, temp files,
    /// and, when the marker is there, the half-made store.
    private static func isEmptyOrHalfMade(_ root: String) -> Bool {
        guard let names = try? POSIX.list(root, shown: root) else { return false }
        let rest = names.filter { !$0.hasPrefix(AtomicFile.tempPrefix) && !($0 == StoreLock.fileName && StoreLock.isOurs(root: root)) }
        return rest.isEmpty || rest.contains(creatingMarker)
    }

    /// True when `root` holds nothing but the lock file and temp files.
    private static func isEmpty(_ root: String) -> Bool {
        guard let names = try? POSIX.list(root, shown: root) else { return false }
        return names.allSatisfy { $0.hasPrefix(AtomicFile.tempPrefix) || ($0 == StoreLock.fileName && StoreLock.isOurs(root: root)) }
    }

    /// The marker's contents: the paths the creation writes, one per line.
    static func markerData(_ paths: [String], familyIDs: [FamilyID] = []) -> Data {
        // Written a path at a time: a store made by a large import lists some 28,000 family files here (#15.17).
        var bytes: [UInt8] = []
        func add(_ path: String) {
            bytes.append(contentsOf: path.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        for path in paths { add(path) }
        for id in familyIDs { add(StoreFormat.familyPath(id)) }
        return Data(bytes)
    }

    /// The files a half-made store's marker says Sammen wrote, each a file of a store (a marker naming
    /// `../x` names nothing). A marker of an older Sammen is empty: then Sammen's fixed names.
    static func trackedByMarker(_ root: String) -> [String] {
        let marker = root + "/" + creatingMarker
        guard let data = try? POSIX.readFile(marker, shown: creatingMarker, limit: 16 << 20) else { return [] }
        let listed = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        if !listed.isEmpty {
            return listed.filter { StoreFormat.isTransactionTarget($0) || $0 == StoreFormat.accessLogFile || StoreFormat.isLogMonthFile($0) }
        }
        let families = ((try? POSIX.list(root + "/" + StoreFormat.familiesFolder, shown: StoreFormat.familiesFolder)) ?? [])
            .map { StoreFormat.familiesFolder + "/" + $0 }.filter(StoreFormat.isTransactionTarget)
        return [StoreFormat.teamFile, StoreFormat.accessLogFile] + families
    }

    /// Removes what a half-made store's marker says Sammen wrote, its temp files and its empty families folder,
    /// then the marker. Nothing else: a file the user put in the folder stays (never the lock file either,
    /// which may be held). store.json is never removed: with it the folder is a store.
    private static func clearHalfMade(_ root: String) {
        AtomicFile.sweepTemps(in: root)
        guard POSIX.exists(root + "/" + creatingMarker) else { return }
        for path in trackedByMarker(root) where path != StoreFormat.metaFile {
            var info = stat()
            // Only what Sammen writes (regular files); a folder or anything else by that name is left alone.
            guard lstat(root + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(root + "/" + path)
        }
        for folder in [StoreFormat.familiesFolder, StoreFormat.logFolder] {
            let path = root + "/" + folder
            if POSIX.specialFolderProblem(path, shown: folder) == nil && POSIX.exists(path) {
                AtomicFile.sweepTemps(in: path)
                rmdir(path)
            }
        }
        AtomicFile.sweepTemps(in: root)
        unlink(root + "/" + creatingMarker)
    }

    private static func makeFolders(_ path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !POSIX.isFolder(parent) && parent != path { try makeFolders(parent) }
        try POSIX.makeFolder(path, shown: path)
    }
}
