import Testing
@testable import SammenCore

@Suite struct LocalDateTests {
    @Test func monthEndsAreClamped() {
        #expect(LocalDate(year: 2026, month: 8, day: 31)!.adding(months: 3) == LocalDate(year: 2026, month: 11, day: 30)!)
        #expect(LocalDate(year: 2026, month: 11, day: 30)!.adding(months: 3) == LocalDate(year: 2027, month: 2, day: 28)!)
        #expect(LocalDate(year: 2027, month: 11, day: 30)!.adding(months: 3) == LocalDate(year: 2028, month: 2, day: 29)!)
        #expect(LocalDate(year: 2026, month: 1, day: 31)!.adding(months: 1) == LocalDate(year: 2026, month: 2, day: 28)!)
    }

    @Test func yearChange() {
        #expect(LocalDate(year: 2026, month: 12, day: 1)!.adding(days: 42) == LocalDate(year: 2027, month: 1, day: 12)!)
        #expect(LocalDate(year: 2026, month: 11, day: 15)!.adding(months: 3) == LocalDate(year: 2027, month: 2, day: 15)!)
        #expect(LocalDate(year: 2027, month: 1, day: 15)!.adding(months: -3) == LocalDate(year: 2026, month: 10, day: 15)!)
    }

    @Test func leapYears() {
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29)!.adding(years: 1) == LocalDate(year: 2025, month: 2, day: 28)!)
        #expect(LocalDate(year: 2024, month: 1, day: 19)!.adding(days: 42) == LocalDate(year: 2024, month: 3, day: 1)!)
    }

    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -1000, to: 40_000, by: 7) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(LocalDate(year: 2026, month: 11, day: 22)!.isoWeekday == 7)
        #expect(LocalDate(year: 2026, month: 11, day: 22)!.isoWeek == 47)
        #expect(LocalDate(year: 2027, month: 1, day: 1)!.isoWeek == 53)
    }

    @Test func isoParsingIsStrict() {
        #expect(LocalDate(iso: "2026-02-28") == LocalDate(year: 2026, month: 2, day: 28))
        #expect(LocalDate(iso: "2026-02-30") == nil)
        #expect(LocalDate(iso: "2026-2-3") == nil)
        #expect(LocalDate(iso: "26-02-03") == nil)
        #expect(LocalDate(iso: "") == nil)
    }

    @Test func ageOnBirthdays() {
        let born = LocalDate(year: 2010, month: 3, day: 15)!
        #expect(born.age(on: LocalDate(year: 2026, month: 3, day: 14)!) == 15)
        #expect(born.age(on: LocalDate(year: 2026, month: 3, day: 15)!) == 16)
    }
}

@Suite struct LocalDateBytesTests {
    @Test func isoBytesAreIso() {
        for text in ["0001-01-01", "0999-12-31", "2026-11-02", "2024-02-29", "9999-12-31"] {
            let d = LocalDate(iso: text)!
            var bytes = [UInt8](repeating: 0, count: 10)
            bytes.withUnsafeMutableBufferPointer { d.writeISO(into: $0.baseAddress!) }
            #expect(String(decoding: bytes, as: UTF8.self) == d.iso)
            #expect(d.iso == text)
        }
    }
}
