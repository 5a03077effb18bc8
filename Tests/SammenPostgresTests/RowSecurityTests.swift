import Foundation
import Testing
@testable import SammenPostgres

/// What the server itself enforces, whatever a client sends: two caseworkers in two teams and a leader of the
/// unit. Each caseworker sees and changes only their team's families; the leader sees the unit; the access log
/// takes the user and the time from the server, refuses a forged one, and is never updated or deleted.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct RowSecurityTests {
    /// A database with teams «nord» and «syd», one family in each, the test roles as members.
    func unit() throws -> TestDatabase {
        let db = try TestCluster.freshDatabase()
        let admin = try db.connect()
        defer { admin.close() }
        try DatabaseSchema.standard.create(admin)
        try admin.query("INSERT INTO sammen.teams (id, record) VALUES ('nord', '{}'), ('syd', '{}')")
        try admin.query("SELECT sammen.add_member($1, 'nord', 'AN', 'Anna Nord', false)", [TestCluster.caseworkerNord])
        try admin.query("SELECT sammen.add_member($1, 'syd', 'BS', 'Bo Syd', false)", [TestCluster.caseworkerSyd])
        try admin.query("SELECT sammen.add_member($1, 'nord', 'LE', 'Lene Leder', true)", [TestCluster.leader])
        try admin.query("INSERT INTO sammen.families (id, team_id, record) VALUES ('f-nord', 'nord', '{\"n\":1}'), ('f-syd', 'syd', '{\"n\":1}')")
        return db
    }

    func ids(_ connection: PGConnection) throws -> [String] {
        try connection.query("SELECT id FROM sammen.families ORDER BY id").rows.compactMap { $0[0] }
    }

    func refused(_ kind: PostgresError.Kind = .notAllowed, _ body: () throws -> Void) {
        let error = #expect(throws: PostgresError.self) { try body() }
        #expect(error?.kind == kind, "\(String(describing: error))")
    }

    @Test func eachCaseworkerSeesOnlyTheirTeamAndTheLeaderSeesTheUnit() throws {
        let db = try unit()
        defer { db.drop() }
        #expect(try ids(db.connect(TestCluster.caseworkerNord)) == ["f-nord"])
        #expect(try ids(db.connect(TestCluster.caseworkerSyd)) == ["f-syd"])
        #expect(try ids(db.connect(TestCluster.leader)) == ["f-nord", "f-syd"])
    }

    @Test func aCaseworkerCannotChangeOrMoveAnotherTeamsFamily() throws {
        let db = try unit()
        defer { db.drop() }
        let nord = try db.connect(TestCluster.caseworkerNord)
        #expect(try nord.query("UPDATE sammen.families SET record = '{\"n\":2}' WHERE id = 'f-syd'").affected == 0)
        refused { try nord.query("INSERT INTO sammen.families (id, team_id, record) VALUES ('f-x', 'syd', '{}')") }
        refused { try nord.query("UPDATE sammen.families SET team_id = 'syd' WHERE id = 'f-nord'") }
        // Their own team's family they may change.
        #expect(try nord.query("UPDATE sammen.families SET record = '{\"n\":2}' WHERE id = 'f-nord'").affected == 1)
        let syd = try db.connect(TestCluster.caseworkerSyd)
        #expect(try syd.query("SELECT record->>'n' FROM sammen.families WHERE id = 'f-syd'").scalar == "1")
        // No caseworker deletes a family.
        refused { try nord.query("DELETE FROM sammen.families WHERE id = 'f-nord'") }
    }

    @Test func theVersionAndChangeNumberAreTheServersNotTheClients() throws {
        let db = try unit()
        defer { db.drop() }
        let nord = try db.connect(TestCluster.caseworkerNord)
        let before = try nord.query("SELECT version, change_number FROM sammen.families WHERE id = 'f-nord'").rows[0]
        try nord.query("UPDATE sammen.families SET version = 1000, change_number = 1000, changed_by = 'leder' WHERE id = 'f-nord'")
        let after = try nord.query("SELECT version, change_number, changed_by FROM sammen.families WHERE id = 'f-nord'").rows[0]
        #expect(Int(after[0]!) == Int(before[0]!)! + 1)
        #expect(Int(after[1]!)! > Int(before[1]!)! && Int(after[1]!)! < 1000)
        #expect(after[2] == TestCluster.caseworkerNord)
    }

    @Test func theLogTakesUserAndTimeFromTheServerAndRefusesForgedOnes() throws {
        let db = try unit()
        defer { db.drop() }
        let nord = try db.connect(TestCluster.caseworkerNord)
        try nord.query("INSERT INTO sammen.access_log (action, family_id, detail) VALUES ('read', 'f-nord', 'x')")
        refused { try nord.query("INSERT INTO sammen.access_log (action, role) VALUES ('read', 'leder')") }
        refused { try nord.query("INSERT INTO sammen.access_log (action, at) VALUES ('read', '2020-01-01')") }
        refused { try nord.query("INSERT INTO sammen.access_log (action, initials) VALUES ('read', 'LE')") }
        // A caseworker may only add: not read the log (the server shows them none of its entries).
        #expect(try nord.query("SELECT count(*) FROM sammen.access_log").scalar == "0")
        let leader = try db.connect(TestCluster.leader)
        let rows = try leader.query("SELECT role, initials, now() - at < interval '1 minute' FROM sammen.access_log")
        #expect(rows.rows.count == 1)
        #expect(rows.rows.first.map { [$0[0], $0[1], $0[2]] } == [TestCluster.caseworkerNord, "AN", "t"])
    }

    @Test func noRoleTheProgramUsesCanUpdateOrDeleteTheLog() throws {
        let db = try unit()
        defer { db.drop() }
        let nord = try db.connect(TestCluster.caseworkerNord)
        try nord.query("INSERT INTO sammen.access_log (action, family_id) VALUES ('read', 'f-nord')")
        for role in [TestCluster.caseworkerNord, TestCluster.caseworkerSyd, TestCluster.leader, TestCluster.admin] {
            let connection = try db.connect(role)
            refused { try connection.query("UPDATE sammen.access_log SET detail = 'changed'") }
            refused { try connection.query("DELETE FROM sammen.access_log") }
            refused { try connection.query("TRUNCATE sammen.access_log") }
        }
        // The purge function removes only entries past the retention: a recent one stays.
        #expect(try nord.query("SELECT sammen.purge_access_log()").scalar == "0")
        #expect(try db.connect(TestCluster.leader).query("SELECT count(*) FROM sammen.access_log").scalar == "1")
    }

    @Test func thePurgeRemovesEntriesPastTheRetentionOnly() throws {
        let db = try unit()
        defer { db.drop() }
        let admin = try db.connect()
        // The administrative role copies a store's old log with its own times (sammen store copy).
        try admin.query("INSERT INTO sammen.access_log (at, role, initials, action) VALUES (now() - interval '200 days', 'sb_nord', 'AN', 'read'), (now() - interval '10 days', 'sb_nord', 'AN', 'read')")
        #expect(try db.connect(TestCluster.caseworkerSyd).query("SELECT sammen.purge_access_log()").scalar == "1")
        #expect(try admin.query("SELECT count(*) FROM sammen.access_log").scalar == "1")
    }

    @Test func onlyALeaderOrTheAdministratorAddsMembers() throws {
        let db = try unit()
        defer { db.drop() }
        let nord = try db.connect(TestCluster.caseworkerNord)
        refused { try nord.query("SELECT sammen.add_member('sb_syd', 'nord', 'BS', null, true)") }
        refused { try nord.query("INSERT INTO sammen.members (role, team_id, initials) VALUES ('sb_syd', 'nord', 'BS')") }
        #expect(try ids(db.connect(TestCluster.caseworkerSyd)) == ["f-syd"])
    }

    @Test func changeNumbersCommitInTheOrderTheyAreGiven() throws {
        let db = try unit()
        defer { db.drop() }
        let first = try db.connect(TestCluster.leader)
        let second = try db.connect(TestCluster.leader)
        let listener = try db.connect(TestCluster.caseworkerNord)
        try listener.listen("sammen_changes")
        try first.query("BEGIN")
        let given = Int(try first.query("UPDATE sammen.families SET record = '{\"n\":3}' WHERE id = 'f-syd' RETURNING change_number").scalar!)!
        // While the first save is open, a second cannot take a number: it would be higher and could commit first.
        try second.query("SET lock_timeout = '200ms'")
        refused(.refused) { try second.query("UPDATE sammen.families SET record = '{\"n\":4}' WHERE id = 'f-nord'") }
        try first.query("COMMIT")
        let next = Int(try second.query("UPDATE sammen.families SET record = '{\"n\":4}' WHERE id = 'f-nord' RETURNING change_number").scalar!)!
        #expect(next == given + 1)
        // Notified at commit; the listener (team nord) learns the numbers, and under RLS fetches only its own.
        var payloads: [String] = []
        while payloads.count < 2, listener.waitForInput(timeout: 5) {
            payloads += try listener.notifications().map(\.payload)
        }
        #expect(payloads == ["families \(given)", "families \(next)"])
        #expect(try listener.query("SELECT id FROM sammen.families WHERE change_number > $1", [String(given - 1)]).rows.map { $0[0] } == ["f-nord"])
    }
}
