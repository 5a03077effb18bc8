/// The one rule for a case's follow-up under "Sammen om familien" (seed 002: every 6 weeks in cases with a child
/// investigation or support measures, every 3 months in cases with compensation or support only). `due`, the
/// dashboard, the family screen, the årshjul's proposal and the leader figure all ask it, so they cannot disagree.
///
/// - A follow-up dated after the day asked about is planned, not held: it neither moves the due date nor clears
///   "overdue".
/// - The clock counts from the last follow-up held (never before the case opened), or from the opening day.
/// - The follow-up is due by the earlier of: 3 months after the clock's start, and 6 weeks (42 days) after the
///   case came under a 6-week measure, counted from the clock's start or from the day the measure began when
///   that is later. So a 6-week measure that starts after the last follow-up never dates the follow-up before
///   the measure existed, and the 3-month follow-up already owed is never put off by it.
/// - A 6-week period that ends (the investigation is finished) before its 42 days have passed sets no due date;
///   one that passed its 42 days while it ran keeps that date until a follow-up is held.
public enum FollowUpRule {
    /// What the rule says about a case on a day.
    public struct Status: Equatable, Sendable {
        /// The day the clock counts from: the last follow-up held by the day, or the opening day.
        public var base: LocalDate
        /// When the next follow-up is due.
        public var due: LocalDate
        /// The pace on the day: 6 weeks while an investigation, support measure or placement runs, else 3 months.
        /// (The due date may still be one a 6-week period set before it ended: it stays owed until held.)
        public var cadence: Cadence
    }

    /// The pace on one day: 6 weeks while an investigation, support measure or placement runs, else 3 months.
    public static func cadence(of c: FamilySummary.CaseSummary, on day: LocalDate) -> Cadence {
        sixWeeks(c, on: day) ? .sixWeeks : .threeMonths
    }

    /// The follow-up status of a case as seen on `day`.
    public static func status(of c: FamilySummary.CaseSummary, on day: LocalDate) -> Status {
        let base = self.base(of: c, on: day)
        return Status(base: base, due: next(after: base, for: c).due, cadence: cadence(of: c, on: day))
    }

    /// The last follow-up held on or before `day` (never before the case opened), or the opening day.
    public static func base(of c: FamilySummary.CaseSummary, on day: LocalDate) -> LocalDate {
        var last: LocalDate?
        for d in c.followUps.reversed() where d <= day {
            last = d
            break
        }
        return last.map { max($0, c.opened) } ?? c.opened
    }

    /// The follow-up due after a clock that started on `base`, and the rule that set it.
    public static func next(after base: LocalDate, for c: FamilySummary.CaseSummary) -> (due: LocalDate, cadence: Cadence) {
        var due = base.adding(months: 3)
        var cadence = Cadence.threeMonths
        // Where a 6-week period may begin: the base itself when one runs then, or the start of a 6-week measure
        // after it. Each candidate's 42nd day counts only if the period is still running then.
        if sixWeeks(c, on: base) {
            let d = base.adding(days: 42)
            if d <= due, runsThrough(c, from: base, to: d) { due = d; cadence = .sixWeeks }
        }
        for m in c.measures where m.legalBasis.cadence == .sixWeeks && m.started > base {
            let d = m.started.adding(days: 42)
            if d < due || (d == due && cadence == .threeMonths), runsThrough(c, from: m.started, to: d) {
                due = d
                cadence = .sixWeeks
            }
        }
        return (due, cadence)
    }

    static func sixWeeks(_ c: FamilySummary.CaseSummary, on day: LocalDate) -> Bool {
        c.measures.contains { $0.legalBasis.cadence == .sixWeeks && $0.isActive(on: day) }
    }

    /// Whether some 6-week measure runs on every day from `start` to `end`: measures may follow on from each other.
    static func runsThrough(_ c: FamilySummary.CaseSummary, from start: LocalDate, to end: LocalDate) -> Bool {
        var reached = start
        while true {
            // The longest-running 6-week measure active on `reached`.
            var furthest: LocalDate?
            var open = false
            for m in c.measures where m.legalBasis.cadence == .sixWeeks && m.isActive(on: reached) {
                guard let e = m.ended else { open = true; break }
                if furthest.map({ e > $0 }) ?? true { furthest = e }
            }
            if open { return true }
            guard let f = furthest else { return false }
            if f >= end { return true }
            let dayAfter = f.adding(days: 1)
            guard dayAfter > reached else { return false }
            reached = dayAfter
        }
    }
}
