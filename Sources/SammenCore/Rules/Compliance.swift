/// Whether follow-ups happen as planned: the leader figure "til tiden" and the family record.
///
/// Of the follow-ups the cadence required in the last 12 months, how many were held by their due date. The
/// requirements come from FollowUpRule (the rule `due` uses) and not from the follow-ups held, so:
/// - each period that passes without a follow-up is one miss (14 months without one is ten misses at 6 weeks);
/// - follow-ups held more often than the cadence asks do not add requirements: several in one period answer it
///   once, and the next period counts from the last of them;
/// - a case closed in the window counts up to its closing day, so closing a neglected case keeps its misses.
public enum Compliance {
    /// One follow-up the cadence required and how it went.
    public struct Occasion: Equatable, Sendable {
        public var due: LocalDate
        /// The follow-up that answered it: held by `due` when on time; else the first one after (late), or nil.
        public var held: LocalDate?
        public var onTime: Bool { held.map { $0 <= due } ?? false }
    }

    /// The follow-ups a case was required to hold with a due date in the 12 months up to `today` (up to its
    /// closing day when closed), and how each was answered. A due date not yet passed is not counted unless it was
    /// met (a follow-up due today may still be held today); a follow-up dated after today is not held.
    public static func occasions(for c: FamilySummary.CaseSummary, today: LocalDate) -> [Occasion] {
        let end: LocalDate
        if c.isOpen { end = today } else if let closed = c.closed { end = min(closed, today) } else { return [] }
        let windowStart = today.adding(months: -12)
        guard end >= windowStart else { return [] }
        let held = c.followUps.filter { $0 > c.opened && $0 <= end }
        var result: [Occasion] = []
        var base = c.opened
        var i = 0
        // A period is at least 42 days, so a case's whole history is a bounded walk.
        while true {
            let due = FollowUpRule.next(after: base, for: c).due
            if due > end { break }
            var answer: LocalDate?
            while i < held.count, held[i] <= due {
                if held[i] > base { answer = held[i] }
                i += 1
            }
            if let answer {
                if due >= windowStart { result.append(Occasion(due: due, held: answer)) }
                base = answer
                continue
            }
            // Due on the last day counted and not held yet: it can still be held on time (as `due` says).
            if due >= end { break }
            // Missed. A follow-up held late, before the next period would also have passed, answers it late and
            // the clock restarts there; otherwise the next period counts from the missed due date.
            let late = i < held.count ? held[i] : nil
            if due >= windowStart { result.append(Occasion(due: due, held: late)) }
            if let late, late <= FollowUpRule.next(after: due, for: c).due {
                base = late
                i += 1
            } else {
                base = due
            }
        }
        return result
    }

    /// Follow-ups held by their due date and follow-ups required over the last 12 months, for a set of cases
    /// (open ones, and closed ones up to their closing day).
    public static func share(of cases: [FamilySummary.CaseSummary], today: LocalDate) -> (onTime: Int, due: Int) {
        var onTime = 0
        var due = 0
        for c in cases {
            for occasion in occasions(for: c, today: today) {
                due += 1
                if occasion.onTime { onTime += 1 }
            }
        }
        return (onTime, due)
    }
}
