import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the store opens its own files (#15.10): every open of a store file — store.json, team.json, the family
/// files, cache/index, access.log, the lock file, the transaction journal — goes through `openRegular`.
///
/// Anyone with write access to the store folder (a colleague, malware) can put something else under one of
/// those names: a symbolic link (to a file outside the store, or to a folder whose files a cleanup would then
/// delete), a FIFO (an open or a read that waits forever, perhaps while holding the write lock), a device or a
/// socket. So a store file is opened with O_NOFOLLOW (a link is refused, not followed), O_NONBLOCK (opening a
/// FIFO returns at once instead of waiting for a writer) and O_CLOEXEC, then fstat'ed on the descriptor that
/// was opened (no race with a rename): anything but a regular file is closed and refused in words that say
/// what it is. The folders on the way inside the store (families/, cache/, .transaction/) must be real
/// folders, not links. `sammen check` reports each such file (`specialFileProblems`).
extension POSIX {
    /// Opens a file of the store, which must be a regular file. `shown` is its path inside the store; when the
    /// path ends with it, every folder of `shown` on the way is checked too (a link there is refused).
    /// O_NONBLOCK is cleared again once the file is known to be regular.
    static func openRegular(_ path: String, flags: Int32, mode: mode_t = 0o600, shown: String, step: IOStep) throws -> Int32 {
        try checkFoldersOnTheWay(path, shown: shown)
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        if fd < 0 {
            let code = errno
            // ELOOP: the last component is a link. ENXIO: a FIFO opened for writing with no reader. Say what it is.
            if code == ELOOP || code == ENXIO || code == EWOULDBLOCK {
                var info = stat()
                if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG { throw refusal(step, shown: shown, mode: info.st_mode) }
            }
            throw StoreError.io(step: step, path: shown, errno: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw StoreError.io(step: step, path: shown, errno: code)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw refusal(step, shown: shown, mode: info.st_mode)
        }
        let current = fcntl(fd, F_GETFL)
        if current >= 0 { _ = fcntl(fd, F_SETFL, current & ~O_NONBLOCK) }
        return fd
    }

    /// Opens an append-only store file (an access log month, the index journal) in `folder`, created with the
    /// folder's file mode, and returns it with its stat. root (the IT contact) hands a file it has just made to the
    /// folder's owner, who must go on appending to it; the umask may have taken bits away from a new file, so the
    /// owner's file gets its mode back, while a colleague's file keeps the modes it has.
    static func openForAppending(_ path: String, folder: String, flags: Int32, shown: String, step: IOStep) throws -> (fd: Int32, info: stat) {
        let mode = StoreModes.of(folder: folder).file
        let fd = try openRegular(path, flags: flags | O_APPEND | O_CREAT, mode: mode, shown: shown, step: step)
        var info = stat()
        do {
            try check(fstat(fd, &info), step, shown)
            if geteuid() == 0 && info.st_uid == 0 && info.st_size == 0 {
                var owner = stat()
                if stat(folder, &owner) == 0 { _ = fchown(fd, owner.st_uid, owner.st_gid) }
                _ = fstat(fd, &info)
            }
            if info.st_uid == geteuid() && info.st_mode & 0o7777 != mode {
                try check(fchmod(fd, mode), .setPermissions, shown)
            }
        } catch {
            close(fd)
            throw error
        }
        return (fd, info)
    }

    /// Refuses a link (or anything but a folder) in place of one of the store's folders on the way to a file,
    /// e.g. `cache` → /tmp or `.transaction` → the user's home.
    static func checkFoldersOnTheWay(_ path: String, shown: String) throws {
        guard shown.contains("/"), !shown.hasPrefix("/"), path.hasSuffix("/" + shown) else { return }
        let root = String(path.dropLast(shown.count + 1))
        var folder = root
        var shownFolder = ""
        for component in shown.split(separator: "/").dropLast() {
            folder += "/" + component
            shownFolder += (shownFolder.isEmpty ? "" : "/") + component
            var info = stat()
            guard lstat(folder, &info) == 0 else { return }  // missing: the open says so
            if (info.st_mode & S_IFMT) != S_IFDIR {
                throw StoreError.unreadable(FileProblem(path: shownFolder, reason: notFolderReason(info.st_mode)))
            }
        }
    }

    /// What a path is when it is not a regular file, as a problem; nil when it is one (or is missing).
    static func specialFileProblem(_ path: String, shown: String) -> FileProblem? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG else { return nil }
        return FileProblem(path: shown, reason: notRegularReason(info.st_mode))
    }

    /// What a path is when it is not a real folder, as a problem; nil when it is one (or is missing).
    static func specialFolderProblem(_ path: String, shown: String) -> FileProblem? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        return FileProblem(path: shown, reason: notFolderReason(info.st_mode))
    }

    /// "Could not write to the access log access.log: it is a FIFO, not a regular file; …" as a file problem
    /// (so a family file or team.json so replaced is listed with the other unreadable files).
    static func refusal(_ step: IOStep, shown: String, mode: mode_t) -> StoreError {
        let kind = kindName(mode)
        return .unreadable(FileProblem(path: shown, reason: Phrase(
            da: "Sammen kunne ikke \(step.da): den er \(kind.da), ikke en almindelig fil; Sammen åbner den ikke og ændrer den ikke (fjern den, eller læg den rigtige fil på plads)",
            en: "Sammen could not \(step.en): it is \(kind.en), not a regular file; Sammen does not open or change it (remove it, or put the real file in its place)")))
    }

    /// "is a FIFO, not a regular file": what it is, and that Sammen leaves it alone.
    static func notRegularReason(_ mode: mode_t) -> Phrase {
        let kind = kindName(mode)
        return Phrase(da: "er \(kind.da), ikke en almindelig fil; Sammen åbner den ikke og ændrer den ikke (fjern den, eller læg den rigtige fil på plads)",
                      en: "is \(kind.en), not a regular file; Sammen does not open or change it (remove it, or put the real file in its place)")
    }

    static func notFolderReason(_ mode: mode_t) -> Phrase {
        let kind = kindName(mode)
        return Phrase(da: "er \(kind.da), ikke en mappe; Sammen følger den ikke og ændrer den ikke (fjern den)",
                      en: "is \(kind.en), not a folder; Sammen does not follow or change it (remove it)")
    }

    static func kindName(_ mode: mode_t) -> Phrase {
        switch mode & S_IFMT {
        case S_IFLNK: return Phrase(da: "et symbolsk link", en: "a symbolic link")
        case S_IFIFO: return Phrase(da: "en FIFO (et navngivet rør)", en: "a FIFO (a named pipe)")
        case S_IFDIR: return Phrase(da: "en mappe", en: "a folder")
        case S_IFCHR, S_IFBLK: return Phrase(da: "en enhedsfil", en: "a device file")
        case S_IFSOCK: return Phrase(da: "en socket", en: "a socket")
        case S_IFREG: return Phrase(da: "en almindelig fil", en: "a regular file")
        default: return Phrase(da: "en særlig fil", en: "a special file")
        }
    }
}
