import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The first step of opening a store: what is in `families/` (every name checked, every file stat'ed) and the
/// derived index, done at the same time on both cores — at 10,000 families each is tens of milliseconds, and
/// none needs the others.
public enum FamilyFolderScan {
    enum Item {
        /// Something in the folder that is not a readable family file, in words.
        case problem(FileProblem)
        case file(id: FamilyID, stamp: FileStamp)
        /// A family file whose modes let in someone they should not (StorePermissions): the store is refused.
        case loose(LooseFile)
    }

    /// The folder's entries (problems first, in name order) and the index as it is on disk (empty when missing
    /// or damaged). A thread of its own lists the folder from the start and then stats its files, while this
    /// one reads the index; then this one stats files too, until none is left (FolderStatWork). The stats were
    /// the last thing to finish, on one core, while the other had nothing left to do (#19).
    static func scan(root: String, schemaVersion: Int) throws -> (items: [Item], index: FamilyIndex) {
        let statting = startStatting(root)
        let index = FamilyIndex.load(root: root, schemaVersion: schemaVersion)
        return (try statting(), index)
    }

    /// The folder listed and every file in it stat'ed and checked, as an open does, without the index: the part
    /// of `sammen due` that no faster parsing can take away (sammen-bench's `--probe floor`). The family files.
    public static func statEveryFile(root: String) throws -> Int {
        try startStatting(root)().count { if case .file = $0 { return true } else { return false } }
    }

    /// Starts listing the folder on a thread of its own, which then stats its files; the function returned
    /// waits for the listing, stats files on this thread too until none is left, and gives every entry.
    private static func startStatting(_ root: String) -> () throws -> [Item] {
        var info = stat()
        _ = stat(root, &info)
        let work = FolderStatWork(rootInfo: info)
        let folder = root + "/" + StoreFormat.familiesFolder
        let listing = DispatchGroup()
        DispatchQueue.global().async(group: listing) {
            work.list(folder)
            work.statUntilDone()
        }
        return {
            work.waitForListing()
            work.statUntilDone()
            listing.wait()
            return try work.items()
        }
    }
}

/// The folder's names, listed once, and their stats shared out in runs to whichever thread asks next. Each
/// thread keeps what it finds to itself and hands it in when no run is left, so the threads meet only on
/// taking a run. The order of files is not kept (the index is keyed by id); problems are put in name order.
final class FolderStatWork: @unchecked Sendable {
    private let rootInfo: stat
    private let lock = NSLock()
    private let listed = DispatchSemaphore(value: 0)
    /// Every name to stat, each ending in a NUL, one after another in `names`, starting at `starts[k]`.
    private var names: [CChar] = []
    private var starts: [Int] = []
    private var folder: OpaquePointer?
    private var failure: StoreError?
    private var next = 0
    private var found = Found()
    /// Names per run: big enough that taking one costs nothing, small enough that both threads end together.
    private static let run = 256

    struct Found {
        var files: [FamilyFolderScan.Item] = []
        var problems: [FileProblem] = []
        var loose: [FamilyFolderScan.Item] = []
    }

    init(rootInfo: stat) { self.rootInfo = rootInfo }

    deinit { if let folder { closedir(folder) } }

    /// Reads the folder's names (no String is made for a name until it is known to be a family file) and lets
    /// the threads waiting to stat begin.
    func list(_ path: String) {
        defer { listed.signal() }
        guard let dir = opendir(path) else {
            failure = .io(step: .readFolder, path: StoreFormat.familiesFolder, errno: errno)
            return
        }
        folder = dir
        var mine = Found()
        let temp = Array(AtomicFile.tempPrefix.utf8)
        let json = Array(".json".utf8)
        names.reserveCapacity(16 * 1_024)
        while let entry = readdir(dir) {
            withUnsafePointer(to: &entry.pointee.d_name) { raw in
                raw.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { name in
                    let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
                    let bytes = UnsafeBufferPointer(start: name, count: length)
                    if bytes.elementsEqual(".".utf8) || bytes.elementsEqual("..".utf8) || bytes.starts(with: temp) { return }
                    guard length > json.count, bytes.suffix(json.count).elementsEqual(json) else {
                        mine.problems.append(Self.problem(bytes, "uventet fil i familiemappen (ignoreret)",
                                                          "unexpected file in the families folder (ignored)"))
                        return
                    }
                    starts.append(names.count)
                    for b in bytes { names.append(CChar(bitPattern: b)) }
                    names.append(0)
                }
            }
        }
        hand(in: mine)
    }

    func waitForListing() {
        listed.wait()
        listed.signal()  // for the other thread, which may ask too
    }

    /// Stats runs of names until none is left; then hands in what this thread found.
    func statUntilDone() {
        guard let folder else { return }
        let fd = dirfd(folder)
        var mine = Found()
        while true {
            lock.lock()
            let first = next
            next = min(starts.count, next + Self.run)
            lock.unlock()
            if first >= starts.count { break }
            names.withUnsafeBufferPointer { all in
                for k in first..<min(starts.count, first + Self.run) {
                    let name = all.baseAddress! + starts[k]
                    check(name, length: strlen(name), in: fd, into: &mine)
                }
            }
        }
        hand(in: mine)
    }

    /// What every thread found, with problems in name order and loose files first.
    func items() throws -> [FamilyFolderScan.Item] {
        if let failure { throw failure }
        return found.loose + found.problems.sorted { $0.path < $1.path }.map { .problem($0) } + found.files
    }

    private func hand(in mine: Found) {
        lock.lock()
        found.files.append(contentsOf: mine.files)
        found.problems.append(contentsOf: mine.problems)
        found.loose.append(contentsOf: mine.loose)
        lock.unlock()
    }

    /// One file stat'ed relative to the folder (one path component to look up, not four) and checked.
    private func check(_ name: UnsafePointer<CChar>, length: Int, in fd: Int32, into mine: inout Found) {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }  // gone since it was listed
        UnsafeRawPointer(name).withMemoryRebound(to: UInt8.self, capacity: length) { raw in
            let bytes = UnsafeBufferPointer(start: raw, count: length)
            if (info.st_mode & S_IFMT) == S_IFLNK {
                mine.problems.append(Self.problem(bytes, "filen er et symbolsk link; Sammen følger ikke links ud af arkivet",
                                                  "the file is a symbolic link; Sammen does not follow links out of the store"))
                return
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                mine.problems.append(Self.problem(bytes, "ikke en almindelig fil (ignoreret)", "not a regular file (ignored)"))
                return
            }
            let idBytes = UnsafeBufferPointer(rebasing: bytes.prefix(length - 5))  // without ".json"
            guard Family.isValidID(bytes: idBytes) else {
                mine.problems.append(Self.problem(bytes, "filnavnet er ikke et gyldigt familie-id (små bogstaver, tal og «-»)",
                                                  "the file name is not a valid family id (lower-case letters, digits and «-»)"))
                return
            }
            // The modes are in hand already: checking them here costs nothing at 10,000 families.
            if let reason = StorePermissions.looseness(info, root: rootInfo) {
                mine.loose.append(.loose(LooseFile(path: Self.shown(bytes), reason: reason)))
            }
            mine.files.append(.file(id: String(decoding: idBytes, as: UTF8.self), stamp: FileStamp(info)))
        }
    }

    private static func shown(_ name: UnsafeBufferPointer<UInt8>) -> String {
        StoreFormat.familiesFolder + "/" + String(decoding: name, as: UTF8.self)
    }

    private static func problem(_ name: UnsafeBufferPointer<UInt8>, _ da: String, _ en: String) -> FileProblem {
        FileProblem(path: shown(name), reason: Phrase(da: da, en: en))
    }
}
