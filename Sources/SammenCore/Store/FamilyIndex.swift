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
        /// The summary behind one reference: entries are copied whole when the index is read, looked up and
        /// joined, and a summary held inline cost a dozen retains and releases per copy (#19).
        private var box: SummaryBox

        var summary: FamilySummary {
            get { box.summary }
            set { box = SummaryBox(newValue) }
        }

        init(stamp: FileStamp, diskVersion: Int, summary: FamilySummary) {
            self.stamp = stamp
            self.diskVersion = diskVersion
            box = SummaryBox(summary)
        }

        static func == (a: Entry, b: Entry) -> Bool {
            a.stamp == b.stamp && a.diskVersion == b.diskVersion && (a.box === b.box || a.box.summary == b.box.summary)
        }
    }

    /// Never changed once made: a changed summary gets a new box.
    final class SummaryBox: Sendable {
        let summary: FamilySummary
        init(_ summary: FamilySummary) { self.summary = summary }
    }

    /// What was read of `cache/index.journal` (FamilyIndexJournal), so a whole write folds in only what other
    /// processes appended since, and knows when the journal has grown big enough to be folded in.
    var journal: JournalPosition? = nil
    /// The size of `cache/index` as read (0 when missing or damaged).
    var indexBytes = 0

    struct JournalPosition: Equatable {
        var inode: UInt64
        var end: Int
    }

    /// Whether the journal read with this index is big enough to be folded into it (a whole write).
    var wantsFolding: Bool {
        guard let journal else { return false }
        return FamilyIndexJournal.wantsFolding(journalBytes: journal.end, indexBytes: indexBytes)
    }

    /// The index on disk, read on all cores, with the journal's entries on top; empty when it is missing,
    /// damaged or of another schema (the journal's entries are still used: each carries its file's stamp).
    static func load(root: String, schemaVersion: Int) -> FamilyIndex {
        var index = FamilyIndex(schemaVersion: schemaVersion, entries: [:])
        if let data = try? POSIX.readFile(root + "/" + StoreFormat.indexFile, shown: StoreFormat.indexFile, limit: 1 << 30),
           let read = FamilyIndexFormat.decode(data, parts: 6), read.schemaVersion == schemaVersion {
            index = read
            index.indexBytes = data.count
        }
        if let journal = FamilyIndexJournal.read(root: root, schemaVersion: schemaVersion) {
            index.journal = JournalPosition(inode: journal.inode, end: journal.end)
            if !journal.entries.isEmpty {
                for (id, entry) in journal.entries { index.entries[id] = entry }
                // The header's word on sagsnr covers the index as written, not what the journal changed.
                index.caseNumbersUnique = nil
            }
        }
        return index
    }

    /// Written whole through AtomicFile (the caller holds the write lock), so a reader sees the old index or
    /// the new one; then the journal is removed. What other processes appended to the journal since this index
    /// was read is folded in first (their saves are newer than what this one read). A crash between the rename
    /// and the removal leaves a journal whose entries the new index already holds: reading them again is
    /// harmless. The JSON index of Sammen before format 2 is removed: it is derived, and would go stale.
    mutating func save(root: String, faults: FaultPlan?) throws {
        // The journal this index was read with, from where reading stopped; a journal made since, whole.
        let since = journal.flatMap { FamilyIndexJournal.read(root: root, schemaVersion: schemaVersion, from: $0.end, inode: $0.inode) }
            ?? FamilyIndexJournal.read(root: root, schemaVersion: schemaVersion)
        for (id, entry) in since?.entries ?? [] { entries[id] = entry }
        try POSIX.makeFolder(root + "/" + StoreFormat.cacheFolder, shown: StoreFormat.cacheFolder)
        let data = FamilyIndexFormat.encode(self)
        try AtomicFile.write(data, to: root + "/" + StoreFormat.indexFile, shown: StoreFormat.indexFile, faults: faults)
        indexBytes = data.count
        journal = nil
        unlink(root + "/" + StoreFormat.indexJournalFile)
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
