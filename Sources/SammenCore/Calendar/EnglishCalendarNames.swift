/// Month and weekday names in English, for the English exports (the screens take theirs from the catalogue).
public enum EnglishCalendarNames {
    public static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// "Monday" … "Sunday"; index 0 is Monday (ISO weekday 1).
    public static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// "January" for 1; "?" outside 1…12.
    public static func month(_ month: Int) -> String {
        (1...12).contains(month) ? months[month - 1] : "?"
    }

    public static func weekday(_ date: LocalDate) -> String { weekdays[date.isoWeekday - 1] }

    /// "5 April 2026"
    public static func long(_ date: LocalDate) -> String {
        "\(date.day) \(month(date.month)) \(date.year)"
    }

    /// "Sunday 5 April 2026"
    public static func longWithWeekday(_ date: LocalDate) -> String {
        "\(weekday(date)) \(long(date))"
    }
}
