import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Commits several files together: all of them or none, even across a crash. Used by import and migration.
///
/// 1. Each new file is written whole into `.transaction/` and fsynced.
/// 2. The journal (which staged file goes where) is written atomically: its rename is the commit point.
/// 3. The staged files are renamed into place, the folders fsynced, the journal removed.
/// A crash before 2 leaves the store as it was (the staging folder is swept); a crash after 2 is rolled
/// forward when the store is next opened for writing.
enum Transaction {
    struct Journal: Codable {
        var entries: [Entry]
        struct Entry: Codable {
            var staged: String
            var target: String
        }
    }

    static let journalName = "journal.json"

    static func commit(root: String, files: [(path: String, data: Data)], faults: FaultPlan?) throws {
        let folder = root + "/" + StoreFormat.transactionFolder
        // Leftovers of a crashed, uncommitted transaction are garbage.
        if POSIX.exists(folder) { try recover(root: root, faults: faults) }
        try POSIX.makeFolder(folder, shown: StoreFormat.transactionFolder)

        var journal = Journal(entries: [])
        do {
            for (number, file) in files.enumerated() {
                let staged = "\(number).staged"
                try AtomicFile.write(file.data, to: folder + "/" + staged, shown: file.path, faults: faults)
                journal.entries.append(.init(staged: staged, target: file.path))
            }
            let data = try JSONEncoder().encode(journal)
            try AtomicFile.write(data, to: folder + "/" + journalName, shown: StoreFormat.transactionFolder, faults: faults)
        } catch let error as SimulatedCrash {
            throw error
        } catch StoreError.notDurable(let path, let code) {
            // Not committed: the journal's folder entry may not be on disk. Undo, and say it failed.
            removeFolder(folder)
            throw StoreError.io(step: .syncToDisk, path: path, errno: code)
        } catch {
            removeFolder(folder)
            throw error
        }
        // Committed: from here on a failure leaves the transaction for the next writer to finish, and the
        // message says so (the change is not lost, and it is not to be made again).
        do {
            try rollForward(root: root, journal: journal, faults: faults)
        } catch StoreError.io(_, let path, let code) {
            throw StoreError.unfinished(path: path, errno: code)
        }
    }

    /// Finishes a committed transaction or discards an uncommitted one. The caller holds the write lock.
    static func recover(root: String, faults: FaultPlan?) throws {
        let folder = root + "/" + StoreFormat.transactionFolder
        guard POSIX.exists(folder) else { return }
        let journalPath = folder + "/" + journalName
        if POSIX.exists(journalPath),
           let data = try? POSIX.readFile(journalPath, shown: StoreFormat.transactionFolder),
           let journal = try? JSONDecoder().decode(Journal.self, from: data) {
            try rollForward(root: root, journal: journal, faults: faults)
        } else {
            removeFolder(folder)
            try POSIX.fsyncFolder(root, shown: "arkivmappen", faults: faults)
        }
    }

    /// Whether an unfinished transaction waits (seen by a read-only instance, which may not finish it).
    static func isPending(root: String) -> Bool {
        POSIX.exists(root + "/" + StoreFormat.transactionFolder + "/" + journalName)
    }

    private static func rollForward(root: String, journal: Journal, faults: FaultPlan?) throws {
        let folder = root + "/" + StoreFormat.transactionFolder
        var touched = Set<String>()
        for entry in journal.entries {
            let staged = folder + "/" + entry.staged
            // Already moved by an earlier, interrupted roll-forward: nothing to do.
            guard POSIX.exists(staged) else { continue }
            let target = root + "/" + entry.target
            let parent = (target as NSString).deletingLastPathComponent
            let shownParent = (entry.target as NSString).deletingLastPathComponent
            if !shownParent.isEmpty { try POSIX.makeFolder(parent, shown: shownParent) }
            try POSIX.rename(staged, target, shown: entry.target, faults: faults)
            touched.insert(parent)
        }
        for parent in touched.sorted() {
            let shown = parent == root ? "arkivmappen" : parent.replacingOccurrences(of: root + "/", with: "")
            try POSIX.fsyncFolder(parent, shown: shown, faults: faults)
        }
        unlink(folder + "/" + journalName)
        removeFolder(folder)
        try POSIX.fsyncFolder(root, shown: "arkivmappen", faults: faults)
    }

    private static func removeFolder(_ folder: String) {
        if let names = try? POSIX.list(folder, shown: folder) {
            for name in names { unlink(folder + "/" + name) }
        }
        rmdir(folder)
    }
}
