import Foundation
import SammenCore

/// The PostgreSQL store: the same `CaseloadStore` as the folder of JSON files, on a database server
/// (schema: Migration1.swift; for the IT department: docs/it-postgresql.md).
///
/// One row per family holds the whole record as the record codec writes it (jsonb), a version for the optimistic
/// check and the dashboard's summary, written in one transaction with the access log's entry. Who you are is the
/// authenticated role (`session_user`), mapped to initials and teams by `sammen.members`; row-level security
/// lets a caseworker see only their teams' families and a leader the unit. Colleagues' saves arrive through
/// LISTEN/NOTIFY and a change counter that follows commit order (PostgresChangeFeed).
public final class PostgresStore: CaseloadStore {
    public let location: String
    public var folder: String? { nil }
    public internal(set) var user: String
    public let login: String
    public var isTeamStore: Bool { true }
    public let access: StoreAccess
    public internal(set) var meta: StoreMeta
    public internal(set) var team: Team
    public internal(set) var problems: [FileProblem] = []
    public internal(set) var notices: [Phrase] = []

    let uri: String
    let connection: PGConnection
    let codec = RecordCodec(policy: .standard)
    /// The team new families go into: the role's own (the first by name when it has several).
    var teamID: String
    var teamVersion: Int64 = 0
    /// The role owns the schema (the administrative role, `sammen init`): it sees everything and copies stores.
    let isAdministrator: Bool
    /// The role has initials in a team of this database (`user` is them; otherwise it is the login).
    let hasInitials: Bool
    /// The summaries this instance knows, by family.
    var entries: [FamilyID: FamilySummary] = [:]
    /// The row versions of the records this instance loaded or wrote (the optimistic check).
    var loadedVersions: [FamilyID: Int64] = [:]
    /// The row versions the last refreshes saw, so a colleague's save is told even when its summary is unchanged.
    var refreshedVersions: [FamilyID: Int64] = [:]
    /// The records as this instance loaded or wrote them (a save stamps what it adds since).
    var loadedFamilies: [FamilyID: Family] = [:]
    /// The highest change number this instance has read: everything up to it is in `entries`.
    var seenChange: Int64 = 0
    /// The team row's change number as of the snapshot the team was read in: the change feed starts from it, so a
    /// colleague's change to the team committed after that read is still news.
    var teamSeenChange: Int64 = 0
    /// The record schema of the store's settings as the database holds them (`meta` is migrated in memory).
    var metaDiskVersion = StoreFormat.currentSchemaVersion
    /// The same for the team's settings.
    var teamDiskVersion = StoreFormat.currentSchemaVersion
    /// How many family records of an older record schema the last full read saw (migrateOldRecords).
    var olderRecords = 0
    /// Whether this session reads summaries from the rows or makes them from the records (PostgresStore+SummaryFormat).
    var summarySource = SummarySource.rows
    /// The dashboard's first rows, when the open read only those (PostgresStore+FirstPage); nil once the rest is in.
    public internal(set) var pendingFirstPage: FirstPage?

    public var isWritable: Bool { access != .readOnly }

    /// Opens the store in the database at `uri`. Refused in words: no server, a wrong password, no Sammen schema,
    /// a schema from a newer Sammen, a role that is in no team.
    /// `firstPage`: read only the dashboard's first rows when the database can pick them (`pendingFirstPage`,
    /// then `loadRest`), else everything.
    public static func open(uri: String, access: StoreAccess, schema: DatabaseSchema = .standard,
                            firstPage: FirstPageRequest? = nil) throws -> PostgresStore {
        let connection: PGConnection
        do { connection = try PGConnection(uri: uri) } catch let error as PostgresError { throw error.storeError }
        do {
            // The usual case in one statement: the schema and the summaries are this program's, and who this is.
            if let facts = try? connection.query("""
                   SELECT (SELECT coalesce(max(version), 0) FROM sammen.schema_migrations),
                          (SELECT coalesce((to_jsonb(m) ->> 'summary_format')::integer, 0) FROM sammen.store_meta AS m LIMIT 1),
                          \(whoColumns)
                   """).rows.first, facts.count == 6,
               facts[0] == String(schema.current), facts[1] == String(SummaryLines.format) {
                let store = try PostgresStore(uri: uri, connection: connection, access: access, who: Array(facts[2...]))
                if let firstPage, try store.readFirstPage(firstPage) { return store }
                try store.finishOpening()
                return store
            }
            // Otherwise step by step, each refusal in its own words (no schema, too new, too old, another format).
            let found = try schema.checkOpenable(connection)
            if found < schema.current {
                let owns = try ownsSchema(connection)
                // Only the administrative role (which owns the schema) can upgrade it; anyone else is told so.
                if access == .readOnly || !owns {
                    throw PostgresError(kind: .schemaTooOld(found: found, supported: schema.current), server: connection.server, serverMessage: "")
                }
                try schema.migrate(connection, program: StoreFormat.programVersion)
            }
            let source = try prepareSummaries(connection, access: access)
            let who = try connection.query("SELECT " + whoColumns).rows.first ?? []
            let store = try PostgresStore(uri: uri, connection: connection, access: access, who: who)
            store.summarySource = source
            try store.finishOpening()
            return store
        } catch let error as PostgresError {
            connection.close()
            throw error.storeError
        } catch {
            connection.close()
            throw error
        }
    }

    /// Creates Sammen's schema in an empty database (`sammen init URI`), with the store's settings and its
    /// first team, and opens it for writing. The role that runs it owns the schema: the administrative role.
    public static func create(uri: String, meta: StoreMeta, team: Team, schema: DatabaseSchema = .standard) throws -> PostgresStore {
        let connection: PGConnection
        do { connection = try PGConnection(uri: uri) } catch let error as PostgresError { throw error.storeError }
        defer { connection.close() }
        do {
            if try schema.version(of: connection) != nil { throw StoreError.alreadyAStore(path: StoreLocation.shown(uri)) }
            try schema.create(connection)
            let codec = RecordCodec(policy: .standard)
            try connection.transaction {
                try connection.query("INSERT INTO sammen.store_meta (meta) VALUES ($1::jsonb)", [try codec.encodedText(meta)])
                var record = team
                record.members = []
                try connection.query("INSERT INTO sammen.teams (id, record) VALUES ($1, $2::jsonb)",
                                     [PostgresStore.teamID(for: team.name), try codec.encodedText(record)])
                try connection.query("INSERT INTO sammen.access_log (action, detail) VALUES ('create', 'nyt arkiv med 0 familier')")
            }
        } catch let error as PostgresError {
            throw error.storeError
        }
        return try open(uri: uri, access: .perOperation, schema: schema)
    }

    /// Whether the database at `uri` holds Sammen's schema.
    public static func exists(uri: String) throws -> Bool {
        do {
            let connection = try PGConnection(uri: uri)
            defer { connection.close() }
            return try DatabaseSchema.standard.version(of: connection) != nil
        } catch let error as PostgresError {
            throw error.storeError
        }
    }

    /// A team's id from its name: lower-case letters and digits, the rest as dashes («Handicap Øst» → handicap-st).
    static func teamID(for name: String) -> String {
        var id = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { id.unicodeScalars.append(scalar) }
            else if !id.isEmpty && !id.hasSuffix("-") { id.append("-") }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? "team" : String(id.prefix(40))
    }

    /// Reads the caseload, brings older records forward and lets the log's retention work (writing only).
    func finishOpening() throws {
        try loadEverything()
        if isWritable { try migrateOldRecords() }
        if isWritable {
            // Entries past the retention go (the server's function removes nothing newer).
            _ = try? connection.query("SELECT sammen.purge_access_log()")
        }
    }

    /// Who the session is: the role, its initials, whether it owns the schema, its first team.
    static let whoColumns = """
        session_user, sammen.my_initials(),
        session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'families')
        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user),
        (SELECT sammen.my_teams())[1]
        """

    /// `who`: a row of `whoColumns`.
    private init(uri: String, connection: PGConnection, access: StoreAccess, who row: [String?]) throws {
        self.uri = uri
        self.connection = connection
        self.access = access
        self.location = StoreLocation.shown(uri)
        login = row.first.flatMap { $0 } ?? ""
        isAdministrator = row.count > 2 && row[2] == "t"
        let initials = row.count > 1 ? row[1] : nil
        hasInitials = initials != nil
        if initials == nil && !isAdministrator {
            throw StoreError.invalid(Phrase(
                da: "Rollen «\(login)» er ikke med i noget team i databasen \(connection.server.database) på \(connection.server.place), så du kan ikke se noget i arkivet. Teamets leder eller IT-afdelingen tilføjer dig med «sammen team add \(login) INITIALER».",
                en: "The role «\(login)» is in no team in the database \(connection.server.database) on \(connection.server.place), so you cannot see anything in the store. The team's leader or the IT department adds you with «sammen team add \(login) INITIALS»."))
        }
        user = initials ?? login
        teamID = (row.count > 3 ? row[3] : nil) ?? ""
        meta = StoreMeta(created: LocalDate(year: 2000, month: 1, day: 1)!, training: false)
        team = Team(name: "", targetCaseload: 0)
    }

    static func problem(from error: Error, shown: String) -> FileProblem {
        if case StoreError.unreadable(let problem)? = error as? StoreError { return problem }
        if let error = error as? StoreError {
            return FileProblem(path: shown, reason: Phrase(da: error.message(in: .da), en: error.message(in: .en)))
        }
        if let error = error as? PostgresError { return FileProblem(path: shown, reason: error.phrase) }
        return FileProblem(path: shown, reason: Phrase(verbatim: "\(error)"))
    }

    /// Runs `body`, turning the driver's errors into the store's (messages in words).
    func db<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as PostgresError { throw error.storeError }
    }

    public func close() { connection.close() }

    // MARK: Reading

    public var summaries: [FamilySummary] { Array(entries.values) }

    public func summary(_ id: FamilyID) -> FamilySummary? { entries[id] }

    public var isEmpty: Bool {
        (try? connection.query("SELECT NOT EXISTS (SELECT FROM sammen.families)").scalar == "t") ?? false
    }

    public func newFamilyID(reserved: Set<FamilyID>) -> FamilyID {
        var taken = Set(entries.keys).union(reserved)
        for problem in problems where problem.path.hasPrefix(StoreFormat.familiesFolder + "/") {
            taken.insert(String(problem.path.dropFirst(StoreFormat.familiesFolder.count + 1).dropLast(5)))
        }
        return Family.newID(notIn: taken)
    }

    public func check(today: LocalDate?) -> [FileProblem] {
        var found = problems
        let rows = (try? connection.query("SELECT id, record::text FROM sammen.families ORDER BY id").rows) ?? []
        for row in rows {
            guard let id = row[0], entries[id] != nil, let text = row[1] else { continue }
            let shown = StoreFormat.familyPath(id)
            let family: Family
            do {
                family = try codec.decode(Family.self, from: Data(text.utf8), shown: shown).value
            } catch {
                found.append(PostgresStore.problem(from: error, shown: shown))
                continue
            }
            for finding in FamilyValidator.validate(family, team: team) {
                found.append(FileProblem(path: shown, reason: finding.reason))
            }
            if let today {
                for finding in DateRules.findings(in: family, today: today) {
                    found.append(FileProblem(path: shown, reason: finding.problem.phrase))
                }
            }
        }
        var initials = Set<String>()
        for (i, worker) in team.caseworkers.enumerated() where !initials.insert(worker.initials.uppercased()).inserted {
            found.append(FileProblem(path: StoreFormat.teamFile, reason: Phrase(da: "initialerne «\(worker.initials)» findes to gange (nr. \(i + 1))",
                                                                             en: "the initials «\(worker.initials)» appear twice (no. \(i + 1))")))
        }
        return found
    }
}

extension RecordCodec {
    /// The record as text for a jsonb parameter.
    func encodedText<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
