/// The twelve months an årshjul covers: a calendar year, or (planned from the year's last quarter) the twelve
/// months from the current one, so that in December the wheel, the handout and the calendar show the year ahead
/// instead of the weeks that are left (seed 002: the caseworker plans a year ahead).
public struct PlanPeriod: Sendable, Hashable, Codable {
    /// The year and month (1…12) of the first of the twelve months.
    public let year: Int
    public let firstMonth: Int

    public init(year: Int, firstMonth: Int = 1) {
        self.year = year
        self.firstMonth = min(12, max(1, firstMonth))
    }

    public static func calendarYear(_ year: Int) -> PlanPeriod { PlanPeriod(year: year) }

    /// The month from which the year ahead is planned instead of the year that is ending: October.
    public static let lastQuarterStart = 10

    /// What to plan on `today`: the calendar year until September, from October the twelve months from this month.
    public static func ahead(from today: LocalDate) -> PlanPeriod {
        today.month >= lastQuarterStart ? PlanPeriod(year: today.year, firstMonth: today.month) : .calendarYear(today.year)
    }

    public var isCalendarYear: Bool { firstMonth == 1 }

    /// The twelve months in order, each with its year.
    public var months: [YearMonth] { (0..<12).map { first.adding(months: $0) } }

    public var first: YearMonth { YearMonth(year: year, month: firstMonth) }
    public var last: YearMonth { first.adding(months: 11) }

    public func contains(year: Int, month: Int) -> Bool {
        let index = YearMonth(year: year, month: month).index
        return index >= first.index && index <= last.index
    }

    /// The position (0…11) of a month in the period, or nil outside it.
    public func slot(year: Int, month: Int) -> Int? {
        contains(year: year, month: month) ? YearMonth(year: year, month: month).index - first.index : nil
    }

    /// The calendar years the period touches (one or two).
    public var years: [Int] { isCalendarYear ? [year] : [year, year + 1] }

    /// The period a whole number of years later (negative: earlier), starting in the same month.
    public func shifted(years: Int) -> PlanPeriod { PlanPeriod(year: year + years, firstMonth: firstMonth) }

    /// The period holding a month, keeping this period's first month: a wheel that is moved past its last month
    /// shows the next twelve months of the same shape.
    public func containing(year: Int, month: Int) -> PlanPeriod {
        let offset = YearMonth(year: year, month: month).index - first.index
        let step = offset >= 0 ? offset / 12 : -((11 - offset) / 12)
        return shifted(years: step)
    }

    /// "2027", or "okt. 2026 – sep. 2027" / "Oct 2026 – Sep 2027".
    public func label(_ language: Language) -> String {
        if isCalendarYear { return "\(year)" }
        func short(_ m: YearMonth) -> String {
            language == .da ? "\(DanishCalendarNames.month(m.month).prefix(3)). \(m.year)"
                : "\(EnglishCalendarNames.month(m.month).prefix(3)) \(m.year)"
        }
        return "\(short(first)) – \(short(last))"
    }

    /// "2027" or "2026–27": short enough for the middle of the wheel.
    public var shortLabel: String {
        isCalendarYear ? "\(year)" : "\(year)–\((year + 1) % 100 < 10 ? "0" : "")\((year + 1) % 100)"
    }

    /// For file names: "2027", or "2026-10" for the twelve months from October 2026.
    public var fileLabel: String {
        isCalendarYear ? "\(year)" : "\(year)-\(firstMonth < 10 ? "0" : "")\(firstMonth)"
    }
}

/// A month of a year, counted from year 0 so that months can be added across the year's end.
public struct YearMonth: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public var index: Int { year * 12 + month - 1 }

    public func adding(months: Int) -> YearMonth {
        let i = index + months
        return YearMonth(year: i / 12, month: i % 12 + 1)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.index < b.index }
}
