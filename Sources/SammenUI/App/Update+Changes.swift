import SammenCore

/// Changes to a family's record that `u` can undo. Every change that touches a case, a person, a responsibility
/// or a legal fact goes through `change(…)`: it saves, says what it did, and keeps the record as it was.
extension App {
    /// How many changes `u` can go back.
    static let undoDepth = 50

    /// Saves `changed` in place of the open family, keeps the family as it was for `u`, and shows `message`.
    static func change(_ state: inout AppState, _ changed: Family, source: CaseloadSource, message: String,
                       undoneMessage: String? = nil) {
        guard let before = state.family?.family, before.id == changed.id else {
            save(&state, changed, source: source, message: message)
            return
        }
        save(&state, changed, source: source, message: message)
        // A change that could not be saved is kept in `unsaved` (Ctrl-S retries); it is still the one to undo.
        state.changes.append(RecordChange(familyID: changed.id, before: before, after: changed, description: withoutUndoHint(message, state.strings),
                                          undoneMessage: undoneMessage))
        if state.changes.count > undoDepth { state.changes.removeFirst(state.changes.count - undoDepth) }
    }

    /// `u`: puts the open family back as it was before its last change, and says what was undone.
    /// The undo is itself a change merged like any save: from the record as the change left it (`after`) back to
    /// `before`, applied to the family as it is in the store now, so whatever was done since (a follow-up, the
    /// årshjul, a colleague's save) stays; if that touched the same thing, the conflict screen asks.
    static func undoChange(_ state: inout AppState, source: CaseloadSource) {
        guard let view = state.family, let index = state.changes.lastIndex(where: { $0.familyID == view.family.id }) else {
            state.status = .init(text: state.strings[.wheelNothingToUndo], isError: false)
            return
        }
        let last = state.changes.remove(at: index)
        revert(&state, from: last.after, to: last.before, source: source,
               message: last.undoneMessage ?? state.strings.text(.undone, last.description))
    }

    /// Undoes (or redoes) one change — the record, the årshjul, a board — as a save merged like any other: the
    /// difference from `from` to `to` is applied to the family as it is in the store now, so what was done since
    /// (here, or by a colleague whose change was merged in) stays; when that touched the same thing, the choice
    /// opens. Never a snapshot written back over a colleague's change.
    static func revert(_ state: inout AppState, from: Family, to: Family, source: CaseloadSource, message: String) {
        switch attemptSave(&state, to, source: source, message: message, base: from) {
        case .saved(let saved):
            state.status = .init(text: saved.merged ? state.strings.text(.savedMerged, message) : message, isError: false)
        case .needsChoice:
            break
        case .failed(let error):
            keep(&state, to, base: from)
            state.status = .init(text: state.strings.text(.wheelUnsaved, describe(error, in: state.strings.language)), isError: true)
        }
    }

    /// "Sag S-1 er lukket … — u fortryder." → "Sag S-1 er lukket …": the words for "Fortrudt: …".
    static func withoutUndoHint(_ message: String, _ s: Strings) -> String {
        for hint in [" — u fortryder.", " — u undoes.", " — u fortryder", " — u undoes", " — tryk u for at fortryde", " — press u to undo"]
        where message.hasSuffix(hint) {
            return String(message.dropLast(hint.count))
        }
        return message
    }

    /// Opens another family: the changes `u` can undo belong to the family they were made in.
    static func forgetChanges(unlessFor id: FamilyID, _ state: inout AppState) {
        if state.changes.last?.familyID != id { state.changes.removeAll() }
    }
}
