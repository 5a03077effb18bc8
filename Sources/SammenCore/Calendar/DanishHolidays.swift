/// A day off in Denmark: an official public holiday (helligdag) or a day most workplaces close anyway.
public struct DanishHoliday: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Equatable, Hashable {
        /// An official public holiday (helligdag).
        case publicHoliday
        /// Not a public holiday, but most offices, schools and institutions close: grundlovsdag, juleaftensdag,
        /// nytårsaftensdag.
        case usuallyClosed
    }

    public let date: LocalDate
    /// The Danish name, as on a Danish calendar: "2. påskedag".
    public let name: String
    public let kind: Kind

    public init(date: LocalDate, name: String, kind: Kind) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}

/// Danish public holidays for any year, computed from the Gregorian Easter date.
public enum DanishHolidays {
    /// The last year store bededag was a public holiday; it was abolished from 2024.
    public static let lastYearWithStoreBededag = 2023

    /// Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus).
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    /// The official public holidays of `year`, in date order.
    public static func publicHolidays(year: Int) -> [DanishHoliday] {
        let easter = easterSunday(year: year)
        func fixed(_ month: Int, _ day: Int, _ name: String) -> DanishHoliday {
            DanishHoliday(date: LocalDate(year: year, month: month, day: day)!, name: name, kind: .publicHoliday)
        }
        func movable(_ offset: Int, _ name: String) -> DanishHoliday {
            DanishHoliday(date: easter.adding(days: offset), name: name, kind: .publicHoliday)
        }
        var days = [
            fixed(1, 1, "Nytårsdag"),
            movable(-3, "Skærtorsdag"),
            movable(-2, "Langfredag"),
            movable(0, "Påskedag"),
            movable(1, "2. påskedag"),
            movable(39, "Kristi himmelfartsdag"),
            movable(49, "Pinsedag"),
            movable(50, "2. pinsedag"),
            fixed(12, 25, "Juledag"),
            fixed(12, 26, "2. juledag"),
        ]
        // Store bededag: the fourth Friday after Easter, until it was abolished.
        if year <= lastYearWithStoreBededag {
            days.append(movable(26, "Store bededag"))
        }
        return days.sorted { $0.date < $1.date }
    }

    /// Days that are not public holidays but that most workplaces treat as closed, in date order.
    public static func usuallyClosedDays(year: Int) -> [DanishHoliday] {
        [(6, 5, "Grundlovsdag"), (12, 24, "Juleaftensdag"), (12, 31, "Nytårsaftensdag")].map {
            DanishHoliday(date: LocalDate(year: year, month: $0.0, day: $0.1)!, name: $0.2, kind: .usuallyClosed)
        }
    }

    /// Public holidays and usually-closed days of `year` together, in date order.
    public static func all(year: Int) -> [DanishHoliday] {
        (publicHolidays(year: year) + usuallyClosedDays(year: year)).sorted { $0.date < $1.date }
    }

    /// The public holiday or usually-closed day on `date`, if any. A public holiday wins.
    public static func holiday(on date: LocalDate) -> DanishHoliday? {
        let days = all(year: date.year).filter { $0.date == date }
        return days.first { $0.kind == .publicHoliday } ?? days.first
    }

    /// Whether `date` is an official public holiday.
    public static func isPublicHoliday(_ date: LocalDate) -> Bool {
        holiday(on: date)?.kind == .publicHoliday
    }
}
