import Foundation
import SammenCore

/// The open in two steps (issue #18): the settings, the team and the families of the dashboard's first rows in
/// one round trip, chosen by the server from `sammen.open_cases` (Migration5); the rest (`loadRest`) as an
/// ordinary open reads it. When the server's rows cannot be trusted for this day (a family written without
/// them, of another rule, a planned follow-up whose day has come), or cannot settle the caseworker's own filter,
/// the open reads everything at once, as before.
extension PostgresStore: TwoStepCaseload {
    /// Reads the first page. False (nothing kept) when the open must read everything.
    func readFirstPage(_ request: FirstPageRequest) throws -> Bool {
        if summarySource == .records || connection.inTransaction { return false }
        let asked = max(1, request.rows)
        let current = codec.policy.current
        let team = try connection.literal(teamID)
        let day = try connection.literal(request.today.iso)
        // The user's own filter can be settled by the server only for initials in ASCII (AppState compares
        // initials without case; ASCII lower-casing is what the server's "C" lower() does).
        let mine: String? = hasInitials && !user.isEmpty && user.utf8.allSatisfy({ $0 > 0 && $0 < 0x80 }) ? user : nil
        let me = try connection.literal(mine ?? "")
        // The initials in ASCII lower case, as the `*_folded` columns hold the rows' (mine is ASCII).
        let folded = try connection.literal((mine ?? "").lowercased())
        let order = "oc.next_due, oc.name_key, oc.case_key, oc.family_id, oc.position"
        // A row of an older version of its family (two saves of it at once can leave one) is dropped below; a few
        // more rows than asked for make up for it.
        let limit = asked + 50
        let ownExists = """
            EXISTS (SELECT FROM sammen.open_cases AS oc JOIN sammen.families AS f ON f.id = oc.family_id AND f.version = oc.for_version
                    WHERE oc.caseworker = \(me) OR oc.buddy = \(me))
            """
        var metaRows: PGRows?, teamRows: PGRows?, memberRows: PGRows?, checkRows: PGRows?, pageRows: PGRows?
        try connection.batch("""
            BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;
            \(Self.metaSelect);
            \(Self.teamSelect(team));
            \(Self.membersSelect(team));
            SELECT sammen.open_cases_behind(),
                   EXISTS (SELECT FROM sammen.open_cases WHERE due_until <= \(day)::date)
                   OR EXISTS (SELECT FROM sammen.open_cases WHERE due_from > \(day)::date),
                   \(mine == nil ? "false" : ownExists),
                   EXISTS (SELECT FROM sammen.open_cases WHERE NOT workers_ascii);
            WITH everyone AS (
                SELECT oc.family_id, oc.case_key, oc.caseworker, oc.buddy, oc.for_version, row_number() OVER (ORDER BY \(order)) AS n
                FROM sammen.open_cases AS oc ORDER BY \(order) LIMIT \(limit)),
            mine AS (
                SELECT oc.family_id, oc.case_key, oc.caseworker, oc.buddy, oc.for_version, row_number() OVER (ORDER BY \(order)) AS n
                FROM sammen.open_cases AS oc
                WHERE \(mine == nil ? "false" : ownExists)
                      AND (oc.caseworker_folded = \(folded) OR oc.buddy_folded = \(folded) OR NOT oc.workers_ascii)
                ORDER BY \(order) LIMIT \(limit))
            SELECT 'e', n, family_id, case_key, caseworker, buddy, NULL, for_version FROM everyone
            UNION ALL SELECT 'm', n, family_id, case_key, caseworker, buddy, NULL, for_version FROM mine
            UNION ALL SELECT 's', 0, id, NULL, NULL, NULL,
                             CASE WHEN \(Self.linesAreCurrent(literal: current)) THEN summary_lines END, version
                      FROM sammen.families WHERE id IN (SELECT family_id FROM everyone UNION SELECT family_id FROM mine);
            COMMIT
            """, rows: { index, rows in
                switch index {
                case 1: metaRows = rows
                case 2: teamRows = rows
                case 3: memberRows = rows
                case 4: checkRows = rows
                case 5: pageRows = rows
                default: break
                }
            })
        guard let checks = checkRows?.rows.first, checks.count == 4, let page = pageRows else { return false }
        // Families written without their rows, or rows that do not hold on this day: everything, as before.
        if checks[0] != "f" || checks[1] != "f" { return false }
        try takeMeta(metaRows?.scalar)
        takeTeam(teamRows?.rows.first, members: memberRows?.rows ?? [])
        guard !problems.contains(where: { $0.path == StoreFormat.teamFile }) else { return false }

        // The dashboard's own filter, as AppState decides it: the user is a caseworker of the team with a case.
        var caseworker: String?
        if let me = self.team.caseworker(user) {
            guard let mine, me.initials == mine else { return false }
            if checks[2] == "t" {
                caseworker = mine
            } else if checks[3] != "f" {
                // Initials in other scripts may equal the user's in Swift's comparison: only the whole load can say.
                return false
            }
        }
        var everyone: [(Int, Int64?, FirstPage.Row)] = [], own: [(Int, Int64?, FirstPage.Row)] = []
        var lines: [FamilyID: (String, Int64?)] = [:]
        for row in page.rows {
            guard row.count == 8, let id = row[2] else { return false }
            let version = row[7].flatMap(Int64.init)
            if row[0] == "s" {
                guard let text = row[6] else { return false }
                lines[id] = (text, version)
                continue
            }
            guard let n = row[1].flatMap(Int.init), let key = row[3], let worker = row[4] else { return false }
            let item = (n, version, FirstPage.Row(familyID: id, caseKey: key, caseworker: worker, buddy: row[5]))
            if row[0] == "e" { everyone.append(item) } else { own.append(item) }
        }
        let served = (caseworker == nil ? everyone : own).sorted { $0.0 < $1.0 }
        // Every row there is came when fewer than the limit did; rows of an older version of their family go.
        let complete = served.count < limit
        let chosen = served.filter { $0.1 != nil && lines[$0.2.familyID]?.1 == $0.1 }.map(\.2)
        if !complete && chosen.count < asked { return false }
        // All of them: for a caseworker the UI keeps the ones that are theirs by its own rule, then the first.
        var summaries: [FamilySummary] = []
        for id in Set(chosen.map(\.familyID)) {
            guard let text = lines[id]?.0, let summary = SummaryLines.decode(Data(text.utf8), count: 1, schemaVersion: codec.policy.current)?.first,
                  summary.id == id else { return false }
            summaries.append(summary)
        }
        summaries.sort { $0.id < $1.id }
        entries = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0) })
        pendingFirstPage = FirstPage(summaries: summaries, rows: chosen, requested: asked,
                                     complete: complete, caseworker: caseworker)
        return true
    }

    public func loadPendingRest() throws {
        guard pendingFirstPage != nil else { return }
        // In the store's words, as an open's failure is (which server, what failed).
        try db { try finishOpening() }
        pendingFirstPage = nil
        if isWritable { try? refreshOpenCases(today: LocalDate.today()) }
    }

    /// Makes again the rows of `sammen.open_cases` that no longer hold today (a planned follow-up's day has come,
    /// or the rows were computed on another day), from the summaries as they are now: the next open reads only its
    /// first page again. Families written without rows are not touched here (a save writes them).
    func refreshOpenCases(today: LocalDate) throws {
        let day = try connection.literal(today.iso)
        let current = codec.policy.current
        let rows = try connection.query("""
            SELECT id, team_id, version, summary_lines FROM sammen.families
            WHERE id IN (SELECT family_id FROM sammen.open_cases WHERE due_until <= \(day)::date
                         UNION SELECT family_id FROM sammen.open_cases WHERE due_from > \(day)::date)
              AND page_version = version AND page_stamp = '\(OpenCaseKeys.stamp)' AND \(Self.linesAreCurrent(literal: current))
            """)
        var stale: [(id: String, team: String, version: Int64, summary: FamilySummary)] = []
        for row in rows.rows {
            guard let id = row[0], let team = row[1], let version = row[2].flatMap(Int64.init), let lines = row[3],
                  let summary = SummaryLines.decode(Data(lines.utf8), count: 1, schemaVersion: current)?.first,
                  summary.id == id else { continue }
            stale.append((id, team, version, summary))
        }
        guard !stale.isEmpty else { return }
        try connection.transaction {
            try OpenCaseKeys.replace(stale, on: today, in: connection, markFamilies: false)
        }
    }
}
