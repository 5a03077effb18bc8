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
    }

    /// The folder's entries in name order, and the index as it is on disk (empty when missing or damaged).
    static func scan(root: String, schemaVersion: Int) throws -> (items: [Item], index: FamilyIndex) {
        let folder = root + "/" + StoreFormat.familiesFolder
        let listed = ParallelResults<Result<[Item], StoreError>>(count: 1)
        let index = FamilyIndex.load(root: root, schemaVersion: schemaVersion) {
            do {
                listed.set(0, .success(try items(in: folder)))
            } catch let error as StoreError {
                listed.set(0, .failure(error))
            } catch {
                listed.set(0, .failure(.io(step: .readFolder, path: StoreFormat.familiesFolder, errno: EIO)))
            }
        }
        return (try listed.get(0)!.get(), index)
    }

    private static func items(in folder: String) throws -> [Item] {
        let names = try POSIX.list(folder, shown: StoreFormat.familiesFolder).sorted()
        // stat relative to the folder: one path component to look up per file, not four.
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        try POSIX.check(fd, .readFolder, StoreFormat.familiesFolder)
        defer { close(fd) }
        var items: [Item] = []
        items.reserveCapacity(names.count)
        for name in names {
            if name.hasPrefix(AtomicFile.tempPrefix) { continue }
            let shown = StoreFormat.familiesFolder + "/" + name
            guard name.hasSuffix(".json") else {
                items.append(.problem(FileProblem(path: shown, reason: Phrase(da: "uventet fil i familiemappen (ignoreret)", en: "unexpected file in the families folder (ignored)"))))
                continue
            }
            let id = String(name.dropLast(5))
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                items.append(.problem(FileProblem(path: shown, reason: Phrase(da: "filen er et symbolsk link; Sammen følger ikke links ud af arkivet", en: "the file is a symbolic link; Sammen does not follow links out of the store"))))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                items.append(.problem(FileProblem(path: shown, reason: Phrase(da: "ikke en almindelig fil (ignoreret)", en: "not a regular file (ignored)"))))
                continue
            }
            guard Family.isValidID(id) else {
                items.append(.problem(FileProblem(path: shown, reason: Phrase(da: "filnavnet er ikke et gyldigt familie-id (små bogstaver, tal og «-»)", en: "the file name is not a valid family id (lower-case letters, digits and «-»)"))))
                continue
            }
            items.append(.file(id: id, stamp: FileStamp(info)))
        }
        return items
    }
}
