import Foundation
import SammenCore

/// The access log as a table: the server fills in who (`session_user`, and the initials its membership gives)
/// and when (`now()`); the program's roles may only add entries; leaders (and the administrative role) read it.
extension PostgresStore {
    public func log(_ action: AccessAction, family: FamilyID?, detail: String?) throws {
        try db { try appendLog(action, family: family, detail: detail) }
    }

    /// One entry, in the caller's transaction when there is one. Nothing that looks like a CPR number is kept.
    func appendLog(_ action: AccessAction, family: FamilyID?, detail: String?) throws {
        try connection.query("INSERT INTO sammen.access_log (action, family_id, detail) VALUES ($1, $2, $3)",
                             [action.rawValue, family.map(CPRNumber.redact), detail.map(CPRNumber.redact)])
    }

    public func accessLogEntries(family: FamilyID?) throws -> [AccessLogEntry] {
        let rows = try readingLog {
            try connection.query("""
                SELECT extract(epoch FROM at)::float8, initials, role, action, family_id, detail
                FROM sammen.access_log WHERE $1::text IS NULL OR family_id = $1 ORDER BY at, id
                """, [family])
        }
        let formatter = PostgresStore.timestampFormatter()
        return rows.rows.compactMap { PostgresStore.logEntry($0, formatter) }
    }

    /// Runs a read of the log, refused in words when this role may not read it (only leaders and the
    /// administrative role may).
    func readingLog<T>(_ body: () throws -> T) throws -> T {
        let refusal = StoreError.invalid(Phrase(
            da: "Rollen «\(login)» må ikke læse adgangsloggen i \(location): det må lederne af et team i denne database og IT-afdelingens administrative rolle.",
            en: "The role «\(login)» may not read the access log in \(location): the leaders of a team in this database and the IT department's administrative role may."))
        do {
            // Who leads is this database's own members table (schema 4): anyone else's rows are filtered out by
            // the server, so ask first and say so in words rather than show an empty log.
            if !isAdministrator, try connection.query("SELECT sammen.is_leader()").scalar != "t" { throw refusal }
            return try body()
        } catch let error as PostgresError where error.kind == .notAllowed {
            throw refusal
        } catch let error as PostgresError {
            throw error.storeError
        }
    }

    /// An entry from a row of (epoch, initials, role, action, family_id, detail, …); nil for an unknown action.
    static func logEntry(_ row: [String?], _ formatter: ISO8601DateFormatter) -> AccessLogEntry? {
        guard let seconds = row[0].flatMap(Double.init), let action = row[3].flatMap(AccessAction.init(rawValue:)) else { return nil }
        return AccessLogEntry(time: formatter.string(from: Date(timeIntervalSince1970: seconds)),
                              user: row[1] ?? row[2] ?? "", login: row[2], action: action, family: row[4], detail: row[5])
    }

    /// The log's time as the file store writes it: ISO 8601 with the offset, Danish local time, whole seconds.
    static func timestamp(_ date: Date) -> String {
        timestampFormatter().string(from: date)
    }

    static func timestampFormatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        return formatter
    }
}
