/// The follow-up and deadline engine: pure functions of the caseload and an injected "today".
public enum DeadlineEngine {
    /// Every deadline of one family on `today`, soonest first.
    public static func deadlines(for family: FamilySummary, today: LocalDate) -> [Deadline] {
        deadlines(for: [family], today: today)
    }

    /// Every deadline of the caseload, soonest first; ties by family name, case number and kind, then by
    /// the order of the caseload and of each family's cases, so the order is always the same.
    public static func deadlines(for caseload: [FamilySummary], today: LocalDate) -> [Deadline] {
        list(for: caseload, today: today).all
    }

    /// The same deadlines, in the same order, made one by one when asked for (DeadlineList). Found on both
    /// cores as slots (DeadlineSlot) and sorted on packed keys.
    public static func list(for caseload: [FamilySummary], today: LocalDate) -> DeadlineList {
        let positions = Array(caseload.indices)
        var slots = ParallelPieces.flatMap(positions, minimum: 500) { piece -> [DeadlineSlot] in
            var found: [DeadlineSlot] = []
            found.reserveCapacity(piece.count * 3)
            for i in piece { findSlots(in: caseload[i], at: i, today: today, into: &found) }
            return found
        }
        sort(&slots, caseload)
        return DeadlineList(caseload: caseload, slots: slots)
    }

    /// The deadlines of one family as slots, in the order the rules find them.
    static func findSlots(in family: FamilySummary, at position: Int, today: LocalDate, into found: inout [DeadlineSlot]) {
        // Complaints and agreements belong to a case when they name one, else to the family's first open case.
        guard let firstOpen = family.cases.firstIndex(where: \.isOpen) else { return }
        func child(of c: FamilySummary.CaseSummary) -> Int16 {
            Int16(family.children.firstIndex { $0.id == c.childID } ?? -1)
        }
        func slot(_ kind: DeadlineKind, _ due: LocalDate, _ caseIndex: Int, item: Int = -1, child: Int16) -> DeadlineSlot {
            DeadlineSlot(due: due, kind: kind, family: Int32(position), caseIndex: Int16(caseIndex), item: Int16(item), child: child)
        }
        for (k, c) in family.cases.enumerated() where c.isOpen {
            let childIndex = child(of: c)
            // The model's follow-up: last follow-up (or the opened date) + the cadence.
            let cadence = c.cadence(on: today)
            found.append(slot(.followUp, cadence.next(after: followUpBase(c)), k, item: cadence == .sixWeeks ? 0 : 1, child: childIndex))
            // A child investigation still running: finished within 4 months of its start.
            for (m, measure) in c.measures.enumerated() where measure.ended == nil && measure.legalBasis.role == .investigation {
                found.append(slot(.investigation, measure.started.adding(months: 4), k, item: m, child: childIndex))
            }
            if childIndex >= 0, let sixteen = transitionDue(for: family.children[Int(childIndex)], today: today) {
                found.append(slot(.transition, sixteen, k, child: childIndex))
            }
        }
        for (q, complaint) in family.openComplaints.enumerated() {
            let owner = family.cases.firstIndex { $0.isOpen && $0.number == complaint.caseNumber } ?? firstOpen
            found.append(slot(.complaint, complaint.received.adding(days: 28), owner, item: q, child: child(of: family.cases[owner])))
        }
        for (a, agreement) in family.openAgreements.enumerated() {
            found.append(slot(.agreement, agreement.due, firstOpen, item: a, child: -1))
        }
    }

    /// Soonest first; ties by family, case and kind so the order is stable.
    public static func sorted(_ items: [Deadline]) -> [Deadline] {
        items.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if (x.due, x.familyName, x.caseNumber, x.kind.rawValue) != (y.due, y.familyName, y.caseNumber, y.kind.rawValue) {
                return (x.due, x.familyName, x.caseNumber, x.kind.rawValue) < (y.due, y.familyName, y.caseNumber, y.kind.rawValue)
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Sorts slots as `sorted` sorts deadlines. The date, the family name's rank and the slot's position are
    /// packed into one integer and sorted as integers; only deadlines of the same family name on the same day
    /// (a handful) are then put in case-number and kind order.
    static func sort(_ slots: inout [DeadlineSlot], _ caseload: [FamilySummary]) {
        guard slots.count > 1 else { return }
        let rank = StringRanks.ranks(caseload.map(\.name))
        let rankBits = max(1, Int.bitWidth - caseload.count.leadingZeroBitCount)
        let positionBits = max(1, Int.bitWidth - slots.count.leadingZeroBitCount)
        var order: [Int]
        if 23 + rankBits + positionBits <= 63 {
            var keys = slots.indices.map { i in
                (slots[i].due.orderKey << (rankBits + positionBits)) | (rank[Int(slots[i].family)] << positionBits) | i
            }
            keys.sort()
            let mask = (1 << positionBits) - 1
            order = keys.map { $0 & mask }
        } else {
            // Bigger than any municipality: the same order, compared field by field.
            order = slots.indices.sorted { a, b in
                (slots[a].due, rank[Int(slots[a].family)], a) < (slots[b].due, rank[Int(slots[b].family)], b)
            }
        }
        // Runs of the same day and family name: by case number, then kind, then position (as they were found).
        var start = 0
        while start < order.count {
            var end = start + 1
            let first = slots[order[start]]
            while end < order.count, slots[order[end]].due == first.due,
                  rank[Int(slots[order[end]].family)] == rank[Int(first.family)] { end += 1 }
            if end - start > 1 {
                order[start..<end].sort { a, b in
                    let x = slots[a], y = slots[b]
                    let xc = caseload[Int(x.family)].cases[Int(x.caseIndex)].number
                    let yc = caseload[Int(y.family)].cases[Int(y.caseIndex)].number
                    if xc != yc { return xc < yc }
                    if x.kind != y.kind { return x.kind.rawValue < y.kind.rawValue }
                    return a < b
                }
            }
            start = end
        }
        slots = order.map { slots[$0] }
    }

    /// Where a case's follow-up is counted from: its last follow-up, or the day it was opened.
    static func followUpBase(_ c: FamilySummary.CaseSummary) -> LocalDate {
        c.lastFollowUp.map { max($0, c.opened) } ?? c.opened
    }

    /// Transition to adult life: due on the 16th birthday, listed from 6 months before it until 18, while no
    /// step is recorded. Nil when not listed on `today`.
    public static func transitionDue(for child: FamilySummary.ChildSummary?, today: LocalDate) -> LocalDate? {
        guard let child, !child.transitionPlanned else { return nil }
        let sixteen = child.birthDate.adding(years: 16)
        let eighteen = child.birthDate.adding(years: 18)
        return today >= sixteen.adding(months: -6) && today < eighteen ? sixteen : nil
    }

    /// The follow-up deadline of one case on `today`.
    public static func nextFollowUp(for c: FamilySummary.CaseSummary, today: LocalDate) -> LocalDate {
        c.cadence(on: today).next(after: followUpBase(c))
    }
}
