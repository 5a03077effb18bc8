import Foundation
import SammenCore

/// `sammen store copy` into and out of a database. Into it: the whole store in one transaction, each family and
/// each part of the log inserted as it comes (memory flat in the number of families), into a database without
/// families. Out of it: families a batch at a time, the log a page at a time.
extension PostgresStore {
    public func importWholeStore(_ stream: WholeStoreStream, detail: String) throws {
        guard isWritable else { throw StoreError.readOnly }
        guard isAdministrator else {
            throw StoreError.invalid(Phrase(
                da: "En kopi ind i \(location) skrives af IT-afdelingens administrative rolle (den, der kørte «sammen init»), ikke af «\(login)»: kun den må skrive adgangsloggens gamle tider og brugere.",
                en: "A copy into \(location) is written by the IT department's administrative role (the one that ran «sammen init»), not by «\(login)»: only it may write the access log's old times and users."))
        }
        try stream.checkFamilyIDs()

        try db {
            try connection.transaction {
                // No colleague adds a family while the copy checks and writes.
                try connection.query("LOCK TABLE sammen.families IN EXCLUSIVE MODE")
                guard try connection.query("SELECT NOT EXISTS (SELECT FROM sammen.families)").scalar == "t" else {
                    throw StoreError.invalid(Phrase(
                        da: "Arkivet i \(location) er ikke tomt (der er familier i det); en kopi skrives kun ind i et tomt arkiv.",
                        en: "The store in \(location) is not empty (it holds families); a copy is only written into an empty store."))
                }
                while let part = try stream.nextLogEntries() {
                    for entry in part {
                        try connection.query("""
                            INSERT INTO sammen.access_log (at, role, initials, action, family_id, detail)
                            VALUES ($1::timestamptz, $2, $3, $4, $5, $6)
                            """, [entry.time, entry.login, entry.user, entry.action.rawValue, entry.family, entry.detail])
                    }
                }
                try appendLog(.import, family: nil, detail: detail)
                for n in stream.familyIDs.indices {
                    // As given: its JSON must come back byte for byte (no stamping, its own schema version).
                    let family = try stream.family(number: n)
                    _ = try insertRow(try PreparedRow(record: family, summary: FamilySummary(family), codec: codec), logging: nil)
                }
                var copiedTeam = stream.team
                copiedTeam.members = []
                try connection.query("UPDATE sammen.teams SET record = $2::jsonb WHERE id = $1",
                                     [teamID, try codec.encodedText(copiedTeam)])
                var newMeta = meta
                newMeta.created = stream.meta.created
                newMeta.training = stream.meta.training
                newMeta.municipality = stream.meta.municipality
                try connection.query("UPDATE sammen.store_meta SET meta = $1::jsonb", [try codec.encodedText(newMeta)])
            }
            try loadEverything()
        }
        // Members are roles of this server, not logins of the folder's machine: the IT department adds them.
        if !stream.team.members.isEmpty {
            notices.append(Phrase(
                da: "Teamets medlemmer (\(stream.team.members.map(\.login).joined(separator: ", "))) er ikke kopieret: de er brugere på serveren, ikke roller i databasen. Tilføj rollerne med «sammen team add ROLLE INITIALER».",
                en: "The team's members (\(stream.team.members.map(\.login).joined(separator: ", "))) are not copied: they are accounts on the server, not roles in the database. Add the roles with «sammen team add ROLE INITIALS»."))
        }
    }

    /// One query for the batch asked (`sammen store copy` asks a few hundred at a time).
    public func readFamilies(_ ids: [FamilyID]) throws -> [Family] {
        guard !ids.isEmpty else { return [] }
        for id in ids where !Family.isValidID(id) { throw StoreError.unknownFamily(id) }
        // Valid ids are a-z, 0-9 and '-': quoted as they are, they make an array literal.
        let array = "{" + ids.map { "\"" + $0 + "\"" }.joined(separator: ",") + "}"
        let rows = try db { try connection.query("SELECT id, record::text FROM sammen.families WHERE id = ANY($1::text[])", [array]) }
        var records: [FamilyID: String] = [:]
        for row in rows.rows { if let id = row[0], let text = row[1] { records[id] = text } }
        return try ids.map { id in
            guard let text = records[id] else { throw StoreError.unknownFamily(id) }
            let shown = StoreFormat.familyPath(id)
            let family = try codec.decode(Family.self, from: Data(text.utf8), shown: shown).value
            guard family.id == id else {
                throw StoreError.unreadable(FileProblem(path: shown, reason: Phrase(
                    da: "rækkens id er «\(id)», men familien i den hedder «\(family.id)»",
                    en: "the row's id is «\(id)» but the family in it says «\(family.id)»")))
            }
            return family
        }
    }

    /// The log a page at a time, in the order `accessLogEntries` gives it (time, then the order written), each
    /// page starting after the last row of the one before: no cursor, no transaction held open.
    public func accessLogParts(partSize: Int) throws -> () throws -> [AccessLogEntry]? {
        _ = try readingLog { () }
        var after: (at: String, id: String)?
        var done = false
        let formatter = PostgresStore.timestampFormatter()
        return { [self] in
            guard !done else { return nil }
            let rows = try readingLog {
                try connection.query("""
                    SELECT extract(epoch FROM at)::float8, initials, role, action, family_id, detail, at::text, id
                    FROM sammen.access_log WHERE $1::timestamptz IS NULL OR (at, id) > ($1::timestamptz, $2::bigint)
                    ORDER BY at, id LIMIT \(max(1, partSize))
                    """, [after?.at, after?.id])
            }
            guard let last = rows.rows.last, let at = last[6], let id = last[7] else {
                done = true
                return nil
            }
            after = (at, id)
            if rows.rows.count < partSize { done = true }
            return rows.rows.compactMap { PostgresStore.logEntry($0, formatter) }
        }
    }
}

extension PostgresStore {
    /// What the `sammen` executable registers, so `--store postgresql://…` opens this store.
    public static let opener = StoreOpeners.DatabaseOpener(
        name: "PostgreSQL",
        open: { uri, access in try PostgresStore.open(uri: uri, access: access) },
        create: { uri, meta, team in try PostgresStore.create(uri: uri, meta: meta, team: team) },
        exists: { uri in try PostgresStore.exists(uri: uri) },
        openFirst: { uri, access, page in try PostgresStore.open(uri: uri, access: access, firstPage: page) })
}
