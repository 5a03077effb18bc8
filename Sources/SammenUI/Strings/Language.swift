/// The program's languages: Danish by default, English with `--lang en` or `LANG=en*`.
public enum Language: String, Sendable, CaseIterable {
    case da, en

    /// `--lang` wins; else the first of LC_ALL, LC_MESSAGES, LANG that is set; English only when it says en.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag { return flag.lowercased().hasPrefix("en") ? .en : .da }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .da
            }
        }
        return .da
    }
}
