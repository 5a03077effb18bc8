import Foundation
import Synchronization
import Testing
import SammenCore
@testable import SammenPostgres

/// The rows' summaries carry the summary format they were written in (store_meta.summary_format). A database
/// from before the number was kept, opened by two administrative programs at once, is brought forward once, whole,
/// without a deadlock; a caseworker's program, which cannot change every row, reads the records meanwhile.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct SummaryFormatTests {
    let codec = RecordCodec(policy: .standard)

    func family(_ id: FamilyID, name: String) -> Family {
        let basis = try! LegalBasisParser.parse("SEL § 52").get()
        let measure = Measure(id: "m1", legalBasis: basis, description: "Støtte", started: LocalDate(iso: "2026-01-10")!)
        let childCase = ChildCase(number: "2026-\(id.suffix(4))", primaryCaseworker: "AN", opened: LocalDate(iso: "2026-01-10")!, measures: [measure])
        var family = Family(id: id, name: name, children: [Child(id: "c1", name: "Emma", birthDate: LocalDate(iso: "2015-04-02")!, cases: [childCase])])
        family.schemaVersion = codec.policy.current
        return family
    }

    /// A database of the current schema whose rows hold summaries that do not say what their records say (as an
    /// older Sammen's would), and no recorded summary format.
    func databaseWithOldSummaries(_ families: [Family]) throws -> TestDatabase {
        let db = try TestCluster.freshDatabase()
        let admin = try db.connect()
        defer { admin.close() }
        try DatabaseSchema.standard.create(admin)
        let meta = StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false)
        try admin.query("INSERT INTO sammen.store_meta (meta) VALUES ($1::jsonb)", [try codec.encodedText(meta)])
        try admin.query("INSERT INTO sammen.teams (id, record) VALUES ('nord', $1::jsonb)", [try codec.encodedText(Team(name: "Nord", targetCaseload: 25))])
        try admin.query("SELECT sammen.add_member($1, 'nord', 'AN', 'Anna Nord', false)", [TestCluster.caseworkerNord])
        for family in families {
            var old = FamilySummary(family)
            old.name = "Familien Forældet"
            try admin.query("""
                INSERT INTO sammen.families (id, team_id, record, summary, summary_lines) VALUES ($1, 'nord', $2::jsonb, $3::jsonb, $4)
                """, [family.id, try codec.encodedText(family), String(decoding: try JSONEncoder().encode(old), as: UTF8.self),
                      SummaryLines.encode(old, schemaVersion: codec.policy.current)])
        }
        return db
    }

    @Test func twoAdministratorsBringTheSummariesForwardOnceAndACaseworkerReadsTheRecordsUntilThen() throws {
        let families = (1...30).map { family("f-fmt\($0)", name: "Familien Nu \($0)") }
        let db = try databaseWithOldSummaries(families)
        defer { db.drop() }
        let admin = try db.connect()
        defer { admin.close() }
        let expected = families.map(FamilySummary.init).sorted { $0.id < $1.id }
        let stamps = try admin.query("SELECT id, version, change_number FROM sammen.families ORDER BY id").rows
        #expect(try PostgresStore.recordedSummaryFormat(admin) == 0)

        // The caseworker's program (even writing) cannot change every row: it reads the records, and says what
        // they say; the rows stay as they were.
        for access in [StoreAccess.readOnly, .perOperation] {
            let caseworker = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: access)
            #expect(caseworker.summaries.sorted { $0.id < $1.id } == expected)
            #expect(caseworker.problems.isEmpty)
            caseworker.close()
        }
        // The administrative role's program opened read only does not change them either.
        let reader = try PostgresStore.open(uri: db.uri(), access: .readOnly)
        #expect(reader.summaries.sorted { $0.id < $1.id } == expected)
        reader.close()
        #expect(try PostgresStore.recordedSummaryFormat(admin) == 0)
        #expect(try admin.query("SELECT count(*) FROM sammen.families WHERE summary->>'name' = 'Familien Forældet'").scalar == "30")

        // Two administrative programs at once, while a third session holds the meta row: both wait, then one
        // does the work and the other finds it done.
        let holder = try db.connect()
        defer { holder.close() }
        try holder.query("BEGIN")
        try holder.query("SELECT * FROM sammen.store_meta FOR SHARE")
        let errors = Mutex<[String]>([])
        let group = DispatchGroup()
        for _ in 0..<2 {
            DispatchQueue.global().async(group: group) {
                do { try PostgresStore.open(uri: db.uri(), access: .perOperation).close() }
                catch { errors.withLock { $0.append("\(error)") } }
            }
        }
        Thread.sleep(forTimeInterval: 0.3)
        try holder.query("COMMIT")
        group.wait()
        #expect(errors.withLock { $0 } == [])

        #expect(try PostgresStore.recordedSummaryFormat(admin) == SummaryLines.format)
        #expect(try admin.query("SELECT id, version, change_number FROM sammen.families ORDER BY id").rows == stamps)
        for row in try admin.query("SELECT id, summary_lines, summary::text FROM sammen.families ORDER BY id").rows {
            let summary = try #require(expected.first { $0.id == row[0] })
            #expect(row[1] == SummaryLines.encode(summary, schemaVersion: codec.policy.current))
            #expect(try JSONDecoder().decode(FamilySummary.self, from: Data(row[2]!.utf8)) == summary)
        }
        #expect(try admin.query("SELECT tgenabled FROM pg_trigger WHERE tgname = 'families_stamp'").scalar == "O")
        let caseworker = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .readOnly)
        defer { caseworker.close() }
        #expect(caseworker.summarySource == .rows)
        #expect(caseworker.summaries.sorted { $0.id < $1.id } == expected)
    }
}
