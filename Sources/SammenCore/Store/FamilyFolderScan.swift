import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The first step of opening a store: what is in `families/` (every name checked, every file stat'ed) and the
/// derived index (read in two halves), done at the same time on both cores — at 10,000 families each is tens
/// of milliseconds, and none needs the others.
enum FamilyFolderScan {
    enum Item {
        /// Something in the folder that is not a readable family file, in words.
        case problem(FileProblem)
        case file(id: FamilyID, stamp: FileStamp)
        /// A family file whose modes let in someone they should not (StorePermissions): the store is refused.
        case loose(LooseFile)
    }

    /// The folder's entries (problems first, in name order) and the index as it is on disk (empty when missing
    /// or damaged). The folder is listed on a thread of its own from the start, while this one reads the
    /// index and then shares its pieces with whichever core is free.
    static func scan(root: String, schemaVersion: Int) throws -> (items: [Item], index: FamilyIndex) {
        let folder = root + "/" + StoreFormat.familiesFolder
        var info = stat()
        _ = stat(root, &info)
        let rootInfo = info
        let listed = ParallelResults<Result<[Item], StoreError>>(count: 1)
        let listing = DispatchGroup()
        DispatchQueue.global().async(group: listing) {
            do {
                listed.set(0, .success(try items(in: folder, rootInfo: rootInfo)))
            } catch let error as StoreError {
                listed.set(0, .failure(error))
            } catch {
                listed.set(0, .failure(.io(step: .readFolder, path: StoreFormat.familiesFolder, errno: EIO)))
            }
        }
        let index = FamilyIndex.load(root: root, schemaVersion: schemaVersion)
        listing.wait()
        return (try listed.get(0)!.get(), index)
    }

    /// Every entry of the folder, checked on its bytes and stat'ed relative to the folder (one path component
    /// to look up per file, not four). No String is made for a name until it is known to be a family file, and
    /// the names are not sorted: the index is keyed by id, and only problems are put in name order. At 10,000
    /// families this took 50 ms the obvious way (a String per name, sorted, then checked).
    private static func items(in folder: String, rootInfo: stat) throws -> [Item] {
        guard let dir = opendir(folder) else {
            throw StoreError.io(step: .readFolder, path: StoreFormat.familiesFolder, errno: errno)
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var files: [Item] = []
        var problems: [FileProblem] = []
        var loose: [Item] = []
        let temp = Array(AtomicFile.tempPrefix.utf8)
        let json = Array(".json".utf8)
        while let entry = readdir(dir) {
            withUnsafePointer(to: &entry.pointee.d_name) { raw in
                raw.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { name in
                    let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
                    let bytes = UnsafeBufferPointer(start: name, count: length)
                    if bytes.elementsEqual(".".utf8) || bytes.elementsEqual("..".utf8) || bytes.starts(with: temp) { return }
                    func problem(_ da: String, _ en: String) {
                        let shown = StoreFormat.familiesFolder + "/" + String(decoding: bytes, as: UTF8.self)
                        problems.append(FileProblem(path: shown, reason: Phrase(da: da, en: en)))
                    }
                    guard length > json.count, bytes.suffix(json.count).elementsEqual(json) else {
                        problem("uventet fil i familiemappen (ignoreret)", "unexpected file in the families folder (ignored)")
                        return
                    }
                    var info = stat()
                    let statted = UnsafeRawPointer(name).withMemoryRebound(to: CChar.self, capacity: length + 1) {
                        fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) == 0
                    }
                    guard statted else { return }  // gone since it was listed
                    if (info.st_mode & S_IFMT) == S_IFLNK {
                        problem("filen er et symbolsk link; Sammen følger ikke links ud af arkivet",
                                "the file is a symbolic link; Sammen does not follow links out of the store")
                        return
                    }
                    guard (info.st_mode & S_IFMT) == S_IFREG else {
                        problem("ikke en almindelig fil (ignoreret)", "not a regular file (ignored)")
                        return
                    }
                    let idBytes = UnsafeBufferPointer(rebasing: bytes.prefix(length - json.count))
                    guard Family.isValidID(bytes: idBytes) else {
                        problem("filnavnet er ikke et gyldigt familie-id (små bogstaver, tal og «-»)",
                                "the file name is not a valid family id (lower-case letters, digits and «-»)")
                        return
                    }
                    // The modes are in hand already: checking them here costs nothing at 10,000 families.
                    if let reason = StorePermissions.looseness(info, root: rootInfo) {
                        loose.append(.loose(LooseFile(path: StoreFormat.familiesFolder + "/" + String(decoding: bytes, as: UTF8.self), reason: reason)))
                    }
                    files.append(.file(id: String(decoding: idBytes, as: UTF8.self), stamp: FileStamp(info)))
                }
            }
        }
        return loose + problems.sorted { $0.path < $1.path }.map { .problem($0) } + files
    }
}
