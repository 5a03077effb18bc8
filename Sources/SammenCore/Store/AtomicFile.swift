import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all: a temp file in the same folder (0600), write, fsync, rename over the
/// target, fsync the folder. After a crash at any step the target holds either the old or the new bytes.
/// On an error the temp file is removed and the target is untouched.
enum AtomicFile {
    /// Temp files start with this, so a store opened for writing can sweep what a crash left behind.
    static let tempPrefix = ".sammen-tmp-"

    /// `mode`: the new file's mode; by default the store's (StoreModes: 0600, or 0660 in a team store).
    static func write(_ data: Data, to path: String, shown: String, faults: FaultPlan?, mode: mode_t? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let fileMode = mode ?? StoreModes.of(folder: folder).file
        let temp = folder + "/" + tempPrefix + name + "-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // A link in place of one of the store's folders (cache → elsewhere) is refused, never written through.
        try POSIX.checkFoldersOnTheWay(path, shown: shown)

        try POSIX.inject(faults, .open, .createTempFile, shown)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode & 0o777)
        try POSIX.check(fd, .createTempFile, shown)
        var open = true
        do {
            // The umask may have taken bits away or the mode may be wider: set it exactly.
            try POSIX.check(fchmod(fd, fileMode), .setPermissions, shown)
            // The file is new and ours, so no other member's modes are touched. root (the IT contact) hands
            // it to the owner of the file it replaces (or of the folder), so that owner can still read it.
            if geteuid() == 0 && mode == nil { keepOwner(fd: fd, target: path, folder: folder) }
            try POSIX.writeAll(fd: fd, data: data, shown: shown, faults: faults)
            try POSIX.fsync(fd: fd, shown: shown, faults: faults)
            try POSIX.check(close(fd), .close, shown)
            open = false
            try POSIX.rename(temp, path, shown: shown, faults: faults)
        } catch let error as SimulatedCrash {
            throw error
        } catch {
            if open { close(fd) }
            unlink(temp)
            throw error
        }
        // The new name is in place; make the folder entry durable. If this fails the data is written but may
        // not survive a power cut: say exactly that (not "could not save"), there is nothing to undo.
        let shownFolder = (shown as NSString).deletingLastPathComponent.isEmpty
            ? "arkivmappen" : (shown as NSString).deletingLastPathComponent
        do {
            try POSIX.fsyncFolder(folder, shown: shownFolder, faults: faults)
        } catch StoreError.io(_, _, let code) {
            throw StoreError.notDurable(path: shown, errno: code)
        }
    }

    private static func keepOwner(fd: Int32, target: String, folder: String) {
        var info = stat()
        guard lstat(target, &info) == 0 || stat(folder, &info) == 0 else { return }
        _ = fchown(fd, info.st_uid, info.st_gid)
    }

    /// Removes temp files and temp folders a crash left in `folder`. Only a process holding the write lock
    /// may call this.
    static func sweepTemps(in folder: String) {
        guard let names = try? POSIX.list(folder, shown: folder) else { return }
        for name in names where name.hasPrefix(tempPrefix) {
            let path = folder + "/" + name
            if unlink(path) != 0 && (errno == EISDIR || errno == EPERM) { POSIX.removeTree(path) }
        }
    }
}
