import Foundation
import SammenCore

/// `sammen store copy` into a database: the whole store in one transaction, into a database without families.
extension PostgresStore {
    public func importWholeStore(_ contents: StoreContents, detail: String) throws {
        guard isWritable else { throw StoreError.readOnly }
        guard isAdministrator else {
            throw StoreError.invalid(Phrase(
                da: "En kopi ind i \(location) skrives af IT-afdelingens administrative rolle (den, der kørte «sammen init»), ikke af «\(login)»: kun den må skrive adgangsloggens gamle tider og brugere.",
                en: "A copy into \(location) is written by the IT department's administrative role (the one that ran «sammen init»), not by «\(login)»: only it may write the access log's old times and users."))
        }
        var ids = Set<FamilyID>()
        for family in contents.families {
            guard Family.isValidID(family.id) else { throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(family.id)»", en: "Invalid family id «\(family.id)»")) }
            guard ids.insert(family.id).inserted else {
                throw StoreError.invalid(Phrase(da: "Familie-id «\(family.id)» findes to gange i det, der skal kopieres.",
                                                en: "The family id «\(family.id)» appears twice in what is to be copied."))
            }
        }

        try db {
            try connection.transaction {
                // No colleague adds a family while the copy checks and writes.
                try connection.query("LOCK TABLE sammen.families IN EXCLUSIVE MODE")
                guard try connection.query("SELECT NOT EXISTS (SELECT FROM sammen.families)").scalar == "t" else {
                    throw StoreError.invalid(Phrase(
                        da: "Arkivet i \(location) er ikke tomt (der er familier i det); en kopi skrives kun ind i et tomt arkiv.",
                        en: "The store in \(location) is not empty (it holds families); a copy is only written into an empty store."))
                }
                for entry in contents.accessLog {
                    try connection.query("""
                        INSERT INTO sammen.access_log (at, role, initials, action, family_id, detail)
                        VALUES ($1::timestamptz, $2, $3, $4, $5, $6)
                        """, [entry.time, entry.login, entry.user, entry.action.rawValue, entry.family, entry.detail])
                }
                try appendLog(.import, family: nil, detail: detail)
                for family in contents.families {
                    // As given: its JSON must come back byte for byte (no stamping, its own schema version).
                    _ = try insertRow(try PreparedRow(record: family, summary: FamilySummary(family), codec: codec), logging: nil)
                }
                var copiedTeam = contents.team
                copiedTeam.members = []
                try connection.query("UPDATE sammen.teams SET record = $2::jsonb WHERE id = $1",
                                     [teamID, try codec.encodedText(copiedTeam)])
                var newMeta = meta
                newMeta.created = contents.meta.created
                newMeta.training = contents.meta.training
                newMeta.municipality = contents.meta.municipality
                try connection.query("UPDATE sammen.store_meta SET meta = $1::jsonb", [try codec.encodedText(newMeta)])
            }
            try loadEverything()
        }
        // Members are roles of this server, not logins of the folder's machine: the IT department adds them.
        if !contents.team.members.isEmpty {
            notices.append(Phrase(
                da: "Teamets medlemmer (\(contents.team.members.map(\.login).joined(separator: ", "))) er ikke kopieret: de er brugere på serveren, ikke roller i databasen. Tilføj rollerne med «sammen team add ROLLE INITIALER».",
                en: "The team's members (\(contents.team.members.map(\.login).joined(separator: ", "))) are not copied: they are accounts on the server, not roles in the database. Add the roles with «sammen team add ROLE INITIALS»."))
        }
    }
}

extension PostgresStore {
    /// What the `sammen` executable registers, so `--store postgresql://…` opens this store.
    public static let opener = StoreOpeners.DatabaseOpener(
        name: "PostgreSQL",
        open: { uri, access in try PostgresStore.open(uri: uri, access: access) },
        create: { uri, meta, team in try PostgresStore.create(uri: uri, meta: meta, team: team) },
        exists: { uri in try PostgresStore.exists(uri: uri) })
}
