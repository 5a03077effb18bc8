/// The caseload's deadlines in order, found but not yet written out: each becomes a `Deadline` (with its
/// texts) only when it is asked for, and `due --json` writes them straight from the summaries. At 10,000
/// families that spares making 20,000 deadlines of nine strings each only to write them out once.
public struct DeadlineList: RandomAccessCollection, Sendable {
    let caseload: [FamilySummary]
    let slots: [DeadlineSlot]
    /// The day the list was made for (a follow-up's clock counts only the follow-ups held by then).
    let today: LocalDate

    public var startIndex: Int { 0 }
    public var endIndex: Int { slots.count }

    public subscript(position: Int) -> Deadline { slots[position].deadline(in: family(of: slots[position]), today: today) }

    func family(of slot: DeadlineSlot) -> FamilySummary { caseload[Int(slot.family)] }

    /// The deadlines of one caseworker's cases (initials, any case) and/or those due on or before a day.
    public func filtered(caseworker: String? = nil, dueBy last: LocalDate? = nil) -> DeadlineList {
        guard caseworker != nil || last != nil else { return self }
        let kept = slots.filter { slot in
            if let last, slot.due > last { return false }
            if let caseworker {
                let primary = slot.theCase(in: family(of: slot))?.primaryCaseworker ?? ""
                if primary.caseInsensitiveCompare(caseworker) != .orderedSame { return false }
            }
            return true
        }
        return DeadlineList(caseload: caseload, slots: kept, today: today)
    }

    /// Every deadline made, on the cores there are.
    public var all: [Deadline] { ParallelPieces.map(count: slots.count, minimum: 2_000) { self[$0] } }
}
