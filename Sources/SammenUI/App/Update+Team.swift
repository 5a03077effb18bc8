import SammenCore

/// The team's caseworkers: add, edit (name, phone, e-mail, own target, active); the team's name, target and how
/// often a family's network meeting is held.
/// Saved through the store's team.json API; every change says what it did and `u` undoes it.
extension App {
    static func performTeam(_ state: inout AppState, _ action: Action, source: CaseloadSource) -> Command {
        let s = state.strings
        if action == .openTeam {
            state.teamView = TeamView()
            state.screen = .team
            return .none
        }
        guard var view = state.teamView else { return .none }
        if action == .back {
            state.teamView = nil
            state.screen = .leader
            return .none
        }
        if state.readOnlyReason != nil {
            state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
            return .none
        }
        let workers = state.team.caseworkers
        switch action {
        case .addCaseworker:
            state.fieldForm = caseworkerForm(nil, s)
        case .recordEdit:
            guard workers.indices.contains(view.selected) else { break }
            state.fieldForm = caseworkerForm(workers[view.selected], s)
        case .teamSettings:
            var form = FieldForm(purpose: .teamSettings, title: s[.formTeamSettings], fields: [
                .init(s[.fieldTeamName], state.team.name, maxLength: TextLimits.name),
                .init(s[.fieldTarget], "\(state.team.targetCaseload)", maxLength: 4),
                .init(s[.fieldNetworkMonths], "\(state.team.networkMeetingIntervalMonths ?? RuleSettings.defaultNetworkMeetingMonths)",
                      maxLength: 2),
            ])
            form.note = s[.networkMonthsNote]
            state.fieldForm = form
        case .grantAccess, .revokeAccess, .toggleLeader:
            performMember(&state, action, source: source)
        case .undo:
            guard let last = view.changes.last else {
                state.status = .init(text: s[.wheelNothingToUndo], isError: false)
                break
            }
            view.changes.removeLast()
            state.teamView = view
            if let step = last.member {
                undoMember(&state, step, description: last.description, source: source)
                break
            }
            do {
                var changedSince = false
                let team = try source.updateTeam { team in
                    // Only while team.json is as the change left it: a colleague's change since is never undone.
                    guard team == last.after else { changedSince = true; return }
                    team = last.before
                }
                state.adoptTeam(team)
                state.status = changedSince
                    ? .init(text: s.language.pick(da: "Kan ikke fortryde «\(last.description)»: teamet er ændret siden.",
                                                  en: "Cannot undo «\(last.description)»: the team has changed since."), isError: true)
                    : .init(text: s.text(.undone, last.description), isError: false)
            } catch {
                state.status = .init(text: s.text(.saveFailed, describe(error, in: s.language)), isError: true)
            }
        default:
            break
        }
        return .none
    }

    static func caseworkerForm(_ c: Caseworker?, _ s: Strings) -> FieldForm {
        var fields: [FieldForm.Field] = []
        // Initials are the caseworker's id in every case: set once, never changed here.
        if c == nil { fields.append(.init(s[.fieldInitials], maxLength: 6)) }
        fields += [
            .init(s[.fieldName], c?.name ?? "", maxLength: TextLimits.name),
            .init(s[.fieldPhone], c?.phone ?? "", maxLength: TextLimits.phone),
            .init(s[.fieldEmail], c?.email ?? "", maxLength: TextLimits.email),
            .init(s[.fieldTarget], c?.targetCaseload.map { "\($0)" } ?? "", maxLength: 4),
            .init(s[.fieldActive], c?.active == false ? s[.answerNo] : s[.answerYes], choices: [s[.answerYes], s[.answerNo]]),
        ]
        return FieldForm(purpose: .caseworker(editing: c?.initials), title: c.map { "\(s[.formCaseworker]) \($0.initials)" } ?? s[.formCaseworker],
                         fields: fields)
    }

    static func submitTeam(_ state: inout AppState, _ form: FieldForm, source: CaseloadSource) -> String? {
        let s = state.strings
        let message: String
        var change: (inout Team) throws -> Void
        switch form.purpose {
        case .caseworker(let editing):
            let offset = editing == nil ? 1 : 0
            let initials = editing ?? form.value(0).uppercased()
            if editing == nil {
                guard (2...6).contains(initials.count), initials.allSatisfy({ $0.isLetter || $0.isNumber }) else { return s[.initialsInvalid] }
                if let other = state.team.caseworker(initials) { return s.text(.initialsTaken, initials, other.name) }
            }
            let name = form.value(offset)
            guard !name.isEmpty else { return s[.needsName] }
            var email: String?
            if !form.value(offset + 2).isEmpty {
                switch EmailAddress.parse(form.value(offset + 2)) {
                case .success(let address): email = address.address
                case .failure(let problem): return s.text(.emailInvalid, problem.phrase.text(in: s.language))
                }
            }
            var target: Int?
            if !form.value(offset + 3).isEmpty {
                guard let n = Int(form.value(offset + 3)), (0...999).contains(n) else { return s[.targetInvalid] }
                target = n
            }
            let phone = form.value(offset + 1).isEmpty ? nil : form.value(offset + 1)
            let active = form.value(offset + 4) != s[.answerNo]
            change = { team in
                if let i = team.caseworkers.firstIndex(where: { $0.initials == initials }) {
                    team.caseworkers[i].name = name
                    team.caseworkers[i].phone = phone
                    team.caseworkers[i].email = email
                    team.caseworkers[i].targetCaseload = target
                    team.caseworkers[i].active = active
                } else {
                    var worker = Caseworker(initials: initials, name: name, email: email, phone: phone, active: active)
                    worker.targetCaseload = target
                    team.caseworkers.append(worker)
                }
            }
            message = editing == nil ? s.text(.caseworkerAdded, "\(initials) \(name)") : s.text(.caseworkerChanged, "\(initials) \(name)")
        case .teamSettings:
            guard !form.value(0).isEmpty else { return s[.needsName] }
            guard let target = Int(form.value(1)), (1...999).contains(target) else { return s[.targetInvalid] }
            // 0 turns the network meetings off; the model's text knows one municipality's 6 months, so up to two
            // years is a choice and more is a slip of a finger.
            guard let months = Int(form.value(2)), (0...24).contains(months) else { return s[.networkMonthsInvalid] }
            let name = form.value(0)
            change = { team in
                team.name = name
                team.targetCaseload = target
                // A team that never chose keeps "absent" while the default is what it typed.
                if team.networkMeetingIntervalMonths != nil || months != RuleSettings.defaultNetworkMeetingMonths {
                    team.networkMeetingIntervalMonths = months
                }
            }
            message = s[.teamSettingsSaved]
        default:
            return nil
        }
        do {
            let before = state.team
            let team = try source.updateTeam(change)
            state.adoptTeam(team)
            state.fieldForm = nil
            state.teamView?.changes.append(TeamChange(before: before, after: team, description: withoutUndoHint(message, s)))
            state.status = .init(text: message, isError: false)
            return nil
        } catch {
            return s.text(.saveFailed, describe(error, in: s.language))
        }
    }

    static func moveInTeam(_ state: inout AppState, by step: Int) {
        guard var view = state.teamView else { return }
        view.selected = max(0, min(state.team.caseworkers.count - 1, view.selected + step))
        state.teamView = view
    }
}
