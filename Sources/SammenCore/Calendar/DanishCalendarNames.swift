/// Month and weekday names the Danish way, for texts that families read.
public enum DanishCalendarNames {
    /// "januar" … "december" (lower case, as Danish writes them); index 0 is January.
    public static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                                "september", "oktober", "november", "december"]

    /// "mandag" … "søndag"; index 0 is Monday (ISO weekday 1).
    public static let weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

    /// "januar" for 1; "?" outside 1…12.
    public static func month(_ month: Int) -> String {
        (1...12).contains(month) ? months[month - 1] : "?"
    }

    /// "Januar" for 1: for headings.
    public static func monthTitle(_ month: Int) -> String {
        let name = self.month(month)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    public static func weekday(_ date: LocalDate) -> String { weekdays[date.isoWeekday - 1] }

    /// "5. april 2026"
    public static func long(_ date: LocalDate) -> String {
        "\(date.day). \(month(date.month)) \(date.year)"
    }

    /// "søndag den 5. april 2026"
    public static func longWithWeekday(_ date: LocalDate) -> String {
        "\(weekday(date)) den \(long(date))"
    }

    /// "5/4", the short form on a wheel where the month is already known.
    public static func dayMonth(_ date: LocalDate) -> String { "\(date.day)/\(date.month)" }

    /// "10.00" from "10:00": Danish writes times with a full stop. Anything else is returned as given.
    public static func time(_ hhmm: String) -> String { hhmm.replacingOccurrences(of: ":", with: ".") }
}

import Foundation
