import Foundation

/// The layout and version of a store folder.
///
/// ```
/// store.json             what this folder is (format, schema version, training store or not)
/// team.json              caseworkers and team settings
/// families/<id>.json     one file per family: the whole record
/// cache/index            derived summaries for the dashboard; rebuilt when stale or missing
/// log/2026-12.jsonl      the access log, one append-only file of JSON lines per month (AccessLog)
/// backups/               copies of files taken before a migration
/// lock                   the write lock (held only while a write is made)
/// ```
///
/// Schema 2 (Sammen 0.2.0): team.json maps logins to initials (`members`), store.json names the oldest program
/// that may write the store (`minimumWriterVersion`), the access log moved from access.log into log/.
public enum StoreFormat {
    public static let currentSchemaVersion = 2
    /// This program's version: what `sammen --version` says, and what store.json's `minimumWriterVersion` is
    /// compared with.
    public static let programVersion = "0.2.0"
    /// The oldest program that may write a store of the current schema: the one that brought short locks,
    /// team members and the monthly log (an older one would hold the store for its session and write the
    /// old access.log).
    public static let minimumWriterVersion = "0.2.0"
    static let formatName = "sammen-store"
    public static let metaFile = "store.json"
    public static let teamFile = "team.json"
    public static let familiesFolder = "families"
    static let cacheFolder = "cache"
    static let indexFile = "cache/index"
    /// Index entries of the families saved since the index was last written whole (FamilyIndexJournal).
    static let indexJournalFile = "cache/index.journal"
    /// Where Sammen before index format 2 kept the index (as JSON); removed when the new one is written.
    static let oldIndexFile = "cache/index.json"
    static let accessLogFile = "access.log"
    /// The access log from format 2 on: one file per month, `log/2026-12.jsonl` (AccessLog).
    static let logFolder = "log"
    static let backupsFolder = "backups"
    static let transactionFolder = ".transaction"

    public static func familyPath(_ id: FamilyID) -> String { "\(familiesFolder)/\(id).json" }

    /// Whether a path (inside the store) is one a transaction may write: store.json, team.json or a family
    /// file with a valid id. A journal naming anything else (`../x`, `/etc/x`, `families/../../x`) is refused.
    /// `log/2026-12.jsonl`: a month's access-log file as a creation writes it (a plain name, no `..`).
    static func isLogMonthFile(_ path: String) -> Bool {
        let prefix = logFolder + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(".jsonl") else { return false }
        let name = String(path.dropFirst(prefix.count))
        return !name.contains("/") && !name.hasPrefix(".") && name.count == 13 && AccessLog.month(of: name) != nil
    }

    static func isTransactionTarget(_ path: String) -> Bool {
        if path == metaFile || path == teamFile { return true }
        let prefix = familiesFolder + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(".json") else { return false }
        return Family.isValidID(String(path.dropFirst(prefix.count).dropLast(5)))
    }
}

/// store.json: what the folder is.
public struct StoreMeta: Codable, Sendable, Equatable {
    public var format: String = StoreFormat.formatName
    public var schemaVersion: Int = StoreFormat.currentSchemaVersion
    public var created: LocalDate
    /// A training store (sammen demo): every screen and export says "ØVELSE".
    public var training: Bool
    public var municipality: String?
    /// The oldest Sammen that may write this store (schema 2); an older one opens it read-only and says which
    /// version to install. Absent before schema 2.
    public var minimumWriterVersion: String?

    public init(created: LocalDate, training: Bool, municipality: String? = nil,
                minimumWriterVersion: String? = StoreFormat.minimumWriterVersion) {
        self.created = created
        self.training = training
        self.municipality = municipality
        self.minimumWriterVersion = minimumWriterVersion
    }

    /// Whether a program of `version` may write the store.
    public func allowsWriting(by version: String) -> Bool {
        guard let minimum = minimumWriterVersion else { return true }
        return ProgramVersion(version) >= ProgramVersion(minimum)
    }
}

/// A dotted version number compared part by part as numbers ("0.10.0" is newer than "0.9.3").
public struct ProgramVersion: Comparable, Sendable {
    public var parts: [Int]

    public init(_ text: String) {
        parts = text.split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
    }

    public static func < (a: ProgramVersion, b: ProgramVersion) -> Bool {
        for i in 0..<max(a.parts.count, b.parts.count) {
            let x = i < a.parts.count ? a.parts[i] : 0, y = i < b.parts.count ? b.parts[i] : 0
            if x != y { return x < y }
        }
        return false
    }

    public static func == (a: ProgramVersion, b: ProgramVersion) -> Bool { !(a < b) && !(b < a) }
}

/// Which schema version the store writes and how older files are brought up to it.
/// Migrations are forward-only; each takes a file's JSON object at version n to n + 1.
public struct SchemaPolicy: Sendable {
    public typealias Migration = @Sendable (inout [String: Any]) throws -> Void

    public var current: Int
    /// migrations[n] takes version n to n + 1.
    public var migrations: [Int: Migration]

    public init(current: Int, migrations: [Int: Migration]) {
        self.current = current
        self.migrations = migrations
    }

    /// The schema this build of Sammen writes, and how each older one is brought up to it.
    public static let standard = SchemaPolicy(current: StoreFormat.currentSchemaVersion,
                                              migrations: [1: SchemaUpgrades.toSchema2])
}

/// The migrations of the store's files, one per schema step. Each takes any of the store's JSON files (a family,
/// team.json, store.json) at version n and returns it at n + 1; the backup is made first (Store+Migration).
enum SchemaUpgrades {
    /// 1 → 2: team.json gets its `members` (no login may use a team store until root or a leader adds it:
    /// an upgraded team store is opened by root first, `sammen team add`); store.json gets
    /// `minimumWriterVersion`, so the Sammen 0.1 that held the store for a session never writes it again.
    /// Family files are unchanged.
    static let toSchema2: SchemaPolicy.Migration = { object in
        if object["format"] as? String == StoreFormat.formatName {
            if object["minimumWriterVersion"] == nil { object["minimumWriterVersion"] = StoreFormat.minimumWriterVersion }
        } else if object["targetCaseload"] != nil {
            if object["members"] == nil { object["members"] = [Any]() }
        }
    }
}
