import SammenCore

/// The family record's keys: add, edit, status, sub-goals, revisions, actions, complaints, buddies and
/// transition steps. Every change is saved at once through the store.
extension App {
    static func performRecord(_ state: inout AppState, _ action: Action, source: CaseloadSource) -> Command {
        let s = state.strings
        guard let view = state.family else { return .none }
        if action == .openRecord {
            state.record = RecordView()
            state.screen = .record
            return .none
        }
        guard let record = state.record else { return .none }
        if state.readOnlyReason != nil {
            state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
            return .none
        }
        let family = view.family
        let items = RecordTabs.content(record.tab, family: family, summary: view.summary, state: state).items
        let item = items.indices.contains(record.selected) ? items[record.selected].item : nil
        let children = family.children.map(\.name)
        let today = s.date(state.today)

        switch (action, record.tab) {
        case (.recordAdd, .involvement):
            guard !children.isEmpty else { break }
            state.fieldForm = FieldForm(purpose: .voice, title: s[.formVoice], fields: [
                .init(s[.fieldChild], children[0], choices: children),
                .init(s[.fieldHow], s.voiceMethod(.conversation), choices: ChildVoiceMethod.allCases.map(s.voiceMethod)),
                .init(s[.fieldSaid], maxLength: 500), .init(s[.fieldDate], today, maxLength: 10, replaceOnType: true),
            ])
        case (.recordEdit, .involvement) where item == .preference:
            let p = family.contactPreference
            state.fieldForm = FieldForm(purpose: .preference, title: s[.preferenceHeading], fields: [
                .init(s[.formChannel], s.channel(p.channel), choices: ContactChannel.allCases.map(s.channel)),
                .init(s[.fieldHow], s.style(p.style), choices: ContactStyle.allCases.map(s.style)),
                .init(s[.fieldNote], p.note ?? "", maxLength: 200),
            ])
        case (.recordAdd, .network):
            state.fieldForm = actorForm(nil, s)
        case (.recordEdit, .network), (.recordEdit, .involvement):
            if case .actor(let id)? = item, let actor = family.network.first(where: { $0.id == id }) {
                state.fieldForm = actorForm(actor, s)
            }
        case (.recordStatus, .network), (.recordStatus, .involvement):
            guard case .actor(let id)? = item else { break }
            var changed = family
            if let i = changed.network.firstIndex(where: { $0.id == id }) {
                changed.network[i].coordinatedBy = changed.network[i].coordinatedBy == .family ? .caseworker : .family
                let who = changed.network[i].coordinatedBy == .family ? s[.contractFamily] : s[.contractCaseworker]
                change(&state, changed, source: source, message: s.text(.coordinationChanged, changed.network[i].organisation, who))
            }
        case (.recordRemove, .network):
            guard case .actor(let id)? = item else { break }
            guard let position = family.network.firstIndex(where: { $0.id == id }) else { break }
            var changed = family
            let removed = changed.network.remove(at: position)
            change(&state, changed, source: source, message: s[.actorRemoved], undoneMessage: s.text(.actorRestored, removed.organisation))
        case (.recordAdd, .goals):
            state.fieldForm = FieldForm(purpose: .goal, title: s[.formGoal], fields: [
                .init(s[.fieldTitle], maxLength: 200),
                .init(s[.fieldHorizon], s[.goalShort], choices: [s[.goalShort], s[.goalLong]]),
                .init(s[.smartSpecific]), .init(s[.smartMeasurable]), .init(s[.smartAccepted]), .init(s[.smartRealistic]),
                .init(s[.smartDeadline], "", maxLength: 10),
                .init(s[.fieldOwnerName], s[.contractFamily], choices: [s[.contractFamily], s[.contractCaseworker]] + family.network.map(\.organisation)),
            ])
        case (.recordSubGoal, .goals):
            guard case .goal(let id)? = item else { break }
            state.fieldForm = FieldForm(purpose: .subGoal(goalID: id), title: s[.formSubGoal], fields: [
                .init(s[.fieldTitle], maxLength: 200),
                .init(s[.fieldOwnerName], s[.contractFamily], choices: [s[.contractFamily], s[.contractCaseworker]] + family.network.map(\.organisation)),
                .init(s[.smartDeadline], "", maxLength: 10),
            ])
        case (.recordEdit, .goals):
            guard case .goal(let id)? = item, let goal = family.goals.first(where: { $0.id == id }) else { break }
            state.fieldForm = FieldForm(purpose: .revision(goalID: id), title: s[.formRevision], fields: [
                .init(s[.fieldTitle], goal.title, maxLength: 200), .init(s[.smartSpecific], goal.smart.specific),
                .init(s[.smartMeasurable], goal.smart.measurable), .init(s[.smartAccepted], goal.smart.acceptedBy),
                .init(s[.smartRealistic], goal.smart.realistic), .init(s[.smartDeadline], goal.smart.deadline.map(s.date) ?? "", maxLength: 10),
                .init(s[.fieldReason], maxLength: 300),
            ])
        case (.recordStatus, .goals):
            guard case .goal(let id)? = item, let i = family.goals.firstIndex(where: { $0.id == id }) else { break }
            var changed = family
            let all = GoalStatus.allCases
            let next = all[((all.firstIndex(of: changed.goals[i].status) ?? 0) + 1) % all.count]
            if next == .abandoned {
                // A goal is not given up with one key: the reason is asked for and kept with the goal's history.
                state.fieldForm = FieldForm(purpose: .abandonGoal(goalID: id), title: s[.formAbandonGoal], fields: [
                    .init(s[.fieldReason], maxLength: TextLimits.reason),
                ])
                break
            }
            changed.goals[i].status = next
            change(&state, changed, source: source, message: s.text(.withUndo, "\(changed.goals[i].title): \(s.goalStatus(next))"))
        case (.recordAdd, .collaboration):
            state.fieldForm = FieldForm(purpose: .challenge, title: s[.formChallenge], fields: [
                .init(s[.fieldParties], "Forældrene, Sagsbehandler", maxLength: 200),
                .init(s[.fieldAbout], s.topic(.process), choices: ChallengeTopic.allCases.map(s.topic)),
                .init(s[.fieldExplicit], s[.explicitYes], choices: [s[.explicitYes], s[.explicitNo]]),
                .init(s[.fieldDescription], maxLength: 500), .init(s[.fieldDate], today, maxLength: 10, replaceOnType: true),
            ])
        case (.recordAction, .collaboration):
            guard case .challenge(let id)? = item else { break }
            state.fieldForm = FieldForm(purpose: .action(challengeID: id), title: s[.formAction], fields: [
                .init(s[.fieldActionKind], s.actionKind(.dialogue), choices: ChallengeActionKind.allCases.map(s.actionKind)),
                .init(s[.fieldNote], maxLength: 300), .init(s[.fieldDate], today, maxLength: 10, replaceOnType: true),
            ])
        case (.recordComplaint, .collaboration):
            state.fieldForm = FieldForm(purpose: .complaint, title: s[.formComplaint], fields: [
                .init(s[.fieldAbout], maxLength: 300), .init(s[.fieldReceived], today, maxLength: 10, replaceOnType: true),
                .init(s[.fieldCase], family.cases.first?.number ?? "", choices: family.cases.map(\.number)),
            ])
        case (.recordStatus, .collaboration):
            var changed = family
            if case .challenge(let id)? = item, let i = changed.challenges.firstIndex(where: { $0.id == id }) {
                let all = ChallengeStatus.allCases
                changed.challenges[i].status = all[((all.firstIndex(of: changed.challenges[i].status) ?? 0) + 1) % all.count]
                change(&state, changed, source: source, message: s.text(.withUndo, s.challengeStatus(changed.challenges[i].status)))
            } else if case .complaint(let id)? = item, let i = changed.complaints.firstIndex(where: { $0.id == id }),
                      changed.complaints[i].reconsidered == nil {
                // The reconsideration is a legal fact: its date and outcome are asked for, not set by one key.
                state.fieldForm = FieldForm(purpose: .reconsider(complaintID: id), title: s[.formReconsider], fields: [
                    .init(s[.fieldDate], s.date(state.today), maxLength: TextLimits.date, replaceOnType: true),
                    .init(s[.fieldOutcome], outcomeName(.sentToAppealsBoard, s), choices: ComplaintOutcome.allCases.map { outcomeName($0, s) }),
                ])
            }
        case (.recordStatus, .buddy):
            var changed = family
            if case .caseBuddy(let number)? = item {
                for ci in changed.children.indices {
                    for ki in changed.children[ci].cases.indices where changed.children[ci].cases[ki].number == number {
                        let primary = changed.children[ci].cases[ki].primaryCaseworker
                        let choices: [String?] = [nil] + state.team.caseworkers.filter { $0.active && $0.initials != primary }.map(\.initials)
                        let current = choices.firstIndex(of: changed.children[ci].cases[ki].buddyCaseworker) ?? 0
                        let next = choices[(current + 1) % choices.count]
                        let old = changed.children[ci].cases[ki].buddyCaseworker
                        changed.children[ci].cases[ki].buddyCaseworker = next
                        change(&state, changed, source: source,
                               message: s.text(.buddyChanged, number, old ?? s[.detailsNone], next ?? s[.detailsNone]))
                    }
                }
            } else if case let .step(childID, stepID)? = item,
                      let ci = changed.children.firstIndex(where: { $0.id == childID }),
                      let si = changed.children[ci].transitionSteps.firstIndex(where: { $0.id == stepID }) {
                changed.children[ci].transitionSteps[si].done = changed.children[ci].transitionSteps[si].done == nil ? state.today : nil
                let step = changed.children[ci].transitionSteps[si]
                change(&state, changed, source: source, message: s.text(.withUndo, "\(step.title): \(step.done.map { "✓ " + s.date($0) } ?? "○")"))
            }
        case (.recordPrimary, .buddy):
            // At a handover the family gets a new primary caseworker; the buddy, if any, stays.
            guard case .caseBuddy(let number)? = item else { break }
            var changed = family
            for ci in changed.children.indices {
                for ki in changed.children[ci].cases.indices where changed.children[ci].cases[ki].number == number {
                    let k = changed.children[ci].cases[ki]
                    let choices = state.team.caseworkers.filter { $0.active && $0.initials != k.buddyCaseworker }.map(\.initials)
                    guard !choices.isEmpty else { break }
                    let next = choices[((choices.firstIndex(of: k.primaryCaseworker) ?? -1) + 1) % choices.count]
                    changed.children[ci].cases[ki].primaryCaseworker = next
                    change(&state, changed, source: source, message: s.text(.primaryChanged, number, k.primaryCaseworker, next))
                }
            }
        case (.recordAdd, .buddy):
            var childID: String?
            if case .child(let id)? = item { childID = id }
            if case .step(let id, _)? = item { childID = id }
            guard let childID else { break }
            state.fieldForm = FieldForm(purpose: .step(childID: childID), title: s[.formStep], fields: [
                .init(s[.fieldTitle], maxLength: 200), .init(s[.smartDeadline], "", maxLength: 10),
            ])
        default:
            break
        }
        return .none
    }

    static func actorForm(_ actor: NetworkActor?, _ s: Strings) -> FieldForm {
        FieldForm(purpose: .actor(editing: actor?.id), title: s[.formActor], fields: [
            .init(s[.fieldRole], s.role(actor?.role ?? .school), choices: ActorRole.allCases.map(s.role)),
            .init(s[.fieldOrganisation], actor?.organisation ?? "", maxLength: 120),
            .init(s[.fieldContactName], actor?.contactName ?? "", maxLength: 120),
            .init(s[.fieldPhone], actor?.phone ?? "", maxLength: 40),
            .init(s[.fieldEmail], actor?.email ?? "", maxLength: 120),
            .init(s[.fieldCloseness], "\(actor?.closeness ?? 2)", choices: ["1", "2", "3"]),
            .init(s[.fieldCoordinates], actor?.coordinatedBy == .family ? s[.contractFamily] : s[.contractCaseworker],
                  choices: [s[.contractCaseworker], s[.contractFamily]]),
        ])
    }

    /// Applies a finished record form; returns what is wrong instead when it cannot.
    static func submitRecord(_ state: inout AppState, _ form: FieldForm, source: CaseloadSource) -> String? {
        let s = state.strings
        guard let view = state.family else { return nil }
        var family = view.family
        func nextID(_ prefix: String, _ taken: [String]) -> String {
            var n = taken.count + 1
            while taken.contains("\(prefix)\(n)") { n += 1 }
            return "\(prefix)\(n)"
        }
        func optionalDate(_ index: Int) -> Result<LocalDate?, FormError> {
            let text = form.value(index)
            if text.isEmpty { return .success(nil) }
            guard let date = LocalDate(lenient: text) else { return .failure(FormError(s.text(.formInvalidDate, text))) }
            return .success(date)
        }
        func owner(_ text: String) -> Responsible {
            if text == s[.contractFamily] { return Responsible(kind: .family) }
            if text == s[.contractCaseworker] { return Responsible(kind: .caseworker, name: state.team.caseworker(state.user)?.name) }
            return Responsible(kind: .partner, name: text)
        }
        let by = state.team.caseworker(state.user)?.initials ?? state.user

        switch form.purpose {
        case .preference:
            family.contactPreference = ContactPreference(
                channel: ContactChannel.allCases.first { s.channel($0) == form.value(0) } ?? .phone,
                style: ContactStyle.allCases.first { s.style($0) == form.value(1) } ?? .regular,
                note: form.value(2).isEmpty ? nil : form.value(2))
        case .voice:
            guard !form.value(2).isEmpty else { return s[.needsText] }
            guard case .success(let date?) = optionalDate(3) else { return s.text(.formInvalidDate, form.value(3)) }
            let child = family.children.first { $0.name == form.value(0) } ?? family.children[0]
            family.childVoices.append(ChildVoice(id: nextID("v", family.childVoices.map(\.id)), childID: child.id, date: date,
                                                 method: ChildVoiceMethod.allCases.first { s.voiceMethod($0) == form.value(1) } ?? .conversation,
                                                 said: form.value(2), by: by))
        case .actor(let editing):
            guard !form.value(1).isEmpty else { return s[.needsText] }
            var actor = editing.flatMap { id in family.network.first { $0.id == id } }
                ?? NetworkActor(id: nextID("n", family.network.map(\.id)), role: .other, organisation: "")
            actor.role = ActorRole.allCases.first { s.role($0) == form.value(0) } ?? .other
            actor.organisation = form.value(1)
            actor.contactName = form.value(2).isEmpty ? nil : form.value(2)
            actor.phone = form.value(3).isEmpty ? nil : form.value(3)
            actor.email = form.value(4).isEmpty ? nil : form.value(4)
            actor.closeness = Int(form.value(5)) ?? 2
            actor.coordinatedBy = form.value(6) == s[.contractFamily] ? .family : .caseworker
            family.network.removeAll { $0.id == actor.id }
            family.network.append(actor)
        case .goal:
            guard !form.value(0).isEmpty else { return s[.needsText] }
            guard case .success(let deadline) = optionalDate(6) else { return s.text(.formInvalidDate, form.value(6)) }
            family.goals.append(Goal(id: nextID("g", family.goals.map(\.id)), title: form.value(0),
                                     horizon: form.value(1) == s[.goalLong] ? .long : .short,
                                     smart: SMART(specific: form.value(2), measurable: form.value(3), acceptedBy: form.value(4),
                                                  realistic: form.value(5), deadline: deadline),
                                     owner: owner(form.value(7)), status: .inProgress, created: state.today))
        case .subGoal(let goalID):
            guard !form.value(0).isEmpty else { return s[.needsText] }
            guard case .success(let deadline) = optionalDate(2) else { return s.text(.formInvalidDate, form.value(2)) }
            guard let i = family.goals.firstIndex(where: { $0.id == goalID }) else { return nil }
            family.goals[i].subGoals.append(SubGoal(id: nextID("d", family.goals[i].subGoals.map(\.id)), title: form.value(0),
                                                    owner: owner(form.value(1)), deadline: deadline))
        case .revision(let goalID):
            guard !form.value(0).isEmpty, !form.value(6).isEmpty else { return s[.needsText] + " (\(s[.fieldReason]))" }
            guard case .success(let deadline) = optionalDate(5) else { return s.text(.formInvalidDate, form.value(5)) }
            guard let i = family.goals.firstIndex(where: { $0.id == goalID }) else { return nil }
            let old = family.goals[i]
            // Every revision is kept with its date and reason, so the goal's history can be read back.
            family.goals[i].revisions.append(GoalRevision(date: state.today, reason: form.value(6), previousTitle: old.title,
                                                          previousSmart: old.smart, by: by))
            family.goals[i].title = form.value(0)
            family.goals[i].smart = SMART(specific: form.value(1), measurable: form.value(2), acceptedBy: form.value(3),
                                          realistic: form.value(4), deadline: deadline)
        case .challenge:
            guard !form.value(3).isEmpty else { return s[.needsText] }
            guard case .success(let date?) = optionalDate(4) else { return s.text(.formInvalidDate, form.value(4)) }
            family.challenges.append(CollaborationChallenge(
                id: nextID("s", family.challenges.map(\.id)), opened: date,
                between: form.value(0).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                about: ChallengeTopic.allCases.first { s.topic($0) == form.value(1) } ?? .process,
                explicit: form.value(2) == s[.explicitYes], description: form.value(3)))
        case .action(let challengeID):
            guard !form.value(1).isEmpty else { return s[.needsText] }
            guard case .success(let date?) = optionalDate(2) else { return s.text(.formInvalidDate, form.value(2)) }
            guard let i = family.challenges.firstIndex(where: { $0.id == challengeID }) else { return nil }
            family.challenges[i].actions.append(ChallengeAction(
                date: date, kind: ChallengeActionKind.allCases.first { s.actionKind($0) == form.value(0) } ?? .other, note: form.value(1)))
        case .complaint:
            guard !form.value(0).isEmpty else { return s[.needsText] }
            guard case .success(let date?) = optionalDate(1) else { return s.text(.formInvalidDate, form.value(1)) }
            family.complaints.append(Complaint(id: nextID("c", family.complaints.map(\.id)),
                                               caseNumber: form.value(2).isEmpty ? nil : form.value(2), received: date, about: form.value(0)))
        case .step(let childID):
            guard !form.value(0).isEmpty else { return s[.needsText] }
            guard case .success(let due) = optionalDate(1) else { return s.text(.formInvalidDate, form.value(1)) }
            guard let i = family.children.firstIndex(where: { $0.id == childID }) else { return nil }
            family.children[i].transitionSteps.append(TransitionStep(id: nextID("t", family.children[i].transitionSteps.map(\.id)),
                                                                     title: form.value(0), due: due))
        default:
            return nil
        }
        state.fieldForm = nil
        change(&state, family, source: source, message: s.text(.withUndo, s[.recordSaved].trimmingCharacters(in: ["."])))
        return nil
    }
}

import Foundation
