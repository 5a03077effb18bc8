import Foundation
import Testing
import SammenCore
@testable import SammenPostgres

/// Roles belong to the whole server, so two units' databases on one server share `sammen_caseworker` and
/// `sammen_leader`. Who leads, who reads the log and who manages a team must be decided by each database's own
/// members table: a leader stepped down in unit A keeps leading unit B, a leader of B has no leader's rights in
/// A, and a database of schema 3 upgraded to 4 keeps its leaders.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct LeaderPerDatabaseTests {
    /// A unit's store (as `sammen init` makes it, with `schema`): teams «nord» and «syd», a family in each,
    /// sb_nord a caseworker in nord, `leader` leading nord, and one entry in the access log.
    func unit(leader: String, schema: DatabaseSchema = .standard) throws -> TestDatabase {
        let db = try TestCluster.freshDatabase()
        try PostgresStore.create(uri: db.uri(), meta: StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false),
                                 team: Team(name: "Nord", targetCaseload: 25), schema: schema).close()
        let admin = try db.connect()
        defer { admin.close() }
        try admin.query("INSERT INTO sammen.teams (id, record) SELECT 'syd', jsonb_set(record, '{name}', '\"Syd\"') FROM sammen.teams WHERE id = 'nord'")
        try admin.query("SELECT sammen.add_member($1, 'nord', 'AN', 'Anna Nord', false)", [TestCluster.caseworkerNord])
        try admin.query("SELECT sammen.add_member($1, 'nord', 'LE', 'Lene Leder', true)", [leader])
        try admin.query("INSERT INTO sammen.families (id, team_id, record) VALUES ('f-nord', 'nord', '{\"n\":1}'), ('f-syd', 'syd', '{\"n\":1}')")
        try db.connect(TestCluster.caseworkerNord).query("INSERT INTO sammen.access_log (action, family_id) VALUES ('read', 'f-nord')")
        return db
    }

    func ids(_ connection: PGConnection) throws -> [String] {
        try connection.query("SELECT id FROM sammen.families ORDER BY id").rows.compactMap { $0[0] }
    }

    func logCount(_ connection: PGConnection) throws -> Int {
        Int(try connection.query("SELECT count(*) FROM sammen.access_log").scalar ?? "") ?? -1
    }

    func refused(_ body: () throws -> Void) {
        let error = #expect(throws: PostgresError.self) { try body() }
        #expect(error?.kind == .notAllowed, "\(String(describing: error))")
    }

    /// What a leader of the unit may do in `db`, through SQL and through the program.
    func expectLeads(_ role: String, in db: TestDatabase, _ comment: Comment) throws {
        let connection = try db.connect(role)
        defer { connection.close() }
        #expect(try logCount(connection) > 0, comment)
        #expect(try ids(connection) == ["f-nord", "f-syd"], comment)
        // Managing the team: the server's function answers (sb_nord stays a caseworker).
        #expect(throws: Never.self, comment) { try connection.query("SELECT sammen.set_leader($1, 'nord', false)", [TestCluster.caseworkerNord]) }
        let store = try PostgresStore.open(uri: db.uri(role), access: .readOnly)
        defer { store.close() }
        #expect(throws: Never.self, comment) { _ = try store.accessLogEntries(family: nil) }
    }

    /// What a caseworker of team nord (and no leader) may do in `db`.
    func expectDoesNotLead(_ role: String, in db: TestDatabase, _ comment: Comment) throws {
        let connection = try db.connect(role)
        defer { connection.close() }
        #expect(try logCount(connection) == 0, comment)
        #expect(try ids(connection) == ["f-nord"], comment)
        refused { try connection.query("SELECT sammen.set_leader($1, 'nord', true)", [TestCluster.caseworkerNord]) }
        refused { try connection.query("SELECT sammen.add_member($1, 'nord', 'BS', null, false)", [TestCluster.caseworkerSyd]) }
        let store = try PostgresStore.open(uri: db.uri(role), access: .readOnly)
        defer { store.close() }
        let error = #expect(throws: StoreError.self, comment) { _ = try store.accessLogEntries(family: nil) }
        #expect(error?.message(in: .da).contains("må ikke læse adgangsloggen") == true, comment)
    }

    @Test func aLeaderSteppedDownInOneUnitStillLeadsAnotherUnitOnTheSameServer() throws {
        let leader = try TestCluster.throwawayRole("leder_")
        let unitA = try unit(leader: leader.name)
        let unitB = try unit(leader: leader.name)
        defer {
            unitA.drop()
            unitB.drop()
            leader.drop()
        }
        try expectLeads(leader.name, in: unitA, "A, before")
        try expectLeads(leader.name, in: unitB, "B, before")
        // A program of theirs in A is open while they are stepped down there.
        let openInA = try unitA.connect(leader.name)
        defer { openInA.close() }
        #expect(try logCount(openInA) > 0)

        try unitA.connect().query("SELECT sammen.set_leader($1, 'nord', false)", [leader.name])

        // In B nothing changed.
        try expectLeads(leader.name, in: unitB, "B, after A's change")
        // In A the leader's rights go at once, also for the connection already open.
        #expect(try logCount(openInA) == 0)
        #expect(try ids(openInA) == ["f-nord"])
        try expectDoesNotLead(leader.name, in: unitA, "A, stepped down")
        // Removed from A altogether: still leads B.
        try unitA.connect().query("SELECT sammen.remove_member($1, 'nord')", [leader.name])
        try expectLeads(leader.name, in: unitB, "B, after removal from A")
    }

    @Test func aLeaderOfOneUnitHasNoRightsInAnotherUnitsDatabase() throws {
        let leaderA = try TestCluster.throwawayRole("leder_")
        let leaderB = try TestCluster.throwawayRole("leder_")
        let unitA = try unit(leader: leaderA.name)
        let unitB = try unit(leader: leaderB.name)
        defer {
            unitA.drop()
            unitB.drop()
            leaderA.drop()
            leaderB.drop()
        }
        try unitA.connect().query("INSERT INTO sammen.import_columns (mapping) VALUES ('{\"a\":1}')")
        let entriesInA = try logCount(unitA.connect())
        try expectLeads(leaderB.name, in: unitB, "B's own leader in B")
        // The group roles B gave its leader reach A's database on the same server: A's tables must not.
        let stranger = try unitA.connect(leaderB.name)
        defer { stranger.close() }
        #expect(try logCount(stranger) == 0)
        #expect(try ids(stranger) == [])
        #expect(try stranger.query("SELECT count(*) FROM sammen.members").scalar == "0")
        #expect(try stranger.query("SELECT count(*) FROM sammen.store_meta").scalar == "0")
        #expect(try stranger.query("SELECT count(*) FROM sammen.import_columns").scalar == "0")
        #expect(try stranger.query("UPDATE sammen.import_columns SET mapping = '{}'").affected == 0)
        refused { try stranger.query("INSERT INTO sammen.import_columns (mapping) VALUES ('{}') ON CONFLICT (singleton) DO NOTHING") }
        refused { try stranger.query("INSERT INTO sammen.access_log (action) VALUES ('read')") }
        refused { try stranger.query("SELECT sammen.add_member($1, 'nord', 'XX', null, true)", [leaderB.name]) }
        #expect(try unitA.connect().query("SELECT mapping::text FROM sammen.import_columns").scalar == "{\"a\": 1}")
        #expect(try logCount(unitA.connect()) == entriesInA)
        let error = #expect(throws: StoreError.self) { _ = try PostgresStore.open(uri: unitA.uri(leaderB.name), access: .readOnly) }
        #expect(error?.message(in: .da).contains("ikke med i noget team") == true)
        // A's own members are as before: the caseworker reads the settings and the mapping, adds to the log.
        let caseworker = try unitA.connect(TestCluster.caseworkerNord)
        #expect(try caseworker.query("SELECT count(*) FROM sammen.store_meta").scalar == "1")
        #expect(try caseworker.query("UPDATE sammen.import_columns SET mapping = '{\"b\":2}'").affected == 1)
        try caseworker.query("INSERT INTO sammen.access_log (action) VALUES ('read')")
        try expectDoesNotLead(TestCluster.caseworkerNord, in: unitA, "A's caseworker")
    }

    @Test func aSchema3DatabaseUpgradedTo4KeepsItsLeaders() throws {
        let leader = try TestCluster.throwawayRole("leder_")
        let schema3 = DatabaseSchema(migrations: Array(DatabaseSchema.standard.migrations.prefix(3)))
        let db = try unit(leader: leader.name, schema: schema3)
        defer {
            db.drop()
            leader.drop()
        }
        #expect(try schema3.version(of: db.connect()) == 3)
        // The administrative role's program brings it to the current schema when it opens it for writing.
        try PostgresStore.open(uri: db.uri(), access: .perOperation).close()
        #expect(try DatabaseSchema.standard.version(of: db.connect()) == DatabaseSchema.standard.current)
        try expectLeads(leader.name, in: db, "upgraded, the leader")
        try expectDoesNotLead(TestCluster.caseworkerNord, in: db, "upgraded, the caseworker")
        // Schema 1 gave its leaders only sammen_leader, which an older database on the server may still revoke:
        // the upgrade gives each member sammen_caseworker itself, so that cannot take this database's rights.
        let admin = try db.connect()
        #expect(try admin.query("""
            SELECT count(*) FROM sammen.members m JOIN pg_roles r ON r.rolname = m.role
            WHERE NOT EXISTS (SELECT FROM pg_auth_members a WHERE a.roleid = 'sammen_caseworker'::regrole AND a.member = r.oid)
            """).scalar == "0")
        try admin.query("REVOKE sammen_leader FROM \(leader.name)")
        try expectLeads(leader.name, in: db, "upgraded, sammen_leader revoked elsewhere")
        // Stepped down here, the leader's rights here go at once.
        try admin.query("SELECT sammen.set_leader($1, 'nord', false)", [leader.name])
        try expectDoesNotLead(leader.name, in: db, "upgraded, stepped down")
    }
}
