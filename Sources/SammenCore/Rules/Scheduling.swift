/// Something to know before a dated activity goes in the calendar. Warnings, not errors: the caseworker decides.
public struct SchedulingWarning: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case weekend
        /// An official public holiday, by its Danish name.
        case publicHoliday(String)
        /// Grundlovsdag, juleaftensdag, nytårsaftensdag: most places are closed.
        case usuallyClosed(String)
        /// Another of the family's activities on the same date (overlapping times, or either without a time).
        case clash(activityID: String)
        /// The date is not in the month (and year) the activity has in the årshjul.
        case outsideMonth
        /// The time is not "HH:MM".
        case invalidTime
    }

    public var kind: Kind
    /// The warning in Danish, one sentence.
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }
}

/// Checks a date and time chosen for an årshjul activity.
public enum Scheduling {
    /// Assumed length of an activity with a time but no duration.
    public static let defaultDurationMinutes = 60

    /// The warnings for `activity` as dated, against the other activities in `family.annualPlan` (the activity's
    /// own id is skipped, so it may be an edited copy of a planned one). No date: no warnings.
    public static func warnings(for activity: AnnualActivity, in family: Family) -> [SchedulingWarning] {
        guard let date = activity.date else { return [] }
        var result: [SchedulingWarning] = []
        let day = DanishCalendarNames.longWithWeekday(date)

        if date.year != activity.year || date.month != activity.month {
            let placed = "\(DanishCalendarNames.month(activity.month)) \(activity.year)"
            result.append(SchedulingWarning(kind: .outsideMonth,
                                            message: "Datoen \(date.danish) ligger ikke i \(placed), hvor aktiviteten står i årshjulet."))
        }
        if date.isoWeekday >= 6 {
            result.append(SchedulingWarning(kind: .weekend, message: "\(capitalized(day)) er en weekenddag."))
        }
        if let holiday = DanishHolidays.holiday(on: date) {
            switch holiday.kind {
            case .publicHoliday:
                result.append(SchedulingWarning(kind: .publicHoliday(holiday.name),
                                                message: "\(capitalized(day)) er \(lowerFirst(holiday.name)) – en helligdag."))
            case .usuallyClosed:
                result.append(SchedulingWarning(kind: .usuallyClosed(holiday.name),
                                                message: "\(capitalized(day)) er \(lowerFirst(holiday.name)), hvor de fleste har lukket."))
            }
        }

        let span = activity.time.flatMap { interval(time: $0, minutes: activity.durationMinutes) }
        if let time = activity.time, span == nil {
            result.append(SchedulingWarning(kind: .invalidTime,
                                            message: "Tidspunktet «\(time)» er ikke gyldigt; skriv det som TT:MM, fx 10:00."))
        }
        for other in family.annualPlan where other.id != activity.id && other.date == date {
            let otherSpan = other.time.flatMap { interval(time: $0, minutes: other.durationMinutes) }
            let name = lowerFirst(other.kind.danishName)
            if let span, let otherSpan {
                guard span.start < otherSpan.end && otherSpan.start < span.end else { continue }
                result.append(SchedulingWarning(kind: .clash(activityID: other.id),
                                                message: "Overlapper med \(name) kl. \(clock(otherSpan.start))–\(clock(otherSpan.end)) samme dag."))
            } else {
                let when = otherSpan.map { " kl. \(clock($0.start))" } ?? " (uden tidspunkt)"
                result.append(SchedulingWarning(kind: .clash(activityID: other.id),
                                                message: "Samme dag som \(name)\(when)."))
            }
        }
        return result
    }

    /// Minutes after midnight of start and end, or nil when `time` is not a valid "HH:MM".
    static func interval(time: String, minutes: Int?) -> (start: Int, end: Int)? {
        guard let start = minutesAfterMidnight(time) else { return nil }
        return (start, start + max(1, minutes ?? defaultDurationMinutes))
    }

    /// "09:30" -> 570; "9:30" is accepted too. Nil for anything else.
    public static func minutesAfterMidnight(_ time: String) -> Int? {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }

    /// "10.00", the Danish way; past midnight wraps ("00.30").
    static func clock(_ minutes: Int) -> String {
        let m = ((minutes % 1440) + 1440) % 1440
        return String(format: "%02d.%02d", m / 60, m % 60)
    }

    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// "Påskedag" -> "påskedag", for the middle of a sentence.
    static func lowerFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
}


import Foundation
