import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The derived cache `cache/index`: one summary per family file, with the file's stat stamp. On open only the
/// families whose file changed since (a different stamp) are parsed again, so 10,000 families open without
/// reading 10,000 records. The cache is never trusted over the files: a missing, damaged, truncated or
/// other-version cache is rebuilt from them. Its encoding (FamilyIndexFormat) is a compact line format with a
/// checksum, written and read by hand: as JSON through Foundation it took a second each way at 10,000 families.
struct FamilyIndex {
    var schemaVersion: Int
    var entries: [String: Entry]
    /// As the file said when it was read: whether no sagsnr is in two families; nil when not known.
    var caseNumbersUnique: Bool? = nil

    struct Entry: Equatable {
        var stamp: FileStamp
        /// The schema version on disk, so migration knows which files are old without parsing them.
        var diskVersion: Int
        var summary: FamilySummary
    }

    /// The index on disk, read on all cores; empty when it is missing, damaged or of another schema.
    static func load(root: String, schemaVersion: Int) -> FamilyIndex {
        let empty = FamilyIndex(schemaVersion: schemaVersion, entries: [:])
        guard let data = try? POSIX.readFile(root + "/" + StoreFormat.indexFile, shown: StoreFormat.indexFile, limit: 1 << 30),
              let index = FamilyIndexFormat.decode(data, parts: 6),
              index.schemaVersion == schemaVersion else { return empty }
        return index
    }

    /// Written whole through AtomicFile (the caller holds the write lock), so a reader sees the old index or
    /// the new one. The JSON index of Sammen before format 2 is removed: it is derived, and would go stale.
    func save(root: String, faults: FaultPlan?) throws {
        try POSIX.makeFolder(root + "/" + StoreFormat.cacheFolder, shown: StoreFormat.cacheFolder)
        try AtomicFile.write(FamilyIndexFormat.encode(self), to: root + "/" + StoreFormat.indexFile,
                             shown: StoreFormat.indexFile, faults: faults)
        unlink(root + "/" + StoreFormat.oldIndexFile)
    }
}

/// What stat says about a file: enough to see that it was replaced (every save renames a new inode in).
struct FileStamp: Equatable {
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var inode: UInt64

    init(size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
