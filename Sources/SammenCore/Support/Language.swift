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

extension Language {
    /// The text in this language. Both are written side by side from the same facts, so they cannot drift apart.
    public func pick(da: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        self == .da ? da() : en()
    }

    /// A date as the language writes it in lists: 02.11.2026 in Danish, 2026-11-02 in English (as the screens do).
    public func date(_ date: LocalDate) -> String { self == .da ? date.danish : date.iso }

    /// "2. november 2026" in Danish, "2 November 2026" in English: for documents that people read.
    public func longDate(_ date: LocalDate) -> String {
        self == .da ? DanishCalendarNames.long(date) : EnglishCalendarNames.long(date)
    }

    /// A whole number with the language's thousands separator: 10.000 in Danish, 10,000 in English.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(self == .da ? "." : ",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
