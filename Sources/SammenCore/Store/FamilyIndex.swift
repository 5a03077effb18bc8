import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The derived cache `cache/index.json`: one summary per family file, with the file's stat stamp. On open
/// only the families whose file changed since (a different stamp) are parsed again, so 10,000 families open
/// without reading 10,000 records. The cache is never trusted over the files: a missing, damaged or stale
/// cache is rebuilt from them.
struct FamilyIndex: Codable {
    static let formatVersion = 1

    var format: Int = FamilyIndex.formatVersion
    var schemaVersion: Int
    var entries: [String: Entry]

    struct Entry: Codable {
        var stamp: FileStamp
        /// The schema version on disk, so migration knows which files are old without parsing them.
        var diskVersion: Int
        var summary: FamilySummary
    }

    static func load(root: String, schemaVersion: Int) -> FamilyIndex {
        let empty = FamilyIndex(schemaVersion: schemaVersion, entries: [:])
        guard let data = try? POSIX.readFile(root + "/" + StoreFormat.indexFile, shown: StoreFormat.indexFile, limit: 1 << 30),
              let index = try? JSONDecoder().decode(FamilyIndex.self, from: data),
              index.format == formatVersion, index.schemaVersion == schemaVersion else { return empty }
        return index
    }

    func save(root: String, faults: FaultPlan?) throws {
        try POSIX.makeFolder(root + "/" + StoreFormat.cacheFolder, shown: StoreFormat.cacheFolder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: root + "/" + StoreFormat.indexFile,
                             shown: StoreFormat.indexFile, faults: faults)
    }
}

/// What stat says about a file: enough to see that it was replaced (every save renames a new inode in).
struct FileStamp: Codable, Equatable {
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var inode: UInt64

    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
