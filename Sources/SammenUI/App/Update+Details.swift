import SammenCore

/// The family's details (stamdata) and a new family: which form a key opens. What a finished form changes is in
/// Update+DetailsForms.swift.
extension App {
    static func performDetails(_ state: inout AppState, _ action: Action, source: CaseloadSource) -> Command {
        let s = state.strings
        switch action {
        case .newFamily:
            guard state.readOnlyReason == nil else {
                state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
                return .none
            }
            state.fieldForm = newFamilyForm(state)
            return .none
        case .importCaseload:
            guard state.readOnlyReason == nil else {
                state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
                return .none
            }
            state.fieldForm = importFileForm(state)
            return .none
        case .openDetails:
            guard state.family != nil else { return .none }
            state.details = DetailsView()
            state.screen = .details
            return .none
        case .handover:
            guard let view = state.family else { return .none }
            return .export(.handover(view.family.id, today: state.today))
        default:
            break
        }
        guard let view = state.family, let details = state.details else { return .none }
        if action == .back {
            state.details = nil
            state.screen = .family
            return .none
        }
        if action == .undo {
            undoChange(&state, source: source)
            return .none
        }
        if state.readOnlyReason != nil {
            state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
            return .none
        }
        let family = view.family
        let items = DetailsScreen.content(family, summary: view.summary, state: state).items
        let item = items.indices.contains(details.selected) ? items[details.selected].item : nil
        // The child and the case the selection is in, for keys that add to them.
        var childID: String? = nil
        var caseNumber: String? = nil
        switch item {
        case .child(let id)?: childID = id
        case .childCase(let number)?: caseNumber = number
        case .measure(let number, _)?: caseNumber = number
        default: break
        }
        if let caseNumber { childID = family.child(withCase: caseNumber)?.id }

        switch action {
        case .addGuardian:
            state.fieldForm = guardianForm(nil, s)
        case .addChild:
            state.fieldForm = childForm(nil, s)
        case .newCase:
            guard let child = family.children.first(where: { $0.id == childID }) ?? family.children.first else {
                state.status = .init(text: s[.detailsNoChildren], isError: true)
                break
            }
            state.fieldForm = newCaseForm(child, state)
        case .addMeasure:
            let k = caseNumber.flatMap { n in family.cases.first { $0.number == n } }
                ?? family.children.first(where: { $0.id == childID })?.cases.first(where: \.isOpen)
                ?? family.cases.first(where: \.isOpen)
            guard let k else {
                state.status = .init(text: s[.needsCaseNumber], isError: true)
                break
            }
            state.fieldForm = measureForm(nil, caseNumber: k.number, state)
        case .closeCase:
            guard let number = caseNumber, let k = family.cases.first(where: { $0.number == number }) else {
                state.status = .init(text: s[.needsCaseNumber], isError: true)
                break
            }
            if k.isOpen {
                state.fieldForm = FieldForm(purpose: .closeCase(number: number), title: s.text(.formCloseCase, number), fields: [
                    .init(s[.fieldClosed], s.date(state.today), maxLength: TextLimits.date, replaceOnType: true),
                    .init(s[.fieldReason], maxLength: TextLimits.reason),
                ])
            } else {
                // Reopening takes no words: it is undone with u, and the status says what it did.
                var changed = family
                editCase(&changed, number) { c in
                    c.status = .open
                    c.closed = nil
                    c.closeReason = nil
                }
                change(&state, changed, source: source, message: s.text(.caseReopened, number, k.closed.map(s.date) ?? "–"))
            }
        case .recordEdit:
            switch item {
            case .family?:
                let p = family.contactPreference
                state.fieldForm = FieldForm(purpose: .family, title: s[.formFamily], fields: [
                    .init(s[.fieldFamilyName], family.name, maxLength: TextLimits.name),
                    .init(s[.fieldAddress], family.address ?? "", maxLength: TextLimits.address),
                    .init(s[.formChannel], s.channel(p.channel), choices: ContactChannel.allCases.map(s.channel)),
                    .init(s[.fieldHow], s.style(p.style), choices: ContactStyle.allCases.map(s.style)),
                    .init(s[.fieldNote], p.note ?? "", maxLength: TextLimits.reason),
                ])
            case .guardian(let i)? where family.guardians.indices.contains(i):
                state.fieldForm = guardianForm((i, family.guardians[i]), s)
            case .child(let id)?:
                if let child = family.children.first(where: { $0.id == id }) { state.fieldForm = childForm(child, s) }
            case .childCase(let number)?:
                if let k = family.cases.first(where: { $0.number == number }) { state.fieldForm = editCaseForm(k, state) }
            case .measure(let number, let id)?:
                if let m = family.cases.first(where: { $0.number == number })?.measures.first(where: { $0.id == id }) {
                    state.fieldForm = measureForm(m, caseNumber: number, state)
                }
            case .notes?:
                state.fieldForm = FieldForm(purpose: .notes, title: s[.formNotes], fields: [
                    .init(s[.fieldInternalNotes], family.internalNotes ?? "", maxLength: TextLimits.internalNotes),
                ])
            default:
                break
            }
        case .recordRemove:
            var changed = family
            switch item {
            case .guardian(let i)? where family.guardians.indices.contains(i):
                let removed = changed.guardians.remove(at: i)
                change(&state, changed, source: source, message: s.text(.removedUndo, removed.name))
            case .measure(let number, let id)?:
                var removed: Measure?
                editCase(&changed, number) { c in
                    if let i = c.measures.firstIndex(where: { $0.id == id }) { removed = c.measures.remove(at: i) }
                }
                if let removed {
                    change(&state, changed, source: source, message: s.text(.removedUndo, "\(removed.legalBasis) \(removed.description)"))
                }
            case .child(let id)?:
                // A child typed in by mistake can go; a child with a case cannot (a case is closed, with its
                // reason, and its history stays).
                guard let i = changed.children.firstIndex(where: { $0.id == id }) else { break }
                guard changed.children[i].cases.isEmpty else {
                    state.status = .init(text: s.text(.childHasCases, changed.children[i].name), isError: true)
                    break
                }
                let removed = changed.children.remove(at: i)
                change(&state, changed, source: source, message: s.text(.removedUndo, removed.name))
            default:
                break
            }
        default:
            break
        }
        clampDetails(&state)
        return .none
    }

    /// Changes one case, wherever it is in the family.
    static func editCase(_ family: inout Family, _ number: String, _ edit: (inout ChildCase) -> Void) {
        for ci in family.children.indices {
            for ki in family.children[ci].cases.indices where family.children[ci].cases[ki].number == number {
                edit(&family.children[ci].cases[ki])
            }
        }
    }

    static func clampDetails(_ state: inout AppState) {
        guard var details = state.details, let view = state.family else { return }
        let count = DetailsScreen.content(view.family, summary: view.summary, state: state).items.count
        details.selected = max(0, min(details.selected, count - 1))
        state.details = details
    }

    static func moveInDetails(_ state: inout AppState, by step: Int) {
        guard var details = state.details else { return }
        details.selected += step
        state.details = details
        clampDetails(&state)
    }

    // MARK: The forms

    /// The caseworkers a case can be given to: the team's active ones (or initials typed, when the team has none).
    static func caseworkerField(_ label: String, _ current: String?, _ state: AppState, allowNone: Bool = false) -> FieldForm.Field {
        let s = state.strings
        let team = state.team.caseworkers.filter(\.active).map(\.initials)
        guard !team.isEmpty else { return .init(label, current ?? "", maxLength: TextLimits.initials) }
        var choices = (allowNone ? [s[.detailsNone]] : []) + team
        if let current, !choices.contains(current) { choices.append(current) }
        let me = state.team.caseworker(state.user)?.initials
        return .init(label, current ?? (allowNone ? s[.detailsNone] : (me ?? team[0])), choices: choices)
    }

    static func newFamilyForm(_ state: AppState) -> FieldForm {
        let s = state.strings
        var cpr = FieldForm.Field(s[.fieldCPR], maxLength: 11)
        cpr.masked = true
        return FieldForm(purpose: .newFamily, title: s[.formNewFamily], fields: [
            .init(s[.fieldFamilyName], "Familien ", maxLength: TextLimits.name),
            .init(s[.fieldAddress], maxLength: TextLimits.address),
            .init(s[.fieldChildName], maxLength: TextLimits.name),
            .init(s[.fieldBirthDate], maxLength: TextLimits.date),
            cpr,
            .init(s[.fieldCaseNumber], maxLength: TextLimits.caseNumber),
            caseworkerField(s[.fieldPrimary], nil, state),
            .init(s[.fieldOpened], s.date(state.today), maxLength: TextLimits.date, replaceOnType: true),
            .init(s[.fieldLegalBases], maxLength: TextLimits.description),
            .init(s[.formChannel], s.channel(.phone), choices: ContactChannel.allCases.map(s.channel)),
            .init(s[.fieldHow], s.style(.regular), choices: ContactStyle.allCases.map(s.style)),
        ])
    }

    static func guardianForm(_ editing: (index: Int, guardian: Guardian)?, _ s: Strings) -> FieldForm {
        let g = editing?.guardian
        return FieldForm(purpose: .guardian(editing: editing?.index), title: s[.formGuardian], fields: [
            .init(s[.fieldName], g?.name ?? "", maxLength: TextLimits.name),
            .init(s[.fieldRelation], g?.relation ?? "", maxLength: TextLimits.name),
            .init(s[.fieldPhone], g?.phone ?? "", maxLength: TextLimits.phone),
            .init(s[.fieldEmail], g?.email ?? "", maxLength: TextLimits.email),
        ])
    }

    static func childForm(_ child: Child?, _ s: Strings) -> FieldForm {
        // An existing CPR number is never put on the screen: the field holds it masked, and left masked it is kept.
        var cpr = FieldForm.Field(s[.fieldCPR], child?.maskedCPR ?? "", maxLength: 11)
        cpr.masked = true
        return FieldForm(purpose: .child(editing: child?.id), title: s[.formChild], fields: [
            .init(s[.fieldName], child?.name ?? "", maxLength: TextLimits.name),
            .init(s[.fieldBirthDate], child.map { s.date($0.birthDate) } ?? "", maxLength: TextLimits.date),
            cpr,
            .init(s[.fieldSituation], child?.situation ?? "", maxLength: TextLimits.description),
        ])
    }

    static func newCaseForm(_ child: Child, _ state: AppState) -> FieldForm {
        let s = state.strings
        return FieldForm(purpose: .newCase(childID: child.id), title: s.text(.formNewCase, child.name), fields: [
            .init(s[.fieldCaseNumber], maxLength: TextLimits.caseNumber),
            caseworkerField(s[.fieldPrimary], nil, state),
            caseworkerField(s[.fieldBuddy], nil, state, allowNone: true),
            .init(s[.fieldOpened], s.date(state.today), maxLength: TextLimits.date, replaceOnType: true),
            .init(s[.fieldLegalBases], maxLength: TextLimits.description),
        ])
    }

    static func editCaseForm(_ k: ChildCase, _ state: AppState) -> FieldForm {
        let s = state.strings
        // The number can be corrected: a later export from the case system finds the case by it.
        return FieldForm(purpose: .editCase(number: k.number), title: s.text(.formEditCase, k.number), fields: [
            .init(s[.fieldCaseNumber], k.number, maxLength: TextLimits.caseNumber),
            caseworkerField(s[.fieldPrimary], k.primaryCaseworker, state),
            caseworkerField(s[.fieldBuddy], k.buddyCaseworker, state, allowNone: true),
            .init(s[.fieldOpened], s.date(k.opened), maxLength: TextLimits.date),
        ])
    }

    static func measureForm(_ m: Measure?, caseNumber: String, _ state: AppState) -> FieldForm {
        let s = state.strings
        return FieldForm(purpose: .measure(caseNumber: caseNumber, editing: m?.id), title: s.text(.formMeasure, caseNumber), fields: [
            .init(s[.fieldLegalBasis], m.map { $0.legalBasis.description } ?? "", maxLength: TextLimits.name),
            .init(s[.fieldDescription], m?.description ?? "", maxLength: TextLimits.description),
            .init(s[.fieldStarted], s.date(m?.started ?? state.today), maxLength: TextLimits.date, replaceOnType: m == nil),
            .init(s[.fieldEnded], m?.ended.map(s.date) ?? "", maxLength: TextLimits.date),
            .init(s[.fieldProvider], m?.provider ?? "", maxLength: TextLimits.name),
        ])
    }

    /// Leaving a CPR field with a valid number fills in the birth date it gives.
    static func fillBirthDateFromCPR(_ form: inout FieldForm, left index: Int, _ s: Strings) {
        guard let (cprIndex, birthIndex) = form.purpose.cprFillsBirthDate, index == cprIndex,
              case .success(let number) = CPRNumber.parse(form.fields[cprIndex].value) else { return }
        let text = s.date(number.birthDate)
        guard form.fields[birthIndex].value != text else { return }
        form.fields[birthIndex].value = text
        form.fields[birthIndex].editing.reset(to: text)
        form.dirty = true
    }
}
