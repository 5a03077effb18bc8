import Foundation

/// The RFC 5545 details: text escaping, parameter quoting, line folding at 75 octets, date-time values.
enum ICSFormat {
    /// The maximum length of one physical line, CRLF not counted (RFC 5545 § 3.1).
    static let maxOctets = 75

    /// TEXT value escaping (§ 3.3.11): backslash, semicolon, comma and newline; other control characters
    /// (not allowed in TEXT) are dropped, a tab is kept. Anything shaped like a CPR number is masked first.
    static func text(_ value: String) -> String {
        var out = ""
        let normalized = CPRNumber.redact(value).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in normalized.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A parameter value (§ 3.2): double quotes are not allowed inside one, so they become single quotes;
    /// a value with ':', ';' or ',' is quoted. CPR-shaped numbers are masked.
    static func parameter(_ value: String) -> String {
        var clean = ""
        for scalar in CPRNumber.redact(value).unicodeScalars {
            if scalar == "\"" { clean += "'"; continue }
            if scalar.value < 0x20 || scalar.value == 0x7F { continue }
            clean.unicodeScalars.append(scalar)
        }
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(clean)\"" : clean
    }

    /// An e-mail address safe to put after "mailto:", or nil. Addresses with characters a URI would need to
    /// escape are left out rather than guessed at.
    static func mailAddress(_ email: String?) -> String? {
        guard let email = email?.trimmingCharacters(in: .whitespaces), !email.isEmpty else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix(".") else { return nil }
        let local = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!$&'*+=^_`{|}~-")
        let domain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
        guard parts[0].allSatisfy(local.contains), parts[1].allSatisfy(domain.contains) else { return nil }
        return email
    }

    /// Folds one content line: at most 75 octets per physical line, continuation lines begin with a space,
    /// and a UTF-8 sequence is never split (the cut falls between Unicode scalars). Lines joined by CRLF.
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = lines.isEmpty ? maxOctets : maxOctets - 1
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
    }

    /// "20261201" (DATE).
    static func date(_ d: LocalDate) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    /// "20261201T100000" (local DATE-TIME, used with TZID) from a date and minutes after its midnight, which may
    /// run past midnight into the next days.
    static func localDateTime(_ d: LocalDate, minutes: Int) -> String {
        let day = d.adding(days: minutes / 1440)
        let m = minutes % 1440
        return date(day) + String(format: "T%02d%02d00", m / 60, m % 60)
    }

    /// "20261122T083000Z" (UTC DATE-TIME), for DTSTAMP.
    static func utc(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
