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

/// The access log on disk: one file per month, `log/2026-12.jsonl`, appended to by every program of every
/// account without a lock (one write(2) per line on an O_APPEND file never interleaves), and purged by deleting
/// whole months, so a purge never rewrites a file another program appends to. A month is named by the entry's
/// own time (Danish local time), so the month an entry goes to never depends on who writes it.
///
/// Sammen before 0.2 kept one `access.log`; a writer moves it into months (`2026-11-migrated-<n>.jsonl`) with
/// every line, exactly once, even across a crash (AccessLog+Months.swift).
final class AccessLog {
    static let retentionDays = 180

    let root: String
    let folder: String
    /// The one file of Sammen before 0.2.
    let legacyPath: String

    init(root: String) {
        self.root = root
        folder = root + "/" + StoreFormat.logFolder
        legacyPath = root + "/" + StoreFormat.accessLogFile
    }

    /// "2026-12-03T10:52:23+01:00": Danish time, computed without ICU (`DanishTime`).
    static func timestamp(_ date: Date = Date()) -> String { DanishTime.timestamp(date) }

    /// "2026-12" for an entry at "2026-12-03T10:52:23+01:00"; nil for a time that does not start with a date.
    static func month(of time: String) -> String? {
        let prefix = Array(time.utf8.prefix(7))
        guard prefix.count == 7, prefix[4] == UInt8(ascii: "-"),
              prefix.enumerated().allSatisfy({ $0.offset == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) })
        else { return nil }
        return String(decoding: prefix, as: UTF8.self)
    }

    static func monthFileName(_ month: String) -> String { month + ".jsonl" }

    /// Appends one entry to its month's file with one write(2) on an O_APPEND file, then fsyncs: entries from
    /// several programs and accounts never interleave, and an entry is on disk before the action it records is
    /// done (the store logs first). A line cut short (a full disk, a crash) never swallows the next entry: a
    /// failed append takes its part back, and an append after a cut-off line starts on a new line.
    func append(_ entry: AccessLogEntry) throws {
        try append(lines: AccessLog.line(entry), month: AccessLog.month(of: entry.time) ?? "0000-00")
    }

    /// Appends many entries (a whole store's log, `sammen store copy`), each to its month's file, one write(2)
    /// and one fsync per month rather than per entry.
    func append(_ entries: [AccessLogEntry]) throws {
        var start = entries.startIndex
        while start < entries.endIndex {
            let month = AccessLog.month(of: entries[start].time) ?? "0000-00"
            var end = start
            var lines = Data()
            while end < entries.endIndex, (AccessLog.month(of: entries[end].time) ?? "0000-00") == month {
                lines.append(try AccessLog.line(entries[end]))
                end += 1
            }
            try append(lines: lines, month: month)
            start = end
        }
    }

    private func append(lines: Data, month: String) throws {
        var line = lines
        let shown = StoreFormat.logFolder + "/" + AccessLog.monthFileName(month)
        let path = root + "/" + shown
        if !POSIX.isFolder(folder) { try POSIX.makeFolder(folder, shown: StoreFormat.logFolder) }
        // Read and write: the last byte is read to see whether the log ends in a cut-off line.
        let (fd, info) = try POSIX.openForAppending(path, folder: folder, flags: O_RDWR, shown: shown, step: .writeAccessLog)
        defer { close(fd) }
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
        // A new month's file: its name must survive a power cut as well as its line.
        if before == 0 { try POSIX.fsyncFolder(folder, shown: StoreFormat.logFolder, faults: nil) }
    }

    /// One entry as the log holds it: a JSON object on one line, ending in a newline.
    static func line(_ entry: AccessLogEntry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        return line
    }

    /// Every entry, oldest file first: what is left of a log of Sammen before 0.2 (not yet moved), then the
    /// months in order.
    func entries() throws -> [AccessLogEntry] {
        let decoder = JSONDecoder()
        var all: [AccessLogEntry] = []
        for (path, shown) in try files() {
            let data = try POSIX.readFile(path, shown: shown, limit: 1 << 30)
            all.append(contentsOf: data.split(separator: 0x0A).compactMap { try? decoder.decode(AccessLogEntry.self, from: Data($0)) })
        }
        return all
    }

    /// The log's files in reading order, with the names shown in messages.
    func files() throws -> [(path: String, shown: String)] {
        var found: [(String, String)] = []
        if POSIX.exists(legacyPath) { found.append((legacyPath, StoreFormat.accessLogFile)) }
        guard POSIX.isFolder(folder) else { return found }
        let names = try POSIX.list(folder, shown: StoreFormat.logFolder)
        // An old log half moved (a crash): read it whole, and not the month files made from it so far.
        var moving = Set<String>()
        for name in names.filter({ $0.hasSuffix(AccessLog.movingSuffix) }).sorted() {
            found.append((folder + "/" + name, StoreFormat.logFolder + "/" + name))
            moving.insert(String(name.dropFirst("access-".count).dropLast(AccessLog.movingSuffix.count)))
        }
        for name in names.filter({ $0.hasSuffix(".jsonl") && AccessLog.month(of: $0) != nil }).sorted() {
            if let tag = name.split(separator: "-").last?.dropLast(".jsonl".count), name.contains("-migrated-"),
               moving.contains(String(tag)) { continue }
            found.append((folder + "/" + name, StoreFormat.logFolder + "/" + name))
        }
        return found
    }
}
