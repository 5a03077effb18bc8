import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `cache/index.journal`: the index entries of families saved since `cache/index` was last written whole, so a
/// save changes one family's summary without reading, stat'ing or rewriting the whole index (5 MB at 10,000
/// families). Each save appends one record; readers read the index and then the journal, later records
/// winning; when the journal has grown past a share of the index, the next open that may take the lock writes
/// the index whole with the journal folded in and removes the journal (`FamilyIndex.save`).
///
/// A record is `J <byte count>` on a line of its own, then that many bytes: the entries in the index's own
/// format (FamilyIndexFormat, with its header, trailer and checksum). Like the index it is a cache and never
/// trusted over the files: every entry carries its file's stat stamp, and a family whose file has another
/// stamp is parsed again. So a torn or damaged record (a crash mid-append) ends the journal there, a record
/// lost to a crash or a race only costs a parse, and appends need no fsync. Appends are made under the write
/// lock only, so records never interleave.
enum FamilyIndexJournal {
    /// The journal as read: its entries in order, and where reading stopped (to read only what was appended
    /// since, before it is folded into the index).
    struct Read {
        var entries: [(id: String, entry: FamilyIndex.Entry)] = []
        /// Bytes of whole, good records from the start.
        var end = 0
        /// The journal's inode, so a journal replaced since (folded in by another process) is not mistaken for it.
        var inode: UInt64 = 0
    }

    static let tag = UInt8(ascii: "J")
    /// More families than this in one write (an import of a whole caseload) write the index whole instead.
    static let mostPerRecord = 256

    /// Appends `entries` as one record. Throws when the record could not be appended whole (it is then cut off
    /// again, so the records after it stay readable); the caller marks its index for a whole write instead.
    static func append(_ entries: [(id: String, entry: FamilyIndex.Entry)], schemaVersion: Int, root: String) throws {
        guard !entries.isEmpty else { return }
        var dictionary: [String: FamilyIndex.Entry] = [:]
        for (id, entry) in entries { dictionary[id] = entry }
        let block = FamilyIndexFormat.encode(FamilyIndex(schemaVersion: schemaVersion, entries: dictionary))
        var record = Data("J\t\(block.count)\n".utf8)
        record.append(block)

        let folder = root + "/" + StoreFormat.cacheFolder
        if !POSIX.isFolder(folder) { try POSIX.makeFolder(folder, shown: StoreFormat.cacheFolder) }
        let shown = StoreFormat.indexJournalFile
        let (fd, info) = try POSIX.openForAppending(root + "/" + shown, folder: folder, flags: O_WRONLY, shown: shown, step: .write)
        defer { close(fd) }
        let before = off_t(info.st_size)
        do {
            try POSIX.writeAll(fd: fd, data: record, shown: shown, faults: nil)
        } catch {
            _ = ftruncate(fd, before)
            throw error
        }
    }

    /// The journal's records from byte `offset` on (0: all of it), up to the first that is torn, damaged or of
    /// another schema. Nil when there is no journal (or it is not a regular file, or is another journal than
    /// `inode` when one is given).
    static func read(root: String, schemaVersion: Int, from offset: Int = 0, inode expected: UInt64? = nil) -> Read? {
        let shown = StoreFormat.indexJournalFile
        guard let fd = try? POSIX.openRegular(root + "/" + shown, flags: O_RDONLY, shown: shown, step: .read) else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let inode = UInt64(info.st_ino)
        if let expected, expected != inode { return nil }
        let size = Int(info.st_size)
        var result = Read(entries: [], end: offset, inode: inode)
        guard size > offset, size <= 1 << 30 else { return result }
        var bytes = [UInt8](repeating: 0, count: size - offset)
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, $0.count - got, off_t(offset + got)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        bytes.withUnsafeBufferPointer { buffer in
            var at = 0
            while let (length, header) = recordHeader(buffer, at: at, count: got), at + header + length <= got {
                let block = Data(buffer[(at + header)..<(at + header + length)])
                guard let part = FamilyIndexFormat.decode(block), part.schemaVersion == schemaVersion else { break }
                for id in part.entries.keys.sorted() { result.entries.append((id, part.entries[id]!)) }
                at += header + length
                result.end = offset + at
            }
        }
        return result
    }

    /// `J\t<count>\n` at `at`: the record's length and the header's.
    private static func recordHeader(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, count: Int) -> (Int, Int)? {
        guard at + 3 < count, bytes[at] == tag, bytes[at + 1] == 0x09 else { return nil }
        var i = at + 2
        var length = 0
        while i < count, i - at < 14, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            length = length * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i < count, i > at + 2, bytes[i] == 0x0A else { return nil }
        return (length, i + 1 - at)
    }

    /// Whether the journal is big enough to be folded into the index: past a quarter of the index, and never
    /// before 256 KB (about 500 saves), so the index is rewritten once per many saves, not on each.
    static func wantsFolding(journalBytes: Int, indexBytes: Int) -> Bool {
        journalBytes > max(256 << 10, indexBytes / 4)
    }
}
