import SammenCore

/// Draws a FieldForm as a box in the middle of the screen.
enum FieldFormOverlay {
    static func draw(_ form: FieldForm, _ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let labelWidth = min(14, (form.fields.map { TextWidth.of($0.label) }.max() ?? 6) + 1)
        let noteLines = form.note.map { TextWidth.wrap($0, to: 70 - 4) } ?? []
        let rect = Popup.frame(width: 74, height: form.fields.count + 6 + (noteLines.isEmpty ? 0 : noteLines.count + 1), in: grid)
        guard rect.width > 12, rect.height > 4 else { return }
        Popup.draw(rect, title: form.title, into: &grid)
        let inner = rect.inset(dx: 2, dy: 1)
        var y = inner.y
        for (i, field) in form.fields.enumerated() where y < inner.maxY {
            let focused = form.focus == i
            grid.put(TextWidth.pad(field.label, to: labelWidth), x: inner.x, y: y, style: focused ? .selected : .muted)
            let room = inner.width - labelWidth - 1
            var shown = field.choices != nil ? "‹ \(field.value) ›" : field.value
            if field.masked && !focused {
                shown = CPRNumber.redact(field.value)
            } else if field.masked {
                // Being typed: the birth date part as typed, every digit after it as X, so the number is never on
                // the screen whole (CPR numbers are never shown unmasked), and the cursor stays where it is.
                shown = TextEditing.shown(maskedWhileTyped(field.value), cursor: field.editing.cursor, width: room)
            } else if field.choices == nil && focused {
                shown = TextEditing.shown(field.value, cursor: field.editing.cursor, width: room)
            } else if TextWidth.of(shown) > room {
                shown = "…" + String(shown.suffix(max(1, room - 1)))
            }
            grid.put(shown, x: inner.x + labelWidth + 1, y: y, style: focused ? Style(bold: true) : .plain, maxWidth: room)
            y += 1
        }
        if !noteLines.isEmpty {
            y += 1
            for line in noteLines where y < inner.maxY - 1 {
                grid.put(line, x: inner.x, y: y, style: .muted, maxWidth: inner.width)
                y += 1
            }
        }
        let notice = form.fields.indices.contains(form.focus) ? form.fields[form.focus].editing.notice?.text(in: s.language) : nil
        // A searched choice says what was typed and how many choices it leaves, under the note.
        if form.fields.indices.contains(form.focus), form.fields[form.focus].searchable, !form.fields[form.focus].filter.isEmpty,
           form.error == nil, y < inner.maxY - 1 {
            let field = form.fields[form.focus]
            let count = field.matches.count
            let search = count == 0 ? s.text(.pickerNoMatch, field.filter) : s.text(.pickerSearch, field.filter, "\(count)")
            grid.put(search, x: inner.x, y: y, style: count == 0 ? .warning : .accent, maxWidth: inner.width)
            y += 1
        }
        if let error = form.error ?? notice {
            // The whole reason, wrapped over the lines left above the key hints.
            for line in TextWidth.wrap(error, to: max(10, inner.width)) where y < inner.maxY - 1 {
                grid.put(line, x: inner.x, y: y, style: .warning, maxWidth: inner.width)
                y += 1
            }
        }
        // Enter on the import's file form writes nothing: it opens the preview (its one field needs no Tab).
        let keys = form.purpose == .importFile ? "\(s[.importFileEnter]) · \(s[.formCancel])"
            : "\(s[.formSave]) · \(s[.formCancel]) · Tab ↑↓ · ← →"
        grid.put(keys, x: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
    }

    /// "0305154234" → "030515XXXX", "030515-42" → "030515-XX": one character for one, digits after the sixth as X.
    static func maskedWhileTyped(_ text: String) -> String {
        var digits = 0
        return String(text.map { c -> Character in
            guard c.isASCII, c.isNumber else { return c }
            digits += 1
            return digits > 6 ? "X" : c
        })
    }
}
