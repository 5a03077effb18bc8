import Foundation

/// The database's schema version and its migrations: each applied in one transaction and recorded in
/// `sammen.schema_migrations`; a database newer than the program is refused, never touched.
public struct DatabaseSchema: Sendable {
    public struct Migration: Sendable {
        public var version: Int
        public var sql: String
        /// Work SQL cannot do (what only the program computes, such as summary lines), run after `sql` in the
        /// same transaction: it fails, nothing of the migration stays.
        public var program: (@Sendable (PGConnection) throws -> Void)?
        public init(version: Int, sql: String, program: (@Sendable (PGConnection) throws -> Void)? = nil) {
            self.version = version
            self.sql = sql
            self.program = program
        }
    }

    /// The migrations this program knows, in order from 1.
    public var migrations: [Migration]

    public static let standard = DatabaseSchema(migrations: [
        Migration(version: 1, sql: Migration1.sql),
        Migration(version: 2, sql: Migration2.sql),
        Migration(version: 3, sql: Migration3.sql, program: Migration3.backfill),
        Migration(version: 4, sql: Migration4.sql),
        Migration(version: 5, sql: Migration5.sql, program: Migration5.backfill),
        Migration(version: 6, sql: Migration6.sql),
    ])

    public init(migrations: [Migration]) {
        self.migrations = migrations
    }

    /// The newest version this program knows.
    public var current: Int { migrations.last?.version ?? 0 }

    /// The database's version; nil when it has no Sammen schema.
    public func version(of connection: PGConnection) throws -> Int? {
        let exists = try connection.query("SELECT to_regclass('sammen.schema_migrations') IS NOT NULL").scalar
        guard exists == "t" else { return nil }
        return Int(try connection.query("SELECT coalesce(max(version), 0) FROM sammen.schema_migrations").scalar ?? "0")
    }

    /// Throws in words unless the database holds a Sammen schema this program can work with (perhaps older:
    /// then `migrate` brings it forward). Returns its version.
    @discardableResult
    public func checkOpenable(_ connection: PGConnection) throws -> Int {
        guard let found = try version(of: connection) else {
            throw PostgresError(kind: .noSchema, server: connection.server, serverMessage: "")
        }
        if found > current {
            throw PostgresError(kind: .schemaTooNew(found: found, supported: current), server: connection.server, serverMessage: "")
        }
        return found
    }

    /// Creates the schema in a database that has none (`sammen init`). Refuses a database that has one.
    public func create(_ connection: PGConnection) throws {
        try connection.transaction {
            if try connection.query("SELECT to_regnamespace('sammen') IS NOT NULL").scalar == "t" {
                throw PostgresError(kind: .refused, server: connection.server,
                                    serverMessage: "the database already has a schema «sammen»")
            }
            try connection.execute(script: """
                CREATE SCHEMA sammen;
                CREATE TABLE sammen.schema_migrations (
                    version integer PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    applied_by name NOT NULL DEFAULT session_user,
                    program text NOT NULL
                );
                """)
        }
        try migrate(connection, program: "")
    }

    /// Applies every migration the database lacks, each in its own transaction, which first locks the
    /// migrations table (two programs migrating at once: the second finds the work done). Returns the versions
    /// applied.
    @discardableResult
    public func migrate(_ connection: PGConnection, program: String) throws -> [Int] {
        var applied: [Int] = []
        for migration in migrations {
            let done: Bool = try connection.transaction {
                try connection.query("LOCK TABLE sammen.schema_migrations IN EXCLUSIVE MODE")
                let found = try checkOpenable(connection)
                if found >= migration.version { return false }
                try connection.execute(script: migration.sql)
                try migration.program?(connection)
                try connection.query("INSERT INTO sammen.schema_migrations (version, program) VALUES ($1, $2)",
                                     [String(migration.version), program])
                return true
            }
            if done { applied.append(migration.version) }
        }
        return applied
    }
}
