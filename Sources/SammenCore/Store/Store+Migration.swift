import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Forward-only schema migrations of the files on disk, with a whole backup first.
extension Store {
    /// Copies files as they are on disk to `backups/schema-<n>-<time>/` before they are migrated. The copy is
    /// made under a temp name and renamed into place whole, so a backup folder is always complete; a crash
    /// leaves only a temp folder, which the next writer sweeps.
    func backUp(_ shownPaths: [String], fromVersion version: Int) throws {
        let stamp = AccessLog.timestamp().replacingOccurrences(of: ":", with: "")
        let backups = StoreFormat.backupsFolder
        try POSIX.makeFolder(root + "/" + backups, shown: backups)
        var name = "schema-\(version)-\(stamp)"
        var n = 2
        while POSIX.exists(root + "/" + backups + "/" + name) {
            name = "schema-\(version)-\(stamp)-\(n)"
            n += 1
        }
        let folder = backups + "/" + name
        let building = backups + "/" + AtomicFile.tempPrefix + name
        try POSIX.makeFolder(root + "/" + building, shown: folder)
        do {
            for shown in shownPaths {
                let data = try POSIX.readFile(root + "/" + shown, shown: shown)
                let sub = (shown as NSString).deletingLastPathComponent
                if !sub.isEmpty { try POSIX.makeFolder(root + "/" + building + "/" + sub, shown: folder + "/" + sub) }
                try AtomicFile.write(data, to: root + "/" + building + "/" + shown, shown: folder + "/" + shown, faults: faults)
            }
            try POSIX.rename(root + "/" + building, root + "/" + folder, shown: folder, faults: faults)
            try POSIX.fsyncFolder(root + "/" + backups, shown: backups, faults: faults)
        } catch let error as SimulatedCrash {
            throw error
        } catch {
            POSIX.removeTree(root + "/" + building)
            if case StoreError.notDurable(let path, let code) = error {
                throw StoreError.io(step: .syncToDisk, path: path, errno: code)
            }
            throw error
        }
    }

    /// Brings every file written by an older Sammen up to the current schema: a backup first, then all
    /// files in one transaction. Files that could not be read are left alone (and reported).
    func migrateOldFiles() throws {
        var old: [String] = index.entries.filter { $0.value.diskVersion < policy.current }.keys
            .sorted().map(StoreFormat.familyPath)
        let teamData = try? POSIX.readFile(root + "/" + StoreFormat.teamFile, shown: StoreFormat.teamFile)
        let teamVersion = teamData.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }?["schemaVersion"] as? Int
        if let teamVersion, teamVersion < policy.current { old.append(StoreFormat.teamFile) }
        if metaDiskVersion < policy.current { old.append(StoreFormat.metaFile) }
        guard !old.isEmpty else { return }

        let oldest = min(index.entries.values.map(\.diskVersion).min() ?? policy.current, teamVersion ?? policy.current, metaDiskVersion)
        try backUp(old, fromVersion: oldest)
        var files: [(path: String, data: Data)] = []
        for shown in old {
            let data = try POSIX.readFile(root + "/" + shown, shown: shown)
            switch shown {
            case StoreFormat.teamFile:
                var value = try codec.decode(Team.self, from: data, shown: shown).value
                value.schemaVersion = policy.current
                files.append((shown, try codec.encode(value)))
            case StoreFormat.metaFile:
                var value = try codec.decode(StoreMeta.self, from: data, shown: shown).value
                value.schemaVersion = policy.current
                files.append((shown, try codec.encode(value)))
            default:
                var value = try codec.decode(Family.self, from: data, shown: shown).value
                value.schemaVersion = policy.current
                files.append((shown, try codec.encode(value)))
            }
        }
        try log(.change, detail: "opgradering til skemaversion \(policy.current) (\(old.count) filer)")
        try Transaction.commit(root: root, files: files, faults: faults)
        for file in files {
            loadedHashes[file.path] = FNV.hash(file.data)
            if file.path.hasPrefix(StoreFormat.familiesFolder + "/") {
                let id = String((file.path as NSString).lastPathComponent.dropLast(5))
                if var entry = index.entries[id] {
                    var info = stat()
                    if lstat(root + "/" + file.path, &info) == 0 { entry.stamp = FileStamp(info) }
                    entry.diskVersion = policy.current
                    index.entries[id] = entry
                }
            }
        }
        meta.schemaVersion = policy.current
        metaDiskVersion = policy.current
        team.schemaVersion = policy.current
        indexDirty = true
        notices.append(Phrase(da: "Arkivet er opgraderet fra skemaversion \(oldest) til \(policy.current); en kopi af de gamle filer ligger i \(StoreFormat.backupsFolder)/.",
                              en: "The store was upgraded from schema version \(oldest) to \(policy.current); a copy of the old files is in \(StoreFormat.backupsFolder)/."))
    }
}
