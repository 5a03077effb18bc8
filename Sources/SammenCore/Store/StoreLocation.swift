import Foundation

/// Where the store lives: `--store DIR|URI`, else `$SAMMEN_STORE`, else the XDG data folder
/// (`$XDG_DATA_HOME/sammen`, by default `~/.local/share/sammen`). A libpq URI (`postgresql://…`, `postgres://…`)
/// names a database store and is kept as given; a folder is made absolute.
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return isDatabaseURI(flag) ? flag : absolute(flag) }
        if let env = environment["SAMMEN_STORE"], !env.isEmpty { return isDatabaseURI(env) ? env : absolute(env) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/sammen" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/sammen"
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return standardise(path) }
        if path == "~" || path.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            return standardise(home + path.dropFirst())
        }
        return standardise(FileManager.default.currentDirectoryPath + "/" + path)
    }

    private static func standardise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `location` is a libpq connection URI: libpq's two schemes, in lower case as libpq takes them.
    public static func isDatabaseURI(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// The location for messages and logs: a URI without its password (`user:…@`, `password=…`).
    public static func shown(_ location: String) -> String {
        guard isDatabaseURI(location), let schemeEnd = location.range(of: "://") else { return location }
        var rest = String(location[schemeEnd.upperBound...])
        // Read as libpq reads it: the userinfo is whatever comes before the first "@" ahead of the first "/", so a
        // password holding "?" or "#" is masked too (libpq sends it as the password).
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        if let at = rest[..<authorityEnd].firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
            rest.replaceSubrange(rest.index(after: colon)..<at, with: "…")
        }
        if let query = rest.firstIndex(of: "?") {
            let parameters = rest[rest.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false).map { part -> String in
                part.lowercased().hasPrefix("password=") ? "password=…" : String(part)
            }
            rest = String(rest[...query]) + parameters.joined(separator: "&")
        }
        return String(location[..<schemeEnd.upperBound]) + rest
    }
}
