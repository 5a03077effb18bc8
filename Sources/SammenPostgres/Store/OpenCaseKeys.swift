import Foundation
import SammenCore

/// A family's rows of `sammen.open_cases` (Migration5): for each open case, in the order `CaseRow.rows` lists
/// them, what the dashboard's default order compares and whose case it is. Made here, from the summary, by the
/// same rule the dashboard uses (FollowUpRule), so the server can pick the first rows without knowing the rule.
struct OpenCaseKeys {
    /// Names the rule the next follow-up was computed with. A program whose rule differs must use another stamp
    /// (and a migration that rebuilds `families_page_stale` with it): rows of another stamp are never trusted.
    /// The team's settings (RuleSettings) do not enter: CaseRow takes the next follow-up from FollowUpRule alone.
    static let stamp = "followup-rule-1"

    struct Row: Encodable {
        var position: Int
        var next_due: String
        /// The next follow-up holds from this day (the latest follow-up on or before the day it was computed for)…
        var due_from: String?
        /// …to the day before this one (the first planned follow-up after it), or for ever.
        var due_until: String?
        /// The family's name and the case number in Unicode's composed form (NFC): compared as bytes ("C") this
        /// is the order Swift's String comparison gives.
        var name_key: String
        var case_key: String
        var caseworker: String
        var buddy: String?
    }

    /// The rows for `family`, as its next follow-ups stand on `day`.
    static func rows(for family: FamilySummary, on day: LocalDate) -> [Row] {
        var rows: [Row] = []
        let name = family.name.precomposedStringWithCanonicalMapping
        for c in family.cases where c.isOpen {
            // FollowUpRule counts the follow-ups held by the day asked about, so the due date changes only on the
            // day of a follow-up: it is the same on every day from the last one up to the next.
            let due = FollowUpRule.status(of: c, on: day).due
            let from = c.followUps.filter { $0 <= day }.max()
            let until = c.followUps.filter { $0 > day }.min()
            rows.append(Row(position: rows.count, next_due: due.iso, due_from: from?.iso, due_until: until?.iso,
                            name_key: name, case_key: c.number.precomposedStringWithCanonicalMapping,
                            caseworker: c.primaryCaseworker, buddy: c.buddyCaseworker))
        }
        return rows
    }

    /// The rows as a JSON array for `json_to_recordset` (`recordColumns`).
    static func json(for family: FamilySummary, on day: LocalDate) throws -> String {
        String(decoding: try JSONEncoder().encode(rows(for: family, on: day)), as: UTF8.self)
    }

    /// The columns of `json`'s records.
    static let recordColumns = """
        k(position integer, next_due date, due_from date, due_until date, name_key text, case_key text,
          caseworker text, buddy text)
        """

    /// One row of a batch: which family, at which version, in which team, and the row's own fields beside them
    /// (one JSON object, as `json_to_recordset` reads it).
    struct FamilyRow: Encodable {
        var family_id: String
        var team_id: String
        var for_version: Int64
        var row: Row

        private enum CodingKeys: String, CodingKey { case family_id, team_id, for_version }

        init(family: String, team: String, version: Int64, row: Row) {
            family_id = family
            team_id = team
            for_version = version
            self.row = row
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(family_id, forKey: .family_id)
            try container.encode(team_id, forKey: .team_id)
            try container.encode(for_version, forKey: .for_version)
            try row.encode(to: encoder)
        }
    }

    /// Replaces the rows of many families at once, each only if the family is still at the version given (a
    /// colleague's save since wrote its own). `markFamilies` (the migration only, with the stamping trigger off)
    /// also records on each family that its rows are current; otherwise only families already marked current
    /// are touched (a window that ran out, made again).
    static func replace(_ families: [(id: String, team: String, version: Int64, summary: FamilySummary)], on day: LocalDate,
                        in connection: PGConnection, markFamilies: Bool) throws {
        guard !families.isEmpty else { return }
        let ids = families.map(\.id), versions = families.map { String($0.version) }
        let rows = families.flatMap { family in
            Self.rows(for: family.summary, on: day).map {
                FamilyRow(family: family.id, team: family.team, version: family.version, row: $0)
            }
        }
        let current = markFamilies ? "" : " AND f.page_version = f.version AND f.page_stamp = '\(stamp)'"
        try connection.query("""
            DELETE FROM sammen.open_cases AS oc
            USING unnest($1::text[], $2::bigint[]) AS r(id, version), sammen.families AS f
            WHERE oc.family_id = r.id AND f.id = r.id AND f.version = r.version\(current)
            """, [arrayLiteral(ids), arrayLiteral(versions)])
        try connection.query("""
            INSERT INTO sammen.open_cases (family_id, team_id, for_version, position, next_due, due_from, due_until,
                                           name_key, case_key, caseworker, buddy)
            SELECT k.family_id, k.team_id, k.for_version, k.position, k.next_due, k.due_from, k.due_until,
                   k.name_key, k.case_key, k.caseworker, k.buddy
            FROM json_to_recordset($1::json) AS k(family_id text, team_id text, for_version bigint, position integer,
                 next_due date, due_from date, due_until date, name_key text, case_key text, caseworker text, buddy text)
            WHERE EXISTS (SELECT FROM sammen.families AS f WHERE f.id = k.family_id AND f.version = k.for_version\(current))
            """, [String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)])
        if markFamilies {
            try connection.query("""
                UPDATE sammen.families AS f SET page_version = f.version, page_stamp = '\(stamp)'
                FROM unnest($1::text[], $2::bigint[]) AS r(id, version) WHERE f.id = r.id AND f.version = r.version
                """, [arrayLiteral(ids), arrayLiteral(versions)])
        }
    }

    /// A text array parameter: `{"a","b"}` with quotes and backslashes escaped.
    static func arrayLiteral(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }
}
