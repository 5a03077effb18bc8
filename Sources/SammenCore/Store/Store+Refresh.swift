import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeping an open store in step with colleagues' saves, one family at a time (the watcher says which).
extension Store {
    public typealias Refreshed = RefreshedFamilies

    /// Reads again only the families named, when their file changed (size, time or inode) since this instance
    /// last saw it: a colleague's save costs one file's read, not a scan of the caseload. Not logged: the
    /// summaries are what the open overview already shows; opening a family is logged as a read.
    public func refreshFamilies<S: Sequence>(_ ids: S) -> Refreshed where S.Element == FamilyID {
        var result = Refreshed()
        for id in Set(ids).sorted() where Family.isValidID(id) {
            let shown = StoreFormat.familyPath(id)
            var info = stat()
            guard lstat(root + "/" + shown, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                if index.entries.removeValue(forKey: id) != nil {
                    indexDirty = true
                    result.removed.append(id)
                }
                continue
            }
            let stamp = FileStamp(info)
            if index.entries[id]?.stamp == stamp { continue }
            do {
                let data = try POSIX.readFile(root + "/" + shown, shown: shown)
                let decoded = try codec.decode(Family.self, from: data, shown: shown, checkUnknownFields: false)
                try Store.checkID(decoded.value, shown: shown)
                index.entries[id] = .init(stamp: stamp, diskVersion: decoded.diskVersion, summary: FamilySummary(decoded.value))
                indexDirty = true
                problems.removeAll { $0.path == shown }
                result.changed.append(id)
            } catch {
                // Half a colleague's write cannot be seen (saves rename whole files), so this is a damaged file:
                // it leaves the caseload and is reported, as on open.
                problems.removeAll { $0.path == shown }
                problems.append((error as? StoreError).map { Store.problem(from: $0, shown: shown) }
                                ?? FileProblem(path: shown, reason: Phrase(verbatim: "\(error)")))
                if index.entries.removeValue(forKey: id) != nil {
                    indexDirty = true
                    result.removed.append(id)
                }
            }
        }
        return result
    }

    /// Every family whose file changed since this instance last saw it, found by listing the folder and comparing
    /// each file's stamp with the index (no file is parsed unless it changed): the fallback when the watcher
    /// cannot say which files changed.
    public func refreshAll() -> Refreshed {
        loadCaseloadIfNeeded()
        guard let names = try? POSIX.list(root + "/" + StoreFormat.familiesFolder, shown: StoreFormat.familiesFolder) else {
            return Refreshed()
        }
        var ids = Set(names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) })
        ids.formUnion(index.entries.keys)
        return refreshFamilies(ids)
    }

    /// Reads team.json again when it changed on disk. True when the team is new.
    public func refreshTeam() -> Bool {
        let before = team
        let path = root + "/" + StoreFormat.teamFile
        guard let data = try? POSIX.readFile(path, shown: StoreFormat.teamFile),
              FNV.hash(data) != loadedHashes[StoreFormat.teamFile] else { return false }
        loadTeam()
        return team != before
    }
}
