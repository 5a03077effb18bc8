import SammenCore

/// The caseload dashboard: one row per open case, overdue first and in the warning colour, then soonest.
/// Only the visible rows are drawn, so 10,000 rows scroll as fast as 10.
enum DashboardScreen {
    static let firstRowY = 3

    static func columns(_ s: Strings) -> [TableColumn] {
        [
            TableColumn(title: s[.colFamily], width: 0, flex: 3, priority: 100),
            TableColumn(title: s[.colChild], width: 0, flex: 2, priority: 90),
            TableColumn(title: s[.colCaseworker], width: 6, priority: 60),
            TableColumn(title: s[.colCadence], width: 7, priority: 40),
            TableColumn(title: s[.colLast], width: 10, priority: 20),
            TableColumn(title: s[.colNext], width: 10, priority: 95),
            TableColumn(title: s[.colOverdue], width: 5, priority: 80, alignRight: true),
            TableColumn(title: s[.colFlags], width: 7, priority: 30),
        ]
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let d = state.dashboard
        let width = grid.width

        // Filters.
        let kindName: String
        switch d.kind {
        case .all: kindName = s[.filterAll]
        case .sixWeeks: kindName = s[.filterSixWeeks]
        case .threeMonths: kindName = s[.filterThreeMonths]
        case .overdue: kindName = s[.filterOverdue]
        case .flagged: kindName = s[.filterFlagged]
        }
        let sortNames = columns(s)
        let sortName: String
        switch d.sort {
        case .next: sortName = sortNames[5].title
        case .family: sortName = sortNames[0].title
        case .child: sortName = sortNames[1].title
        case .caseworker: sortName = sortNames[2].title
        case .cadence: sortName = sortNames[3].title
        case .last: sortName = sortNames[4].title
        case .overdue: sortName = sortNames[6].title
        }
        var x = 1
        x += grid.put("\(s[.caseworkerLabel]): ", x: x, y: 1, style: .muted)
        x += grid.put(d.caseworker ?? s[.caseworkerAll], x: x, y: 1, style: .accent)
        x += grid.put(" · \(s[.kindLabel]): ", x: x, y: 1, style: .muted)
        x += grid.put(kindName, x: x, y: 1, style: .accent)
        x += grid.put(" · \(s[.sortLabel]): ", x: x, y: 1, style: .muted)
        x += grid.put(sortName + (d.descending ? " ↓" : " ↑"), x: x, y: 1, style: .accent)
        if d.searching || !d.search.isEmpty {
            x += grid.put(" · \(s[.searchLabel]): ", x: x, y: 1, style: .muted)
            let shown = d.searching ? TextEditing.shown(d.search, cursor: d.searchEditing.cursor, width: max(10, width - x - 1)) : d.search
            x += grid.put(shown, x: x, y: 1, style: Style(foreground: .yellow, bold: true))
        }

        // The table.
        let layout = TableLayout.fit(columns(s), width: max(0, width - 2))
        let all = columns(s)
        for column in layout {
            let title = all[column.index].alignRight ? TextWidth.pad(all[column.index].title, to: column.width, alignRight: true) : all[column.index].title
            grid.put(title, x: 1 + column.x, y: 2, style: .header, maxWidth: column.width)
        }
        let page = state.dashboardPageSize
        if state.caseloadArriving {
            // Neither "empty" nor "no matches" before every family is here.
        } else if d.visible.isEmpty && state.summaries.isEmpty {
            drawEmptyStore(state, into: &grid)
        } else if d.visible.isEmpty {
            grid.put(TextWidth.truncate(s[.noRows], to: width - 2), x: 1, y: firstRowY, style: .muted)
        }
        for line in 0..<page {
            let position = d.scroll + line
            guard position < d.visible.count else { break }
            let row = state.rows[d.visible[position]]
            let y = firstRowY + line
            let overdue = row.overdueDays > 0
            var style: Style = overdue ? .warning : .plain
            if position == d.selected {
                style.reverse = true
                grid.fill(x: 0, y: y, width: width, height: 1, style: style)
            }
            for column in layout {
                let text = cell(row, column: column.index, state: state)
                let shown = all[column.index].alignRight
                    ? TextWidth.pad(text, to: column.width, alignRight: true) : TextWidth.truncate(text, to: column.width)
                grid.put(shown, x: 1 + column.x, y: y, style: style, maxWidth: column.width)
            }
        }

        // Summary, legend, status.
        let overdueCount = d.overdueVisible
        // Counts the language's way: "167 af 11.542" in Danish, "167 of 11,542" in English.
        // Before the rest of the caseload has arrived there are no counts to give: it says so instead.
        let summary = state.caseloadArriving ? s.text(.caseloadArriving, s.language.number(state.rows.count))
            : s.text(.rowsShown, s.language.number(d.visible.count), s.language.number(state.rows.count)) + " · "
            + s.text(.overdueCount, s.language.number(overdueCount))
            + (state.problemCount > 0 ? " · " + s.text(.unreadableFiles, "\(state.problemCount)") : "")
        if grid.height >= 6 {
            grid.put(" " + summary, x: 0, y: grid.height - 3, style: state.caseloadArriving ? .accent : overdueCount > 0 ? .warning : .ok, maxWidth: width)
            // A family referred on Monday is made here: n and i stay in sight after the first family (the empty
            // store's screen shows them as boxes), on the right of the counts when the line has room.
            let create = "n \(s[.helpNewFamily]) · i \(s[.helpImport])"
            let x = width - 1 - TextWidth.of(create)
            if state.readOnlyReason == nil, !state.caseloadArriving, !state.summaries.isEmpty, x > TextWidth.of(" " + summary) + 2 {
                grid.put(create, x: x, y: grid.height - 3, style: .muted, maxWidth: width - x)
            }
            grid.put(" " + s[.flagLegend], x: 0, y: grid.height - 2, style: .muted, maxWidth: width)
        }
        // Until the rest of the caseload is here only moving, help and quitting work: only those are offered.
        let hints = state.caseloadArriving
            ? "↑↓ · ? · q"
            : d.searching
            ? "Enter · Esc"
            : d.search.isEmpty
            ? "↑↓ · Enter \(s[.helpOpen]) · / \(s[.searchLabel].lowercased()) · c v s · 2 \(s[.helpLeader]) · ? · q"
            : "↑↓ · Enter \(s[.helpOpen]) · Esc \(s[.helpClearSearch]) · / · c v s · 2 · ? · q"
        ChromeLayout.drawStatusLine(state, hints: hints, into: &grid)
    }

    static func cell(_ row: CaseRow, column: Int, state: AppState) -> String {
        let s = state.strings
        switch column {
        case 0: return row.familyName
        case 1: return row.childName
        case 2: return row.caseworker + (row.buddy != nil ? "+" : "")
        case 3: return s.cadence(row.cadence)
        case 4: return row.lastFollowUp.map(s.date) ?? s[.never]
        case 5: return s.date(row.nextDue)
        case 6: return row.overdueDays > 0 ? "\(row.overdueDays)" : (row.nextDue == state.today ? s[.today] : "")
        default: return row.flags.letters
        }
    }

    /// An empty store is no dead end: the two ways to begin, side by side (stacked when the screen is narrow).
    static func drawEmptyStore(_ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let width = grid.width
        grid.put(s[.emptyStoreTitle], x: 1, y: firstRowY, style: .plain, maxWidth: width - 2)
        let choices = [s[.emptyNewFamily], s[.emptyImport]]
        let sideBySide = width >= 70
        let boxWidth = sideBySide ? (width - 5) / 2 : width - 2
        for (i, text) in choices.enumerated() {
            let x = sideBySide ? 1 + i * (boxWidth + 2) : 1
            let y = firstRowY + 2 + (sideBySide ? 0 : i * 5)
            guard y + 4 < grid.height - 1 else { break }
            let rect = Rect(x: x, y: y, width: boxWidth, height: 5)
            Popup.draw(rect, title: "", into: &grid)
            let key = String(text.prefix(1))
            let words = String(text.dropFirst(3))
            grid.put(key, x: x + 2, y: y + 1, style: Style(foreground: .yellow, bold: true))
            for (n, line) in TextWidth.wrap(words, to: boxWidth - 6).prefix(3).enumerated() {
                grid.put(line, x: x + 4, y: y + 1 + n, style: n == 0 ? Style(bold: true) : .plain, maxWidth: boxWidth - 6)
            }
        }
    }
}
