import SammenCore

/// The family's meetings, newest first: date, kind, method, participants, cards, agreements.
enum MeetingsScreen {
    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let view = state.family else { return }
        let s = state.strings
        grid.put(s.text(.meetingsTitle, view.family.name), x: 1, y: 1, style: .title, maxWidth: grid.width - 2)
        let list = App.sortedMeetings(view.family)
        if list.isEmpty {
            grid.put(s[.meetingsEmpty], x: 1, y: 3, style: .muted, maxWidth: grid.width - 2)
        }
        let selected = state.meetings?.selected ?? 0
        let top = max(0, selected - (grid.height - 6))
        var y = 3
        for (i, m) in list.enumerated().dropFirst(top) where y < grid.height - 1 {
            let method = m.method == .loft ? s[.methodLoft] : s[.methodSignsOfSafety]
            let everyone = BoardView.everyoneHeard(m) ? " ✓" : ""
            let text = "\(s.date(m.date))  \(TextWidth.pad(App.meetingKindName(m.kind, s), to: 18)) \(TextWidth.pad(method, to: 16)) "
                + "\(m.participants.count) · \(m.cards.count) · \(m.agreements.count)\(everyone)"
            grid.put(TextWidth.truncate(text, to: grid.width - 2), x: 1, y: y, style: i == selected ? .selected : .plain)
            y += 1
        }
        ChromeLayout.drawStatusLine(state, hints: s[.meetingsHints], into: &grid)
    }
}
