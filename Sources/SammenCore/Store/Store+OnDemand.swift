import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How much of the caseload `Store.open` reads.
public enum CaseloadLoading: Sendable {
    /// Every family's summary (the index, checked against every file's stamp): what lists, the dashboard and
    /// `due` need.
    case whole
    /// Only the families asked for by id, each from its own file: a command that changes one family
    /// (`sammen followup`) is then as quick at 100,000 families as at 100 (#19). Anything that needs the whole
    /// caseload (every summary, a search by name) loads it at that moment.
    case onDemand
}

extension Store {
    /// Loads the whole caseload into a store opened `.onDemand`, the first time something needs it. A failure
    /// (a family file others may read, an unreadable folder) is kept and refuses every later write, as the
    /// whole open would have refused the store.
    func loadCaseloadIfNeeded() {
        guard !caseloadLoaded else { return }
        caseloadLoaded = true
        // What this instance wrote is on disk and in the journal, so the whole load sees it too.
        do {
            // The sweep a whole writable open makes of the families folder (temp files a crash left there).
            if isWritable { try withWriteLock { AtomicFile.sweepTemps(in: root + "/" + StoreFormat.familiesFolder) } }
            try loadConsistently()
        } catch {
            caseloadError = error
        }
    }

    /// In a store opened `.onDemand`, before a family is written: its file's modes, as the folder scan of a whole
    /// open checks them (a file others may read refuses the store).
    func checkModesOnDemand(_ id: FamilyID) throws {
        if let caseloadError { throw caseloadError }
        guard !caseloadLoaded, Family.isValidID(id) else { return }
        let shown = StoreFormat.familyPath(id)
        var info = stat()
        var rootInfo = stat()
        guard lstat(root + "/" + shown, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, stat(root, &rootInfo) == 0,
              let reason = StorePermissions.looseness(info, root: rootInfo) else { return }
        caseloadError = StoreError.looseModes(found: [LooseFile(path: shown, reason: reason)],
                                              fix: StorePermissions.fixCommands(root: root, rootInfo: rootInfo))
        throw caseloadError!
    }

    /// One family's summary read from its file, for a store opened `.onDemand`: nil when there is no such
    /// family or its file cannot be read. The file's modes are checked as the folder scan checks them, and the
    /// family is remembered as loaded (its fingerprint), as `loadFamily` does, without logging a read: its
    /// summary is not shown, only used to find it.
    func summaryOnDemand(_ id: FamilyID) -> FamilySummary? {
        guard Family.isValidID(id) else { return nil }
        let shown = StoreFormat.familyPath(id)
        let path = root + "/" + shown
        var info = stat()
        var rootInfo = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, stat(root, &rootInfo) == 0 else { return nil }
        // Found, but every write is refused, as the whole open refuses such a store.
        if let reason = StorePermissions.looseness(info, root: rootInfo) {
            caseloadError = StoreError.looseModes(found: [LooseFile(path: shown, reason: reason)],
                                                  fix: StorePermissions.fixCommands(root: root, rootInfo: rootInfo))
        }
        guard let family = try? loadFamily(id, logAs: nil) else { return nil }
        let summary = FamilySummary(family)
        index.entries[id] = FamilyIndex.Entry(stamp: FileStamp(info), diskVersion: policy.current, summary: summary)
        return summary
    }
}
