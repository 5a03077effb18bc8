import SammenCore

/// A box in the middle of the screen, cleared inside.
enum Popup {
    static func frame(width: Int, height: Int, in grid: Grid) -> Rect {
        frame(width: width, height: height, screenWidth: grid.width, screenHeight: grid.height)
    }

    /// The same frame for a screen of that size, for `update`, which has the size but no grid.
    static func frame(width: Int, height: Int, screenWidth: Int, screenHeight: Int) -> Rect {
        let w = min(width, max(0, screenWidth - 2))
        let h = min(height, max(0, screenHeight - 2))
        return Rect(x: (screenWidth - w) / 2, y: max(1, (screenHeight - h) / 2), width: w, height: h)
    }

    static func draw(_ rect: Rect, title: String, into grid: inout Grid) {
        grid.fill(rect)
        grid.box(rect, style: .accent, title: title, titleStyle: .title)
    }
}

/// The follow-up form over the family overview.
enum FormOverlay {
    static func draw(_ form: FollowUpForm, _ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let rect = Popup.frame(width: 72, height: 12, in: grid)
        guard rect.width > 10, rect.height > 4 else { return }
        let name = state.family?.family.name ?? ""
        Popup.draw(rect, title: s.text(.formTitle, name), into: &grid)
        let inner = rect.inset(dx: 2, dy: 1)
        var y = inner.y
        if let preference = state.family?.family.contactPreference {
            grid.put(s.text(.formPreference, s.channel(preference.channel), s.style(preference.style)), x: inner.x, y: y, style: .muted, maxWidth: inner.width)
            y += 1
        }
        let caseText = form.caseNumber ?? s[.formAllCases]
        let kindText = form.kind == .followUp ? s[.formKindFollowUp] : s[.formKindInformal]
        let fields: [(FollowUpForm.Field, UIText, String, Bool)] = [
            (.date, .formDate, form.dateText, true),
            (.channel, .formChannel, "‹ \(s.channel(form.channel)) ›", false),
            (.kind, .formKind, "‹ \(kindText) ›", false),
            (.caseNumber, .formCase, "‹ \(caseText) ›", false),
            (.note, .formNote, form.note, true),
        ]
        for (field, label, value, isText) in fields {
            guard y < inner.maxY else { break }
            let focused = form.focus == field
            grid.put(TextWidth.pad(s[label], to: 7), x: inner.x, y: y, style: focused ? .selected : .muted)
            let room = inner.width - 8
            // A long note scrolls to keep the cursor in view.
            var shown = value
            if isText && focused {
                shown = TextEditing.shown(value, cursor: (field == .date ? form.dateEditing : form.noteEditing).cursor, width: room)
            } else if TextWidth.of(shown) > room {
                shown = "…" + String(shown.suffix(max(1, room - 1)))
            }
            grid.put(shown, x: inner.x + 8, y: y, style: focused ? Style(bold: true) : .plain, maxWidth: room)
            y += 1
        }
        if let error = form.error ?? form.focusedNotice(s.language) {
            // The whole reason (a date refused says why), wrapped over the lines above the key hints.
            for line in TextWidth.wrap(error, to: max(10, inner.width)) where y < inner.maxY - 1 {
                grid.put(line, x: inner.x, y: y, style: .warning, maxWidth: inner.width)
                y += 1
            }
        }
        grid.put("\(s[.formSave]) · \(s[.formCancel]) · Tab ↑↓ · ← →", x: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
    }
}

/// The help screen, generated from the key-binding table for the current screen. When the window has fewer lines
/// than the screen has keys, the help scrolls (↑↓, PgUp/PgDn) and its last line says which keys are shown: no key
/// is ever left out unseen.
enum HelpOverlay {
    static func scope(of screen: AppState.Screen) -> Scope {
        switch screen {
        case .dashboard: return .dashboard
        case .leader: return .leader
        case .family: return .family
        case .wheel: return .wheel
        case .meetings: return .meetings
        case .board: return .board
        case .record: return .record
        case .details: return .details
        case .team: return .team
        }
    }

    /// Each line of the help: the keys and what they do, the mouse last.
    static func lines(_ state: AppState) -> [(keys: String, does: String)] {
        let s = state.strings
        return KeyBindings.shown(in: scope(of: state.screen)).map { ($0.label, s[$0.help]) }
            + [(s.language == .da ? "mus" : "mouse", s[.helpMouse])]
    }

    static func frame(_ count: Int, screenWidth: Int, screenHeight: Int) -> Rect {
        Popup.frame(width: 64, height: count + 4, screenWidth: screenWidth, screenHeight: screenHeight)
    }

    /// How many lines fit between the frame's top and the footer.
    static func rows(_ rect: Rect) -> Int { max(0, rect.inset(dx: 2, dy: 1).height - 1) }

    /// The first line shown after scrolling by `step`, kept so the last page is full.
    static func scrolled(_ state: AppState, by step: Int) -> Int {
        let count = lines(state).count
        let fit = rows(frame(count, screenWidth: state.width, screenHeight: state.height))
        let last = max(0, count - fit)
        let (sum, overflow) = state.helpScroll.addingReportingOverflow(step)
        return min(max(0, overflow ? last : sum), last)
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let all = lines(state)
        let rect = frame(all.count, screenWidth: grid.width, screenHeight: grid.height)
        guard rect.width > 10, rect.height > 3 else { return }
        Popup.draw(rect, title: s[.helpTitle], into: &grid)
        let inner = rect.inset(dx: 2, dy: 1)
        let fit = rows(rect)
        let first = min(max(0, state.helpScroll), max(0, all.count - fit))
        let shown = all.dropFirst(first).prefix(fit)
        for (offset, line) in shown.enumerated() {
            let y = inner.y + offset
            grid.put(TextWidth.pad(line.keys, to: 12), x: inner.x, y: y, style: .accent)
            grid.put(TextWidth.truncate(line.does, to: inner.width - 13), x: inner.x + 13, y: y, maxWidth: inner.width - 13)
        }
        let footer = shown.count < all.count
            ? s.text(.helpFooterScroll, "\(first + 1)", "\(first + shown.count)", "\(all.count)")
            : s[.helpFooter]
        grid.put(footer, x: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
    }
}

/// A yes/no question.
enum ConfirmOverlay {
    static func draw(_ question: String, _ state: AppState, into grid: inout Grid) {
        let width = min(max(TextWidth.of(question) + 6, 30), grid.width - 2)
        let rect = Popup.frame(width: width, height: 5, in: grid)
        guard rect.width > 6, rect.height > 3 else { return }
        Popup.draw(rect, title: "", into: &grid)
        grid.put(question, x: rect.x + 2, y: rect.y + 1, style: Style(bold: true), maxWidth: rect.width - 4)
        grid.put(state.strings[.yesNo], x: rect.x + 2, y: rect.y + 3, style: .accent, maxWidth: rect.width - 4)
    }
}
