/// The follow-up and deadline engine: pure functions of the caseload and an injected "today".
public enum DeadlineEngine {
    /// Every deadline of one family on `today`, soonest first.
    public static func deadlines(for family: FamilySummary, today: LocalDate, settings: RuleSettings = .standard) -> [Deadline] {
        deadlines(for: [family], today: today, settings: settings)
    }

    /// Every deadline of the caseload, soonest first; ties by family name, case number and kind, then by
    /// the order of the caseload and of each family's cases, so the order is always the same.
    public static func deadlines(for caseload: [FamilySummary], today: LocalDate, settings: RuleSettings = .standard) -> [Deadline] {
        list(for: caseload, today: today, settings: settings).all
    }

    /// The same deadlines, in the same order, made one by one when asked for (DeadlineList). Found on both
    /// cores as slots (DeadlineSlot) and sorted on packed keys.
    public static func list(for caseload: [FamilySummary], today: LocalDate, settings: RuleSettings = .standard) -> DeadlineList {
        let positions = Array(caseload.indices)
        var slots = caseload.withUnsafeBufferPointer { families in
            // Each summary borrowed in place: `caseload[i]` copied it (a dozen retains and releases per family,
            // on both cores at once).
            nonisolated(unsafe) let families = families
            return ParallelPieces.flatMap(positions, minimum: 500) { piece -> [DeadlineSlot] in
                var found: [DeadlineSlot] = []
                found.reserveCapacity(piece.count * 3)
                for i in piece { findSlots(in: families.baseAddress! + i, at: i, today: today, settings: settings, into: &found) }
                return found
            }
        }
        sort(&slots, caseload)
        return DeadlineList(caseload: caseload, slots: slots, today: today)
    }

    /// The deadlines of one family as slots, in the order the rules find them. Each rule yields at most one item
    /// per case (one investigation even with both BL § 20 and § 22) or per young person (one transition, one
    /// 18+ flag however many cases), so nothing is listed twice.
    /// `family` points into the caseload. Its lists are taken one by one: a summary borrowed from the caseload's
    /// memory by a call that also writes (the slots found) was copied whole by the compiler first, a dozen retains
    /// and releases per family on both cores (#19).
    static func findSlots(in summary: UnsafePointer<FamilySummary>, at position: Int, today: LocalDate, settings: RuleSettings,
                          into found: inout [DeadlineSlot]) {
        let family = (cases: summary.pointee.cases, children: summary.pointee.children,
                      openComplaints: summary.pointee.openComplaints, openAgreements: summary.pointee.openAgreements,
                      networkMeetings: summary.pointee.networkMeetings)
        func child(of c: FamilySummary.CaseSummary) -> Int16 {
            Int16(family.children.firstIndex { $0.id == c.childID } ?? -1)
        }
        func slot(_ kind: DeadlineKind, _ due: LocalDate, _ caseIndex: Int, item: Int = -1, child: Int16) -> DeadlineSlot {
            DeadlineSlot(due: due, kind: kind, family: Int32(position), caseIndex: Int16(caseIndex), item: Int16(item), child: child)
        }
        let firstOpen = family.cases.firstIndex(where: \.isOpen)
        for (k, c) in family.cases.enumerated() where c.isOpen {
            let childIndex = child(of: c)
            // The model's follow-up (FollowUpRule: the one cadence rule).
            let status = FollowUpRule.status(of: c, on: today)
            found.append(slot(.followUp, status.due, k, item: status.cadence == .sixWeeks ? 0 : 1, child: childIndex))
            // A child investigation still running: finished within 4 months of its start (BL § 20). One per case:
            // the earliest start. Past the 4 months with no end it becomes a warning (the end may just be missing).
            if let (m, due) = runningInvestigation(c) {
                found.append(slot(investigationKind(due: due, today: today), due, k, item: m, child: childIndex))
            }
            // The child's plan: within 3 months of a placement (BL § 91, stk. 2), while none is recorded.
            if c.childPlanMade == nil,
               let m = earliest(c, where: { $0.legalBasis.role == .placement && ($0.ended.map { $0 >= today } ?? true) }) {
                found.append(slot(.childsPlan, c.measures[m].started.adding(months: 3), k, item: m, child: childIndex))
            }
            // The first follow-up after a support measure or placement starts (BL § 95, stk. 2).
            if let (m, due) = firstFollowUp(c, today: today) {
                found.append(slot(.firstFollowUp, due, k, item: m, child: childIndex))
            }
            // Once per young person: the child's first open case carries it.
            guard childIndex >= 0, !family.cases[..<k].contains(where: { $0.isOpen && $0.childID == c.childID }) else { continue }
            let person = family.children[Int(childIndex)]
            if let sixteen = transitionDue(for: person, today: today) {
                found.append(slot(.transition, sixteen, k, child: childIndex))
            }
            let eighteen = person.birthDate.adding(years: 18)
            if eighteen <= today { found.append(slot(.adult, eighteen, k, child: childIndex)) }
        }
        // A complaint is reconsidered within 4 weeks whatever the state of the case: it may be about the decision
        // that closed it. It belongs to the case it names (open or closed), else the first open case, else the
        // family's first case.
        for (q, complaint) in family.openComplaints.enumerated() {
            let named = complaint.caseNumber.flatMap { number in
                family.cases.firstIndex { $0.isOpen && $0.number == number } ?? family.cases.firstIndex { $0.number == number }
            }
            let owner = named ?? firstOpen ?? (family.cases.isEmpty ? -1 : 0)
            found.append(slot(.complaint, complaint.received.adding(days: 28), owner, item: q,
                              child: owner < 0 ? -1 : child(of: family.cases[owner])))
        }
        guard let firstOpen else { return }
        for (a, agreement) in family.openAgreements.enumerated() {
            found.append(slot(.agreement, agreement.due, firstOpen, item: a, child: -1))
        }
        if let months = settings.networkMeetingMonths,
           let due = networkMeetingDue(cases: family.cases, networkMeetings: family.networkMeetings, months: months,
                                       from: settings.networkMeetingsFrom, today: today) {
            found.append(slot(.networkMeeting, due, firstOpen, item: months, child: -1))
        }
    }

    /// The measure of `c` that started first among those `matching`.
    /// A child investigation still running (BL § 20, SEL § 50): its earliest start without an end, and the day
    /// it is to be finished, 4 months after that start. Nil when the case has none.
    static func runningInvestigation(_ c: FamilySummary.CaseSummary) -> (measure: Int, due: LocalDate)? {
        guard let m = earliest(c, where: { $0.ended == nil && $0.legalBasis.role == .investigation }) else { return nil }
        return (m, c.measures[m].started.adding(months: 4))
    }

    /// Past its 4 months with no end, an investigation is a warning (`undersoegelse-uden-slutdato`): the end may
    /// just be missing.
    static func investigationKind(due: LocalDate, today: LocalDate) -> DeadlineKind {
        today > due ? .investigationWithoutEnd : .investigation
    }

    /// The open cases of `family` whose investigation is past its 4 months with no end on `today`, the rule
    /// `sammen due` reports as `undersoegelse-uden-slutdato`: each case's number and the investigation's start.
    public static func investigationsWithoutEnd(in family: FamilySummary, today: LocalDate) -> [(caseNumber: String, started: LocalDate)] {
        family.cases.compactMap { c in
            guard c.isOpen, let (m, due) = runningInvestigation(c),
                  investigationKind(due: due, today: today) == .investigationWithoutEnd else { return nil }
            return (c.number, c.measures[m].started)
        }
    }

    static func earliest(_ c: FamilySummary.CaseSummary, where matching: (FamilySummary.MeasureSummary) -> Bool) -> Int? {
        var best: Int?
        for (m, measure) in c.measures.enumerated() where matching(measure) {
            if best.map({ measure.started < c.measures[$0].started }) ?? true { best = m }
        }
        return best
    }

    /// BL § 95, stk. 2: the first follow-up after a support measure or placement (§§ 32, 46, 47) is due at the
    /// latest 3 months after it started, or when an investigation or afdækning running beside it ended, if
    /// sooner. Listed while the measure runs and no follow-up has been held since it started; one per case (the
    /// earliest due).
    static func firstFollowUp(_ c: FamilySummary.CaseSummary, today: LocalDate) -> (measure: Int, due: LocalDate)? {
        var best: (Int, LocalDate)?
        for (m, measure) in c.measures.enumerated() {
            guard measure.legalBasis.role == .support || measure.legalBasis.role == .placement,
                  measure.ended.map({ $0 >= today }) ?? true,
                  !c.followUps.contains(where: { $0 >= measure.started && $0 <= today }) else { continue }
            var due = measure.started.adding(months: 3)
            for other in c.measures where other.legalBasis.role == .investigation || other.legalBasis.role == .assessment {
                if other.started <= measure.started, let end = other.ended, end >= measure.started, end < due { due = end }
            }
            if best.map({ due < $0.1 }) ?? true { best = (m, due) }
        }
        return best
    }

    /// The family's next network meeting: `months` after the latest of the last one held (on or before today),
    /// the day the first open case opened, and the day the team began keeping network meetings in Sammen
    /// (`from`, when known). A family is never overdue from before its case or before Sammen was used.
    public static func networkMeetingDue(_ family: FamilySummary, months: Int, from: LocalDate? = nil,
                                         today: LocalDate) -> LocalDate? {
        networkMeetingDue(cases: family.cases, networkMeetings: family.networkMeetings, months: months, from: from, today: today)
    }

    static func networkMeetingDue(cases: [FamilySummary.CaseSummary], networkMeetings: [LocalDate], months: Int,
                                  from: LocalDate?, today: LocalDate) -> LocalDate? {
        var opened: LocalDate?
        for c in cases where c.isOpen { opened = min(opened ?? c.opened, c.opened) }
        guard let opened else { return nil }
        var base = opened
        if let held = networkMeetings.last(where: { $0 <= today }), held > base { base = held }
        if let from, from > base { base = from }
        return base.adding(months: months)
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
        /// Per place in `order`: the day and name rank it sorted by, so runs of both are found without going
        /// back to the slots (scattered in memory) for every step.
        var group: [Int]
        if 23 + rankBits + positionBits <= 63 {
            var keys = slots.indices.map { i in
                (slots[i].due.orderKey << (rankBits + positionBits)) | (rank[Int(slots[i].family)] << positionBits) | i
            }
            RadixSort.sort(&keys, bits: 23 + rankBits + positionBits)
            let mask = (1 << positionBits) - 1
            order = keys.map { $0 & mask }
            group = keys.map { $0 >> positionBits }
        } else {
            // Bigger than any municipality: the same order, compared field by field.
            order = slots.indices.sorted { a, b in
                (slots[a].due, rank[Int(slots[a].family)], a) < (slots[b].due, rank[Int(slots[b].family)], b)
            }
            group = order.map { slots[$0].due.orderKey << rankBits | rank[Int(slots[$0].family)] }
        }
        // Runs of the same day and family name: by case number, then kind, then position (as they were found).
        // Each slot's case number is looked up once per run, not once per comparison.
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, group[end] == group[start] { end += 1 }
            if end - start > 1 {
                var run = order[start..<end].map { i in
                    (number: slots[i].caseNumber(in: caseload[Int(slots[i].family)]), kind: slots[i].kind.rawValue, position: i)
                }
                run.sort { x, y in
                    if x.number != y.number { return x.number < y.number }
                    if x.kind != y.kind { return x.kind < y.kind }
                    return x.position < y.position
                }
                for (k, item) in run.enumerated() { order[start + k] = item.position }
            }
            start = end
        }
        slots = order.map { slots[$0] }
    }

    /// Transition to adult life: due on the 16th birthday, listed from 6 months before it until 18, while no
    /// step is recorded. Nil when not listed on `today`.
    public static func transitionDue(for child: FamilySummary.ChildSummary?, today: LocalDate) -> LocalDate? {
        guard let child, !child.transitionPlanned else { return nil }
        let sixteen = child.birthDate.adding(years: 16)
        let eighteen = child.birthDate.adding(years: 18)
        return today >= sixteen.adding(months: -6) && today < eighteen ? sixteen : nil
    }

    /// The follow-up deadline of one case on `today` (FollowUpRule, the one cadence rule).
    public static func nextFollowUp(for c: FamilySummary.CaseSummary, today: LocalDate) -> LocalDate {
        FollowUpRule.status(of: c, on: today).due
    }
}
