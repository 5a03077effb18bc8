import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer at a time: an exclusive flock on a separate lock file (never check-then-create). The holder
/// writes who it is into the file, so a second instance can say who holds the store. The kernel frees the
/// lock when the holder dies, even by kill -9. The lock file is never deleted (that would race).
final class StoreLock {
    static let fileName = "lock"

    private let fd: Int32
    private let shown: String

    private init(fd: Int32, shown: String) {
        self.fd = fd
        self.shown = shown
    }

    /// Takes the lock, waiting up to `wait` seconds for another holder to finish.
    static func acquire(root: String, user: String, wait: TimeInterval) throws -> StoreLock {
        let path = root + "/" + fileName
        let mode = StoreModes.of(folder: root).file
        let fd = try POSIX.openRegular(path, flags: O_RDWR | O_CREAT, mode: mode, shown: fileName, step: .createLockFile)
        let deadline = Date().addingTimeInterval(wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw StoreError.io(step: .lock, path: fileName, errno: code)
            }
            if Date() >= deadline {
                let holder = readHolder(fd: fd)
                close(fd)
                throw StoreError.locked(holder: holder, path: root)
            }
            usleep(10_000)
        }
        // Only the lock file's owner sets its modes: a colleague's lock file is left as it is. One root made
        // goes to the store's owner, who must be able to lock the store again.
        var info = stat()
        if geteuid() == 0, fstat(fd, &info) == 0, info.st_uid == 0 {
            var folder = stat()
            if stat(root, &folder) == 0 && folder.st_uid != 0 { _ = fchown(fd, folder.st_uid, folder.st_gid) }
            fchmod(fd, mode)
        }
        if fstat(fd, &info) == 0 && info.st_uid == geteuid() && info.st_mode & 0o7777 != mode { fchmod(fd, mode) }
        let lock = StoreLock(fd: fd, shown: fileName)
        lock.writeHolder(user: user)
        return lock
    }

    /// Whether the folder's `lock` is a lock file Sammen made: a regular file, empty (released) or naming
    /// its holder. A creation cut short leaves one; a file of the user's that happens to be called `lock` is not.
    static func isOurs(root: String) -> Bool {
        var info = stat()
        guard lstat(root + "/" + fileName, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        if info.st_size == 0 { return true }
        guard let fd = try? POSIX.openRegular(root + "/" + fileName, flags: O_RDONLY, shown: fileName, step: .read) else { return false }
        defer { close(fd) }
        return readHolder(fd: fd) != nil
    }

    /// Who holds the lock now, or nil when it is free.
    static func currentHolder(root: String) -> LockHolder? {
        guard let fd = try? POSIX.openRegular(root + "/" + fileName, flags: O_RDONLY, shown: fileName, step: .read) else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return readHolder(fd: fd)
    }

    private static func readHolder(fd: Int32) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        return try? JSONDecoder().decode(LockHolder.self, from: Data(buffer[0..<n]))
    }

    private func writeHolder(user: String) {
        let holder = LockHolder(user: user, pid: getpid(), host: POSIX.hostName(), since: AccessLog.timestamp())
        guard let data = try? JSONEncoder().encode(holder) else { return }
        // Who holds the lock is a courtesy to the next instance; failing to write it does not stop the save.
        _ = ftruncate(fd, 0)
        _ = data.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    func release() {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }

    deinit {}
}
