import Testing
@testable import SammenCore

/// Danish holidays against the dates on published Danish calendars.
@Suite struct DanishHolidaysTests {
    func names(_ year: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: DanishHolidays.publicHolidays(year: year).map { ($0.name, $0.date.iso) })
    }

    @Test(arguments: [
        (2000, "2000-04-23"), (2019, "2019-04-21"), (2023, "2023-04-09"), (2024, "2024-03-31"),
        (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"),
        (2285, "2285-03-22"), (1818, "1818-03-22"),
    ])
    func easterSunday(year: Int, expected: String) {
        #expect(DanishHolidays.easterSunday(year: year).iso == expected)
    }

    @Test func holidays2024() {
        #expect(names(2024) == [
            "Nytårsdag": "2024-01-01", "Skærtorsdag": "2024-03-28", "Langfredag": "2024-03-29",
            "Påskedag": "2024-03-31", "2. påskedag": "2024-04-01", "Kristi himmelfartsdag": "2024-05-09",
            "Pinsedag": "2024-05-19", "2. pinsedag": "2024-05-20", "Juledag": "2024-12-25", "2. juledag": "2024-12-26",
        ])
    }

    @Test func holidays2025() {
        let n = names(2025)
        #expect(n["Skærtorsdag"] == "2025-04-17")
        #expect(n["Langfredag"] == "2025-04-18")
        #expect(n["2. påskedag"] == "2025-04-21")
        #expect(n["Kristi himmelfartsdag"] == "2025-05-29")
        #expect(n["Pinsedag"] == "2025-06-08")
        #expect(n["2. pinsedag"] == "2025-06-09")
        #expect(n.count == 10)
    }

    @Test func holidays2026() {
        let n = names(2026)
        #expect(n["Skærtorsdag"] == "2026-04-02")
        #expect(n["Langfredag"] == "2026-04-03")
        #expect(n["2. påskedag"] == "2026-04-06")
        #expect(n["Kristi himmelfartsdag"] == "2026-05-14")
        #expect(n["2. pinsedag"] == "2026-05-25")
    }

    @Test func holidays2027() {
        let n = names(2027)
        #expect(n["Skærtorsdag"] == "2027-03-25")
        #expect(n["Langfredag"] == "2027-03-26")
        #expect(n["2. påskedag"] == "2027-03-29")
        #expect(n["Kristi himmelfartsdag"] == "2027-05-06")
        #expect(n["Pinsedag"] == "2027-05-16")
        #expect(n["2. pinsedag"] == "2027-05-17")
    }

    /// Store bededag was a holiday until 2023 (the fourth Friday after Easter) and abolished from 2024.
    @Test func storeBededagOnlyUntil2023() {
        #expect(names(2023)["Store bededag"] == "2023-05-05")
        #expect(names(2022)["Store bededag"] == "2022-05-13")
        #expect(names(2023).count == 11)
        for year in 2024...2030 { #expect(names(year)["Store bededag"] == nil, "\(year)") }
        #expect(DanishHolidays.holiday(on: date("2024-04-26")) == nil)
    }

    @Test func usuallyClosedDaysAreSeparate() {
        let closed = DanishHolidays.usuallyClosedDays(year: 2026)
        #expect(closed.map(\.name) == ["Grundlovsdag", "Juleaftensdag", "Nytårsaftensdag"])
        #expect(closed.map(\.date.iso) == ["2026-06-05", "2026-12-24", "2026-12-31"])
        #expect(closed.allSatisfy { $0.kind == .usuallyClosed })
        #expect(!DanishHolidays.isPublicHoliday(date("2026-06-05")))
        #expect(DanishHolidays.holiday(on: date("2026-12-24"))?.kind == .usuallyClosed)
    }

    @Test func lookupByDate() {
        #expect(DanishHolidays.holiday(on: date("2026-04-06"))?.name == "2. påskedag")
        #expect(DanishHolidays.isPublicHoliday(date("2027-05-06")))
        #expect(DanishHolidays.holiday(on: date("2026-04-07")) == nil)
        let all = DanishHolidays.all(year: 2026)
        #expect(all.count == 13)
        #expect(all.map(\.date) == all.map(\.date).sorted())
    }

    /// Ascension is always a Thursday, Whit Monday a Monday, Good Friday a Friday: a check over many years.
    @Test func weekdaysHoldForFourCenturies() {
        for year in 1900...2299 {
            let n = Dictionary(uniqueKeysWithValues: DanishHolidays.publicHolidays(year: year).map { ($0.name, $0.date) })
            #expect(n["Påskedag"]!.isoWeekday == 7)
            #expect(n["Langfredag"]!.isoWeekday == 5)
            #expect(n["Kristi himmelfartsdag"]!.isoWeekday == 4)
            #expect(n["2. pinsedag"]!.isoWeekday == 1)
            let easter = n["Påskedag"]!
            #expect(easter >= LocalDate(year: year, month: 3, day: 22)! && easter <= LocalDate(year: year, month: 4, day: 25)!)
        }
    }
}
