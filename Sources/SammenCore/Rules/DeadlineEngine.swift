/// The follow-up and deadline engine: pure functions of the caseload and an injected "today".
public enum DeadlineEngine {
    /// Every deadline of one family on `today`, soonest first.
    public static func deadlines(for family: FamilySummary, today: LocalDate) -> [Deadline] {
        var result: [Deadline] = []
        let openCases = family.cases.filter(\.isOpen)
        guard !openCases.isEmpty else { return [] }

        for c in openCases {
            let child = family.child(c.childID)
            func make(_ kind: DeadlineKind, due: LocalDate, rule: String, english: String, from: LocalDate?,
                      detail: String? = nil) -> Deadline {
                Deadline(kind: kind, familyID: family.id, familyName: family.name, caseNumber: c.number,
                         childName: child?.name, caseworker: c.primaryCaseworker, buddyCaseworker: c.buddyCaseworker,
                         due: due, rule: rule, englishRule: english, detail: detail, from: from)
            }

            // The model's follow-up: last follow-up (or the opened date) + the cadence.
            let cadence = c.cadence(on: today)
            let base = c.lastFollowUp.map { max($0, c.opened) } ?? c.opened
            result.append(make(.followUp, due: cadence.next(after: base), rule: cadence.danishRule,
                               english: cadence.englishRule, from: base))

            // A child investigation still running: finished within 4 months of its start.
            for m in c.measures where m.legalBasis.entry?.role == .investigation && m.ended == nil {
                result.append(make(.investigation, due: m.started.adding(months: 4),
                                   rule: "\(m.legalBasis.bothNumberings): børnefaglig undersøgelse afsluttes inden 4 måneder",
                                   english: "\(m.legalBasis.bothNumberings): child investigation finished within 4 months",
                                   from: m.started))
            }

            if let child, let sixteen = transitionDue(for: child, today: today) {
                result.append(make(.transition, due: sixteen,
                                   rule: "Barnets Lov §§ 122–123: overgang til voksenlivet planlægges fra 16 år",
                                   english: "Barnets Lov §§ 122–123: transition to adult life planned from age 16",
                                   from: child.birthDate))
            }
        }

        // Complaints and agreements belong to a case when they name one, else to the family's first open case.
        func owningCase(_ number: String?) -> FamilySummary.CaseSummary {
            openCases.first { $0.number == number } ?? openCases[0]
        }
        for complaint in family.openComplaints {
            let c = owningCase(complaint.caseNumber)
            result.append(Deadline(
                kind: .complaint, familyID: family.id, familyName: family.name, caseNumber: c.number,
                childName: family.child(c.childID)?.name, caseworker: c.primaryCaseworker,
                buddyCaseworker: c.buddyCaseworker, due: complaint.received.adding(days: 28),
                rule: "Klage: genvurderes inden 4 uger efter modtagelsen",
                englishRule: "Complaint: reconsidered within 4 weeks of receipt", detail: nil, from: complaint.received))
        }
        for agreement in family.openAgreements {
            let c = openCases[0]
            result.append(Deadline(
                kind: .agreement, familyID: family.id, familyName: family.name, caseNumber: c.number,
                childName: nil, caseworker: c.primaryCaseworker, buddyCaseworker: c.buddyCaseworker,
                due: agreement.due, rule: "Aftale fra møde: \(agreement.who) senest \(agreement.due.danish)",
                englishRule: "Agreement from a meeting: \(agreement.who) by \(agreement.due.iso)",
                detail: agreement.what, from: nil))
        }
        return sorted(result)
    }

    /// Every deadline of the caseload, soonest first.
    public static func deadlines(for caseload: [FamilySummary], today: LocalDate) -> [Deadline] {
        sorted(ParallelPieces.flatMap(caseload) { $0.flatMap { deadlines(for: $0, today: today) } })
    }

    /// Soonest first; ties by family, case and kind so the order is stable.
    /// At scale (20,000 deadlines) positions are sorted, not the deadlines (moving one, eight strings, cost more
    /// than comparing two), and family names are compared as ranks, sorted once. The same stable sort on the
    /// same keys, so the order, ties included, is what sorting the deadlines directly gives.
    public static func sorted(_ items: [Deadline]) -> [Deadline] {
        guard items.count > 64 else {
            return items.sorted {
                ($0.due, $0.familyName, $0.caseNumber, $0.kind.rawValue) < ($1.due, $1.familyName, $1.caseNumber, $1.kind.rawValue)
            }
        }
        var rank: [String: Int] = [:]
        for d in items where rank[d.familyName] == nil { rank[d.familyName] = 0 }
        for (i, name) in rank.keys.sorted().enumerated() { rank[name] = i }
        let keys = items.map { ($0.due.dayNumber, rank[$0.familyName]!) }
        let order = items.withUnsafeBufferPointer { d in
            items.indices.sorted { a, b in
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                return (d[a].caseNumber, d[a].kind.rawValue) < (d[b].caseNumber, d[b].kind.rawValue)
            }
        }
        return order.map { items[$0] }
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
        let base = c.lastFollowUp.map { max($0, c.opened) } ?? c.opened
        return c.cadence(on: today).next(after: base)
    }
}
