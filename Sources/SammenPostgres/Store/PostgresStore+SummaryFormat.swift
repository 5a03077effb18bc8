import Foundation
import SammenCore

/// Which summary format the rows' summaries and summary lines were written in, as the file store's index carries
/// its format number. A Sammen whose format is newer than the database's makes every row's summary again from
/// its record when it may (the administrative role, writing), keeping each row's version and change number, as
/// schema 3's backfill does; any other program reads the records themselves for its session. A database written
/// by a newer Sammen is read from the records too, as the file store rebuilds an index of another format.
///
/// The number is kept in `sammen.store_meta.summary_format`, a column the first upgrading program adds (no schema
/// migration: the column is read through `to_jsonb`, so a database without it reads as format 0).
extension PostgresStore {
    /// How the summaries of this session are read.
    enum SummarySource: Equatable {
        /// From the rows' summary lines and summaries (they are of this program's format).
        case rows
        /// From the records, one by one (the rows' summaries are of another format and may not be changed here).
        case records
    }

    /// The summary format the rows were written in; 0 when none is recorded (written before the number was kept).
    static func recordedSummaryFormat(_ connection: PGConnection) throws -> Int {
        let text = try connection.query("""
            SELECT coalesce((to_jsonb(m) ->> 'summary_format')::integer, 0) FROM sammen.store_meta AS m LIMIT 1
            """).scalar
        return text.flatMap(Int.init) ?? 0
    }

    /// Whether the session's role owns Sammen's schema (or is a superuser): only it can change every row.
    static func ownsSchema(_ connection: PGConnection) throws -> Bool {
        try connection.query("""
            SELECT session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'schema_migrations')
                   OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
            """).scalar == "t"
    }

    /// Decides how this session reads summaries, bringing the rows forward first when they are of an older format
    /// and this program may change them all.
    static func prepareSummaries(_ connection: PGConnection, access: StoreAccess) throws -> SummarySource {
        let recorded = try recordedSummaryFormat(connection)
        if recorded == SummaryLines.format { return .rows }
        if recorded < SummaryLines.format, access != .readOnly, try ownsSchema(connection) {
            try bringSummariesForward(connection)
            return .rows
        }
        return .records
    }

    /// Makes every row's summary and summary lines again from its record, in one transaction, and records this
    /// program's format. The meta row is locked first: a second program upgrading at the same time waits, then
    /// finds the work done. Versions and change numbers stay (the stamping trigger is off inside the
    /// transaction), so colleagues' programs see no change that is not one.
    static func bringSummariesForward(_ connection: PGConnection) throws {
        let format = String(SummaryLines.format)
        try connection.transaction {
            let hasColumn = try connection.query("""
                SELECT EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'sammen.store_meta'::regclass
                               AND attname = 'summary_format' AND NOT attisdropped)
                """).scalar == "t"
            if !hasColumn {
                // Two programs adding it at once: the second waits for the first's lock, then finds it there.
                try connection.query("ALTER TABLE sammen.store_meta ADD COLUMN IF NOT EXISTS summary_format integer")
            }
            let found = try connection.query("SELECT coalesce(summary_format, 0) FROM sammen.store_meta FOR UPDATE").scalar
            guard (found.flatMap(Int.init) ?? 0) < SummaryLines.format else { return }
            // Schema 3's backfill makes the lines of every current record that has none: so every row's lines
            // go, then it runs (switching the stamping trigger off and on again around it).
            try connection.execute(script: Migration3.sql)
            try connection.query("UPDATE sammen.families SET summary_lines = NULL WHERE record_version = $1::numeric",
                                 [String(RecordCodec(policy: .standard).policy.current)])
            try Migration3.backfill(connection)
            try connection.query("UPDATE sammen.store_meta SET summary_format = $1::integer", [format])
        }
    }

    /// What a summary read selects when the summaries are made from the records (`summarySelect`'s columns,
    /// without the stored summary).
    static let recordSelect = """
        SELECT id, NULL::text, record_version, change_number, record::text, version
        FROM sammen.families
        """

    /// The select this session reads families' summaries with.
    var rowSelect: String { summarySource == .records ? Self.recordSelect : Self.summarySelect }
}
