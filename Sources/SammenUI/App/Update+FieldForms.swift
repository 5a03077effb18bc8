import Foundation
import SammenCore

/// Field forms: the keys inside one, and where a submitted form goes. The record's and the team's forms are
/// applied by their own files (submitDetails, submitTeam); a meeting's forms (a new meeting, a participant, a
/// card, an agreement, a rating, the brief, the notes) are applied here. Esc asks before dropping typed text; a
/// submitted form is saved at once, and `u` undoes it.
extension App {
    static func fieldFormKey(_ state: inout AppState, _ key: Key, source: CaseloadSource) -> Command {
        guard var form = state.fieldForm else { return .none }
        switch key {
        case .escape:
            if form.dirty { state.overlay = .confirmDiscard } else { state.fieldForm = nil }
            return .none
        case .control("c"):
            if form.dirty { state.overlay = .confirmQuit; return .none }
            return .quit
        case .tab, .down:
            fillBirthDateFromCPR(&form, left: form.focus, state.strings)
            form.moveFocus(by: 1)
        case .backTab, .up:
            fillBirthDateFromCPR(&form, left: form.focus, state.strings)
            form.moveFocus(by: -1)
        case .left: form.left()
        case .right: form.right()
        case .home, .control("a"): form.home()
        case .end, .control("e"): form.end()
        case .backspace: form.backspace()
        case .delete, .control("d"): form.delete()
        case .enter, .control("s"):
            if form.purpose == .importFile { return submitImportFile(&state, form) }
            if let error = submit(&state, form, source: source) {
                form.error = error
                state.fieldForm = form
            }
            return .none
        case .character(let c): form.type(c)
        default: break
        }
        state.fieldForm = form
        return .none
    }

    /// Applies a finished form; returns what is wrong instead when it cannot.
    static func submit(_ state: inout AppState, _ form: FieldForm, source: CaseloadSource) -> String? {
        let s = state.strings
        switch form.purpose {
        case .newFamily, .family, .guardian, .child, .newCase, .editCase, .measure, .closeCase, .notes, .abandonGoal, .reconsider:
            return submitDetails(&state, form, source: source)
        case .caseworker, .teamSettings:
            return submitTeam(&state, form, source: source)
        case .member:
            return submitMember(&state, form, source: source)
        default: break
        }
        guard var view = state.family else { return nil }
        if state.screen == .record { return submitRecord(&state, form, source: source) }
        func nextID(_ prefix: String, _ taken: [String]) -> String {
            var n = taken.count + 1
            while taken.contains("\(prefix)\(n)") { n += 1 }
            return "\(prefix)\(n)"
        }
        if form.purpose == .newMeeting {
            guard let date = LocalDate(lenient: form.value(0)) else { return s.text(.formInvalidDate, form.value(0)) }
            let kind = MeetingKind.allCases.first { meetingKindName($0, s) == form.value(1) } ?? .network
            let method: MeetingMethod = form.value(2) == s[.methodSignsOfSafety] ? .signsOfSafety : .loft
            var meeting = Meeting(id: nextID("m", view.family.meetings.map(\.id)), date: date, kind: kind, method: method,
                                  wellbeingWording: form.value(3) == s[.wordingWellbeing])
            // The parents and the caseworker are there from the start.
            for guardian in view.family.guardians {
                meeting.participants.append(Participant(id: "p\(meeting.participants.count + 1)", name: guardian.name,
                                                        role: guardian.relation, email: guardian.email))
            }
            if let me = state.team.caseworker(state.user) {
                meeting.participants.append(Participant(id: "p\(meeting.participants.count + 1)", name: me.name,
                                                        role: "sagsbehandler", email: me.email))
            }
            state.fieldForm = nil
            view.family.meetings.append(meeting)
            state.family = view
            save(&state, view.family, source: source, message: s[.meetingCreated])
            openBoard(&state, meeting)
            return nil
        }
        guard let board = state.board, let meeting = view.family.meetings.first(where: { $0.id == board.meetingID }) else { return nil }
        var changed = meeting
        let participantID = { (name: String) in meeting.participants.first { $0.name == name }?.id ?? meeting.participants.first?.id ?? "" }
        switch form.purpose {
        case .participant:
            let picked = candidates(view.family, for: meeting, s).first { $0.label == form.value(0) }
            var name = form.value(1), email = form.value(4)
            var role = ParticipantRoles.stored(form.value(2))
            if role == ParticipantRoles.other.da, !form.value(3).isEmpty { role = form.value(3) }
            // A person picked from the list comes with their name, role and address unless others are typed.
            if let picked, name.isEmpty {
                name = picked.name
                if form.value(3).isEmpty { role = picked.role }
                if email.isEmpty { email = picked.email ?? "" }
            }
            guard !name.isEmpty else { return s[.needsWhatWho] }
            changed.participants.append(Participant(id: nextID("p", meeting.participants.map(\.id)), name: name,
                                                    role: role, email: email.isEmpty ? nil : email))
            state.fieldForm = nil
            commitMeeting(&state, changed, source: source, message: s.text(.participantAdded, name))
        case let .card(column, editing):
            guard !form.value(0).isEmpty else { return s[.needsWords] }
            let kind = form.fields.count > 2
                ? SafetyCardKind.allCases.first { safetyKindName($0, s) == form.value(2) } : nil
            if let editing, let i = changed.cards.firstIndex(where: { $0.id == editing }) {
                changed.cards[i].text = form.value(0)
                changed.cards[i].author = participantID(form.value(1))
                changed.cards[i].safetyKind = kind
            } else {
                changed.cards.append(BoardCard(id: nextID("k", meeting.cards.map(\.id)), column: column, text: form.value(0),
                                               author: participantID(form.value(1)), safetyKind: kind))
            }
            state.fieldForm = nil
            commitMeeting(&state, changed, source: source, message: s[.cardSaved])
            if editing == nil, var b = state.board {
                b.card = BoardView.cards(changed, column).count - 1
                state.board = b
            }
        case .agreement(let editing):
            guard !form.value(0).isEmpty, !form.value(1).isEmpty else { return s[.needsWhatWho] }
            guard let due = LocalDate(lenient: form.value(2)) else { return s.text(.formInvalidDate, form.value(2)) }
            let text = "\(form.value(0)) — \(form.value(1)), \(s.date(due))"
            let id = editing ?? nextID("ag", meeting.cards.map(\.id) + meeting.agreements.map(\.id))
            let agreement = Agreement(id: id, what: form.value(0), who: form.value(1), due: due)
            changed.agreements.removeAll { $0.id == id }
            changed.agreements.append(agreement)
            if let i = changed.cards.firstIndex(where: { $0.id == id }) {
                changed.cards[i].text = text
                changed.cards[i].author = participantID(form.value(3))
            } else {
                changed.cards.append(BoardCard(id: id, column: .agreements, text: text, author: participantID(form.value(3))))
            }
            state.fieldForm = nil
            commitMeeting(&state, changed, source: source, message: s[.cardSaved])
        case .rating:
            guard let value = Int(form.value(0)), (0...10).contains(value) else { return s[.ratingRange] }
            guard meeting.participants.indices.contains(board.turn) else { return s[.needsParticipant] }
            let speaker = meeting.participants[board.turn]
            changed.ratings.removeAll { $0.participant == speaker.id }
            changed.ratings.append(Rating(participant: speaker.id, value: value))
            state.fieldForm = nil
            commitMeeting(&state, changed, source: source, message: s.text(.ratingSaved, speaker.name, "\(value)"))
        case .brief:
            // Empty words remove it: the summary then has no «Kort fortalt» section.
            let words = form.value(0).trimmingCharacters(in: .whitespacesAndNewlines)
            changed.summary = words.isEmpty ? nil : words
            state.fieldForm = nil
            commitMeeting(&state, changed, source: source, message: s[words.isEmpty ? .briefCleared : .briefSaved])
        case .meetingNotes:
            let words = form.value(0).trimmingCharacters(in: .whitespacesAndNewlines)
            changed.internalNotes = words.isEmpty ? nil : words
            state.fieldForm = nil
            commitMeeting(&state, changed, source: source, message: s[words.isEmpty ? .meetingNotesCleared : .meetingNotesSaved])
        case .importFile, .newMeeting, .preference, .voice, .actor, .goal, .subGoal, .revision, .challenge, .action, .complaint, .step,
             .newFamily, .family, .guardian, .child, .newCase, .editCase, .measure, .closeCase, .notes, .abandonGoal, .reconsider,
             .caseworker, .teamSettings, .member:
            break
        }
        return nil
    }
}
