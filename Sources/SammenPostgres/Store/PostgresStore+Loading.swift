import Foundation
import SammenCore

/// Reading the caseload: the settings, the team and every family's summary, as of one snapshot.
extension PostgresStore {
    /// Reads the settings, the team and every summary in one snapshot, and the change number they are as of.
    ///
    /// One round trip: the transaction, the settings, the team, its members and every row go to the server as
    /// one batch, and the rows come back as binary COPY (no escaping, no result held whole) while their summary
    /// lines are decoded in pieces on the other cores (SummaryLinesStream). The rows whose lines cannot be read
    /// as they are (written by hand, by an older or newer Sammen, damaged) come in the same pass with what
    /// `take` needs to read them one by one.
    func loadEverything() throws {
        // Inside a caller's transaction the batch's own BEGIN and COMMIT must not run: statement by statement.
        if summarySource == .records || connection.inTransaction { return try loadOneByOne() }
        let current = codec.policy.current
        let stream = SummaryLinesStream(schemaVersion: current)
        var parser = BinaryCopyParser()
        var metaRows: PGRows?
        var teamRows: PGRows?
        var memberRows: PGRows?
        var slowRows: [[String?]] = []
        var older = 0
        var highest: Int64?
        let team = try connection.literal(teamID)
        try connection.batch("""
            BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;
            \(Self.metaSelect);
            \(Self.teamSelect(team));
            \(Self.membersSelect(team));
            COPY (SELECT CASE WHEN readable THEN summary_lines END, change_number, older,
                         CASE WHEN NOT readable THEN id END, CASE WHEN NOT readable THEN summary::text END,
                         CASE WHEN NOT readable THEN record_version::text END,
                         CASE WHEN NOT readable AND summary IS NULL THEN record::text END,
                         CASE WHEN NOT readable THEN version::text END
                  FROM (SELECT id, summary_lines, summary, record, record_version, version, change_number::int8,
                               coalesce(\(Self.linesAreCurrent(literal: current)), false) AS readable,
                               coalesce(record_version < \(current), false) AS older
                        FROM sammen.families) AS f) TO STDOUT (FORMAT binary);
            COMMIT
            """, rows: { index, rows in
                switch index {
                case 1: metaRows = rows
                case 2: teamRows = rows
                case 3: memberRows = rows
                default: break
                }
            }, copy: { message in
                try parser.feed(message) { fields in
                    guard fields.count == 8 else { throw PostgresError(kind: .refused, server: connection.server, serverMessage: "COPY sent \(fields.count) columns") }
                    let number = BinaryCopyParser.int64(fields[1])
                    if let number { highest = max(highest ?? number, number) }
                    if BinaryCopyParser.bool(fields[2]) == true { older += 1 }
                    if let lines = fields[0] {
                        stream.add(lines)
                    } else {
                        // As `summarySelect` reads it: id, summary, record schema, change number, record, version.
                        func text(_ field: UnsafeRawBufferPointer?) -> String? { field.map { String(decoding: $0, as: UTF8.self) } }
                        slowRows.append([text(fields[3]), text(fields[4]), text(fields[5]), number.map { String($0) },
                                         text(fields[6]), text(fields[7])])
                    }
                }
            })
        guard parser.finished else {
            throw PostgresError(kind: .refused, server: connection.server, serverMessage: "the rows' COPY ended early")
        }
        // Everything arrived: the same steps as one by one, on what the batch read.
        try takeMeta(metaRows?.scalar)
        takeTeam(teamRows?.rows.first, members: memberRows?.rows ?? [])
        problems.removeAll { $0.path != StoreFormat.teamFile && $0.path != StoreFormat.metaFile }
        entries = [:]
        olderRecords = older
        if stream.families > 0 {
            guard let read = stream.finish() else {
                // A piece that does not read: every family from its row, one by one (and in words where wrong).
                return try loadOneByOne()
            }
            entries.reserveCapacity(read.count + slowRows.count)
            for summary in read { entries[summary.id] = summary }
            if let highest { seenChange = max(seenChange, highest) }
        }
        for row in slowRows { take(row) }
    }

    /// The same in one snapshot, statement by statement, every family read one by one (`rowSelect`): for a
    /// session that reads the records (PostgresStore+SummaryFormat) and when the summary lines do not read.
    func loadOneByOne() throws {
        try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") {
            try loadMeta()
            try loadTeam()
            problems.removeAll { $0.path != StoreFormat.teamFile && $0.path != StoreFormat.metaFile }
            entries = [:]
            olderRecords = Int(try connection.query("SELECT count(*) FROM sammen.families WHERE record_version < $1::numeric",
                                                    [String(codec.policy.current)]).scalar ?? "0") ?? 0
            for row in try connection.query(rowSelect).rows { take(row) }
        }
    }

    /// A row whose summary lines can be read as they are: written by this schema's Sammen with its summary.
    static let linesAreCurrent = "summary_lines IS NOT NULL AND summary IS NOT NULL AND record_version = $1::numeric"

    /// The same with the program's schema version written in (a batch takes no parameters; it is a number).
    static func linesAreCurrent(literal version: Int) -> String {
        "summary_lines IS NOT NULL AND summary IS NOT NULL AND record_version = \(version)"
    }

    /// What a summary read selects: id, summary, the record's schema version, the change number, and the whole
    /// record only where no summary was written (a row put in by hand).
    static let summarySelect = """
        SELECT id, summary::text, record_version, change_number,
               CASE WHEN summary IS NULL THEN record::text END, version
        FROM sammen.families
        """

    /// Takes one row of `summarySelect` into `entries` (or `problems`). Returns the summary taken, if any.
    @discardableResult
    func take(_ row: [String?]) -> FamilySummary? {
        guard let id = row[0] else { return nil }
        let shown = StoreFormat.familyPath(id)
        problems.removeAll { $0.path == shown }
        if let number = row[3].flatMap(Int64.init) { seenChange = max(seenChange, number) }
        let version = row[2].flatMap(Int.init) ?? 0
        do {
            if version > codec.policy.current {
                throw StoreError.newerSchema(path: shown, found: version, supported: codec.policy.current)
            }
            let summary: FamilySummary
            if let text = row[1], version == codec.policy.current {
                summary = try JSONDecoder().decode(FamilySummary.self, from: Data(text.utf8))
            } else {
                let record = row[4] ?? ""
                summary = FamilySummary(try codec.decode(Family.self, from: Data(record.utf8), shown: shown, checkUnknownFields: false).value)
            }
            entries[id] = summary
            return summary
        } catch {
            entries[id] = nil
            problems.append(PostgresStore.problem(from: error, shown: shown))
            return nil
        }
    }

    static let metaSelect = "SELECT meta::text FROM sammen.store_meta"

    /// The team this session works in (`team`: its id as an SQL literal; '' for the first by id).
    static func teamSelect(_ team: String) -> String {
        "SELECT id, record::text, version, change_number FROM sammen.teams WHERE \(team) = '' OR id = \(team) ORDER BY id LIMIT 1"
    }

    /// That team's members, by role.
    static func membersSelect(_ team: String) -> String {
        """
        SELECT role, initials, leader FROM sammen.members
        WHERE team_id = (SELECT id FROM sammen.teams WHERE \(team) = '' OR id = \(team) ORDER BY id LIMIT 1) ORDER BY role
        """
    }

    func loadMeta() throws {
        try takeMeta(try connection.query(Self.metaSelect).scalar)
    }

    func takeMeta(_ text: String?) throws {
        guard let text else {
            throw PostgresError(kind: .noSchema, server: connection.server, serverMessage: "sammen.store_meta is empty")
        }
        let decoded = try codec.decode(StoreMeta.self, from: Data(text.utf8), shown: StoreFormat.metaFile)
        meta = decoded.value
        metaDiskVersion = decoded.diskVersion
        if access != .readOnly && !meta.allowsWriting(by: StoreFormat.programVersion) {
            throw StoreError.programTooOld(required: meta.minimumWriterVersion ?? "", running: StoreFormat.programVersion)
        }
    }

    func loadTeam() throws {
        let team = try connection.literal(teamID)
        guard let row = try connection.query(Self.teamSelect(team)).rows.first else { return takeTeam(nil, members: []) }
        takeTeam(row, members: try connection.query(Self.membersSelect(team)).rows)
    }

    /// The team from its row (`teamSelect`) and its members' rows (`membersSelect`).
    func takeTeam(_ row: [String?]?, members: [[String?]]) {
        guard let row, let id = row[0], let text = row[1] else {
            team = Team(name: "", targetCaseload: 0)
            return
        }
        teamID = id
        teamVersion = row[2].flatMap(Int64.init) ?? 0
        teamSeenChange = row[3].flatMap(Int64.init) ?? 0
        problems.removeAll { $0.path == StoreFormat.teamFile }
        // A team row the codec refuses is never written over (not even to migrate it).
        teamDiskVersion = codec.policy.current
        do {
            let decoded = try codec.decode(Team.self, from: Data(text.utf8), shown: StoreFormat.teamFile)
            var loaded = decoded.value
            teamDiskVersion = decoded.diskVersion
            loaded.members = members.map { TeamMember(login: $0[0] ?? "", initials: $0[1] ?? "", leader: $0[2] == "t") }
            team = loaded
        } catch {
            problems.append(PostgresStore.problem(from: error, shown: StoreFormat.teamFile))
        }
    }
}
