import Foundation
import SammenCore

/// Colleagues' changes from a database: a connection of its own that LISTENs on `sammen_changes` (the server
/// notifies at every commit that changes a family or a team), and the change counter, which follows commit order.
/// A notification only wakes the program; what changed is "every family with a number above the last one read",
/// fetched under row-level security, so a notification lost while the connection was down costs nothing: the
/// next look (at the latest after `pollInterval`) catches up.
final class PostgresChangeFeed: StoreChangeFeed {
    private let uri: String
    private var connection: PGConnection?
    private var since: Int64
    private var teamSince: Int64
    private let polling: Bool

    init(uri: String, since: Int64, teamSince: Int64, polling: Bool) {
        self.uri = uri
        self.since = since
        self.teamSince = teamSince
        self.polling = polling
        connect()
    }

    deinit { connection?.close() }

    private func connect() {
        guard connection == nil || connection?.isConnected == false else { return }
        connection?.close()
        connection = try? PGConnection(uri: uri)
        if !polling { try? connection?.listen("sammen_changes") }
    }

    var descriptor: Int32? {
        guard !polling, let fd = connection?.socket, fd >= 0 else { return nil }
        return fd
    }

    /// Listening: a look every few seconds anyway (a connection that broke says nothing). Polling: every second.
    var pollInterval: Int32? { polling ? 1000 : 3000 }

    func changes() -> StoreChanges {
        connect()
        guard let connection else { return StoreChanges() }
        if !polling { _ = try? connection.notifications() }
        var found = StoreChanges()
        do {
            let families = try connection.query("SELECT id, change_number FROM sammen.families WHERE change_number > $1", [String(since)])
            for row in families.rows {
                guard let id = row[0], let number = row[1].flatMap(Int64.init) else { continue }
                found.families.insert(id)
                since = max(since, number)
            }
            let teams = try connection.query("SELECT max(change_number) FROM sammen.teams")
            if let number = teams.scalar.flatMap(Int64.init), number > teamSince {
                teamSince = number
                found.team = true
            }
        } catch {
            // The server went away: the next look connects again and catches up by the counter.
            self.connection?.close()
            self.connection = nil
        }
        return found
    }
}
