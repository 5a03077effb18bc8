import SammenCore

/// The family record (journal): the model's core elements, one section each, with a tab bar.
enum RecordScreen {
    static func tabTitle(_ tab: RecordView.Tab, _ s: Strings) -> String {
        switch tab {
        case .involvement: return s[.tabInvolvement]
        case .network: return s[.tabNetwork]
        case .goals: return s[.tabGoals]
        case .followUp: return s[.tabFollowUp]
        case .collaboration: return s[.tabCollaboration]
        case .buddy: return s[.tabBuddy]
        }
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let view = state.family, let record = state.record else { return }
        let s = state.strings
        grid.put(s.text(.recordTitle, view.family.name), x: 1, y: 1, style: .title, maxWidth: grid.width - 2)
        var x = 1
        for tab in RecordView.Tab.allCases {
            let label = " \(tabTitle(tab, s)) "
            x += grid.put(label, x: x, y: 2, style: tab == record.tab ? .selected : .muted)
        }
        let content = RecordTabs.content(record.tab, family: view.family, summary: view.summary, state: state)
        var lines = content.lines
        var selectedLine = 0
        if content.items.indices.contains(record.selected) {
            selectedLine = content.items[record.selected].line
            lines[selectedLine] = StyledLine(pieces: [("▶ ", .accent)] + lines[selectedLine].pieces.map { ($0.text, $0.style) })
        }
        let rect = Rect(x: 1, y: 4, width: max(0, grid.width - 2), height: max(0, grid.height - 5))
        // Scroll only as far as needed to show the selected item, so a section's heading stays in view.
        let scroll = max(0, selectedLine - (rect.height - 3))
        if record.tab == .network, grid.width >= 100, !view.family.network.isEmpty {
            // Wide screens draw the map as rings beside the list.
            let ringsWidth = min(60, grid.width / 2)
            NetworkRings.draw(view.family, strings: s, into: &grid, rect: Rect(x: grid.width - ringsWidth - 1, y: 4, width: ringsWidth, height: rect.height))
            ScrollingLines.draw(lines, scroll: scroll, into: &grid, rect: Rect(x: 1, y: 4, width: grid.width - ringsWidth - 4, height: rect.height))
        } else {
            ScrollingLines.draw(lines, scroll: scroll, into: &grid, rect: rect)
        }
        ChromeLayout.drawStatusLine(state, hints: s[.recordHints], into: &grid)
    }
}
