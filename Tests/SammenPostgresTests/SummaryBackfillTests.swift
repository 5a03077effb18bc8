import Foundation
import Testing
import SammenCore
@testable import SammenPostgres

/// A database made by a Sammen of database schema 1 (before summary lines): opened by this Sammen's
/// administrative role, every readable row gets its summary lines in the upgrade, so the caseload opens in one
/// piece from then on; what each family says, its row version and its change number stay as they were.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct SummaryBackfillTests {
    let codec = RecordCodec(policy: .standard)

    func family(_ id: FamilyID, name: String, caseworker: String) -> Family {
        let basis = try! LegalBasisParser.parse("SEL § 52").get()
        let measure = Measure(id: "m1", legalBasis: basis, description: "Støtte", started: LocalDate(iso: "2026-01-10")!)
        let childCase = ChildCase(number: "2026-\(id.suffix(4))", primaryCaseworker: caseworker, opened: LocalDate(iso: "2026-01-10")!, measures: [measure])
        var family = Family(id: id, name: name, children: [Child(id: "c1", name: "Emma", birthDate: LocalDate(iso: "2015-04-02")!, cases: [childCase])])
        family.schemaVersion = codec.policy.current
        return family
    }

    /// The rows as a schema-1 Sammen wrote them: the record and its summary as JSON, nothing else.
    func schemaOneDatabase(_ families: [Family], withoutSummary: Family) throws -> TestDatabase {
        let db = try TestCluster.freshDatabase()
        let admin = try db.connect()
        defer { admin.close() }
        let schemaOne = DatabaseSchema(migrations: [DatabaseSchema.standard.migrations[0]])
        try schemaOne.create(admin)
        let meta = StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false)
        try admin.query("INSERT INTO sammen.store_meta (meta) VALUES ($1::jsonb)", [try codec.encodedText(meta)])
        try admin.query("INSERT INTO sammen.teams (id, record) VALUES ('nord', $1::jsonb)", [try codec.encodedText(Team(name: "Nord", targetCaseload: 25))])
        try admin.query("SELECT sammen.add_member($1, 'nord', 'AN', 'Anna Nord', false)", [TestCluster.caseworkerNord])
        for family in families {
            try admin.query("INSERT INTO sammen.families (id, team_id, record, summary) VALUES ($1, 'nord', $2::jsonb, $3::jsonb)", [
                family.id, try codec.encodedText(family), String(decoding: try JSONEncoder().encode(FamilySummary(family)), as: UTF8.self),
            ])
        }
        // A row put in by hand, without a summary: its summary is made too.
        try admin.query("INSERT INTO sammen.families (id, team_id, record) VALUES ($1, 'nord', $2::jsonb)",
                        [withoutSummary.id, try codec.encodedText(withoutSummary)])
        return db
    }

    @Test func aSchemaOneDatabaseGetsEverySummaryInTheUpgrade() throws {
        let families = (1...40).map { family("f-old\($0)", name: "Familien Gammel \($0)", caseworker: "AN") }
        let handWritten = family("f-hand", name: "Familien Håndskrevet", caseworker: "AN")
        let db = try schemaOneDatabase(families, withoutSummary: handWritten)
        defer { db.drop() }
        let admin = try db.connect()
        defer { admin.close() }
        let before = try admin.query("SELECT id, version, change_number FROM sammen.families ORDER BY id").rows

        // A caseworker's program cannot upgrade; the administrative role's does.
        #expect(throws: StoreError.self) { _ = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation) }
        try PostgresStore.open(uri: db.uri(), access: .perOperation).close()
        #expect(try DatabaseSchema.standard.version(of: admin) == DatabaseSchema.standard.current)

        let current = codec.policy.current
        let rows = try admin.query("SELECT id, summary_lines, summary::text FROM sammen.families ORDER BY id").rows
        #expect(rows.count == families.count + 1)
        for row in rows {
            let id = try #require(row[0])
            let family = id == handWritten.id ? handWritten : families.first { $0.id == id }!
            #expect(row[1] == SummaryLines.encode(FamilySummary(family), schemaVersion: current), "no or wrong summary lines for \(id)")
            let summary = try row[2].map { try JSONDecoder().decode(FamilySummary.self, from: Data($0.utf8)) }
            #expect(summary == FamilySummary(family), "no or wrong summary for \(id)")
        }
        // Nothing a colleague's program must fetch again, and no save of theirs conflicts.
        #expect(try admin.query("SELECT id, version, change_number FROM sammen.families ORDER BY id").rows == before)
        // The trigger that stamps every save is on again.
        try admin.query("UPDATE sammen.families SET summary = summary WHERE id = 'f-old1'")
        #expect(try admin.query("SELECT version FROM sammen.families WHERE id = 'f-old1'").scalar == "2")

        // The caseworker's program reads the whole caseload from the lines.
        let store = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .readOnly)
        defer { store.close() }
        #expect(store.problems.isEmpty)
        #expect(store.summaries.sorted { $0.id < $1.id } == (families + [handWritten]).map(FamilySummary.init).sorted { $0.id < $1.id })
        let slow = try admin.query("SELECT count(*) FROM sammen.families WHERE NOT (\(PostgresStore.linesAreCurrent))", [String(current)]).scalar
        #expect(slow == "0", "rows still read one by one")
    }

    @Test func aBackfillThatFailsLeavesTheDatabaseAsItWas() throws {
        let db = try schemaOneDatabase([family("f-old1", name: "Familien Gammel", caseworker: "AN")],
                                       withoutSummary: family("f-hand", name: "Familien Håndskrevet", caseworker: "AN"))
        defer { db.drop() }
        let admin = try db.connect()
        defer { admin.close() }
        struct Broken: Error {}
        var failing = DatabaseSchema.standard
        let backfill = failing.migrations[2].program!
        failing.migrations[2].program = { connection in
            try backfill(connection)
            throw Broken()
        }
        #expect(throws: Broken.self) { try failing.migrate(admin, program: "test") }
        #expect(try DatabaseSchema.standard.version(of: admin) == 2)
        #expect(try admin.query("SELECT count(*) FROM sammen.families WHERE summary_lines IS NOT NULL").scalar == "0")
        // The stamping trigger is on (its switching off was part of the rolled-back transaction).
        #expect(try admin.query("SELECT tgenabled FROM pg_trigger WHERE tgname = 'families_stamp'").scalar == "O")
        #expect(try DatabaseSchema.standard.migrate(admin, program: "test") == Array(3...DatabaseSchema.standard.current))
        #expect(try admin.query("SELECT count(*) FROM sammen.families WHERE summary_lines IS NULL").scalar == "0")
    }
}
