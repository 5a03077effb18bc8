import SammenCore

/// The leader view: per caseworker, the caseload against the team's target, overdue follow-ups (counted
/// exactly as `sammen due` counts them), the share of follow-ups held on time over 12 months, buddy cases;
/// the next stop-op meeting and each caseworker's learning goals.
public enum LeaderScreen {
    public struct Figures: Equatable, Sendable {
        public var initials: String
        public var name: String
        public var cases: Int
        public var overdue: Int
        public var onTime: Int
        public var due: Int
        public var buddyCases: Int
    }

    /// The figures per caseworker: team members first (in team order), then initials found only in cases.
    public static func figures(summaries: [FamilySummary], team: Team, today: LocalDate) -> [Figures] {
        let deadlines = DeadlineEngine.deadlines(for: summaries, today: today)
        let openCases = summaries.flatMap { $0.cases.filter(\.isOpen) }
        var initials = team.caseworkers.map(\.initials)
        for c in openCases where !initials.contains(c.primaryCaseworker) { initials.append(c.primaryCaseworker) }
        return initials.map { who in
            let mine = openCases.filter { $0.primaryCaseworker == who }
            let share = Compliance.share(of: mine, today: today)
            return Figures(
                initials: who, name: team.caseworker(who)?.name ?? who, cases: mine.count,
                overdue: deadlines.filter { $0.kind == .followUp && $0.caseworker == who && $0.overdueDays(on: today) > 0 }.count,
                onTime: share.onTime, due: share.due,
                buddyCases: openCases.filter { $0.buddyCaseworker == who }.count)
        }
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let lines = LeaderScreen.lines(state, width: grid.width)
        let body = Rect(x: 1, y: 1, width: max(0, grid.width - 2), height: max(0, grid.height - 2))
        ScrollingLines.draw(lines, scroll: state.leaderScroll, into: &grid, rect: body)
        ChromeLayout.drawStatusLine(state, hints: "1 \(state.strings[.helpCaseload]) · t \(state.strings[.helpTeam]) · ↑↓ · ? · q", into: &grid)
    }

    /// The leader view's body as lines, at a width.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        let s = state.strings
        let figures = LeaderScreen.figures(summaries: Array(state.summaries.values), team: state.team, today: state.today)
        var lines: [StyledLine] = [StyledLine(s[.leaderTitle], .title)]
        var info = s.text(.teamTarget, "\(state.team.targetCaseload)") + " · "
        info += state.team.nextStopOp.map { s.text(.nextStopOp, s.date($0)) } ?? s[.noStopOp]
        let stopOpLate = state.team.nextStopOp.map { $0 < state.today } ?? false
        lines.append(StyledLine(info, stopOpLate ? .warning : .muted))
        lines.append(.blank)

        let columns = [
            TableColumn(title: s[.colInitials], width: 6, priority: 100),
            TableColumn(title: s[.colName], width: 0, flex: 1, priority: 90),
            TableColumn(title: s[.colCases], width: 6, priority: 95, alignRight: true),
            TableColumn(title: s[.colTarget], width: 5, priority: 50, alignRight: true),
            TableColumn(title: s[.colOverdueFollowUps], width: 9, priority: 96, alignRight: true),
            TableColumn(title: s[.colOnTime], width: 17, priority: 94, alignRight: true),
            TableColumn(title: s[.colBuddy], width: 6, priority: 60, alignRight: true),
        ]
        let layout = TableLayout.fit(columns, width: max(0, width - 2))
        func row(_ cells: [String], styles: [Style]) -> StyledLine {
            var pieces: [(String, Style)] = []
            var x = 0
            for column in layout {
                if column.x > x { pieces.append((String(repeating: " ", count: column.x - x), .plain)) }
                let text = columns[column.index].alignRight
                    ? TextWidth.pad(cells[column.index], to: column.width, alignRight: true)
                    : TextWidth.pad(cells[column.index], to: column.width)
                pieces.append((text, styles[column.index]))
                x = column.x + column.width
            }
            return StyledLine(pieces: pieces)
        }
        lines.append(row(columns.map(\.title), styles: Array(repeating: .header, count: columns.count)))
        for f in figures {
            let percent = f.due == 0 ? "–" : "\(Int((Double(f.onTime) * 100 / Double(f.due)).rounded())) % (\(f.onTime)/\(f.due))"
            let target = state.team.target(for: f.initials)
            let overTarget = target > 0 && f.cases > target
            let lowShare = f.due > 0 && f.onTime * 10 < f.due * 8
            lines.append(row(
                [f.initials, f.name, "\(f.cases)", "\(target)", "\(f.overdue)", percent, "\(f.buddyCases)"],
                styles: [.accent, .plain, overTarget ? .warning : .plain, .muted, f.overdue > 0 ? .warning : .ok,
                         lowShare ? .warning : .plain, .plain]))
        }
        lines.append(.blank)
        lines.append(StyledLine(s[.learningGoals], .header))
        for worker in state.team.caseworkers where !worker.learningGoals.isEmpty {
            lines.append(StyledLine(pieces: [("\(worker.initials): ", .accent), (worker.learningGoals.joined(separator: " · "), .plain)]))
        }
        lines.append(.blank)
        lines.append(StyledLine(s[.leaderFootnote], .muted))
        return lines
    }
}
