import Foundation
import SammenCore

/// Meetings and the board: creating a meeting, participants, cards in the participants' own words, the round,
/// ratings, agreements, undo and redo, the projector view. Every change is saved at once.
extension App {
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
}
