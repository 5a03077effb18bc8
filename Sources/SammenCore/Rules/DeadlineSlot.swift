/// A deadline found but not yet written out: its kind, its date and where its facts are in the caseload,
/// in 16 bytes and no text. At 10,000 families the engine finds about 20,000 deadlines; sorting and moving
/// whole `Deadline`s (nine strings each) cost more than finding them, so they are sorted as slots and made
/// into `Deadline`s once, in their final order.
struct DeadlineSlot: Sendable {
    var due: LocalDate
    var kind: DeadlineKind
    /// Position of the family in the caseload.
    var family: Int32
    /// Position of the case in the family's `cases`.
    var caseIndex: Int16
    /// The measure (investigation), complaint or agreement it comes from; for a follow-up, its cadence
    /// (0: 6 weeks, 1: 3 months); -1 for transitions.
    var item: Int16
    /// Position of the case's child in the family's `children`, -1 when not there.
    var child: Int16

    /// The deadline in full, with its texts. `family` is the summary this slot points into.
    func deadline(in family: FamilySummary) -> Deadline {
        let c = family.cases[Int(caseIndex)]
        return Deadline(kind: kind, familyID: family.id, familyName: family.name, caseNumber: c.number,
                        childName: childName(in: family), caseworker: c.primaryCaseworker,
                        buddyCaseworker: c.buddyCaseworker, due: due, wording: wording(in: family),
                        detail: detail(in: family), from: from(in: family))
    }

    func theCase(in family: FamilySummary) -> FamilySummary.CaseSummary { family.cases[Int(caseIndex)] }

    /// The case's child; an agreement belongs to the family, not to one child.
    func childName(in family: FamilySummary) -> String? {
        kind == .agreement || child < 0 ? nil : family.children[Int(child)].name
    }

    /// What is due, for agreements.
    func detail(in family: FamilySummary) -> String? {
        kind == .agreement ? family.openAgreements[Int(item)].what : nil
    }

    func wording(in family: FamilySummary) -> DeadlineWording {
        switch kind {
        case .followUp: return .followUp(item == 0 ? .sixWeeks : .threeMonths)
        case .investigation: return .investigation(theCase(in: family).measures[Int(item)].legalBasis)
        case .transition: return .transition
        case .complaint: return .complaint
        case .agreement:
            let agreement = family.openAgreements[Int(item)]
            return .agreement(who: agreement.who, due: agreement.due)
        }
    }

    /// The day the deadline was counted from.
    func from(in family: FamilySummary) -> LocalDate? {
        switch kind {
        case .followUp: return DeadlineEngine.followUpBase(theCase(in: family))
        case .investigation: return theCase(in: family).measures[Int(item)].started
        case .transition: return child < 0 ? nil : family.children[Int(child)].birthDate
        case .complaint: return family.openComplaints[Int(item)].received
        case .agreement: return nil
        }
    }
}
