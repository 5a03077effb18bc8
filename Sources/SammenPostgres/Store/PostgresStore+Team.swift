import Foundation
import SammenCore

/// The team: its settings as a row of `sammen.teams` (the Team record without members, with a version for the
/// optimistic check) and its members as rows of `sammen.members`, changed through the server's functions
/// (`sammen.add_member`, `sammen.remove_member`), which also give the role its group role.
extension PostgresStore {
    public func saveTeam(_ newTeam: Team) throws {
        guard isWritable else { throw StoreError.readOnly }
        try db {
            try connection.transaction {
                try writeTeam(newTeam)
                try appendLog(.change, family: nil, detail: "team")
            }
            try loadTeam()
        }
    }

    /// Writes the team's settings if the row is still as this instance read it.
    func writeTeam(_ newTeam: Team) throws {
        var record = newTeam
        record.schemaVersion = codec.policy.current
        record.members = []
        let rows = try connection.query("UPDATE sammen.teams SET record = $2::jsonb WHERE id = $1 AND version = $3 RETURNING version",
                                        [teamID, try codec.encodedText(record), String(teamVersion)])
        guard let version = rows.scalar.flatMap(Int64.init) else { throw StoreError.conflict(path: StoreFormat.teamFile) }
        teamVersion = version
    }

    public func updateTeam(_ change: (inout Team) throws -> Void) throws {
        guard isWritable else { throw StoreError.readOnly }
        try db {
            try connection.transaction {
                let rows = try connection.query("SELECT version FROM sammen.teams WHERE id = $1 FOR UPDATE", [teamID])
                guard rows.scalar != nil else { throw StoreError.conflict(path: StoreFormat.teamFile) }
                try loadTeam()
                if let problem = problems.first(where: { $0.path == StoreFormat.teamFile }) { throw StoreError.unreadable(problem) }
                var changed = team
                try change(&changed)
                try writeTeam(changed)
                try appendLog(.change, family: nil, detail: "team")
            }
            try loadTeam()
        }
    }

    /// The administrative role, or a leader in this team.
    public var mayManageTeam: Bool {
        isWritable && (isAdministrator || team.member(login: login)?.leader == true)
    }

    private func checkMayManage() throws {
        guard isWritable else { throw StoreError.readOnly }
        guard mayManageTeam else {
            throw StoreError.invalid(Phrase(da: "Kun teamets leder eller IT-afdelingens administrative rolle kan tilføje og fjerne medlemmer; din rolle «\(login)» er ikke leder.",
                                            en: "Only the team's leader or the IT department's administrative role can add and remove members; your role «\(login)» is not a leader."))
        }
    }

    public func addMember(login newLogin: String, initials: String, name: String?, leader: Bool) throws {
        try checkMayManage()
        if let existing = team.member(login: newLogin) {
            throw StoreError.invalid(Phrase(da: "«\(newLogin)» er allerede med i teamet som \(existing.initials); fjern først med «sammen team remove \(newLogin)».",
                                            en: "«\(newLogin)» is already in the team as \(existing.initials); remove it first with «sammen team remove \(newLogin)»."))
        }
        if let other = team.members.first(where: { $0.initials.caseInsensitiveCompare(initials) == .orderedSame }) {
            throw StoreError.invalid(Phrase(da: "initialerne \(initials) hører allerede til «\(other.login)».",
                                            en: "the initials \(initials) already belong to «\(other.login)»."))
        }
        try db {
            try connection.transaction {
                let exists = try connection.query("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1)", [newLogin]).scalar == "t"
                guard exists else {
                    throw StoreError.invalid(Phrase(
                        da: "Der er ingen rolle «\(newLogin)» på PostgreSQL-serveren; IT-afdelingen opretter den først (CREATE ROLE \(newLogin) LOGIN …, se docs/it-postgresql.md).",
                        en: "There is no role «\(newLogin)» on the PostgreSQL server; the IT department creates it first (CREATE ROLE \(newLogin) LOGIN …, see docs/it-postgresql.md)."))
                }
                try connection.query("SELECT sammen.add_member($1, $2, $3, $4, $5)",
                                     [newLogin, teamID, initials, name, leader ? "true" : "false"])
                try loadTeam()
                if team.caseworker(initials) == nil {
                    var changed = team
                    changed.caseworkers.append(Caseworker(initials: initials, name: name ?? initials))
                    try writeTeam(changed)
                }
                try appendLog(.change, family: nil, detail: "team: \(newLogin) tilføjet som \(initials)\(leader ? " (leder)" : "")")
            }
            try loadTeam()
        }
    }

    public func removeMember(login oldLogin: String) throws {
        try checkMayManage()
        guard let member = team.member(login: oldLogin) else {
            throw StoreError.invalid(Phrase(da: "«\(oldLogin)» er ikke med i teamet.", en: "«\(oldLogin)» is not in the team."))
        }
        if member.leader && !isAdministrator && team.members.filter(\.leader).count == 1 {
            throw StoreError.invalid(Phrase(da: "«\(oldLogin)» er teamets eneste leder; gør en anden til leder først, eller bed IT-afdelingen om at fjerne den.",
                                            en: "«\(oldLogin)» is the team's only leader; make someone else leader first, or ask the IT department to remove it."))
        }
        try db {
            try connection.transaction {
                try connection.query("SELECT sammen.remove_member($1, $2)", [oldLogin, teamID])
                try appendLog(.change, family: nil, detail: "team: \(oldLogin) fjernet")
            }
            try loadTeam()
        }
    }

    public func setLeader(login member: String, leader: Bool) throws {
        try checkMayManage()
        guard let current = team.member(login: member) else {
            throw StoreError.invalid(Phrase(da: "«\(member)» er ikke med i teamet.", en: "«\(member)» is not in the team."))
        }
        if !leader && current.leader && !isAdministrator && team.members.filter(\.leader).count == 1 {
            throw StoreError.invalid(Phrase(da: "«\(member)» er teamets eneste leder; gør en anden til leder først.",
                                            en: "«\(member)» is the team's only leader; make someone else leader first."))
        }
        try db {
            try connection.transaction {
                try connection.query("SELECT sammen.set_leader($1, $2, $3)", [member, teamID, leader ? "true" : "false"])
                try appendLog(.change, family: nil, detail: "team: \(member) \(leader ? "er leder" : "er ikke længere leder")")
            }
            try loadTeam()
        }
    }

    public func importColumnMapping() throws -> ImportColumnMapping {
        try db {
            guard let text = try connection.query("SELECT mapping::text FROM sammen.import_columns").scalar else { return ImportColumnMapping() }
            do {
                return try JSONDecoder().decode(ImportColumnMapping.self, from: Data(text.utf8))
            } catch {
                throw StoreError.invalid(Phrase(da: "Den gemte kolonneopsætning kan ikke læses; angiv kolonnerne igen med --map.",
                                                en: "The saved column mapping cannot be read; give the columns again with --map."))
            }
        }
    }

    public func saveImportColumnMapping(_ mapping: ImportColumnMapping) throws {
        guard isWritable else { throw StoreError.readOnly }
        let text = String(decoding: try JSONEncoder().encode(mapping), as: UTF8.self)
        try db {
            try connection.query("""
                INSERT INTO sammen.import_columns (mapping) VALUES ($1::jsonb)
                ON CONFLICT (singleton) DO UPDATE SET mapping = excluded.mapping
                """, [text])
        }
    }
}

/// More than one team in a database: made by the administrative role with `sammen team new NAME`, chosen with
/// `--team ID` (docs/it-postgresql.md).
extension PostgresStore: TeamsStore {
    public func teams() throws -> [(id: String, name: String)] {
        try db {
            try connection.query("SELECT id, record->>'name' FROM sammen.teams ORDER BY id").rows.map { ($0[0] ?? "", $0[1] ?? "") }
        }
    }

    public func createTeam(name: String) throws -> String {
        guard isWritable else { throw StoreError.readOnly }
        guard isAdministrator else {
            throw StoreError.invalid(Phrase(
                da: "Teams oprettes af IT-afdelingens administrative rolle (den, der kørte «sammen init»), ikke af «\(login)».",
                en: "Teams are made by the IT department's administrative role (the one that ran «sammen init»), not by «\(login)»."))
        }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 80, !trimmed.contains(where: { $0.isNewline || $0 == "\t" }) else {
            throw StoreError.invalid(Phrase(da: "Et teamnavn er 1–80 tegn på én linje (ikke «\(name)»).",
                                            en: "A team name is 1–80 characters on one line (not «\(name)»)."))
        }
        let id = PostgresStore.teamID(for: trimmed)
        var record = Team(name: trimmed, targetCaseload: 30)
        record.schemaVersion = codec.policy.current
        record.members = []
        try db {
            try connection.transaction {
                let taken = try connection.query("SELECT record->>'name' FROM sammen.teams WHERE id = $1", [id])
                if let row = taken.rows.first {
                    throw StoreError.invalid(Phrase(
                        da: "Der er allerede et team med id'et «\(id)» («\(row[0] ?? "")») i \(location); vælg et andet navn.",
                        en: "There already is a team with the id «\(id)» («\(row[0] ?? "")») in \(location); choose another name."))
                }
                try connection.query("INSERT INTO sammen.teams (id, record) VALUES ($1, $2::jsonb)", [id, try codec.encodedText(record)])
                try appendLog(.change, family: nil, detail: "team \(id) oprettet")
            }
        }
        return id
    }

    public func useTeam(_ id: String) throws {
        let known = try teams()
        guard known.contains(where: { $0.id == id }) else {
            let list = known.map { "\($0.id) («\($0.name)»)" }.joined(separator: ", ")
            throw StoreError.invalid(Phrase(
                da: "Der er intet team «\(id)» i \(location), som rollen «\(login)» kan se. Teams: \(list.isEmpty ? "ingen" : list).",
                en: "There is no team «\(id)» in \(location) that the role «\(login)» can see. Teams: \(list.isEmpty ? "none" : list)."))
        }
        teamID = id
        try db { try loadTeam() }
    }
}
