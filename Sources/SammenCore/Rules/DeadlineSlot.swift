/// A deadline found but not yet written out: its kind, its date and where its facts are in the caseload,
/// in a few bytes and no text. At 10,000 families the engine finds about 20,000 deadlines; sorting and moving
/// whole `Deadline`s (nine strings each) cost more than finding them, so they are sorted as slots and made
/// into `Deadline`s once, in their final order.
struct DeadlineSlot: Sendable {
    var due: LocalDate
    var kind: DeadlineKind
    /// Position of the family in the caseload.
    var family: Int32
    /// Position of the case in the family's `cases`; -1 for a complaint of a family with no case at all.
    var caseIndex: Int16
    /// The measure (investigation, child's plan, first follow-up), complaint or agreement it comes from; for a
    /// follow-up, its cadence (0: 6 weeks, 1: 3 months); for a network meeting, the interval in months; -1 else.
    var item: Int16
    /// Position of the case's child in the family's `children`, -1 when not there.
    var child: Int16

    /// The deadline in full, with its texts. `family` is the summary this slot points into.
    func deadline(in family: FamilySummary, today: LocalDate) -> Deadline {
        let c = theCase(in: family)
        return Deadline(kind: kind, familyID: family.id, familyName: family.name, caseNumber: caseNumber(in: family),
                        childName: childName(in: family), caseworker: c?.primaryCaseworker ?? "",
                        buddyCaseworker: c?.buddyCaseworker, due: due, wording: wording(in: family),
                        detail: detail(in: family), from: from(in: family, today: today))
    }

    func theCase(in family: borrowing FamilySummary) -> FamilySummary.CaseSummary? {
        caseIndex >= 0 ? family.cases[Int(caseIndex)] : nil
    }

    /// The case's number; a complaint of a family with no case keeps the number it names, if any.
    func caseNumber(in family: borrowing FamilySummary) -> String {
        withUnsafePointer(to: family) { caseNumber(at: $0) }
    }

    /// The case's child; an agreement and a network meeting belong to the family, not to one child.
    func childName(in family: borrowing FamilySummary) -> String? {
        withUnsafePointer(to: family) { childName(at: $0) }
    }

    /// What is due, for agreements.
    func detail(in family: borrowing FamilySummary) -> String? {
        withUnsafePointer(to: family) { detail(at: $0) }
    }

    func wording(in family: borrowing FamilySummary) -> DeadlineWording {
        withUnsafePointer(to: family) { wording(at: $0) }
    }

    // The same, for a summary in the caseload's memory (`due --json` writes them from there): each reads only the
    // fields it needs, where a summary passed whole from that memory was copied first (#19).

    func caseNumber(at family: UnsafePointer<FamilySummary>) -> String {
        if caseIndex >= 0 { return family.pointee.cases[Int(caseIndex)].number }
        return kind == .complaint ? family.pointee.openComplaints[Int(item)].caseNumber ?? "" : ""
    }

    func childName(at family: UnsafePointer<FamilySummary>) -> String? {
        kind == .agreement || kind == .networkMeeting || child < 0 ? nil : family.pointee.children[Int(child)].name
    }

    func detail(at family: UnsafePointer<FamilySummary>) -> String? {
        kind == .agreement ? family.pointee.openAgreements[Int(item)].what : nil
    }

    func wording(at family: UnsafePointer<FamilySummary>) -> DeadlineWording {
        switch kind {
        case .followUp: return .followUp(item == 0 ? .sixWeeks : .threeMonths)
        case .investigation: return .investigation(family.pointee.cases[Int(caseIndex)].measures[Int(item)].legalBasis)
        case .investigationWithoutEnd: return .investigationWithoutEnd(family.pointee.cases[Int(caseIndex)].measures[Int(item)].legalBasis)
        case .transition: return .transition
        case .complaint: return .complaint
        case .agreement:
            let agreement = family.pointee.openAgreements[Int(item)]
            return .agreement(who: agreement.who, due: agreement.due)
        case .childsPlan: return .childsPlan
        case .firstFollowUp: return .firstFollowUp
        case .networkMeeting: return .networkMeeting(months: Int(item))
        case .adult: return .adult
        }
    }

    /// The day the deadline was counted from.
    func from(in family: FamilySummary, today: LocalDate) -> LocalDate? {
        switch kind {
        case .followUp: return FollowUpRule.base(of: theCase(in: family)!, on: today)
        case .investigation, .investigationWithoutEnd, .childsPlan, .firstFollowUp:
            return theCase(in: family)!.measures[Int(item)].started
        case .transition, .adult: return child < 0 ? nil : family.children[Int(child)].birthDate
        case .complaint: return family.openComplaints[Int(item)].received
        case .agreement: return nil
        case .networkMeeting: return due.adding(months: -Int(item))
        }
    }
}
