import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Thin, checked wrappers over the system calls the store needs. Each failure becomes a StoreError that says
/// what was being done to which file. Paths shown to the user are relative to the store.
enum POSIX {
    /// Exports and the user's own settings: the exporter's alone, whatever store they came from.
    static let privateFileMode: mode_t = 0o600

    static func check(_ result: Int32, _ step: IOStep, _ shown: String) throws {
        if result < 0 { throw StoreError.io(step: step, path: shown, errno: errno) }
    }

    /// Consults the fault plan before a system call: fail it with an errno, or crash here.
    static func inject(_ plan: FaultPlan?, _ call: FaultPlan.Call, _ step: IOStep, _ shown: String) throws {
        guard let plan, let action = plan.action(for: call) else { return }
        switch action {
        case .crash: throw SimulatedCrash()
        case .fail(let code): throw StoreError.io(step: step, path: shown, errno: code)
        }
    }

    static func fsync(fd: Int32, shown: String, faults: FaultPlan?) throws {
        try inject(faults, .fsync, .syncToDisk, shown)
        try check(Glibc.fsync(fd), .syncToDisk, shown)
    }

    static func rename(_ from: String, _ to: String, shown: String, faults: FaultPlan?) throws {
        try inject(faults, .rename, .rename, shown)
        try check(Glibc.rename(from, to), .rename, shown)
    }

    /// Opens a folder and fsyncs it, so a rename or a new file in it survives a power cut.
    static func fsyncFolder(_ path: String, shown: String, faults: FaultPlan?) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK)
        try check(fd, .openFolder, shown)
        defer { close(fd) }
        try fsync(fd: fd, shown: shown, faults: faults)
    }

    /// Writes all of `data` to `fd`, retrying short writes and EINTR.
    static func writeAll(fd: Int32, data: Data, shown: String, faults: FaultPlan?) throws {
        try inject(faults, .write, .write, shown)
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var pointer = raw.baseAddress else { return }
            var remaining = raw.count
            while remaining > 0 {
                let n = Glibc.write(fd, pointer, remaining)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.io(step: .write, path: shown, errno: errno)
                }
                pointer += n
                remaining -= n
            }
        }
    }

    /// Creates a folder with the modes of the store it is in (StoreModes: 0700, or 2770 in a team store) whatever
    /// the umask; an existing folder is fine. `mode` overrides it (the store folder itself, made by `init`).
    static func makeFolder(_ path: String, shown: String, mode: mode_t? = nil) throws {
        let wanted = mode ?? StoreModes.of(folder: (path as NSString).deletingLastPathComponent).folder
        if mkdir(path, wanted & 0o777) < 0 {
            if errno == EEXIST {
                var info = stat()
                if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
                throw StoreError.io(step: .createFolder, path: shown, errno: ENOTDIR)
            }
            throw StoreError.io(step: .createFolder, path: shown, errno: errno)
        }
        try check(chmod(path, wanted), .setPermissions, shown)
        keepOwner(path: path)
    }

    /// root (the team's IT contact) never leaves a file or folder its store's owner cannot use: what root makes
    /// in a store gets the owner and group of the folder it is in.
    static func keepOwner(path: String) {
        guard geteuid() == 0 else { return }
        var parent = stat()
        guard stat((path as NSString).deletingLastPathComponent, &parent) == 0 else { return }
        _ = lchown(path, parent.st_uid, parent.st_gid)
    }

    /// Reads a whole regular file, opened with `openRegular`: a link, a FIFO, a folder or a device is refused in
    /// words, never followed or waited on.
    /// The biggest record file the store reads (and so the biggest it writes).
    static let recordLimit = 64 << 20

    static func readFile(_ path: String, shown: String, limit: Int = recordLimit) throws -> Data {
        let fd = try openRegular(path, flags: O_RDONLY, shown: shown, step: .read)
        defer { close(fd) }
        var info = stat()
        try check(fstat(fd, &info), .read, shown)
        if Int(info.st_size) > limit {
            throw StoreError.unreadable(FileProblem(
                path: shown, reason: Phrase(da: "filen er \(Int(info.st_size) >> 20) MB; en Sammen-fil er aldrig så stor, så den er ikke læst",
                                         en: "the file is \(Int(info.st_size) >> 20) MB; a Sammen file is never that big, so it is not read")))
        }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(step: .read, path: shown, errno: errno)
            }
            if n == 0 { break }
            offset += n
        }
        if offset < data.count { data.removeSubrange(offset...) }
        return data
    }

    /// Removes a folder and everything in it, never following a symbolic link. Best effort: used only for
    /// Sammen's own temp and half-made folders.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in (try? list(path, shown: path)) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// When a folder's entries last changed (a file created, removed or renamed in it), to the nanosecond.
    static func changeStamp(_ path: String) -> [Int] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [] }
        return [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in a folder, without "." and "..".
    static func list(_ path: String, shown: String) throws -> [String] {
        guard let dir = opendir(path) else { throw StoreError.io(step: .readFolder, path: shown, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "ukendt maskine" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
