import SammenCore

extension App {
    /// Pasted text goes whole into the text field that has focus. With no text field open it is dropped with a
    /// word, never read as keys: a pasted paragraph must not run the program's one-key actions.
    static func paste(_ state: inout AppState, _ text: String) {
        if state.overlay != nil { return }
        if var form = state.form {
            form.paste(text)
            state.form = form
        } else if var form = state.activityForm {
            form.pasteText(text)
            state.activityForm = form
        } else if var form = state.fieldForm {
            form.paste(text)
            state.fieldForm = form
        } else if state.screen == .dashboard && state.dashboard.searching {
            var search = state.dashboard.search
            var editing = state.dashboard.searchEditing
            let changed = editing.paste(text, into: &search)
            state.dashboard.searchEditing = editing
            if let notice = editing.notice {
                state.status = .init(text: notice.text(in: state.strings.language), isError: true)
            }
            guard changed else { return }
            state.dashboard.search = search
            refilter(&state)
        } else {
            state.status = .init(text: state.strings.language.pick(
                da: "Indsat tekst er ikke brugt: åbn et felt først (fx f for en opfølgning).",
                en: "Pasted text was not used: open a field first (e.g. f for a follow-up)."), isError: false)
        }
    }
}
