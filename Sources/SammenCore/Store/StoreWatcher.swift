import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices colleagues' saves in a store: inotify on the store folder and its families folder, or, where inotify
/// is not to be had, a cheap poll of the two folders' change times. It says which families changed, so the
/// program reads those again (`Store.refreshFamilies`) instead of the whole caseload.
///
/// Saves rename a whole new file into place, so a changed family shows as a name moved into `families/`, a
/// deleted or moved-away one as a name moved out or deleted. An import (a transaction) or a lost event makes
/// it say "everything", and the program compares every file's stamp with its index (no file is parsed unless it
/// changed). The access log and the index are not watched: reading a family must not wake the program.
public final class StoreWatcher: StoreChangeFeed {
    public typealias Changes = StoreChanges

    public let root: String
    /// The descriptor to wait on (readable when there is news), or nil when the watcher polls: then look with
    /// `changes()` every second or so.
    public private(set) var descriptor: Int32?
    private var familiesWatch: Int32 = -1
    private var rootWatch: Int32 = -1
    private var stamps: [timespec] = []

    /// `useInotify: false` forces the stat poll (tests, and file systems without notifications).
    public init(root: String, useInotify: Bool = true) {
        self.root = root
        if useInotify { startInotify() }
        stamps = folderStamps()
    }

    deinit { if let descriptor { close(descriptor) } }

    private var familiesFolder: String { root + "/" + StoreFormat.familiesFolder }

    private func startInotify() {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return }
        let familiesMask = UInt32(IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF)
        let rootMask = UInt32(IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
        familiesWatch = inotify_add_watch(fd, familiesFolder, familiesMask)
        rootWatch = inotify_add_watch(fd, root, rootMask)
        guard familiesWatch >= 0, rootWatch >= 0 else {
            close(fd)
            return
        }
        descriptor = fd
    }

    /// Polling: a second between looks.
    public var pollInterval: Int32? { descriptor == nil ? 1000 : nil }

    /// What changed since the last call. Never blocks.
    public func changes() -> Changes {
        guard let fd = descriptor else { return polledChanges() }
        var result = Changes()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            parse(buffer, count: count, into: &result)
        }
        return result
    }

    private func parse(_ buffer: [UInt8], count: Int, into result: inout Changes) {
        let header = MemoryLayout<inotify_event>.size
        var offset = 0
        while offset + header <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                 raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { result.everything = true; continue }
            if wd == familiesWatch {
                if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                    // The folder itself went (a restore from backup?): watch the new one, compare everything.
                    result.everything = true
                    rewatchFamilies()
                    continue
                }
                guard name.hasSuffix(".json"), !name.hasPrefix(".") else { continue }
                let id = String(name.dropLast(5))
                if Family.isValidID(id) { result.families.insert(id) }
            } else if wd == rootWatch {
                if name == StoreFormat.teamFile { result.team = true }
                if name == StoreFormat.transactionFolder || name == StoreFormat.familiesFolder { result.everything = true }
            }
        }
    }

    private func rewatchFamilies() {
        guard let fd = descriptor else { return }
        if familiesWatch >= 0 { inotify_rm_watch(fd, familiesWatch) }
        familiesWatch = inotify_add_watch(fd, familiesFolder, UInt32(IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF))
    }

    /// The fallback: a save renames a file into the families folder, which changes the folder's time.
    private func polledChanges() -> Changes {
        let now = folderStamps()
        guard now.count != stamps.count || zip(now, stamps).contains(where: { $0.tv_sec != $1.tv_sec || $0.tv_nsec != $1.tv_nsec }) else {
            return Changes()
        }
        stamps = now
        var result = Changes()
        result.everything = true
        result.team = true
        return result
    }

    private func folderStamps() -> [timespec] {
        [familiesFolder, root].map { path in
            var info = stat()
            return stat(path, &info) == 0 ? info.st_mtim : timespec()
        }
    }
}
