import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `sammen check` says about the store's own names (#15.10): each one that is not what the store
/// expects (a link, a FIFO, a device, a folder in place of a file, a file or link in place of a folder), and an
/// unfinished transaction whose journal points out of the store. The store never follows or waits on any of
/// them (`POSIX.openRegular`); this is where the user hears of them.
extension Store {
    static func specialFileProblems(root: String) -> [FileProblem] {
        var found: [FileProblem] = []
        for folder in [StoreFormat.familiesFolder, StoreFormat.cacheFolder, StoreFormat.backupsFolder, StoreFormat.logFolder] {
            if let problem = POSIX.specialFolderProblem(root + "/" + folder, shown: folder) { found.append(problem) }
        }
        for file in [StoreFormat.metaFile, StoreFormat.teamFile, StoreFormat.accessLogFile, StoreLock.fileName, StoreFormat.indexFile,
                     StoreFormat.indexJournalFile] {
            if found.contains(where: { file.hasPrefix($0.path + "/") }) { continue }
            if let problem = POSIX.specialFileProblem(root + "/" + file, shown: file) { found.append(problem) }
        }
        // The access log's month files (log/2026-12.jsonl …).
        if POSIX.isFolder(root + "/" + StoreFormat.logFolder) && !found.contains(where: { $0.path == StoreFormat.logFolder }) {
            for name in ((try? POSIX.list(root + "/" + StoreFormat.logFolder, shown: StoreFormat.logFolder)) ?? []).sorted()
            where name.hasSuffix(".jsonl") || name.hasSuffix(AccessLog.movingSuffix) {
                let shown = StoreFormat.logFolder + "/" + name
                if let problem = POSIX.specialFileProblem(root + "/" + shown, shown: shown) { found.append(problem) }
            }
        }
        found += Transaction.problems(root: root)
        return found
    }
}
