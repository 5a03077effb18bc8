import SammenCore

/// The language of one run, read once before the command: `--lang da|en` anywhere on the command line, else
/// LC_ALL, LC_MESSAGES or LANG starting with "en" (as the screens do), else Danish.
enum LanguageOption {
    /// The language, or a usage error (in the language the environment asks for) when `--lang` is not da or en.
    static func resolve(_ raw: [String], environment: [String: String]) -> Result<Language, Arguments.UsageError> {
        let fallback = Language.resolve(flag: nil, environment: environment)
        guard let value = flagValue(raw) else { return .success(fallback) }
        switch value.lowercased() {
        case "da": return .success(.da)
        case "en": return .success(.en)
        default:
            return .failure(Arguments.UsageError(da: "--lang «\(value)» skal være da eller en", en: "--lang «\(value)» must be da or en"))
        }
    }

    /// The last `--lang X` or `--lang=X` before a `--`; nil when none is given (or it lacks its value, which
    /// the command's own parser then reports).
    static func flagValue(_ raw: [String]) -> String? {
        var found: String?
        var i = 0
        while i < raw.count, raw[i] != "--" {
            if raw[i] == "--lang", i + 1 < raw.count, !raw[i + 1].hasPrefix("--") {
                found = raw[i + 1]
                i += 1
            } else if raw[i].hasPrefix("--lang=") {
                found = String(raw[i].dropFirst("--lang=".count))
            }
            i += 1
        }
        return found
    }

    /// The arguments without `--lang X` / `--lang=X` (for `sammen help --lang en due`).
    static func withoutFlag(_ raw: [String]) -> [String] {
        var rest: [String] = []
        var i = 0
        while i < raw.count {
            if raw[i] == "--lang" { i += 2; continue }
            if !raw[i].hasPrefix("--lang=") { rest.append(raw[i]) }
            i += 1
        }
        return rest
    }
}
