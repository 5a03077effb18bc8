/// Dating several proposed activities at once: each month-only proposal gets a weekday in its month that is no
/// holiday (nor a day most places close), not on top of the family's other appointments (the årshjul's dated
/// activities and the family's meetings), and not before tomorrow. Two in the same month are spread about a week
/// apart. A proposal for which no such day is left keeps its month only.
extension Scheduling {
    public static func spreadDates(_ proposals: [AnnualActivity], in family: Family, today: LocalDate,
                                   time: String = "10:00") -> [AnnualActivity] {
        var working = family
        let meetingDays = Set(family.meetings.map(\.date))
        var perMonth: [Int: Int] = [:]
        var result: [AnnualActivity] = []
        for proposal in proposals {
            guard proposal.date == nil else {
                result.append(proposal)
                working.annualPlan.append(proposal)
                continue
            }
            let key = proposal.year * 12 + proposal.month
            let index = perMonth[key, default: 0]
            perMonth[key] = index + 1
            guard let first = LocalDate(year: proposal.year, month: proposal.month, day: 1) else {
                result.append(proposal)
                continue
            }
            let last = first.adding(months: 1).adding(days: -1)
            let earliest = max(first, today.adding(days: 1))
            // The k-th proposal of a month starts looking a week after the one before, then wraps to the month's start.
            let start = first.adding(days: 7 * index + 1)
            var candidates: [LocalDate] = []
            var day = max(start, earliest)
            while day <= last { candidates.append(day); day = day.adding(days: 1) }
            day = earliest
            while day < max(start, earliest) && day <= last { candidates.append(day); day = day.adding(days: 1) }
            var dated = proposal
            for candidate in candidates where !meetingDays.contains(candidate) {
                var attempt = proposal
                attempt.date = candidate
                attempt.time = time
                attempt.durationMinutes = attempt.durationMinutes ?? defaultDurationMinutes
                // Any warning (weekend, holiday, a clash) rules the day out; the clash check is against the plan
                // as it stands with the proposals dated so far.
                if warnings(for: attempt, in: working).isEmpty {
                    dated = attempt
                    break
                }
            }
            result.append(dated)
            working.annualPlan.append(dated)
        }
        return result
    }
}
