/// A deadline found but not yet written out: its kind, its date and where its facts are in the caseload,
/// in 16 bytes and no text. At 10,000 families the engine finds about 20,000 deadlines; sorting and moving
/// whole `Deadline`s (nine strings each) cost more than finding them, so they are sorted as slots and made
/// into `Deadline`s once, in their final order.
struct DeadlineSlot {
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
        let known = child >= 0 ? family.children[Int(child)] : nil
        func make(_ wording: DeadlineWording, from: LocalDate?, detail: String? = nil, child: Bool = true) -> Deadline {
            Deadline(kind: kind, familyID: family.id, familyName: family.name, caseNumber: c.number,
                     childName: child ? known?.name : nil, caseworker: c.primaryCaseworker,
                     buddyCaseworker: c.buddyCaseworker, due: due, wording: wording, detail: detail, from: from)
        }
        switch kind {
        case .followUp:
            return make(.followUp(item == 0 ? .sixWeeks : .threeMonths), from: DeadlineEngine.followUpBase(c))
        case .investigation:
            let m = c.measures[Int(item)]
            return make(.investigation(m.legalBasis), from: m.started)
        case .transition:
            return make(.transition, from: known?.birthDate)
        case .complaint:
            return make(.complaint, from: family.openComplaints[Int(item)].received)
        case .agreement:
            let agreement = family.openAgreements[Int(item)]
            return make(.agreement(who: agreement.who, due: agreement.due), from: nil, detail: agreement.what, child: false)
        }
    }
}
