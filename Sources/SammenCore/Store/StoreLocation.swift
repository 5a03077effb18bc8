import Foundation

/// Where the store lives: `--store DIR`, else `$SAMMEN_STORE`, else the XDG data folder
/// (`$XDG_DATA_HOME/sammen`, by default `~/.local/share/sammen`).
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return absolute(flag) }
        if let env = environment["SAMMEN_STORE"], !env.isEmpty { return absolute(env) }
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
}
