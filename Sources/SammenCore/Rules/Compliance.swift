/// Whether follow-ups happen as planned: for the leader view and the family record.
public enum Compliance {
    /// One due follow-up in a window and how it went.
    public struct Occasion: Equatable, Sendable {
        public var due: LocalDate
        /// The follow-up that answered it, or nil when none has yet.
        public var held: LocalDate?
        public var onTime: Bool { held.map { $0 <= due } ?? false }
    }

    /// The follow-ups a case was due in the 12 months up to `today`, and how each was answered. A due date
    /// not yet reached is not counted; a due date passed without a follow-up counts as missed.
    public static func occasions(for c: FamilySummary.CaseSummary, today: LocalDate) -> [Occasion] {
        let windowStart = today.adding(months: -12)
        var result: [Occasion] = []
        var base = c.opened
        var remaining = c.followUps.filter { $0 > c.opened }[...]
        while true {
            let due = c.cadence(on: base).next(after: base)
            if due > today { break }
            let held = remaining.first
            if due >= windowStart { result.append(Occasion(due: due, held: held.flatMap { $0 <= today ? $0 : nil })) }
            guard let next = held else { break }
            base = next
            remaining = remaining.dropFirst()
        }
        return result
    }

    /// On-time follow-ups and all due follow-ups over the last 12 months, for a set of cases.
    public static func share(of cases: [FamilySummary.CaseSummary], today: LocalDate) -> (onTime: Int, due: Int) {
        var onTime = 0
        var due = 0
        for c in cases where c.isOpen {
            for occasion in occasions(for: c, today: today) {
                due += 1
                if occasion.onTime { onTime += 1 }
            }
        }
        return (onTime, due)
    }
}
