import Foundation
import SammenCore

/// Records of an older Sammen are brought to the current record schema when the store is opened for writing:
/// every one this role can see, with the settings and the team, in one transaction (nothing half migrated; the
/// database's own backup, pg_dump, is what the file store's backups folder is for files).
extension PostgresStore {
    func migrateOldRecords() throws {
        let current = codec.policy.current
        // What is old was counted when everything was read (loadEverything), in the same pass as the summaries.
        let teamIsOld = teamDiskVersion < current && !teamID.isEmpty
        let metaIsOld = metaDiskVersion < current && isAdministrator
        guard olderRecords > 0 || teamIsOld || metaIsOld else { return }
        var migrated = 0
        try db {
            try connection.transaction {
                let rows = try connection.query("""
                    SELECT id, record::text, version FROM sammen.families
                    WHERE record_version < $1::numeric FOR UPDATE
                    """, [String(current)])
                for row in rows.rows {
                    guard let id = row[0], let text = row[1], let version = row[2].flatMap(Int64.init) else { continue }
                    // A record the codec refuses stays as it is (it is in `problems`).
                    guard let family = try? codec.decode(Family.self, from: Data(text.utf8), shown: StoreFormat.familyPath(id)).value else { continue }
                    let row = try prepared(family, stamp: false)
                    guard let new = try updateRow(row, if: .version(version), logging: nil) else { continue }
                    written(row, version: new)
                    migrated += 1
                }
                if teamIsOld { try writeTeam(team) }
                if metaIsOld {
                    try connection.query("UPDATE sammen.store_meta SET meta = $1::jsonb", [try codec.encodedText(meta)])
                }
                if migrated > 0 || teamIsOld || metaIsOld {
                    try appendLog(.change, family: nil, detail: "opgraderet til skemaversion \(current): \(migrated) familier")
                }
            }
        }
        if metaIsOld { metaDiskVersion = current }
        notices.append(Phrase(da: "Arkivet er opgraderet til skemaversion \(current) (\(migrated) familier).",
                              en: "The store was upgraded to schema version \(current) (\(migrated) families)."))
    }
}
