import Foundation
import SammenCore

/// Database schema 5: what the server needs to choose the dashboard's first rows without sending every family
/// (issue #18: the first frame at 100,000 families).
///
/// - `sammen.open_cases`: one row per open case with what the dashboard's default order compares (the next
///   follow-up, the family's name, the case number, in the order Swift compares them) and whose cases they are
///   (caseworker, buddy: the caseworker's own filter). Written by the program, from the family's summary, in the
///   same statement as the family (`OpenCaseKeys`). Row-level security as for families.
/// - `families.page_version` and `page_stamp`: the row version and the rule those rows were computed for. A row
///   written any other way (by hand, by a path that does not write them) has `page_version` behind `version`, and
///   the open reads the whole caseload as before. The partial index keeps that check instant.
/// - Each open case's rows hold the days between which its next follow-up stays what they say (a planned
///   follow-up counts from its day on); outside them the open reads everything too.
///
/// Existing rows get theirs from their summary lines in the migration's transaction (the stamping trigger is off
/// for it: nothing a family says changes, so no open program has anything to fetch).
enum Migration5 {
    static let sql = #"""
    ALTER TABLE sammen.families ADD COLUMN page_version bigint, ADD COLUMN page_stamp text;
    CREATE INDEX families_page_stale ON sammen.families (id)
        WHERE page_version IS DISTINCT FROM version OR page_stamp IS DISTINCT FROM '\#(OpenCaseKeys.stamp)';

    CREATE TABLE sammen.open_cases (
        family_id text NOT NULL REFERENCES sammen.families ON DELETE CASCADE,
        team_id text NOT NULL,
        for_version bigint NOT NULL,
        position integer NOT NULL,
        next_due date NOT NULL,
        due_from date,
        due_until date,
        name_key text COLLATE "C" NOT NULL,
        case_key text COLLATE "C" NOT NULL,
        caseworker text NOT NULL,
        buddy text,
        workers_ascii boolean GENERATED ALWAYS AS (
            octet_length(caseworker) = char_length(caseworker)
            AND octet_length(coalesce(buddy, '')) = char_length(coalesce(buddy, ''))) STORED
    );
    CREATE INDEX open_cases_family ON sammen.open_cases (family_id);
    CREATE INDEX open_cases_order ON sammen.open_cases (next_due, name_key, case_key, family_id, position);
    CREATE INDEX open_cases_due_from ON sammen.open_cases (due_from);
    CREATE INDEX open_cases_due_until ON sammen.open_cases (due_until);
    CREATE INDEX open_cases_caseworker ON sammen.open_cases (caseworker);
    CREATE INDEX open_cases_buddy ON sammen.open_cases (buddy);
    CREATE INDEX open_cases_workers_not_ascii ON sammen.open_cases (family_id) WHERE NOT workers_ascii;
    GRANT SELECT, INSERT, DELETE ON sammen.open_cases TO sammen_caseworker;

    ALTER TABLE sammen.open_cases ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sammen.open_cases FORCE ROW LEVEL SECURITY;
    CREATE POLICY open_cases_team ON sammen.open_cases TO sammen_caseworker
        USING (team_id = ANY ((SELECT sammen.my_teams())::text[]) OR (SELECT sammen.is_leader()))
        WITH CHECK (team_id = ANY ((SELECT sammen.my_teams())::text[]) OR (SELECT sammen.is_leader()));
    DO $owner$
    DECLARE
        owner name := (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'families');
    BEGIN
        EXECUTE format('ALTER TABLE sammen.open_cases OWNER TO %I', owner);
        EXECUTE format('CREATE POLICY open_cases_owner ON sammen.open_cases TO %I USING (true) WITH CHECK (true)', owner);
    END
    $owner$;

    ALTER TABLE sammen.families DISABLE TRIGGER families_stamp;
    """#

    static let backfill: @Sendable (PGConnection) throws -> Void = { connection in
        let current = RecordCodec(policy: .standard).policy.current
        let rows = try connection.query("""
            SELECT id, team_id, version, summary_lines FROM sammen.families
            WHERE \(PostgresStore.linesAreCurrent(literal: current))
            """)
        let today = LocalDate.today()
        var piece: [(id: String, team: String, version: Int64, summary: FamilySummary)] = []
        func flush() throws {
            guard !piece.isEmpty else { return }
            try OpenCaseKeys.replace(piece, on: today, in: connection, markFamilies: true)
            piece.removeAll(keepingCapacity: true)
        }
        for row in rows.rows {
            // A row whose lines do not read keeps no keys: the open then reads the whole caseload, as before.
            guard let id = row[0], let team = row[1], let version = row[2].flatMap(Int64.init), let lines = row[3],
                  let summary = SummaryLines.decode(Data(lines.utf8), count: 1, schemaVersion: current)?.first,
                  summary.id == id else { continue }
            piece.append((id, team, version, summary))
            if piece.count == 2_000 { try flush() }
        }
        try flush()
        try connection.query("ALTER TABLE sammen.families ENABLE TRIGGER families_stamp")
        // The planner's figures for the new table, so the first open already uses its indexes.
        try connection.query("ANALYZE sammen.open_cases")
    }
}
