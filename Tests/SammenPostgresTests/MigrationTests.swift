import Foundation
import Testing
@testable import SammenPostgres

/// The database schema: created in an empty database, each migration in one transaction and recorded, a newer
/// database refused and left alone, a migration that fails leaving nothing half done.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct MigrationTests {
    @Test func createsTheSchemaInAnEmptyDatabaseAndRecordsIt() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        let connection = try db.connect()
        #expect(try DatabaseSchema.standard.version(of: connection) == nil)
        try DatabaseSchema.standard.create(connection)
        #expect(try DatabaseSchema.standard.version(of: connection) == DatabaseSchema.standard.current)
        let recorded = try connection.query("SELECT version, applied_by FROM sammen.schema_migrations ORDER BY version")
        #expect(recorded.rows.map { $0[0] } == DatabaseSchema.standard.migrations.map { String($0.version) })
        #expect(recorded.rows.first?[1] == TestCluster.admin)
        // A second init refuses: the schema is there.
        #expect(throws: PostgresError.self) { try DatabaseSchema.standard.create(connection) }
    }

    @Test func aDatabaseWithoutTheSchemaIsRefusedInWords() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        let connection = try db.connect()
        let error = #expect(throws: PostgresError.self) { try DatabaseSchema.standard.checkOpenable(connection) }
        #expect(error?.kind == .noSchema)
        #expect(error?.phrase.da.contains("sammen init") == true)
    }

    @Test func aNewerDatabaseIsRefusedAndNotTouched() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        let connection = try db.connect()
        try DatabaseSchema.standard.create(connection)
        let newer = DatabaseSchema.standard.current + 1
        try connection.query("INSERT INTO sammen.schema_migrations (version, program) VALUES ($1, 'a newer Sammen')", [String(newer)])
        let error = #expect(throws: PostgresError.self) { try DatabaseSchema.standard.migrate(connection, program: "test") }
        #expect(error?.kind == .schemaTooNew(found: newer, supported: DatabaseSchema.standard.current))
        #expect(try connection.query("SELECT count(*) FROM sammen.schema_migrations").scalar == String(DatabaseSchema.standard.migrations.count + 1))
    }

    @Test func aNewMigrationIsAppliedOnceInOneTransaction() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        let connection = try db.connect()
        try DatabaseSchema.standard.create(connection)
        let next = DatabaseSchema.standard.current + 1
        var withNext = DatabaseSchema.standard
        withNext.migrations.append(.init(version: next, sql: "ALTER TABLE sammen.families ADD COLUMN note text;"))
        #expect(try withNext.migrate(connection, program: "test") == [next])
        #expect(try withNext.migrate(connection, program: "test") == [])
        #expect(try connection.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'families' AND column_name = 'note'").scalar == "1")

        // A migration that fails half way leaves neither its first statement nor its record.
        var broken = withNext
        broken.migrations.append(.init(version: next + 1, sql: "CREATE TABLE sammen.half (x int); SELECT no_such_function();"))
        #expect(throws: PostgresError.self) { try broken.migrate(connection, program: "test") }
        #expect(try connection.query("SELECT to_regclass('sammen.half') IS NULL").scalar == "t")
        #expect(try withNext.version(of: connection) == next)
    }
}
