import Foundation

/// A calendar date with no time and no time zone, as caseworkers write it ("2026-11-22").
///
/// Date arithmetic is done on the proleptic Gregorian calendar by day numbers, so it is exact and
/// independent of the machine's time zone. "Today" is always injected; `LocalDate.today(in:)` is the
/// only place that reads the clock, in Europe/Copenhagen.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// year << 9 | month << 5 | day: one word instead of three (a 10,000-family caseload holds hundreds of
    /// thousands of dates), and dates compare and hash as one number, in calendar order.
    private let packed: Int

    public var year: Int { packed >> 9 }
    public var month: Int { (packed >> 5) & 15 }
    public var day: Int { packed & 31 }

    /// Creates a date, or nil when it does not exist (30 February, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.init(unchecked: year, month, day)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        packed = year << 9 | month << 5 | day
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Adds calendar months, clamping to the end of the target month: 31 August + 3 months = 30 November.
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        return LocalDate(unchecked: y, m, min(day, LocalDate.daysIn(month: m, year: y)))
    }

    /// Adds years; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> LocalDate { adding(months: 12 * years) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let w = (dayNumber + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week number, as Danish calendars show it ("uge 47").
    public var isoWeek: Int {
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = LocalDate(unchecked: thursday.year, 1, 1)
        return jan1.days(until: thursday) / 7 + 1
    }

    /// Age in whole years on `date`.
    public func age(on date: LocalDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.packed < b.packed }

    /// YYYY-MM-DD into ten bytes, as `iso` writes it (for years 1…9999).
    func writeISO(into bytes: UnsafeMutablePointer<UInt8>) {
        var y = year, i = 3
        while i >= 0 { bytes[i] = UInt8(ascii: "0") + UInt8(y % 10); y /= 10; i -= 1 }
        bytes[4] = UInt8(ascii: "-")
        bytes[5] = UInt8(ascii: "0") + UInt8(month / 10)
        bytes[6] = UInt8(ascii: "0") + UInt8(month % 10)
        bytes[7] = UInt8(ascii: "-")
        bytes[8] = UInt8(ascii: "0") + UInt8(day / 10)
        bytes[9] = UInt8(ascii: "0") + UInt8(day % 10)
    }

    /// A number in the dates' order (23 bits for year 9999), for packing into sort keys.
    var orderKey: Int { packed }

    /// "2026-11-22"
    public var iso: String {
        guard (0...9999).contains(year) else { return String(format: "%04d-%02d-%02d", year, month, day) }
        return digits(year, 4, "-", month, 2, "-", day, 2)
    }

    /// "22.11.2026", the Danish way.
    public var danish: String {
        guard (0...9999).contains(year) else { return String(format: "%02d.%02d.%04d", day, month, year) }
        return digits(day, 2, ".", month, 2, ".", year, 4)
    }

    /// Three zero-padded numbers with separators, without Foundation's `String(format:)` (a dashboard frame and
    /// `sammen due --json` format thousands of dates).
    private func digits(_ a: Int, _ wa: Int, _ s1: Unicode.Scalar, _ b: Int, _ wb: Int, _ s2: Unicode.Scalar,
                        _ c: Int, _ wc: Int) -> String {
        String(unsafeUninitializedCapacity: wa + wb + wc + 2) { buffer in
            var i = 0
            func put(_ n: Int, _ width: Int) {
                var v = n
                for k in stride(from: width - 1, through: 0, by: -1) {
                    buffer[i + k] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
                i += width
            }
            put(a, wa)
            buffer[i] = UInt8(ascii: s1); i += 1
            put(b, wb)
            buffer[i] = UInt8(ascii: s2); i += 1
            put(c, wc)
            return i
        }
    }

    public var description: String { iso }

    /// Parses "YYYY-MM-DD" strictly.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date today in Europe/Copenhagen. The only function in the core that reads the clock.
    public static func today(now: Date = Date()) -> LocalDate { DanishTime.date(now) }
}

extension LocalDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "«\(text)» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
