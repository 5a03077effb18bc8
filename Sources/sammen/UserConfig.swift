import Foundation
import SammenCore

/// The user's own settings, kept outside the store: who they are (initials, for the access log), where
/// the guided tour was left, and the mail program for invitations. `$XDG_CONFIG_HOME/sammen/config.json`, by default `~/.config/sammen/config.json`.
struct UserConfig: Codable, Equatable {
    var user: String?
    var tourStep: Int?
    var tourFinished: Bool?
    /// The `sendmail -t` compatible program for invitations, when not /usr/sbin/sendmail ($SAMMEN_SENDMAIL wins).
    var sendmail: String?

    static func path(_ environment: [String: String]) -> String {
        if let dir = environment["XDG_CONFIG_HOME"], dir.hasPrefix("/") { return dir + "/sammen/config.json" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/sammen/config.json"
    }

    static func load(_ environment: [String: String]) -> UserConfig {
        guard let data = FileManager.default.contents(atPath: path(environment)),
              let config = try? JSONDecoder().decode(UserConfig.self, from: data) else { return UserConfig() }
        return config
    }

    /// Saved whole or not at all; a failure is reported but never stops the program.
    func save(_ environment: [String: String]) {
        let target = UserConfig.path(environment)
        let folder = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try ExportFile.write(String(decoding: try encoder.encode(self), as: UTF8.self), to: target)
        } catch {
            Console.error("kunne ikke gemme dine indstillinger i \(target): \(error)")
        }
    }
}
