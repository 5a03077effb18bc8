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

    /// A family as it is written: the record (current schema, what this user added since it was loaded
    /// stamped), its JSON, and its summary as JSON and as index lines, all made once, before the statement.
    struct PreparedRow {
        var record: Family
        var json: String
        var summary: FamilySummary
        var summaryJSON: String
        var lines: String
        /// Its rows of `sammen.open_cases` (OpenCaseKeys), written in the same statement.
        var openCases: String
    }

    func prepared(_ family: Family, stamp: Bool) throws -> PreparedRow {
        guard isWritable else { throw StoreError.readOnly }
        guard Family.isValidID(family.id) else {
            throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(family.id)»", en: "Invalid family id «\(family.id)»"))
        }
        var record = family
        record.schemaVersion = codec.policy.current
        if stamp { record.stampAuthorship(since: loadedFamilies[family.id], initials: user, login: login) }
        return try PreparedRow(record: record, summary: FamilySummary(record), codec: codec)
    }

    private func write(_ family: Family, creating: Bool) throws {
        let loaded = loadedVersions[family.id]
        let row = try prepared(family, stamp: creating || loadedFamilies[family.id] != nil)
        if !creating && loaded == nil { throw StoreError.conflict(path: StoreFormat.familyPath(family.id)) }
        // One statement, so one round trip: the row and its log entry commit together or not at all.
        let version: Int64 = try db {
            if creating { return try insertRow(row, logging: .create) }
            guard let new = try updateRow(row, if: .version(loaded!), logging: .change) else {
                throw StoreError.conflict(path: StoreFormat.familyPath(family.id))
            }
            return new
        }
        written(row, version: version)
    }

    /// Inserts a family (into this role's team unless `team` is given), with its log entry when `logging` is
    /// given. The id taken (even by a row this role cannot see or read): a conflict, as for a file that exists.
    func insertRow(_ row: PreparedRow, team: String? = nil, logging action: AccessAction?) throws -> Int64 {
        do {
            let rows = try connection.query("""
                WITH saved AS (
                    INSERT INTO sammen.families (id, team_id, record, summary, summary_lines, page_version, page_stamp)
                    VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, 1, '\(OpenCaseKeys.stamp)') RETURNING version, team_id),
                keyed AS (
                    INSERT INTO sammen.open_cases (family_id, team_id, for_version, position, next_due, due_from, due_until,
                                                   name_key, case_key, caseworker, buddy)
                    SELECT $1, saved.team_id, saved.version, k.* FROM saved, json_to_recordset($8::json) AS \(OpenCaseKeys.recordColumns)),
                logged AS (
                    INSERT INTO sammen.access_log (action, family_id) SELECT $6, $7 FROM saved WHERE $6::text IS NOT NULL)
                SELECT version FROM saved
                """, [row.record.id, team ?? teamID, row.json, row.summaryJSON, row.lines, action?.rawValue, CPRNumber.redact(row.record.id),
                      row.openCases])
            return rows.scalar.flatMap(Int64.init) ?? 1
        } catch let error as PostgresError where error.sqlState == "23505" {
            throw StoreError.conflict(path: StoreFormat.familyPath(row.record.id))
        }
    }

    /// What a row must still be for an update to write it: at the version this instance read, or holding the
    /// record given (as JSON; compared by the server under the row's lock).
    enum RowCheck {
        case version(Int64)
        case record(String)
    }

    /// Updates a family if its row passes `check`, with its log entry when `logging` is given, in one statement.
    /// Returns the new version, or nil when no row passed (someone saved first, or it is gone).
    func updateRow(_ row: PreparedRow, if check: RowCheck, logging action: AccessAction?) throws -> Int64? {
        let condition: String
        let expected: String
        switch check {
        case .version(let version): (condition, expected) = ("version = $5::bigint", String(version))
        case .record(let json): (condition, expected) = ("record = $5::jsonb", json)
        }
        let rows = try connection.query("""
            WITH saved AS (
                UPDATE sammen.families SET record = $2::jsonb, summary = $3::jsonb, summary_lines = $4,
                       page_version = version + 1, page_stamp = '\(OpenCaseKeys.stamp)'
                WHERE id = $1 AND \(condition) RETURNING version, team_id),
            -- The family's open cases as this version has them (rows of an older version, if any, go too).
            cleared AS (
                DELETE FROM sammen.open_cases WHERE family_id = $1 AND EXISTS (SELECT FROM saved)),
            keyed AS (
                INSERT INTO sammen.open_cases (family_id, team_id, for_version, position, next_due, due_from, due_until,
                                               name_key, case_key, caseworker, buddy)
                SELECT $1, saved.team_id, saved.version, k.* FROM saved, json_to_recordset($8::json) AS \(OpenCaseKeys.recordColumns)),
            logged AS (
                INSERT INTO sammen.access_log (action, family_id) SELECT $6, $7 FROM saved WHERE $6::text IS NOT NULL)
            SELECT version FROM saved
            """, [row.record.id, row.json, row.summaryJSON, row.lines, expected, action?.rawValue, CPRNumber.redact(row.record.id),
                  row.openCases])
        return rows.scalar.flatMap(Int64.init)
    }

    func written(_ row: PreparedRow, version: Int64) {
        loadedVersions[row.record.id] = version
        loadedFamilies[row.record.id] = row.record
        entries[row.record.id] = row.summary
        problems.removeAll { $0.path == StoreFormat.familyPath(row.record.id) }
    }

    public func update(_ id: FamilyID, _ change: (inout Family) throws -> Void) throws -> Family {
        guard isWritable else { throw StoreError.readOnly }
        return try db {
            let (row, version): (PreparedRow, Int64) = try connection.transaction {
                let (family, version) = try readFamily(id, forUpdate: true)
                try appendLog(.read, family: id, detail: nil)
                loadedFamilies[id] = family
                var changed = family
                try change(&changed)
                let row = try prepared(changed, stamp: true)
                guard let new = try updateRow(row, if: .version(version), logging: .change) else {
                    throw StoreError.conflict(path: StoreFormat.familyPath(id))
                }
                return (row, new)
            }
            written(row, version: version)
            return row.record
        }
    }

    public func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> MergedSave {
        guard isWritable else { throw StoreError.readOnly }
        guard let base else {
            try create(mine)
            return MergedSave(family: loadedFamilies[mine.id] ?? mine, merged: false)
        }
        var canonical = base
        canonical.schemaVersion = codec.policy.current
        let baseJSON = try codec.encodedText(canonical)
        loadedFamilies[mine.id] = base
        // The common case in one statement: the row still holds what the screen loaded (the server compares,
        // under the row's lock), so mine is written as it is, with its log entry.
        let mineRow = try prepared(mine, stamp: true)
        if let version = try db({ try updateRow(mineRow, if: .record(baseJSON), logging: .change) }) {
            written(mineRow, version: version)
            return MergedSave(family: mineRow.record, merged: false)
        }
        // A colleague saved it since (or it is gone, or unreadable): read theirs under the lock and merge.
        return try db {
            let (row, version, merged): (PreparedRow, Int64, Bool) = try connection.transaction {
                let (theirs, version) = try readFamily(mine.id, forUpdate: true)
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
                let row = try prepared(result, stamp: true)
                guard let new = try updateRow(row, if: .version(version), logging: .change) else {
                    throw StoreError.conflict(path: StoreFormat.familyPath(mine.id))
                }
                return (row, new, merged)
            }
            written(row, version: version)
            return MergedSave(family: row.record, merged: merged)
        }
    }

    public func commitImport(newFamilies: [Family], changedFamilies: [Family], team newTeam: Team?, detail: String) throws {
        guard isWritable else { throw StoreError.readOnly }
        var done: [(PreparedRow, Int64)] = []
        try db {
            try connection.transaction {
                try appendLog(.import, family: nil, detail: detail)
                for family in newFamilies {
                    let row = try prepared(family, stamp: false)
                    done.append((row, try insertRow(row, logging: nil)))
                }
                for family in changedFamilies {
                    guard let loaded = loadedVersions[family.id] else { throw StoreError.conflict(path: StoreFormat.familyPath(family.id)) }
                    let row = try prepared(family, stamp: false)
                    guard let new = try updateRow(row, if: .version(loaded), logging: nil) else {
                        throw StoreError.conflict(path: StoreFormat.familyPath(family.id))
                    }
                    done.append((row, new))
                }
                if let newTeam { try writeTeam(newTeam) }
            }
        }
        for (row, version) in done { written(row, version: version) }
        if newTeam != nil { try db { try loadTeam() } }
    }
}

extension PostgresStore {
    /// The streamed import (#15.17): each new family inserted as it comes, in the one transaction, so only one
    /// is held at a time (their summaries are kept, their records not: a family is loaded before it is saved).
    public func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilies: [Family],
                             team newTeam: Team?, detail: String) throws {
        var changed = changedFamilies.makeIterator()
        try commitImport(newFamilyIDs: newFamilyIDs, nextNewFamily: nextNewFamily, changedFamilyIDs: changedFamilies.map(\.id),
                         nextChangedFamily: { changed.next()! }, team: newTeam, detail: detail)
    }

    /// The streamed re-import (#15.17): the changed families too are made, checked against the version this
    /// instance read (a colleague's save in between is a conflict and nothing is written) and updated one at a
    /// time in the one transaction. Only their summaries and versions are kept afterwards, not their records.
    public func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilyIDs: [FamilyID],
                             nextChangedFamily: () throws -> Family, team newTeam: Team?, detail: String) throws {
        guard isWritable else { throw StoreError.readOnly }
        var inserted: [(FamilySummary, Int64)] = []
        inserted.reserveCapacity(newFamilyIDs.count)
        var updated: [(FamilySummary, Int64)] = []
        updated.reserveCapacity(changedFamilyIDs.count)
        func next(_ id: FamilyID, _ make: () throws -> Family) throws -> Family {
            let family = try make()
            guard family.id == id else { throw StoreError.invalid(Phrase(verbatim: "import: family \(family.id) came in place of \(id)")) }
            return family
        }
        try db {
            try connection.transaction {
                try appendLog(.import, family: nil, detail: detail)
                for id in newFamilyIDs {
                    let row = try prepared(try next(id, nextNewFamily), stamp: false)
                    inserted.append((row.summary, try insertRow(row, logging: nil)))
                }
                for id in changedFamilyIDs {
                    let family = try next(id, nextChangedFamily)
                    guard let loaded = loadedVersions[id] else { throw StoreError.conflict(path: StoreFormat.familyPath(id)) }
                    let row = try prepared(family, stamp: false)
                    guard let new = try updateRow(row, if: .version(loaded), logging: nil) else {
                        throw StoreError.conflict(path: StoreFormat.familyPath(id))
                    }
                    updated.append((row.summary, new))
                }
                if let newTeam { try writeTeam(newTeam) }
            }
        }
        let shown = Set(problems.map(\.path))
        for (summary, version) in inserted {
            entries[summary.id] = summary
            refreshedVersions[summary.id] = version
            if shown.contains(StoreFormat.familyPath(summary.id)) { problems.removeAll { $0.path == StoreFormat.familyPath(summary.id) } }
        }
        for (summary, version) in updated {
            entries[summary.id] = summary
            loadedVersions[summary.id] = version
            // Not kept: the next save of this family reads it again (a base from before the import is stale).
            loadedFamilies[summary.id] = nil
            if shown.contains(StoreFormat.familyPath(summary.id)) { problems.removeAll { $0.path == StoreFormat.familyPath(summary.id) } }
        }
        if newTeam != nil { try db { try loadTeam() } }
    }

    /// A family read for an import: not logged (the import is one entry) and its record not kept, so reading
    /// every family holds one at a time; its version is kept when the import may write it, for the commit's
    /// check that nobody saved it since.
    public func loadFamilyForImport(_ id: FamilyID, remembersFingerprint: Bool) throws -> Family {
        try db {
            let (family, version) = try readFamily(id, forUpdate: false)
            if remembersFingerprint { loadedVersions[id] = version }
            return family
        }
    }
}

extension PostgresStore.PreparedRow {
    /// The row for `record` as it stands (no stamping): what a copy or a migration writes.
    init(record: Family, summary: FamilySummary, codec: RecordCodec) throws {
        self.init(record: record, json: try codec.encodedText(record), summary: summary,
                  summaryJSON: String(decoding: try JSONEncoder().encode(summary), as: UTF8.self),
                  lines: SummaryLines.encode(summary, schemaVersion: codec.policy.current),
                  openCases: try OpenCaseKeys.json(for: summary, on: LocalDate.today()))
    }
}
