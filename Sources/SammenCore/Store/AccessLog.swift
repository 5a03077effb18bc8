import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What was done with personal data, as Danish guidance expects: who, when, what, whose record, and the
/// search criterion. Append-only JSON lines; entries older than the retention are purged when a writer opens
/// the store; a data subject's entries can be extracted. Never holds a CPR number in clear.
public struct AccessLogEntry: Codable, Sendable, Equatable {
    public var time: String
    /// The name the store knows the user by: the initials in a team store, the name given in a private one.
    public var user: String
    /// The operating system's login of the account that did it (absent in lines written before Sammen 0.2).
    public var login: String?
    public var action: AccessAction
    /// The family whose record it was; nil for caseload-wide actions (a list, a search).
    public var family: FamilyID?
    /// The search criterion or what was done ("due --caseworker MHA", "import 31 families").
    public var detail: String?

    public init(time: String, user: String, login: String? = nil, action: AccessAction, family: FamilyID? = nil,
                detail: String? = nil) {
        self.time = time
        self.user = user
        self.login = login
        self.action = action
        // A family id never holds a CPR number, but a mistyped search may: mask anything that looks like one.
        self.family = family.map(CPRNumber.redact)
        self.detail = detail.map(CPRNumber.redact)
    }
}

public enum AccessAction: String, Codable, Sendable, CaseIterable {
    case read, list, search, change, create, export, delete, `import`
}

final class AccessLog {
    static let retentionDays = 180

    private let path: String
    private let shown = StoreFormat.accessLogFile

    init(root: String) {
        path = root + "/" + StoreFormat.accessLogFile
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        return formatter.string(from: date)
    }

    /// Appends one entry with one write(2) on an O_APPEND file, then fsyncs: entries from two processes
    /// never interleave, and an entry is on disk before the action it records is done (the store logs first).
    /// A line cut short (a full disk, a crash) never swallows the next entry: a failed append takes its part
    /// back, and an append after a cut-off line starts on a new line.
    func append(_ entry: AccessLogEntry) throws {
        var line = try AccessLog.line(entry)
        // Read and write: the last byte is read to see whether the log ends in a cut-off line.
        let mode = StoreModes.of(folder: (path as NSString).deletingLastPathComponent).file
        let fd = try POSIX.openRegular(path, flags: O_RDWR | O_APPEND | O_CREAT, mode: mode, shown: shown, step: .writeAccessLog)
        defer { close(fd) }
        var info = stat()
        try POSIX.check(fstat(fd, &info), .writeAccessLog, shown)
        // root (the IT contact) hands a log file it made to the store's owner, who must go on appending to it.
        if geteuid() == 0 && info.st_uid == 0 && info.st_size == 0 {
            var folder = stat()
            if stat((path as NSString).deletingLastPathComponent, &folder) == 0 { _ = fchown(fd, folder.st_uid, folder.st_gid) }
            _ = fstat(fd, &info)
        }
        // The umask may have taken bits away from a new file; a colleague's file keeps the modes it has.
        if info.st_uid == geteuid() && info.st_mode & 0o7777 != mode {
            try POSIX.check(fchmod(fd, mode), .setPermissions, shown)
        }
        let before = Int64(info.st_size)
        if before > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, off_t(before - 1)) == 1, last != 0x0A { line.insert(0x0A, at: 0) }
        }
        do {
            try POSIX.writeAll(fd: fd, data: line, shown: shown, faults: nil)
        } catch {
            var now = stat()
            if fstat(fd, &now) == 0, Int64(now.st_size) > before, Int64(now.st_size) < before + Int64(line.count) {
                _ = ftruncate(fd, off_t(before))
            }
            throw error
        }
        try POSIX.fsync(fd: fd, shown: shown, faults: nil)
    }

    /// One entry as the log holds it: a JSON object on one line, ending in a newline.
    static func line(_ entry: AccessLogEntry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        return line
    }

    func entries() throws -> [AccessLogEntry] {
        guard POSIX.exists(path) else { return [] }
        let data = try POSIX.readFile(path, shown: shown, limit: 1 << 30)
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(AccessLogEntry.self, from: Data($0)) }
    }

    /// Removes entries older than the retention. Cheap when there is nothing to purge: only the first line
    /// is read. The caller holds the write lock.
    func purge(now: Date, faults: FaultPlan?) throws {
        guard POSIX.exists(path) else { return }
        let cutoff = AccessLog.timestamp(now.addingTimeInterval(-Double(AccessLog.retentionDays) * 86_400))
        guard let first = try firstLine(), let entry = try? JSONDecoder().decode(AccessLogEntry.self, from: first),
              entry.time < cutoff else { return }
        let data = try POSIX.readFile(path, shown: shown, limit: 1 << 30)
        var kept = Data()
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A) {
            if let e = try? decoder.decode(AccessLogEntry.self, from: Data(line)), e.time < cutoff { continue }
            kept.append(contentsOf: line)
            kept.append(0x0A)
        }
        try AtomicFile.write(kept, to: path, shown: shown, faults: faults)
    }

    private func firstLine() throws -> Data? {
        let fd = try POSIX.openRegular(path, flags: O_RDONLY, shown: shown, step: .read)
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return nil }
        let slice = buffer[0..<n]
        let end = slice.firstIndex(of: 0x0A) ?? n
        return Data(buffer[0..<end])
    }
}
