import Foundation

/// Danish time (Europe/Copenhagen) by arithmetic: UTC+1, and UTC+2 from the last Sunday of March to the last
/// Sunday of October at 01:00 UTC (the EU's summer-time rule, Denmark's since 1996). Foundation's time zone and
/// date formatters load ICU's tables, some 10 MB of memory in every command that opens a store (the access
/// log's time stamps) — half of what a large import may use (#15.17). Tests compare it with Foundation's
/// Europe/Copenhagen hour by hour from 1996 to 2040.
enum DanishTime {
    /// Seconds east of UTC at `seconds` since 1970.
    static func offset(at seconds: Int) -> Int {
        let year = LocalDate(dayNumber: floorDivide(seconds, 86_400)).year
        let summerStarts = lastSunday(month: 3, year: year) * 86_400 + 3_600
        let summerEnds = lastSunday(month: 10, year: year) * 86_400 + 3_600
        return seconds >= summerStarts && seconds < summerEnds ? 7_200 : 3_600
    }

    /// "2026-12-03T10:52:23+01:00", as ISO8601DateFormatter writes it (`.withInternetDateTime`, whole seconds).
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = offset(at: seconds)
        let local = seconds + offset
        let day = LocalDate(dayNumber: floorDivide(local, 86_400))
        let second = local - floorDivide(local, 86_400) * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso)T\(two(second / 3_600)):\(two(second / 60 % 60)):\(two(second % 60))+\(two(offset / 3_600)):00"
    }

    /// The date in Denmark at `date`.
    static func date(_ date: Date) -> LocalDate {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return LocalDate(dayNumber: floorDivide(seconds + offset(at: seconds), 86_400))
    }

    /// A time stamp as `timestamp` writes it ("Z" or any "+HH:MM"/"-HH:MM" offset), or nil.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 25, bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let day = LocalDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 60 else { return nil }
        var offset = 0
        if bytes.count == 20 {
            guard bytes[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            guard bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"), bytes[22] == UInt8(ascii: ":"),
                  let hours = number(20..<22), let minutes = number(23..<25) else { return nil }
            offset = (hours * 3_600 + minutes * 60) * (bytes[19] == UInt8(ascii: "-") ? -1 : 1)
        }
        let seconds = day.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// The day number of the month's last Sunday.
    private static func lastSunday(month: Int, year: Int) -> Int {
        let last = LocalDate(year: year, month: month, day: 31)!.dayNumber
        // Day 0 (1970-01-01) was a Thursday: (n + 4) mod 7 is 0 on a Sunday.
        return last - ((last + 4) % 7 + 7) % 7
    }
}
