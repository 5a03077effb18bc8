import SammenCore

/// The årshjul: the family's year as a wheel (or, on a narrow screen, a 12-column strip), and the selected
/// month's activities beside it: kind, purpose, participants, date if set, done or not.
enum WheelScreen {
    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let wheel = state.wheel, let view = state.family else { return }
        let s = state.strings
        let plan = view.family.annualPlan
        grid.put(s.text(.wheelTitle, wheel.period.label(s.language), view.family.name), x: 1, y: 1, style: .title, maxWidth: grid.width - 2)

        // The wheel's twelve slots are the period's months: from October the first slot is this month.
        let agreements = wheel.period.years.flatMap { WheelScreen.agreementItems(view.family, year: $0) }
        let months = wheel.period.months.map { slot -> WheelDrawing.Month in
            let items = (plan + agreements).filter { $0.year == slot.year && $0.month == slot.month }
            return WheelDrawing.Month(label: s.month(slot.month, short: true), open: items.filter { !$0.done }.count,
                                      done: items.filter(\.done).count)
        }
        let current = wheel.period.slot(year: state.today.year, month: state.today.month).map { $0 + 1 }
        let selectedSlot = (wheel.period.slot(year: wheel.year, month: wheel.month) ?? 0) + 1
        let hintLines = ChromeLayout.hintLines(hints(wheel, s), width: grid.width)
        let bodyTop = 2
        let bodyHeight = grid.height - bodyTop - hintRows(width: grid.width, strings: s)
        var listRect: Rect
        if let (cx, cy, r) = geometry(width: grid.width, height: grid.height, strings: s) {
            WheelDrawing.draw(into: &grid, cx: cx, cy: cy, radius: r, months: months, selected: selectedSlot,
                              current: current, moving: wheel.moving != nil)
            let x = 4 * r + 6
            listRect = Rect(x: x, y: bodyTop + 1, width: max(0, grid.width - x - 1), height: max(0, bodyHeight - 1))
        } else {
            drawStrip(into: &grid, months: months, y: bodyTop + 1, selected: selectedSlot, current: current)
            listRect = Rect(x: 1, y: bodyTop + 4, width: max(0, grid.width - 2), height: max(0, bodyHeight - 4))
        }

        if let proposals = wheel.proposals {
            drawProposals(proposals, wheel: wheel, state: state, into: &grid, rect: listRect)
        } else {
            drawMonth(plan, wheel: wheel, state: state, into: &grid, rect: listRect)
        }
        ChromeLayout.drawStatusLines(state, hints: hintLines, into: &grid)
        if let form = state.activityForm { ActivityFormOverlay.draw(form, state, into: &grid) }
    }

    /// Open agreements from the family's meetings, shown in their month (read-only: they change on the board).
    static func agreementItems(_ family: Family, year: Int) -> [AnnualActivity] {
        family.meetings.flatMap { meeting in
            meeting.agreements.filter { $0.done == nil && $0.due.year == year }.map { a in
                AnnualActivity(id: "agreement-\(a.id)", year: a.due.year, month: a.due.month, kind: .agreement,
                               purpose: "\(a.what) (\(a.who))", participants: [a.who], date: a.due)
            }
        }
    }

    static func hints(_ wheel: WheelView, _ s: Strings) -> String {
        if wheel.proposals != nil { return s[.wheelProposalHints] }
        if let moving = wheel.moving { return s.text(.wheelMoving, TextWidth.truncate(moving.purpose, to: 30)) }
        return s[.wheelHints]
    }

    /// The rows kept for key hints at a width: as many as the longest of the wheel's hints needs (one or two),
    /// the same whatever is on screen, so the wheel does not jump when a proposal opens.
    static func hintRows(width: Int, strings s: Strings) -> Int {
        [s[.wheelHints], s[.wheelProposalHints]].map { ChromeLayout.hintLines($0, width: width).count }.max() ?? 1
    }

    /// Where the wheel goes at a size (centre and radius), or nil when the strip is used instead.
    static func geometry(width: Int, height: Int, strings: Strings) -> (cx: Int, cy: Int, radius: Int)? {
        let reserved = 2 + hintRows(width: width, strings: strings)
        guard width >= 70, let r = WheelDrawing.radius(width: width * 11 / 20, height: height - reserved) else { return nil }
        return (2 * r + 2, 2 + r, r)
    }

    /// Below a useful width: the year as 12 columns.
    static func drawStrip(into grid: inout Grid, months: [WheelDrawing.Month], y: Int, selected: Int, current: Int?) {
        let width = max(3, (grid.width - 2) / 12)
        for (i, m) in months.enumerated() {
            let x = 1 + i * width
            var style: Style = i + 1 == current ? Style(foreground: .green, bold: true) : .plain
            if i + 1 == selected { style = .selected }
            grid.put(TextWidth.pad(m.label, to: width - 1), x: x, y: y, style: style)
            let count = m.open + m.done
            let marks = (m.open > 0 ? "●\(m.open)" : "") + (m.done > 0 ? "✓\(m.done)" : "")
            grid.put(count == 0 ? "·" : marks, x: x, y: y + 1,
                     style: m.open > 0 ? .accent : .muted, maxWidth: width - 1)
        }
    }

    static func line(_ a: AnnualActivity, _ s: Strings) -> String {
        var text = a.done ? "✓ " : "○ "
        if let date = a.date { text += s.shortDate(date) + (a.time.map { " \($0)" } ?? "") + " " }
        text += s.activityKind(a.kind) + " — " + a.purpose
        return text
    }

    static func drawMonth(_ plan: [AnnualActivity], wheel: WheelView, state: AppState, into grid: inout Grid, rect: Rect) {
        let s = state.strings
        var items = WheelView.activities(in: plan, year: wheel.year, month: wheel.month)
        // Agreements from meetings follow the month's own activities; they are edited on the board.
        items += agreementItems(state.family!.family, year: wheel.year).filter { $0.month == wheel.month }
        if let moving = wheel.moving, moving.month != wheel.month || moving.year != wheel.year { items.append(moving) }
        var y = rect.y
        grid.put("\(s.month(wheel.month).capitalized) \(wheel.year)", x: rect.x, y: y, style: .header, maxWidth: rect.width)
        y += 2
        if items.isEmpty {
            grid.put(s.text(.wheelEmptyMonth, s.month(wheel.month)), x: rect.x, y: y, style: .muted, maxWidth: rect.width)
            return
        }
        for (i, a) in items.enumerated() where y < rect.maxY {
            let isMoving = wheel.moving?.id == a.id
            var style: Style = a.done ? .muted : .plain
            if isMoving { style = Style(foreground: .yellow, bold: true) } else if i == wheel.selected { style = .selected }
            grid.put(TextWidth.truncate(line(a, s), to: rect.width), x: rect.x, y: y, style: style, maxWidth: rect.width)
            y += 1
        }
        // The selected activity in full.
        guard items.indices.contains(wheel.selected), y + 2 < rect.maxY else { return }
        let a = items[wheel.selected]
        y += 1
        grid.horizontalLine(x: rect.x, y: y, width: rect.width, style: .muted)
        y += 1
        var details: [(UIText, String)] = [
            (.activityKind, s.activityKind(a.kind)),
            (.activityPurpose, a.purpose),
            (.activityParticipants, a.participants.joined(separator: ", ")),
            (.activityDate, a.date.map { s.date($0) + (a.time.map { s.language.pick(da: " kl. ", en: " at ") + $0 } ?? "") } ?? s[.activityNoDate]),
        ]
        if let place = a.location { details.append((.activityLocation, place)) }
        details += invitationDetails(a, state: state)
        for (label, value) in details where y < rect.maxY {
            grid.put(TextWidth.pad(s[label], to: 10), x: rect.x, y: y, style: .muted)
            // The invitation's state and who is left out are read in full: they wrap onto the next line.
            var rest = value
            let wraps = label == .activityInvitation || label == .activityNotInvited
            repeat {
                let room = rect.width - 10
                var cut = TextWidth.truncate(rest, to: room)
                if wraps, cut != rest, let space = rest.prefix(max(1, room)).lastIndex(of: " ") {
                    cut = String(rest[..<space])
                }
                grid.put(wraps ? cut : TextWidth.truncate(rest, to: room), x: rect.x + 10, y: y, maxWidth: room)
                rest = wraps && cut != rest ? String(rest.dropFirst(cut.count)).trimmingCharacters(in: .whitespaces) : ""
                y += 1
            } while !rest.isEmpty && y < rect.maxY
        }
        if a.done && y < rect.maxY { grid.put("✓ " + s[.activityDone], x: rect.x + 10, y: y, style: .ok) }
    }

    /// "Invitation: sendt 12.01 · ændret siden" and who cannot be invited, for the selected activity.
    static func invitationDetails(_ a: AnnualActivity, state: AppState) -> [(UIText, String)] {
        guard let family = state.family?.family else { return [] }
        let s = state.strings
        let plan = Invitations.plan(for: family, team: state.team, today: state.today)
        guard let status = Invitations.statuses(plan, family: family)[a.id] else { return [] }
        var parts: [String] = []
        if let day = status.sentOn {
            parts.append(s.text(status.delivery == .file ? .invitationWritten : .invitationSent, s.shortDate(day)))
            if status.changedSince { parts.append(s[.invitationChangedSince]) }
        } else if status.pending > 0 {
            parts.append(s[.invitationNotSent])
        }
        if status.pending > 0 { parts.append(s.text(.invitationPending, "\(status.pending)")) }
        var rows: [(UIText, String)] = []
        if !parts.isEmpty { rows.append((.activityInvitation, parts.joined(separator: " · "))) }
        if let missing = plan.unreachable[a.id], !missing.isEmpty {
            rows.append((.activityNotInvited, missing.map { "\($0.name) (\($0.reason.text(in: s.language)))" }.joined(separator: "; ")))
        }
        return rows
    }

    static func drawProposals(_ proposals: [AnnualActivity], wheel: WheelView, state: AppState, into grid: inout Grid, rect: Rect) {
        let s = state.strings
        grid.put(s.text(.wheelProposalTitle, wheel.period.label(s.language), "\(proposals.count)"), x: rect.x, y: rect.y, style: .header, maxWidth: rect.width)
        let top = max(0, min(wheel.selected - (rect.height - 3) / 2, proposals.count - (rect.height - 2)))
        var y = rect.y + 2
        for (i, a) in proposals.enumerated().dropFirst(top) where y < rect.maxY {
            // Over two years (the twelve months from October) each month says its year.
            let spans = !wheel.period.isCalendarYear
            let month = s.month(a.month, short: true) + (spans ? " \(a.year % 100)" : "")
            let text = "\(TextWidth.pad(month, to: spans ? 7 : 4))" + line(a, s).dropFirst(2)
            grid.put(TextWidth.truncate(text, to: rect.width), x: rect.x, y: y, style: i == wheel.selected ? .selected : .plain, maxWidth: rect.width)
            y += 1
        }
    }
}

/// The form that adds or edits an activity.
enum ActivityFormOverlay {
    static func draw(_ form: ActivityForm, _ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let rect = Popup.frame(width: 72, height: 12, in: grid)
        guard rect.width > 10, rect.height > 4 else { return }
        Popup.draw(rect, title: form.editing == nil ? s.text(.activityNewTitle, s.month(form.month)) : s[.activityEditTitle], into: &grid)
        let inner = rect.inset(dx: 2, dy: 1)
        var y = inner.y
        let fields: [(ActivityForm.Field, UIText, String, Bool)] = [
            (.kind, .activityKind, "‹ \(s.activityKind(form.kind)) ›", false),
            (.purpose, .activityPurpose, form.purpose, true),
            (.participants, .activityParticipants, form.participants, true),
            (.date, .activityDate, form.dateText, true),
            (.time, .activityTime, form.timeText, true),
            (.location, .activityLocation, form.location, true),
        ]
        for (field, label, value, isText) in fields where y < inner.maxY {
            let focused = form.focus == field
            grid.put(TextWidth.pad(s[label], to: 10), x: inner.x, y: y, style: focused ? .selected : .muted)
            let room = inner.width - 11
            var shown = value
            if isText && focused, let path = form.focusedText {
                shown = TextEditing.shown(value, cursor: form[keyPath: path.editing].cursor, width: room)
            } else if TextWidth.of(shown) > room {
                shown = "…" + String(shown.suffix(max(1, room - 1)))
            }
            grid.put(shown, x: inner.x + 11, y: y, style: focused ? Style(bold: true) : .plain, maxWidth: room)
            y += 1
        }
        if let error = form.error ?? form.focusedNotice(s.language) {
            // The whole reason, wrapped over the lines above the key hints.
            y += 1
            for line in TextWidth.wrap(error, to: max(10, inner.width)) where y < inner.maxY - 1 {
                grid.put(line, x: inner.x, y: y, style: .warning, maxWidth: inner.width)
                y += 1
            }
        }
        grid.put("\(s[.formSave]) · \(s[.formCancel]) · Tab ↑↓ · ← →", x: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
    }
}
