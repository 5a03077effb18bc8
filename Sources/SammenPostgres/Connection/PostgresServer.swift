import CLibpq
import Foundation
import SammenCore

/// Where a connection goes, in the words a message needs: the host (or the socket's folder), the port, the
/// database and the role. Read from the URI with libpq's own parser, so it is what libpq connects to; the
/// password is never read out of it, so no message can show it.
public struct PostgresServer: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: String
    public var database: String
    public var role: String
    /// The URI for messages, without its password (StoreLocation.shown); the place when it is not a URI.
    public var shown: String

    /// The server a libpq URI (or key=value string) names. A string libpq cannot parse is named by its scheme
    /// only: it may hold a password.
    public init(uri: String) {
        var options: [String: String] = [:]
        if let parsed = PQconninfoParse(uri, nil) {
            var option = parsed
            while let keyword = option.pointee.keyword {
                if let value = option.pointee.val { options[String(cString: keyword)] = String(cString: value) }
                option += 1
            }
            PQconninfoFree(parsed)
        }
        let login = ProcessInfo.processInfo.environment["PGUSER"] ?? PostgresServer.osLogin()
        role = options["user"] ?? login
        host = options["host"] ?? options["hostaddr"] ?? ProcessInfo.processInfo.environment["PGHOST"] ?? "/var/run/postgresql"
        port = options["port"] ?? ProcessInfo.processInfo.environment["PGPORT"] ?? "5432"
        database = options["dbname"] ?? role
        shown = ""
        shown = StoreLocation.isDatabaseURI(uri) ? StoreLocation.shown(uri) : place
    }

    /// «database på host:port»; a Unix socket's folder is named as such.
    public var description: String { "\(database)@\(place)" }

    /// The host and port, or the socket's folder.
    public var place: String { host.hasPrefix("/") ? "\(host) (socket)" : "\(host):\(port)" }

    /// Whether a string names a PostgreSQL store rather than a folder: a libpq URI.
    public static func isURI(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    private static func osLogin() -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "" }
        return String(cString: name)
    }
}
