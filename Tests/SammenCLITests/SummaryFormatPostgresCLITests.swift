import Foundation
import Testing
import SammenCore
import SammenPostgres

/// Issue #18: `due --all --json` answers the same on the folder and on PostgreSQL, also after Sammen's summary
/// format moved on (index format 5 counts network meetings marked done in the årshjul; format 4 did not). Rows
/// written by the older Sammen carry the older summaries: the database records the format they were written in,
/// and this Sammen makes them again from the records (the administrative role, writing) or reads the records
/// itself (read only, or a database of a newer format). Needs $SAMMEN_TEST_PG (Tests/Postgres/cluster.sh).
@Suite(.serialized) struct SummaryFormatPostgresCLITests {
    let codec = RecordCodec(policy: .standard)
    let due = ["due", "--all", "--json", "--today", "2026-12-03"]

    /// The training store copied into a fresh database, and the folder's own `due --all --json`.
    func trainingDatabase() throws -> (database: (name: String, uri: String), folder: String, base: String, expected: String) {
        let helper = StoreCopyPostgresCLITests()
        let base = ProgramRunner.temporaryFolder()
        let training = base + "/training"
        #expect(try ProgramRunner.run(["demo", "--init", training, "--today", "2026-12-03"]).status == 0)
        let database = try helper.freshDatabase()
        let copied = try ProgramRunner.run(["store", "copy", training, database.uri])
        #expect(copied.status == 0, "\(copied.stderr)")
        let expected = try ProgramRunner.run(due + ["--store", training])
        #expect(expected.status == 0)
        return (database, training, base, expected.stdout)
    }

    /// Puts the rows back as a Sammen of summary format `format` left them: the recorded number set to it, and
    /// one family with a network meeting marked done only in the årshjul given its format-4 summary (the meeting
    /// not counted). Returns that family's id.
    @discardableResult
    func writtenByAnOlderSammen(_ uri: String, recordedFormat format: Int, folder: String) throws -> FamilyID {
        let team = try codec.decode(Team.self, from: try Data(contentsOf: URL(fileURLWithPath: folder + "/team.json")), shown: "team.json").value
        let today = LocalDate(iso: "2026-12-03")!
        func deadlines(_ summary: FamilySummary) -> [Deadline] {
            Array(DeadlineEngine.list(for: [summary], today: today, settings: RuleSettings(team: team)))
        }
        let admin = try PGConnection(uri: uri)
        defer { admin.close() }
        try admin.query("ALTER TABLE sammen.store_meta ADD COLUMN IF NOT EXISTS summary_format integer")
        try admin.query("UPDATE sammen.store_meta SET summary_format = $1::integer", [String(format)])
        for row in try admin.query("SELECT id, record::text FROM sammen.families ORDER BY id").rows {
            let family = try codec.decode(Family.self, from: Data(row[1]!.utf8), shown: "f").value
            var old = FamilySummary(family)
            let meetingsOnly = family.meetings.filter { $0.kind == .network }.map(\.date).sorted()
            old.networkMeetings = meetingsOnly
            // One whose `due` the old summary changes.
            guard deadlines(old) != deadlines(FamilySummary(family)) else { continue }
            try admin.query("UPDATE sammen.families SET summary = $2::jsonb, summary_lines = $3 WHERE id = $1", [
                family.id, String(decoding: try JSONEncoder().encode(old), as: UTF8.self),
                SummaryLines.encode(old, schemaVersion: codec.policy.current),
            ])
            return family.id
        }
        Issue.record("the training store has no family whose network meeting is only in the årshjul")
        return ""
    }

    func rowsAsWritten(_ uri: String) throws -> [[String?]] {
        let admin = try PGConnection(uri: uri)
        defer { admin.close() }
        return try admin.query("SELECT id, version, change_number, summary_lines, summary::text FROM sammen.families ORDER BY id").rows
    }

    @Test func anOlderFormatIsMadeAgainByTheAdministratorAndReadFromTheRecordsUntilThen() throws {
        guard let adminURI = StoreCopyPostgresCLITests.adminURI else {
            print("SKIPPED anOlderFormatIsMadeAgainByTheAdministratorAndReadFromTheRecordsUntilThen: SAMMEN_TEST_PG is not set")
            return
        }
        _ = adminURI
        let (database, folder, base, expected) = try trainingDatabase()
        defer { StoreCopyPostgresCLITests().drop(database.name); try? FileManager.default.removeItem(atPath: base) }
        let family = try writtenByAnOlderSammen(database.uri, recordedFormat: 4, folder: folder)
        let before = try rowsAsWritten(database.uri)

        // `due` opens read only: the answer is made from the records, and nothing in the database changes.
        let readOnly = try ProgramRunner.run(due + ["--store", database.uri])
        #expect(readOnly.status == 0, "\(readOnly.stderr)")
        #expect(readOnly.stdout == expected, "due --all --json on the database read the old summary of \(family)")
        #expect(try rowsAsWritten(database.uri) == before)

        // The administrative role's program, writing, makes every row's summary again: versions and change
        // numbers stay, and the rows say what this Sammen computes.
        try PostgresStore.open(uri: database.uri, access: .perOperation).close()
        let after = try rowsAsWritten(database.uri)
        #expect(after.map { [$0[0], $0[1], $0[2]] } == before.map { [$0[0], $0[1], $0[2]] })
        let admin = try PGConnection(uri: database.uri)
        defer { admin.close() }
        for row in try admin.query("SELECT id, record::text, summary_lines, summary::text FROM sammen.families").rows {
            let summary = FamilySummary(try codec.decode(Family.self, from: Data(row[1]!.utf8), shown: "f").value)
            #expect(row[2] == SummaryLines.encode(summary, schemaVersion: codec.policy.current), "old lines kept for \(row[0]!)")
            #expect(try JSONDecoder().decode(FamilySummary.self, from: Data(row[3]!.utf8)) == summary)
        }
        #expect(try admin.query("SELECT summary_format FROM sammen.store_meta").scalar == String(SummaryLines.format))
        #expect(try admin.query("SELECT tgenabled FROM pg_trigger WHERE tgname = 'families_stamp'").scalar == "O")
        let upgraded = try ProgramRunner.run(due + ["--store", database.uri])
        #expect(upgraded.stdout == expected)
    }

    @Test func aNewerFormatIsReadFromTheRecordsAndLeftAlone() throws {
        guard StoreCopyPostgresCLITests.adminURI != nil else {
            print("SKIPPED aNewerFormatIsReadFromTheRecordsAndLeftAlone: SAMMEN_TEST_PG is not set")
            return
        }
        let (database, folder, base, expected) = try trainingDatabase()
        defer { StoreCopyPostgresCLITests().drop(database.name); try? FileManager.default.removeItem(atPath: base) }
        // Summaries this Sammen cannot vouch for, from a Sammen whose format is newer.
        try writtenByAnOlderSammen(database.uri, recordedFormat: SummaryLines.format + 1, folder: folder)
        let before = try rowsAsWritten(database.uri)
        let answer = try ProgramRunner.run(due + ["--store", database.uri])
        #expect(answer.status == 0, "\(answer.stderr)")
        #expect(answer.stdout == expected)
        // Not even the administrative role's program, writing, changes a newer Sammen's rows or its number.
        try PostgresStore.open(uri: database.uri, access: .perOperation).close()
        #expect(try rowsAsWritten(database.uri) == before)
        let admin = try PGConnection(uri: database.uri)
        defer { admin.close() }
        #expect(try admin.query("SELECT summary_format FROM sammen.store_meta").scalar == String(SummaryLines.format + 1))
    }
}
