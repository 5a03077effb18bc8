import Foundation

/// The layout and version of a store folder.
///
/// ```
/// store.json             what this folder is (format, schema version, training store or not)
/// team.json              caseworkers and team settings
/// families/<id>.json     one file per family: the whole record
/// cache/index            derived summaries for the dashboard; rebuilt when stale or missing
/// access.log             append-only access log (JSON lines)
/// backups/               copies of files taken before a migration
/// lock                   the write lock
/// ```
public enum StoreFormat {
    public static let currentSchemaVersion = 1
    static let formatName = "sammen-store"
    static let metaFile = "store.json"
    static let teamFile = "team.json"
    static let familiesFolder = "families"
    static let cacheFolder = "cache"
    static let indexFile = "cache/index"
    /// Where Sammen before index format 2 kept the index (as JSON); removed when the new one is written.
    static let oldIndexFile = "cache/index.json"
    static let accessLogFile = "access.log"
    /// The access log from format 2 on: one file per month, `log/2026-12.jsonl` (AccessLog).
    static let logFolder = "log"
    static let backupsFolder = "backups"
    static let transactionFolder = ".transaction"

    static func familyPath(_ id: FamilyID) -> String { "\(familiesFolder)/\(id).json" }

    /// Whether a path (inside the store) is one a transaction may write: store.json, team.json or a family
    /// file with a valid id. A journal naming anything else (`../x`, `/etc/x`, `families/../../x`) is refused.
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

    public init(created: LocalDate, training: Bool, municipality: String? = nil) {
        self.created = created
        self.training = training
        self.municipality = municipality
    }
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

    /// The schema this build of Sammen writes. Version 1 is the first; no migrations yet.
    public static let standard = SchemaPolicy(current: StoreFormat.currentSchemaVersion, migrations: [:])
}
