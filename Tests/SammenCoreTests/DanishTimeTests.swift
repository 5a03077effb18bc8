import Foundation
import Testing
@testable import SammenCore

/// `DanishTime` replaces Foundation's Europe/Copenhagen (ICU) for the access log's time stamps, today's date and
/// the log's purge (#15.17). It must agree with Foundation at every hour from 1996 to 2040, at each summer-time
/// change to the second, and read back what it writes.
@Suite struct DanishTimeTests {
    static let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!

    static func foundationStamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = copenhagen
        return formatter.string(from: date)
    }

    static func foundationDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = copenhagen
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!.iso
    }

    @Test func everyHourFrom1996To2040IsFoundationsDanishTime() {
        let start = Date(timeIntervalSince1970: 820_454_400)  // 1996-01-01T00:00:00Z
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = Self.copenhagen
        var mismatches: [String] = []
        // Every 59 minutes and 17 seconds, so that minutes and seconds vary too.
        var t = start.timeIntervalSince1970
        while t < 2_208_988_800, mismatches.count < 5 {  // 2040-01-01
            let date = Date(timeIntervalSince1970: t)
            let ours = DanishTime.timestamp(date)
            if ours != formatter.string(from: date) { mismatches.append("\(ours) vs \(formatter.string(from: date))") }
            if DanishTime.parse(ours) != date { mismatches.append("\(ours) read back as \(String(describing: DanishTime.parse(ours)))") }
            t += 3_557
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func theSummerTimeChangesAreFoundationsToTheSecond() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for year in 1996...2040 {
            for month in [3, 10] {
                // Every second from 00:59:58 to 01:00:02 UTC on each of the month's last eight days (one is the change).
                for day in 24...31 {
                    let base = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 0, minute: 59, second: 58))!
                    for step in 0..<5 {
                        let date = base.addingTimeInterval(TimeInterval(step))
                        #expect(DanishTime.timestamp(date) == Self.foundationStamp(date))
                        #expect(LocalDate.today(now: date).iso == Self.foundationDay(date))
                    }
                }
            }
        }
        // Around midnight, in winter and in summer: the day is Denmark's.
        for text in ["2026-12-31T22:59:59Z", "2026-12-31T23:00:00Z", "2026-06-30T21:59:59Z", "2026-06-30T22:00:00Z"] {
            let date = DanishTime.parse(text)!
            #expect(LocalDate.today(now: date).iso == Self.foundationDay(date), "\(text)")
        }
        #expect(DanishTime.timestamp(Date(timeIntervalSince1970: 1_796_291_543.9)) == Self.foundationStamp(Date(timeIntervalSince1970: 1_796_291_543.9)))
    }

    @Test func onlyATimeStampIsRead() {
        #expect(DanishTime.parse("2026-12-03T10:52:23+01:00") == Date(timeIntervalSince1970: 1_796_291_543))
        #expect(DanishTime.parse("2026-12-03T09:52:23Z") == Date(timeIntervalSince1970: 1_796_291_543))
        for bad in ["", "2026-12-03", "2026-12-03T10:52:23", "2026-12-03T10:52:23+0100", "2026-02-30T10:52:23+01:00",
                    "2026-12-03T24:00:00+01:00", "2026-12-03T10:5x:23+01:00", "2026-12-03 10:52:23+01:00"] {
            #expect(DanishTime.parse(bad) == nil, "\(bad)")
        }
    }
}
