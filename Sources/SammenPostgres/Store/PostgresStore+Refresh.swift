import Foundation
import SammenCore

/// Reading again what colleagues changed: by change number (everything committed up to the highest number read is
/// in; a later commit always carries a higher number), or by the ids a feed named.
extension PostgresStore {
    public func changeFeed(polling: Bool) -> any StoreChangeFeed {
        PostgresChangeFeed(uri: uri, since: seenChange, teamSince: teamSeenChange, polling: polling)
    }

    public func refreshFamilies(_ ids: [FamilyID]) -> RefreshedFamilies {
        let wanted = ids.filter(Family.isValidID)
        guard !wanted.isEmpty else { return RefreshedFamilies() }
        let list = "{" + wanted.map { "\"\($0)\"" }.joined(separator: ",") + "}"
        guard let rows = try? connection.query(rowSelect + " WHERE id = ANY($1::text[])", [list]) else {
            return RefreshedFamilies()
        }
        return apply(rows.rows, asked: Set(wanted))
    }

    public func refreshAll() -> RefreshedFamilies {
        var result = RefreshedFamilies()
        guard let changed = try? connection.query(rowSelect + " WHERE change_number > $1", [String(seenChange)]),
              let present = try? connection.query("SELECT id FROM sammen.families") else { return result }
        result = apply(changed.rows, asked: [])
        let ids = Set(present.rows.compactMap { $0[0] })
        for id in entries.keys where !ids.contains(id) {
            entries[id] = nil
            result.removed.append(id)
        }
        problems.removeAll { problem in
            problem.path.hasPrefix(StoreFormat.familiesFolder + "/")
                && !ids.contains(String(problem.path.dropFirst(StoreFormat.familiesFolder.count + 1).dropLast(5)))
        }
        return result
    }

    /// Takes fresh rows; the ids asked for that came back without a row are gone (deleted, or another team's now).
    private func apply(_ rows: [[String?]], asked: Set<FamilyID>) -> RefreshedFamilies {
        var result = RefreshedFamilies()
        var seen = Set<FamilyID>()
        for row in rows {
            guard let id = row[0] else { continue }
            seen.insert(id)
            let before = entries[id]
            let now = take(row)
            // A colleague's save that leaves the summary as it was (a note, a goal, a meeting) still changes the
            // family this instance loaded: its row version moved on, so the open family is read again.
            // Versions only grow: one above what this instance last saw or wrote is a save made elsewhere.
            let version = row.count > 5 ? row[5].flatMap(Int64.init) : nil
            let known = max(refreshedVersions[id] ?? 0, loadedVersions[id] ?? 0)
            let savedElsewhere = version.map { $0 > known } ?? false
            if let version { refreshedVersions[id] = version }
            if now == nil, before != nil { result.removed.append(id) }
            else if let now, now != before || savedElsewhere { result.changed.append(id) }
        }
        for id in asked.subtracting(seen) {
            problems.removeAll { $0.path == StoreFormat.familyPath(id) }
            if entries.removeValue(forKey: id) != nil { result.removed.append(id) }
        }
        return result
    }

    public func refreshTeam() -> Bool {
        let before = team
        try? loadTeam()
        return team != before
    }
}
