import SammenCore

/// Meetings and the board: creating a meeting, participants, cards in the participants' own words, the round,
/// ratings, agreements, undo and redo, the projector view. Every change is saved at once.
extension App {
    /// The roles offered for a participant, in the screen's language (stored in Danish: `ParticipantRoles`).
    static func roles(_ s: Strings) -> [String] { ParticipantRoles.all.map { s.language == .da ? $0.da : $0.en } }

    /// Someone who can be picked for a meeting instead of typed again, so the 0–10 scale compares the same person.
    struct Candidate {
        var label: String
        var name: String
        var role: String
        var email: String?
    }

    /// The family's parents, its network and the people of its earlier meetings, not already in `meeting`.
    /// Someone already in the meeting, or already offered, under a longer or titled name is not offered again.
    static func candidates(_ family: Family, for meeting: Meeting, _ s: Strings) -> [Candidate] {
        var seen = meeting.participants.map(\.name)
        var result: [Candidate] = []
        func add(_ name: String, _ role: String, _ email: String?, _ place: String?) {
            let clean = name.trimmingCharacters(in: .whitespaces)
            guard !clean.isEmpty, !seen.contains(where: { SamePerson.matches($0, clean) }) else { return }
            seen.append(clean)
            let shownRole = ParticipantRoles.name(role, in: s.language)
            result.append(Candidate(label: "\(clean) — \(shownRole)" + (place.map { " (\($0))" } ?? ""), name: clean, role: role, email: email))
        }
        for g in family.guardians { add(g.name, g.relation, g.email, nil) }
        for a in family.network { add(a.contactName ?? a.organisation, actorRole(a.role), a.email, a.contactName == nil ? nil : a.organisation) }
        for m in family.meetings.sorted(by: { $0.date > $1.date }) where m.id != meeting.id {
            for p in m.participants { add(p.name, p.role, p.email, nil) }
        }
        return result
    }

    /// The participant role that goes with a network actor's kind.
    static func actorRole(_ role: ActorRole) -> String {
        switch role {
        case .school: return "lærer"
        case .dayCare: return "pædagog"
        case .ppr: return "PPR"
        case .physiotherapist: return "fysioterapeut"
        case .occupationalTherapist: return "ergoterapeut"
        case .speechTherapist: return "talepædagog"
        case .healthVisitor: return "sundhedsplejerske"
        case .doctor: return "læge"
        case .familyGuide: return "familiebehandler"
        default: return "anden"
        }
    }

    static func performBoard(_ state: inout AppState, _ action: Action, source: CaseloadSource) -> Command {
        let s = state.strings
        guard let view = state.family else { return .none }

        switch state.screen {
        case .family:
            if action == .openMeetings {
                state.meetings = MeetingsView()
                state.screen = .meetings
            }
            return .none
        case .meetings:
            let list = sortedMeetings(view.family)
            switch action {
            case .open:
                guard let meetings = state.meetings, list.indices.contains(meetings.selected) else { break }
                openBoard(&state, list[meetings.selected])
            case .newMeeting:
                if state.readOnlyReason != nil {
                    state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
                    break
                }
                state.fieldForm = FieldForm(purpose: .newMeeting, title: s[.newMeetingTitle], fields: [
                    .init(s[.fieldDate], s.date(state.today), maxLength: 10, replaceOnType: true),
                    .init(s[.fieldKind], s[.meetingNetwork], choices: MeetingKind.allCases.map { meetingKindName($0, s) }),
                    .init(s[.fieldMethod], s[.methodLoft], choices: [s[.methodLoft], s[.methodSignsOfSafety]]),
                    .init(s[.fieldWording], s[.wordingWellbeing], choices: [s[.wordingWellbeing], s[.wordingSafety]]),
                ])
            case .back:
                state.meetings = nil
                state.screen = .family
            default: break
            }
            return .none
        default:
            break
        }

        guard var board = state.board, let meeting = view.family.meetings.first(where: { $0.id == board.meetingID }) else { return .none }
        let column = board.boardColumn
        let cards = BoardView.cards(meeting, column)
        let card = cards.indices.contains(board.card) ? cards[board.card] : nil
        let speaker = meeting.participants.indices.contains(board.turn) ? meeting.participants[board.turn] : nil

        // On the projector no card is marked, so a key that acts on the marked card would act on one nobody sees.
        if board.presenting, [.editCard, .deleteCard, .agreementDone, .moveCardLeft, .moveCardRight, .moveCardUp, .moveCardDown].contains(action) {
            state.status = .init(text: s[.cardsNotChangedOnProjector], isError: true)
            return .none
        }

        switch action {
        case .back:
            if board.presenting {
                board.presenting = false
                state.board = board
            } else {
                state.board = nil
                state.screen = .meetings
            }
        case .present:
            board.presenting.toggle()
            state.board = board
        case .prevColumn, .nextColumn:
            board.column = (board.column + (action == .prevColumn ? -1 : 1) + 4) % 4
            board.card = 0
            state.board = board
        case .passWord:
            guard !meeting.participants.isEmpty else {
                state.status = .init(text: s[.needsParticipant], isError: true)
                break
            }
            board.turn = (board.turn + 1) % meeting.participants.count
            state.board = board
        case .questions:
            board.showQuestions = true
            state.board = board
        case .addParticipant:
            guard state.readOnlyReason == nil else { state.status = .init(text: s[.cannotSaveReadOnly], isError: true); break }
            // Picked from the network and earlier meetings, or typed: the same person keeps the same name.
            let offered = candidates(view.family, for: meeting, s).map(\.label)
            let roleChoices = roles(s)
            var form = FieldForm(purpose: .participant, title: s[.participantTitle], fields: [
                .init(s[.participantFromNetwork], s[.participantNew], choices: [s[.participantNew]] + offered),
                .init(s[.fieldName], maxLength: 80), .init(s[.fieldRole], roleChoices[0], choices: roleChoices),
                .init(s[.fieldOtherRole], maxLength: 60), .init(s[.fieldEmail], maxLength: 120),
            ])
            form.fields[0].searchable = true
            form.note = s[.participantNote]
            state.fieldForm = form
        case .addCard, .editCard:
            guard state.readOnlyReason == nil else { state.status = .init(text: s[.cannotSaveReadOnly], isError: true); break }
            guard !meeting.participants.isEmpty else { state.status = .init(text: s[.needsParticipant], isError: true); break }
            let editing = action == .editCard ? card : nil
            if action == .editCard && editing == nil { break }
            let names = meeting.participants.map(\.name)
            let author = editing.flatMap { c in meeting.participants.first { $0.id == c.author }?.name } ?? speaker?.name ?? names[0]
            if column == .agreements {
                let agreement = editing.flatMap { c in meeting.agreements.first { $0.id == c.id } }
                state.fieldForm = FieldForm(purpose: .agreement(editing: editing?.id), title: s[.agreementTitle], fields: [
                    .init(s[.fieldWhat], agreement?.what ?? editing?.text ?? ""),
                    .init(s[.fieldWho], agreement?.who ?? author, choices: names + ["Sagsbehandler", "Forældrene", "Skolen", "Netværket"]),
                    .init(s[.fieldByWhen], agreement.map { s.date($0.due) } ?? s.date(state.today.adding(days: 14)), maxLength: 10,
                          replaceOnType: true),
                    .init(s[.fieldSaidBy], author, choices: names),
                ])
            } else {
                var fields: [FieldForm.Field] = [.init(s[.fieldWords], editing?.text ?? "", maxLength: 500),
                                                 .init(s[.fieldSaidBy], author, choices: names)]
                if meeting.method == .signsOfSafety {
                    let kinds = safetyKinds(for: column).map { safetyKindName($0, s) }
                    let current = editing?.safetyKind.map { safetyKindName($0, s) } ?? s[.safetyNone]
                    fields.append(.init(s[.fieldCardKind], current, choices: [s[.safetyNone]] + kinds))
                }
                state.fieldForm = FieldForm(purpose: .card(column: column, editing: editing?.id),
                                            title: editing == nil ? s.text(.cardTitle, columnTitle(column, meeting, s)) : s[.cardEditTitle],
                                            fields: fields)
            }
        case .deleteCard:
            guard let card else { break }
            var changed = meeting
            changed.cards.removeAll { $0.id == card.id }
            changed.agreements.removeAll { $0.id == card.id }
            commitMeeting(&state, changed, source: source, message: s.text(.cardDeleted, TextWidth.truncate(card.text, to: 40)))
        case .moveCardLeft, .moveCardRight:
            guard let card else { break }
            let target = BoardView.columns[(board.column + (action == .moveCardLeft ? -1 : 1) + 4) % 4]
            // A card becomes (or stops being) an agreement only through the agreement form; here words move.
            guard target != .agreements, column != .agreements else { break }
            var changed = meeting
            changed.cards.removeAll { $0.id == card.id }
            var moved = card
            moved.column = target
            moved.safetyKind = nil
            changed.cards.append(moved)
            board.column = BoardView.columns.firstIndex(of: target)!
            board.card = BoardView.cards(changed, target).count - 1
            state.board = board
            commitMeeting(&state, changed, source: source,
                          message: s.text(.cardMovedTo, TextWidth.truncate(card.text, to: 30), columnTitle(target, meeting, s)))
        case .moveCardUp, .moveCardDown:
            guard let card else { break }
            let neighbour = board.card + (action == .moveCardUp ? -1 : 1)
            guard cards.indices.contains(neighbour),
                  let a = meeting.cards.firstIndex(where: { $0.id == card.id }),
                  let b = meeting.cards.firstIndex(where: { $0.id == cards[neighbour].id }) else { break }
            var changed = meeting
            changed.cards.swapAt(a, b)
            board.card = neighbour
            state.board = board
            commitMeeting(&state, changed, source: source,
                          message: s.text(action == .moveCardUp ? .cardMovedUp : .cardMovedDown, TextWidth.truncate(card.text, to: 40)))
        case .rate:
            guard state.readOnlyReason == nil else { state.status = .init(text: s[.cannotSaveReadOnly], isError: true); break }
            guard let speaker else { state.status = .init(text: s[.needsParticipant], isError: true); break }
            let current = meeting.ratings.first { $0.participant == speaker.id }.map { "\($0.value)" } ?? ""
            var form = FieldForm(purpose: .rating, title: s.text(.ratingTitle, speaker.name),
                                 fields: [.init(s[.fieldRating], current, maxLength: 2, replaceOnType: true)])
            // The dialog says what the ends of the scale mean, in the meeting's wording (trivsel or sikkerhed).
            form.note = MeetingSummary.scaleExplanation(for: meeting, language: s.language)
            state.fieldForm = form
        case .undo, .redo:
            var from = action == .undo ? board.undo : board.redo
            guard let step = from.popLast() else {
                state.status = .init(text: s[action == .undo ? .wheelNothingToUndo : .nothingToRedo], isError: false)
                break
            }
            if action == .undo {
                board.undo = from
                board.redo.append(step)
            } else {
                board.redo = from
                board.undo.append(step)
            }
            state.board = board
            // Only this change, undone or made again on the family as it is now: never a colleague's card with it.
            if action == .undo {
                revert(&state, from: step.after, to: step.before, source: source,
                       message: step.description.isEmpty ? s[.wheelUndone] : s.text(.undone, step.description))
            } else {
                revert(&state, from: step.before, to: step.after, source: source,
                       message: step.description.isEmpty ? s[.redone] : s.text(.redoneWhat, step.description))
            }
            clampBoard(&state)
        case .writeBrief:
            guard state.readOnlyReason == nil else { state.status = .init(text: s[.cannotSaveReadOnly], isError: true); break }
            state.fieldForm = FieldForm(purpose: .brief, title: s[.briefTitle],
                                        fields: [.init(s[.fieldBrief], meeting.summary ?? "", maxLength: 1_000)])
        case .writeMeetingNotes:
            guard state.readOnlyReason == nil else { state.status = .init(text: s[.cannotSaveReadOnly], isError: true); break }
            // Not while the board is projected: the notes would be typed in front of everyone.
            guard !board.presenting else { state.status = .init(text: s[.meetingNotesNotProjected], isError: true); break }
            var form = FieldForm(purpose: .meetingNotes, title: s[.meetingNotesTitle],
                                 fields: [.init(s[.fieldInternalNotes], meeting.internalNotes ?? "", maxLength: TextLimits.internalNotes)])
            form.note = s[.meetingNotesNote]
            state.fieldForm = form
        case .exportSummary:
            return .export(.meetingSummary(view.family.id, meetingID: meeting.id))
        case .agreementDone:
            guard state.readOnlyReason == nil else { state.status = .init(text: s[.cannotSaveReadOnly], isError: true); break }
            guard let card, let i = meeting.agreements.firstIndex(where: { $0.id == card.id }) else { break }
            var changed = meeting
            changed.agreements[i].done = changed.agreements[i].done == nil ? state.today : nil
            commitMeeting(&state, changed, source: source,
                          message: s.text(changed.agreements[i].done == nil ? .agreementOpenWhat : .agreementDoneWhat,
                                          TextWidth.truncate(changed.agreements[i].what, to: 40)))
        default:
            break
        }
        return .none
    }

    static func sortedMeetings(_ family: Family) -> [Meeting] {
        family.meetings.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    static func openBoard(_ state: inout AppState, _ meeting: Meeting) {
        state.board = BoardView(meetingID: meeting.id)
        state.screen = .board
    }

    static func moveInMeetings(_ state: inout AppState, by step: Int) {
        guard let view = state.family else { return }
        if state.screen == .meetings, var meetings = state.meetings {
            let count = view.family.meetings.count
            meetings.selected = count == 0 ? 0 : max(0, min(count - 1, meetings.selected + step))
            state.meetings = meetings
        } else if var board = state.board, let meeting = view.family.meetings.first(where: { $0.id == board.meetingID }) {
            let count = BoardView.cards(meeting, board.boardColumn).count
            board.card = count == 0 ? 0 : max(0, min(count - 1, board.card + step))
            state.board = board
        }
    }

    /// Replaces the meeting in the family and saves at once; undo remembers the meeting as it was.
    static func commitMeeting(_ state: inout AppState, _ meeting: Meeting, source: CaseloadSource, message: String,
                              recordUndo: Bool = true) {
        guard var view = state.family, let index = view.family.meetings.firstIndex(where: { $0.id == meeting.id }) else { return }
        let before = view.family
        view.family.meetings[index] = meeting
        if recordUndo, var board = state.board {
            board.undo.append(RecordChange(familyID: before.id, before: before, after: view.family,
                                           description: withoutUndoHint(message, state.strings)))
            if board.undo.count > 100 { board.undo.removeFirst() }
            board.redo = []
            state.board = board
        }
        state.family = view
        save(&state, view.family, source: source, message: message)
        clampBoard(&state)
    }

    /// Keeps the selection inside the column (after a delete, an undo) and the word with a participant.
    static func clampBoard(_ state: inout AppState) {
        guard var board = state.board, let meeting = state.family?.family.meetings.first(where: { $0.id == board.meetingID }) else { return }
        let count = BoardView.cards(meeting, board.boardColumn).count
        board.card = max(0, min(board.card, count - 1))
        board.turn = meeting.participants.isEmpty ? 0 : min(board.turn, meeting.participants.count - 1)
        state.board = board
    }

    static func meetingKindName(_ kind: MeetingKind, _ s: Strings) -> String {
        switch kind {
        case .network: return s[.meetingNetwork]
        case .followUp: return s[.meetingFollowUp]
        case .start: return s[.meetingStart]
        case .status: return s[.meetingStatus]
        case .transition: return s[.meetingTransition]
        }
    }

    static func columnTitle(_ column: BoardColumn, _ meeting: Meeting, _ s: Strings) -> String {
        switch (meeting.method, column) {
        case (.loft, .worries): return s[.loftWorries]
        case (.loft, .working): return s[.loftWorking]
        case (.loft, .mustHappen): return s[.loftMustHappen]
        case (.loft, .agreements): return s[.loftAgreements]
        case (.signsOfSafety, .worries): return s[.sosWorries]
        case (.signsOfSafety, .working): return s[.sosWorking]
        case (.signsOfSafety, .mustHappen): return s[.sosMustHappen]
        case (.signsOfSafety, .agreements): return s[.sosAgreements]
        }
    }

    static func safetyKinds(for column: BoardColumn) -> [SafetyCardKind] {
        switch column {
        case .worries: return [.harm, .danger, .complicatingFactor]
        case .working: return [.strength, .existingSafety]
        case .mustHappen: return [.goal, .nextStep]
        case .agreements: return [.nextStep]
        }
    }

    static func safetyKindName(_ kind: SafetyCardKind, _ s: Strings) -> String {
        switch kind {
        case .harm: return s[.safetyHarm]
        case .danger: return s[.safetyDanger]
        case .complicatingFactor: return s[.safetyComplicating]
        case .strength: return s[.safetyStrength]
        case .existingSafety: return s[.safetyExisting]
        case .goal: return s[.safetyGoal]
        case .nextStep: return s[.safetyNextStep]
        }
    }

    // MARK: The board's forms

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

import Foundation
