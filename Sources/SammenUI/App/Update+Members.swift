import SammenCore

/// Who has access to a team store, from the team screen: team.json's members (login → initials, leader). The same
/// rules as `sammen team add/remove`: only root or a leader; the store checks again under its lock. Taking access
/// away and changing who leads ask first; every change says what it did, and `u` undoes it by the opposite change.
extension App {
    /// The member (login) of the selected caseworker, if it has one.
    static func selectedMember(_ state: AppState) -> TeamMember? {
        let workers = state.team.caseworkers
        guard let view = state.teamView, workers.indices.contains(view.selected) else { return nil }
        return state.team.members.first { $0.initials == workers[view.selected].initials }
    }

    static func performMember(_ state: inout AppState, _ action: Action, source: CaseloadSource) {
        let s = state.strings
        guard source.mayManageTeam else {
            state.status = .init(text: s[.accessOnlyLeader], isError: true)
            return
        }
        switch action {
        case .grantAccess:
            // Prefilled for the selected caseworker when it has no login yet: the usual case is a new colleague.
            let workers = state.team.caseworkers
            let selected = state.teamView.flatMap { workers.indices.contains($0.selected) ? workers[$0.selected] : nil }
            let free = selected.flatMap { c in state.team.members.contains { $0.initials == c.initials } ? nil : c }
            state.fieldForm = FieldForm(purpose: .member, title: s[.formMember], fields: [
                .init(s[.fieldLogin], maxLength: 32),
                .init(s[.fieldInitials], free?.initials ?? "", maxLength: 6),
                .init(s[.fieldNameIfNew], free?.name ?? "", maxLength: TextLimits.name),
                .init(s[.fieldLeader], s[.answerNo], choices: [s[.answerNo], s[.answerYes]]),
            ])
        case .revokeAccess, .toggleLeader:
            guard let member = selectedMember(state) else {
                state.status = .init(text: s[.accessNoLogin], isError: true)
                return
            }
            state.overlay = .confirmMember(MemberQuestion(member: member, change: action == .revokeAccess ? .remove : .leader(!member.leader)))
        default:
            break
        }
    }

    /// The answer to the question: j/y makes the change, n/Esc changes nothing.
    static func answerMember(_ state: inout AppState, _ question: MemberQuestion, _ key: Key, source: CaseloadSource) {
        let s = state.strings
        if [.character("n"), .character("N"), .escape].contains(key) {
            state.overlay = nil
            state.status = .init(text: s[.nothingChanged], isError: false)
            return
        }
        guard [.character("j"), .character("J"), .character("y"), .character("Y")].contains(key) else { return }
        state.overlay = nil
        let member = question.member
        switch question.change {
        case .remove:
            applyMember(&state, .removed(member), message: s.text(.accessRevoked, member.login, member.initials), source: source) {
                try source.removeMember(login: member.login)
            }
        case .leader(let now):
            applyMember(&state, .leader(login: member.login, now: now),
                        message: s.text(now ? .leaderMade : .leaderUnmade, member.login, member.initials), source: source) {
                try source.setLeader(login: member.login, leader: now)
            }
        }
    }

    /// The form for a new member: checked here for what the screen can say at once, then by the store.
    static func submitMember(_ state: inout AppState, _ form: FieldForm, source: CaseloadSource) -> String? {
        let s = state.strings
        let login = form.value(0)
        guard !login.isEmpty, login.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            return s[.loginInvalid]
        }
        let initials = form.value(1).uppercased()
        guard (1...6).contains(initials.count), initials.allSatisfy({ $0.isLetter || $0.isNumber }) else { return s[.memberInitialsInvalid] }
        let name = form.value(2).isEmpty ? nil : form.value(2)
        let leader = form.value(3) == s[.answerYes]
        let member = TeamMember(login: login, initials: initials, leader: leader)
        let message = s.text(leader ? .accessGrantedLeader : .accessGranted, login, initials)
        var failure: String?
        applyMember(&state, .added(member), message: message, source: source, failed: { failure = $0 }) {
            try source.addMember(login: login, initials: initials, name: name, leader: leader)
        }
        if failure == nil { state.fieldForm = nil }
        return failure
    }

    /// Makes one member change through the source and keeps it for `u`; says what changed, or why not.
    static func applyMember(_ state: inout AppState, _ step: MemberStep, message: String, source: CaseloadSource,
                            failed: ((String) -> Void)? = nil, _ change: () throws -> Team) {
        let s = state.strings
        let before = state.team
        do {
            let team = try change()
            state.team = team
            state.teamView?.changes.append(TeamChange(before: before, after: team, description: withoutUndoHint(message, s), member: step))
            state.status = .init(text: message, isError: false)
        } catch {
            let words = s.text(.saveFailed, describe(error, in: s.language))
            if let failed { failed(words) } else { state.status = .init(text: words, isError: true) }
        }
    }

    /// `u` on a member change: the opposite change, under the same rules (the store may refuse it, and says why).
    static func undoMember(_ state: inout AppState, _ step: MemberStep, description: String, source: CaseloadSource) {
        let s = state.strings
        do {
            switch step {
            case .added(let member):
                state.team = try source.removeMember(login: member.login)
            case .removed(let member):
                state.team = try source.addMember(login: member.login, initials: member.initials, name: nil, leader: member.leader)
            case .leader(let login, let now):
                state.team = try source.setLeader(login: login, leader: !now)
            }
            state.status = .init(text: s.text(.undone, description), isError: false)
        } catch {
            state.status = .init(text: s.text(.saveFailed, describe(error, in: s.language)), isError: true)
        }
    }
}
