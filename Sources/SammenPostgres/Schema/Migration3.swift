import Foundation
import SammenCore

/// Database schema 3: every row gets its summary lines. Rows written before schema 2 had none and were read one
/// by one through their JSON summary (or their whole record) at every open until someone saved them; now each
/// readable record's summary and lines are made from the record itself, in the migration's transaction.
///
/// The rows' version and change number stay as they are (the stamping trigger is off for the backfill): what a
/// family says does not change, so open programs have nothing to fetch and no save of theirs conflicts. A record
/// the codec refuses, or one of an older record schema (brought forward when the store is next opened for
/// writing, with its lines), is left alone.
enum Migration3 {
    static let sql = "ALTER TABLE sammen.families DISABLE TRIGGER families_stamp;"

    static let backfill: @Sendable (PGConnection) throws -> Void = { connection in
        let codec = RecordCodec(policy: .standard)
        let current = codec.policy.current
        let rows = try connection.query("""
            SELECT id, record::text FROM sammen.families
            WHERE summary_lines IS NULL AND record_version = $1::numeric
            """, [String(current)])
        for row in rows.rows {
            guard let id = row[0], let text = row[1],
                  let family = try? codec.decode(Family.self, from: Data(text.utf8), shown: StoreFormat.familyPath(id),
                                                 checkUnknownFields: false).value,
                  family.id == id else { continue }
            let summary = FamilySummary(family)
            try connection.query("UPDATE sammen.families SET summary = $2::jsonb, summary_lines = $3 WHERE id = $1", [
                id, String(decoding: try JSONEncoder().encode(summary), as: UTF8.self),
                SummaryLines.encode(summary, schemaVersion: current),
            ])
        }
        try connection.query("ALTER TABLE sammen.families ENABLE TRIGGER families_stamp")
    }
}
