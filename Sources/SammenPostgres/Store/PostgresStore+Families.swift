import Foundation
import SammenCore

/// Reading and writing families: each write one transaction with its access-log entry; the optimistic check is
/// the row's version (`UPDATE … WHERE version = <as loaded>`), and a conflict is the file store's StoreError.
extension PostgresStore {
    public func loadFamily(_ id: FamilyID, logAs action: AccessAction?) throws -> Family {
        try db {
            try connection.transaction {
                let (family, version) = try readFamily(id, forUpdate: false)
                // The read is logged in the same transaction: a read that cannot be logged shows nothing.
                if let action { try appendLog(action, family: id, detail: nil) }
                loadedVersions[id] = version
                loadedFamilies[id] = family
                return family
            }
        }
    }

    /// The record and its row version, decoded strictly (unknown fields and newer schemas refused).
    func readFamily(_ id: FamilyID, forUpdate: Bool) throws -> (Family, Int64) {
        guard Family.isValidID(id) else { throw StoreError.unknownFamily(id) }
        let rows = try connection.query("SELECT record::text, version FROM sammen.families WHERE id = $1" + (forUpdate ? " FOR UPDATE" : ""), [id])
        guard let row = rows.rows.first, let text = row[0], let version = row[1].flatMap(Int64.init) else {
            throw StoreError.unknownFamily(id)
        }
        let shown = StoreFormat.familyPath(id)
        do {
            let family = try codec.decode(Family.self, from: Data(text.utf8), shown: shown).value
            guard family.id == id else {
                throw StoreError.unreadable(FileProblem(path: shown, reason: Phrase(
                    da: "rækkens id er «\(id)», men familien i den hedder «\(family.id)»",
                    en: "the row's id is «\(id)» but the family in it says «\(family.id)»")))
            }
            return (family, version)
        } catch {
            problems.removeAll { $0.path == shown }
            problems.append(PostgresStore.problem(from: error, shown: shown))
            entries[id] = nil
            throw error
        }
    }

    public func save(_ family: Family) throws {
        try write(family, creating: false)
    }

    public func create(_ family: Family) throws {
        try write(family, creating: true)
    }

    /// The record as it is written: the current schema, and what this user added since it was loaded stamped.
    func prepared(_ family: Family, stamp: Bool) throws -> (record: Family, json: String, summary: String) {
        guard isWritable else { throw StoreError.readOnly }
        guard Family.isValidID(family.id) else {
            throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(family.id)»", en: "Invalid family id «\(family.id)»"))
        }
        var record = family
        record.schemaVersion = codec.policy.current
        if stamp { record.stampAuthorship(since: loadedFamilies[family.id], initials: user, login: login) }
        let json = try codec.encodedText(record)
        let summary = String(decoding: try JSONEncoder().encode(FamilySummary(record)), as: UTF8.self)
        return (record, json, summary)
    }

    private func write(_ family: Family, creating: Bool) throws {
        let shown = StoreFormat.familyPath(family.id)
        let loaded = loadedVersions[family.id]
        let (record, json, summary) = try prepared(family, stamp: creating || loadedFamilies[family.id] != nil)
        if !creating && loaded == nil { throw StoreError.conflict(path: shown) }
        let version: Int64 = try db {
            try connection.transaction {
                let version = try creating ? insertRow(record.id, json: json, summary: summary)
                                           : updateRow(record.id, json: json, summary: summary, version: loaded!)
                try appendLog(creating ? .create : .change, family: record.id, detail: nil)
                return version
            }
        }
        written(record, summary: summary, version: version)
    }

    /// Inserts a family into this role's team. The id taken (even by a row this role cannot see or read): a
    /// conflict, as for a file that exists.
    func insertRow(_ id: FamilyID, json: String, summary: String?, team: String? = nil) throws -> Int64 {
        do {
            let rows = try connection.query("""
                INSERT INTO sammen.families (id, team_id, record, summary, summary_lines) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5)
                RETURNING version
                """, [id, team ?? teamID, json, summary, lines(summary)])
            return rows.scalar.flatMap(Int64.init) ?? 1
        } catch let error as PostgresError where error.sqlState == "23505" {
            throw StoreError.conflict(path: StoreFormat.familyPath(id))
        }
    }

    /// Updates a family if its row is still at `version`; else a conflict (someone saved first, or it is gone).
    func updateRow(_ id: FamilyID, json: String, summary: String?, version: Int64) throws -> Int64 {
        let rows = try connection.query("""
            UPDATE sammen.families SET record = $2::jsonb, summary = $3::jsonb, summary_lines = $5 WHERE id = $1 AND version = $4
            RETURNING version
            """, [id, json, summary, String(version), lines(summary)])
        guard let new = rows.scalar.flatMap(Int64.init) else { throw StoreError.conflict(path: StoreFormat.familyPath(id)) }
        return new
    }

    /// The summary's index lines (SummaryLines), from its JSON as written beside the record.
    func lines(_ summary: String?) -> String? {
        guard let summary, let decoded = try? JSONDecoder().decode(FamilySummary.self, from: Data(summary.utf8)) else { return nil }
        return SummaryLines.encode(decoded, schemaVersion: codec.policy.current)
    }

    func written(_ record: Family, summary: String, version: Int64) {
        loadedVersions[record.id] = version
        loadedFamilies[record.id] = record
        entries[record.id] = (try? JSONDecoder().decode(FamilySummary.self, from: Data(summary.utf8))) ?? FamilySummary(record)
        problems.removeAll { $0.path == StoreFormat.familyPath(record.id) }
    }

    public func update(_ id: FamilyID, _ change: (inout Family) throws -> Void) throws -> Family {
        guard isWritable else { throw StoreError.readOnly }
        return try db {
            let (record, summary, version): (Family, String, Int64) = try connection.transaction {
                let (family, version) = try readFamily(id, forUpdate: true)
                try appendLog(.read, family: id, detail: nil)
                loadedFamilies[id] = family
                var changed = family
                try change(&changed)
                let (record, json, summary) = try prepared(changed, stamp: true)
                let new = try updateRow(id, json: json, summary: summary, version: version)
                try appendLog(.change, family: id, detail: nil)
                return (record, summary, new)
            }
            written(record, summary: summary, version: version)
            return record
        }
    }

    public func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> MergedSave {
        guard isWritable else { throw StoreError.readOnly }
        guard let base else {
            try create(mine)
            return MergedSave(family: loadedFamilies[mine.id] ?? mine, merged: false)
        }
        return try db {
            let (saved, summary, version, merged): (Family, String, Int64, Bool) = try connection.transaction {
                // The row as it is now, locked until the save commits: no other write in between.
                let (theirs, version) = try readFamily(mine.id, forUpdate: true)
                var canonical = base
                canonical.schemaVersion = codec.policy.current
                let result: Family
                let merged: Bool
                if try codec.encode(theirs) == codec.encode(canonical) {
                    result = mine
                    merged = false
                } else {
                    switch try FamilyMerge.decide(base: base, mine: mine, theirs: theirs, choices: choices) {
                    case .write(let family, let wasMerged):
                        result = family
                        merged = wasMerged
                    case .ask(let conflicts, let theirs):
                        throw MergeNeeded(asking: conflicts, theirs: theirs)
                    }
                }
                loadedFamilies[mine.id] = base
                let (record, json, summary) = try prepared(result, stamp: true)
                let new = try updateRow(mine.id, json: json, summary: summary, version: version)
                try appendLog(.change, family: mine.id, detail: nil)
                return (record, summary, new, merged)
            }
            written(saved, summary: summary, version: version)
            return MergedSave(family: saved, merged: merged)
        }
    }

    public func commitImport(newFamilies: [Family], changedFamilies: [Family], team newTeam: Team?, detail: String) throws {
        guard isWritable else { throw StoreError.readOnly }
        var done: [(Family, String, Int64)] = []
        try db {
            try connection.transaction {
                try appendLog(.import, family: nil, detail: detail)
                for family in newFamilies {
                    let (record, json, summary) = try prepared(family, stamp: false)
                    done.append((record, summary, try insertRow(record.id, json: json, summary: summary)))
                }
                for family in changedFamilies {
                    guard let loaded = loadedVersions[family.id] else { throw StoreError.conflict(path: StoreFormat.familyPath(family.id)) }
                    let (record, json, summary) = try prepared(family, stamp: false)
                    done.append((record, summary, try updateRow(record.id, json: json, summary: summary, version: loaded)))
                }
                if let newTeam { try writeTeam(newTeam) }
            }
        }
        for (record, summary, version) in done { written(record, summary: summary, version: version) }
        if newTeam != nil { try db { try loadTeam() } }
    }
}
