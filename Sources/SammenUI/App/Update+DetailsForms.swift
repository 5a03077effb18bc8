import SammenCore

/// What a finished details form changes. Each returns what is wrong instead, in words, when it cannot: the form
/// stays open with everything typed. Dates that cannot be true are refused with the reason (DateRules).
extension App {
    static func submitDetails(_ state: inout AppState, _ form: FieldForm, source: CaseloadSource) -> String? {
        let s = state.strings
        let language = s.language
        func notSaved(_ phrase: Phrase) -> String { s.text(.notSaved, phrase.text(in: language)) }
        func date(_ index: Int, required: Bool = true) -> Result<LocalDate?, FormError> {
            let text = form.value(index)
            if text.isEmpty {
                return required ? .failure(FormError(s.text(.formInvalidDate, text))) : .success(nil)
            }
            guard let date = LocalDate(lenient: text) else { return .failure(FormError(s.text(.formInvalidDate, text))) }
            return .success(date)
        }
        func optional(_ index: Int) -> String? { form.value(index).isEmpty ? nil : form.value(index) }
        func caseworker(_ index: Int) -> String? {
            let text = form.value(index)
            return text.isEmpty || text == s[.detailsNone] ? nil : text
        }
        func email(_ index: Int) -> Result<String?, FormError> {
            guard let text = optional(index) else { return .success(nil) }
            switch EmailAddress.parse(text) {
            case .success(let address): return .success(address.address)
            case .failure(let problem): return .failure(FormError(s.text(.emailInvalid, problem.phrase.text(in: language))))
            }
        }
        /// The child's birth date from the date field and the CPR field: either, and they must agree.
        func birth(dateIndex: Int, cprIndex: Int, keeping old: Child?) -> Result<(LocalDate, String?), FormError> {
            var cpr: String? = optional(cprIndex)
            var fromCPR: LocalDate?
            if let text = cpr {
                if let old, text == old.maskedCPR {
                    cpr = old.cpr  // left as shown: the number is kept
                    fromCPR = old.cpr.flatMap { try? CPRNumber.parse($0).get().birthDate }
                } else {
                    switch CPRNumber.parse(text) {
                    case .success(let number):
                        cpr = number.formatted
                        fromCPR = number.birthDate
                    case .failure(let error):
                        return .failure(FormError(s.text(.cprInvalid, error.phrase.text(in: language))))
                    }
                }
            }
            let typed: LocalDate?
            switch date(dateIndex, required: false) {
            case .failure(let error): return .failure(error)
            case .success(let d): typed = d
            }
            guard let born = typed ?? fromCPR else { return .failure(FormError(s[.needsBirthDate])) }
            if let fromCPR, born != fromCPR { return .failure(FormError(s.text(.cprMismatch, s.date(fromCPR), s.date(born)))) }
            if let problem = DateRules.birthDate(born, today: state.today) { return .failure(FormError(notSaved(problem.phrase))) }
            return .success((born, cpr))
        }
        func legalBases(_ index: Int) -> Result<[LegalBasis], FormError> {
            switch LegalBasisParser.parseList(form.value(index)) {
            case .success(let bases): return .success(bases)
            case .failure(let error): return .failure(FormError(s.text(.legalBasisInvalid, error.phrase.text(in: language))))
            }
        }
        func nextID(_ prefix: String, _ taken: [String]) -> String {
            var n = taken.count + 1
            while taken.contains("\(prefix)\(n)") { n += 1 }
            return "\(prefix)\(n)"
        }
        /// Where a case number is taken already: in this family or another.
        func caseNumberTaken(_ number: String, in family: Family?) -> String? {
            if let family, family.cases.contains(where: { $0.number == number }) { return s.text(.caseNumberInFamily, number) }
            if let other = state.summaries.values.first(where: { $0.id != family?.id && $0.cases.contains { $0.number == number } }) {
                return s.text(.caseNumberTaken, number, other.name)
            }
            return nil
        }
        func measures(_ bases: [LegalBasis], started: LocalDate, taken: [String]) -> [Measure] {
            var ids = taken
            return bases.map { basis in
                let id = nextID("m", ids)
                ids.append(id)
                return Measure(id: id, legalBasis: basis, description: basis.entry?.danishTitle ?? basis.description, started: started)
            }
        }
        let channel = { (text: String) in ContactChannel.allCases.first { s.channel($0) == text } ?? .phone }
        let style = { (text: String) in ContactStyle.allCases.first { s.style($0) == text } ?? .regular }

        if case .newFamily = form.purpose {
            guard !form.value(0).isEmpty, form.value(0) != "Familien", !form.value(2).isEmpty else { return s[.needsName] }
            let born: (LocalDate, String?)
            switch birth(dateIndex: 3, cprIndex: 4, keeping: nil) {
            case .failure(let error): return error.message
            case .success(let b): born = b
            }
            let number = form.value(5)
            guard !number.isEmpty else { return s[.needsCaseNumber] }
            if let taken = caseNumberTaken(number, in: nil) { return taken }
            guard let primary = caseworker(6) else { return s[.noCaseworkers] }
            guard case .success(let opened?) = date(7) else { return s.text(.formInvalidDate, form.value(7)) }
            if let problem = DateRules.caseOpened(opened, birthDate: born.0, today: state.today) { return notSaved(problem.phrase) }
            guard case .success(let bases) = legalBases(8) else {
                if case .failure(let error) = legalBases(8) { return error.message }
                return nil
            }
            let k = ChildCase(number: number, primaryCaseworker: primary, opened: opened,
                              measures: measures(bases, started: opened, taken: []))
            let child = Child(id: "c1", name: form.value(2), birthDate: born.0, cpr: born.1, cases: [k])
            // A random id that says nothing about the family (the store refuses one that exists).
            let id = Family.newID(notIn: Set(state.summaries.keys))
            let family = Family(id: id, name: form.value(0), address: optional(1), contactPreference:
                                    ContactPreference(channel: channel(form.value(9)), style: style(form.value(10))), children: [child])
            do {
                let summary = try source.create(family)
                state.fieldForm = nil
                state.replace(summary)
                state.changes.removeAll()
                state.family = AppState.FamilyView(family: family, summary: summary)
                state.details = DetailsView()
                state.screen = .details
                state.status = .init(text: s.text(.familyCreated, family.name), isError: false)
                return nil
            } catch {
                return s.text(.saveFailed, describe(error, in: language))
            }
        }

        guard let view = state.family else { return nil }
        var family = view.family
        let message: String
        switch form.purpose {
        case .family:
            guard !form.value(0).isEmpty else { return s[.needsName] }
            family.name = form.value(0)
            family.address = optional(1)
            family.contactPreference = ContactPreference(channel: channel(form.value(2)), style: style(form.value(3)), note: optional(4))
            message = s[.familySaved]
        case .guardian(let editing):
            guard !form.value(0).isEmpty else { return s[.needsName] }
            let mail: String?
            switch email(3) {
            case .failure(let error): return error.message
            case .success(let m): mail = m
            }
            let guardian = Guardian(name: form.value(0), relation: form.value(1), phone: optional(2), email: mail)
            if let editing, family.guardians.indices.contains(editing) {
                family.guardians[editing] = guardian
                message = s.text(.changedUndo, guardian.name)
            } else {
                family.guardians.append(guardian)
                message = s.text(.addedUndo, guardian.name)
            }
        case .child(let editing):
            guard !form.value(0).isEmpty else { return s[.needsName] }
            let old = editing.flatMap { id in family.children.first { $0.id == id } }
            let born: (LocalDate, String?)
            switch birth(dateIndex: 1, cprIndex: 2, keeping: old) {
            case .failure(let error): return error.message
            case .success(let b): born = b
            }
            if let old, let k = old.cases.first(where: { DateRules.caseOpened($0.opened, birthDate: born.0, today: state.today) != nil }),
               let problem = DateRules.caseOpened(k.opened, birthDate: born.0, today: state.today) {
                return notSaved(problem.phrase)
            }
            if let old, let i = family.children.firstIndex(where: { $0.id == old.id }) {
                family.children[i].name = form.value(0)
                family.children[i].birthDate = born.0
                family.children[i].cpr = born.1
                family.children[i].situation = optional(3)
                message = s.text(.changedUndo, form.value(0))
            } else {
                family.children.append(Child(id: nextID("c", family.children.map(\.id)), name: form.value(0), birthDate: born.0,
                                             cpr: born.1, situation: optional(3)))
                message = s.text(.addedUndo, form.value(0))
            }
        case .newCase(let childID):
            guard let ci = family.children.firstIndex(where: { $0.id == childID }) else { return nil }
            let number = form.value(0)
            guard !number.isEmpty else { return s[.needsCaseNumber] }
            if let taken = caseNumberTaken(number, in: family) { return taken }
            guard let primary = caseworker(1) else { return s[.noCaseworkers] }
            let buddy = caseworker(2)
            guard case .success(let opened?) = date(3) else { return s.text(.formInvalidDate, form.value(3)) }
            if let problem = DateRules.caseOpened(opened, birthDate: family.children[ci].birthDate, today: state.today) {
                return notSaved(problem.phrase)
            }
            let bases: [LegalBasis]
            switch form.value(4).isEmpty ? .success([]) : legalBases(4) {
            case .failure(let error): return error.message
            case .success(let b): bases = b
            }
            var k = ChildCase(number: number, primaryCaseworker: primary, buddyCaseworker: buddy == primary ? nil : buddy, opened: opened,
                              measures: measures(bases, started: opened, taken: family.cases.flatMap { $0.measures.map(\.id) }))
            k.status = .open
            family.children[ci].cases.append(k)
            let cadence = FamilySummary(family).cases.first { $0.number == number }?.cadence(on: state.today) ?? .threeMonths
            message = s.text(.caseCreated, number, s.cadence(cadence))
        case .editCase(let number):
            guard let old = family.cases.first(where: { $0.number == number }) else { return nil }
            let newNumber = form.value(0)
            guard !newNumber.isEmpty else { return s[.needsCaseNumber] }
            if newNumber != number, let taken = caseNumberTaken(newNumber, in: family) { return taken }
            guard let primary = caseworker(1) else { return s[.noCaseworkers] }
            let chosenBuddy = caseworker(2)
            let buddy = chosenBuddy == primary ? nil : chosenBuddy
            guard case .success(let opened?) = date(3) else { return s.text(.formInvalidDate, form.value(3)) }
            if let problem = DateRules.caseOpened(opened, birthDate: family.child(withCase: number)?.birthDate, today: state.today) {
                return notSaved(problem.phrase)
            }
            family.renumberCase(number, to: newNumber)
            editCase(&family, newNumber) { c in
                c.primaryCaseworker = primary
                c.buddyCaseworker = buddy
                c.opened = opened
            }
            // Every change is said: a corrected number, and a change of responsibility in full (who it was, who
            // it is).
            var said: [String] = []
            if newNumber != number { said.append(s.text(.caseRenumbered, number, newNumber)) }
            if old.primaryCaseworker != primary {
                said.append(withoutUndoHint(s.text(.primaryChanged, newNumber, old.primaryCaseworker, primary), s))
            }
            if old.buddyCaseworker != buddy {
                said.append(withoutUndoHint(s.text(.buddyChanged, newNumber, old.buddyCaseworker ?? s[.detailsNone], buddy ?? s[.detailsNone]), s))
            }
            message = said.isEmpty ? s.text(.changedUndo, s.text(.formEditCase, newNumber)) : s.text(.withUndo, said.joined(separator: "; "))
        case .measure(let number, let editing):
            guard family.cases.contains(where: { $0.number == number }) else { return nil }
            let basis: LegalBasis
            switch LegalBasisParser.parse(form.value(0)) {
            case .failure(let error): return s.text(.legalBasisInvalid, error.phrase.text(in: language))
            case .success(let b): basis = b
            }
            guard case .success(let started?) = date(2) else { return s.text(.formInvalidDate, form.value(2)) }
            let ended: LocalDate?
            switch date(3, required: false) {
            case .failure(let error): return error.message
            case .success(let e): ended = e
            }
            if let ended, let problem = DateRules.measureEnded(ended, started: started, today: state.today,
                                                                mustHaveHappened: basis.role == .investigation) {
                return notSaved(problem.phrase)
            }
            let description = optional(1) ?? basis.entry?.danishTitle ?? basis.description
            var measure = Measure(id: editing ?? nextID("m", family.cases.flatMap { $0.measures.map(\.id) }), legalBasis: basis,
                                  description: description, started: started, ended: ended, provider: optional(4))
            editCase(&family, number) { c in
                if let i = c.measures.firstIndex(where: { $0.id == measure.id }) {
                    measure.id = c.measures[i].id
                    c.measures[i] = measure
                } else {
                    c.measures.append(measure)
                }
            }
            // Ending an investigation is how the cadence moves: say what it is now, and, when the measure runs to
            // the end of today or a later day (its last day counts), what it becomes the day after.
            let summary = FamilySummary(family).cases.first { $0.number == number }
            let cadence = summary?.cadence(on: state.today) ?? .threeMonths
            if let ended, ended >= state.today, let after = summary?.cadence(on: ended.adding(days: 1)), after != cadence {
                message = s.text(.measureSavedCadenceMoves, "\(basis)", number, s.cadence(cadence), s.date(ended), s.cadence(after))
            } else {
                message = s.text(.measureSaved, "\(basis)", number, s.cadence(cadence))
            }
        case .closeCase(let number):
            guard let k = family.cases.first(where: { $0.number == number }) else { return nil }
            guard case .success(let closed?) = date(0) else { return s.text(.formInvalidDate, form.value(0)) }
            if closed > state.today {
                return notSaved(Phrase(da: "lukkedatoen \(closed.danish) ligger efter i dag (\(state.today.danish))",
                                       en: "the closing date \(closed.iso) is after today (\(state.today.iso))"))
            }
            if closed < k.opened {
                return notSaved(Phrase(da: "lukkedatoen \(closed.danish) ligger før sagen blev åbnet (\(k.opened.danish))",
                                       en: "the closing date \(closed.iso) is before the case was opened (\(k.opened.iso))"))
            }
            guard !form.value(1).isEmpty else { return s[.needsReason] }
            editCase(&family, number) { c in
                c.status = .closed
                c.closed = closed
                c.closeReason = form.value(1)
            }
            message = s.text(.caseClosed, number, s.date(closed))
        case .notes:
            family.internalNotes = optional(0)
            message = s[.notesSaved]
        case .abandonGoal(let goalID):
            guard let i = family.goals.firstIndex(where: { $0.id == goalID }) else { return nil }
            guard !form.value(0).isEmpty else { return s[.needsReason] }
            let goal = family.goals[i]
            // The reason is kept with the goal's history, as a revision is.
            family.goals[i].revisions.append(GoalRevision(date: state.today, reason: form.value(0), previousTitle: goal.title,
                                                          previousSmart: goal.smart, by: state.team.caseworker(state.user)?.initials ?? state.user))
            family.goals[i].status = .abandoned
            message = s.text(.goalAbandoned, goal.title, form.value(0))
        case .reconsider(let complaintID):
            guard let i = family.complaints.firstIndex(where: { $0.id == complaintID }) else { return nil }
            guard case .success(let on?) = date(0) else { return s.text(.formInvalidDate, form.value(0)) }
            let complaint = family.complaints[i]
            if on > state.today {
                return notSaved(Phrase(da: "genvurderingen den \(on.danish) ligger efter i dag (\(state.today.danish))",
                                       en: "the reconsideration on \(on.iso) is after today (\(state.today.iso))"))
            }
            if on < complaint.received {
                return notSaved(Phrase(da: "genvurderingen den \(on.danish) ligger før klagen kom (\(complaint.received.danish))",
                                       en: "the reconsideration on \(on.iso) is before the complaint came (\(complaint.received.iso))"))
            }
            let outcome = ComplaintOutcome.allCases.first { outcomeName($0, s) == form.value(1) } ?? .sentToAppealsBoard
            family.complaints[i].reconsidered = on
            family.complaints[i].outcome = outcome
            message = s.text(.complaintReconsidered, s.date(on), outcomeName(outcome, s))
        default:
            return nil
        }
        state.fieldForm = nil
        change(&state, family, source: source, message: message)
        clampDetails(&state)
        return nil
    }

    static func outcomeName(_ outcome: ComplaintOutcome, _ s: Strings) -> String {
        switch outcome {
        case .changed: return s[.outcomeChanged]
        case .sentToAppealsBoard: return s[.outcomeSent]
        case .withdrawn: return s[.outcomeWithdrawn]
        }
    }
}
