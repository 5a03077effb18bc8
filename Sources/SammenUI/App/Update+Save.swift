import SammenCore

/// The program's one save path. Every screen changes its copy of the family and hands it here; this asks the
/// source to read the family again under the store's lock, merge a colleague's change made since it was loaded
/// (`FamilyView.base`), and save. When both changed the same thing, nothing is saved: the choice opens
/// (`ConflictView`) and the change stays in memory and on screen until it is saved.
extension App {
    enum SaveResult {
        case saved(SavedFamily)
        /// Both changed the same thing: the choice is open; the change is kept as unsaved.
        case needsChoice
        /// Not saved, for this reason; the caller says so and keeps the change.
        case failed(Error)
    }

    /// Saves a changed family; on failure keeps it as `unsaved` and says so; on a conflict opens the choice.
    static func save(_ state: inout AppState, _ family: Family, source: CaseloadSource, message: String) {
        switch attemptSave(&state, family, source: source, message: message) {
        case .saved(let saved):
            state.status = .init(text: saved.merged ? state.strings.text(.savedMerged, message) : message, isError: false)
        case .needsChoice:
            break
        case .failed(let error):
            keep(&state, family, base: base(of: family.id, in: state))
            state.status = .init(text: state.strings.text(.wheelUnsaved, describe(error, in: state.strings.language)), isError: true)
        }
    }

    static func attemptSave(_ state: inout AppState, _ family: Family, source: CaseloadSource, message: String,
                            base explicitBase: Family? = nil, choices: [[MergeStep]: MergeSide] = [:]) -> SaveResult {
        let base = explicitBase ?? base(of: family.id, in: state)
        do {
            let saved = try source.save(family, base: base, choices: choices)
            state.unsaved = nil
            state.unsavedBase = nil
            state.conflict = nil
            if var view = state.family, view.family.id == family.id {
                view.family = saved.family
                view.base = saved.family
                view.summary = saved.summary
                state.family = view
                state.changedUnderneath = false
            }
            state.replace(saved.summary)
            return .saved(saved)
        } catch let needed as MergeNeeded {
            keep(&state, family, base: base)
            state.conflict = ConflictView(mine: family, base: base ?? needed.theirs, conflicts: needed.conflicts,
                                          choices: choices, message: message)
            state.status = .init(text: state.strings[.conflictStatus], isError: true)
            return .needsChoice
        } catch {
            return .failed(error)
        }
    }

    /// What a save of this family merges against: the open family's base, or the base of the unsaved change.
    static func base(of id: FamilyID, in state: AppState) -> Family? {
        if let view = state.family, view.family.id == id { return view.base }
        if state.unsaved?.id == id { return state.unsavedBase }
        return nil
    }

    /// Keeps a change that is not saved: on screen, and as `unsaved` for Ctrl-S.
    static func keep(_ state: inout AppState, _ family: Family, base: Family?) {
        if var view = state.family, view.family.id == family.id {
            view.family = family
            state.family = view
        }
        state.unsaved = family
        state.unsavedBase = base
    }

    static func retrySave(_ state: inout AppState, source: CaseloadSource) {
        guard let family = state.unsaved else { return }
        save(&state, family, source: source, message: state.strings[.wheelSaved])
    }

    // MARK: The choice after a colleague's change

    static func conflictKey(_ state: inout AppState, _ key: Key, source: CaseloadSource) -> Command {
        guard var conflict = state.conflict else { return .none }
        let action = key == .control("c") ? .back : KeyBindings.action(for: key, in: .conflict)
        switch action {
        case .moveUp: conflict.selected = max(0, conflict.selected - 1)
        case .moveDown: conflict.selected = min(conflict.conflicts.count - 1, conflict.selected + 1)
        case .top: conflict.selected = 0
        case .bottom: conflict.selected = conflict.conflicts.count - 1
        case .chooseMine: conflict.choices[conflict.conflicts[conflict.selected].path] = .mine
        case .chooseTheirs: conflict.choices[conflict.conflicts[conflict.selected].path] = .theirs
        case .saveChoices:
            // Read and merged again under the lock: a colleague may have saved once more meanwhile.
            if case .saved(let saved) = attemptSave(&state, conflict.mine, source: source, message: conflict.message,
                                                    base: conflict.base, choices: conflict.choices) {
                state.status = .init(text: state.strings.text(.savedMerged, conflict.message), isError: false)
                _ = saved
            } else if state.conflict == nil || state.conflict == conflict {
                state.status = state.status ?? .init(text: state.strings[.conflictLater], isError: true)
            }
            return .none
        case .back:
            // Later: nothing is thrown away; the change stays unsaved here and Ctrl-S brings the choice back.
            state.conflict = nil
            state.status = .init(text: state.strings[.conflictLater], isError: true)
            return .none
        default:
            return .none
        }
        state.conflict = conflict
        return .none
    }

    // MARK: Colleagues' saves

    /// A colleague saved, deleted or moved families (the watcher saw their files change, the source read them
    /// again): the rows change where they are; the open family is read again, unless a form or an unsaved change
    /// is in the way, when the status says it changed underneath and the next save merges.
    public static func colleaguesSaved(_ state: inout AppState, _ refreshed: RefreshedFamilies, source: CaseloadSource) {
        guard !refreshed.isEmpty else { return }
        for id in refreshed.changed {
            if let summary = source.summary(id) { state.replace(summary) }
        }
        for id in refreshed.removed where state.summaries[id] != nil { state.remove(id) }
        clampScroll(&state)
        guard let view = state.family else { return }
        let id = view.family.id
        if refreshed.removed.contains(id) {
            if isEditing(state) || state.unsaved != nil {
                state.changedUnderneath = true
                state.status = .init(text: state.strings.text(.familyGone, view.family.name), isError: true)
                return
            }
            state.family = nil
            state.wheel = nil
            state.meetings = nil
            state.board = nil
            state.record = nil
            state.screen = .dashboard
            state.status = .init(text: state.strings.text(.familyGone, view.family.name), isError: true)
        } else if refreshed.changed.contains(id) {
            if isEditing(state) || state.unsaved != nil || state.conflict != nil {
                state.changedUnderneath = true
                state.status = .init(text: state.strings[.changedUnderneath], isError: false)
            } else {
                reloadOpenFamily(&state, source: source)
            }
        }
    }

    /// A form, a question or the choice is open: the family on screen is being worked on.
    static func isEditing(_ state: AppState) -> Bool {
        state.form != nil || state.activityForm != nil || state.fieldForm != nil || state.overlay == .confirmDiscard
            || state.conflict != nil
    }

    /// After each event: a family that changed underneath a form is read again once the form is closed.
    static func catchUp(_ state: inout AppState, source: CaseloadSource) {
        guard state.changedUnderneath, !isEditing(state), state.unsaved == nil else { return }
        state.changedUnderneath = false
        if state.family != nil { reloadOpenFamily(&state, source: source) }
    }

    static func reloadOpenFamily(_ state: inout AppState, source: CaseloadSource) {
        guard var view = state.family else { return }
        do {
            let family = try source.loadFamily(view.family.id)
            guard family != view.base else { return }
            view.family = family
            view.base = family
            if let summary = source.summary(family.id) { view.summary = summary }
            state.family = view
            state.status = .init(text: state.strings[.familyRefreshed], isError: false)
        } catch {
            state.status = .init(text: state.strings.text(.familyUnreadable, describe(error, in: state.strings.language)), isError: true)
        }
    }
}
