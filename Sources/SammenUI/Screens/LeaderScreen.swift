import SammenCore

/// The leader view: per caseworker, the caseload against the team's target, overdue follow-ups, the share of
/// required follow-ups held on time over 12 months (Compliance, from the rule `due` uses), buddy cases, overdue
/// network meetings, investigations past 4 months and complaints past 4 weeks; the next stop-op meeting and each
/// caseworker's learning goals. Enter on a caseworker lists their families and what is overdue (the drill-down).
public enum LeaderScreen {
    public struct Figures: Equatable, Sendable {
        public var initials: String
        public var name: String
        public var cases: Int
        public var overdue: Int
        public var onTime: Int
        public var due: Int
        public var buddyCases: Int
        /// Overdue network meetings of the families whose first open case is theirs.
        public var networkMeetings: Int
        /// Investigations past their 4 months with no end date (BL § 20).
        public var investigations: Int
        /// Complaints not reconsidered within 4 weeks.
        public var complaints: Int
    }

    /// The figures per caseworker: team members first (in team order), then initials found only in cases. Every
    /// count comes from `sammen due`'s deadlines (the team's settings) and FollowUpRule, so they cannot disagree.
    public static func figures(summaries: [FamilySummary], team: Team, today: LocalDate) -> [Figures] {
        let deadlines = DeadlineEngine.deadlines(for: summaries, today: today, settings: RuleSettings(team: team))
        let openCases = summaries.flatMap { $0.cases.filter(\.isOpen) }
        // The leader figure counts closed cases too, up to their closing day.
        let allCases = summaries.flatMap(\.cases)
        var initials = team.caseworkers.map(\.initials)
        for c in openCases where !initials.contains(c.primaryCaseworker) { initials.append(c.primaryCaseworker) }
        return initials.map { who in
            let mine = openCases.filter { $0.primaryCaseworker == who }
            let share = Compliance.share(of: allCases.filter { $0.primaryCaseworker == who }, today: today)
            func overdue(_ kind: DeadlineKind) -> Int {
                deadlines.filter { $0.kind == kind && $0.caseworker == who && $0.overdueDays(on: today) > 0 }.count
            }
            return Figures(
                initials: who, name: team.caseworker(who)?.name ?? who, cases: mine.count,
                overdue: overdue(.followUp), onTime: share.onTime, due: share.due,
                buddyCases: openCases.filter { $0.buddyCaseworker == who }.count,
                networkMeetings: overdue(.networkMeeting), investigations: overdue(.investigationWithoutEnd),
                complaints: overdue(.complaint))
        }
    }

    /// One family of a caseworker in the drill-down: what is overdue, most overdue first.
    public struct FamilyOverdue: Equatable, Sendable {
        public var familyName: String
        public var items: [(kind: DeadlineKind, child: String?, days: Int)]

        public static func == (a: FamilyOverdue, b: FamilyOverdue) -> Bool {
            a.familyName == b.familyName && a.items.map { "\($0.kind)\($0.child ?? "")\($0.days)" } == b.items.map { "\($0.kind)\($0.child ?? "")\($0.days)" }
        }
    }

    /// The caseworker's families (an open case where they are primary), those with the most overdue first.
    public static func drillDown(_ initials: String, summaries: [FamilySummary], team: Team, today: LocalDate) -> [FamilyOverdue] {
        let theirs = summaries.filter { $0.cases.contains { $0.isOpen && $0.primaryCaseworker == initials } }
        let deadlines = DeadlineEngine.deadlines(for: theirs, today: today, settings: RuleSettings(team: team))
        var result = theirs.map { family -> FamilyOverdue in
            let items = deadlines.filter { $0.familyID == family.id && $0.caseworker == initials && $0.overdueDays(on: today) > 0 }
                .sorted { $0.due < $1.due }
                .map { (kind: $0.kind, child: $0.childName, days: $0.overdueDays(on: today)) }
            return FamilyOverdue(familyName: family.name, items: items)
        }
        result.sort { a, b in
            let x = a.items.map(\.days).max() ?? -1, y = b.items.map(\.days).max() ?? -1
            return x != y ? x > y : a.familyName < b.familyName
        }
        return result
    }

    /// Moves the selected caseworker and keeps their row in view.
    static func select(_ state: inout AppState, by step: Int) {
        let count = figures(summaries: Array(state.summaries.values), team: state.team, today: state.today).count
        guard count > 0 else { state.leaderSelected = 0; return }
        state.leaderSelected = max(0, min(count - 1, state.leaderSelected + step))
        // The table's first row comes after the title, info, totals (wrapped), blank line and header.
        let line = tableTop(state) + state.leaderSelected
        let room = max(1, state.height - 2)
        if line < state.leaderScroll { state.leaderScroll = line }
        if line >= state.leaderScroll + room { state.leaderScroll = line - room + 1 }
    }

    static func tableTop(_ state: AppState) -> Int {
        let lines = self.lines(state, width: state.width)
        return (lines.firstIndex { $0.pieces.first?.style == .header } ?? 3) + 1
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let lines = LeaderScreen.lines(state, width: grid.width)
        let body = Rect(x: 1, y: 1, width: max(0, grid.width - 2), height: max(0, grid.height - 2))
        ScrollingLines.draw(lines, scroll: state.leaderScroll, into: &grid, rect: body)
        let hints = state.leaderDrillDown == nil
            ? "↑↓ · \(state.strings[.leaderHint]) · t \(state.strings[.helpTeam]) · 1 \(state.strings[.helpCaseload]) · ? · q"
            : "↑↓ · \(state.strings[.drillHint]) · ? · q"
        ChromeLayout.drawStatusLine(state, hints: hints, into: &grid)
    }

    /// The leader view's body as lines, at a width: the table, or one caseworker's families.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        if let who = state.leaderDrillDown { return drillDownLines(state, who: who) }
        let s = state.strings
        let figures = LeaderScreen.figures(summaries: Array(state.summaries.values), team: state.team, today: state.today)
        var lines: [StyledLine] = [StyledLine(s[.leaderTitle], .title)]
        var info = s.text(.teamTarget, "\(state.team.targetCaseload)") + " · "
        info += state.team.nextStopOp.map { s.text(.nextStopOp, s.date($0)) } ?? s[.noStopOp]
        let stopOpLate = state.team.nextStopOp.map { $0 < state.today } ?? false
        lines.append(StyledLine(info, stopOpLate ? .warning : .muted))
        let totals = (figures.map(\.networkMeetings).reduce(0, +), figures.map(\.investigations).reduce(0, +),
                      figures.map(\.complaints).reduce(0, +))
        let tracked = RuleSettings(team: state.team).networkMeetingMonths != nil
        let room = max(10, width - 3)
        let totalsText = s.text(tracked ? .leaderTotals : .leaderTotalsOff, "\(totals.0)", "\(totals.1)", "\(totals.2)")
        for piece in TextWidth.wrap(totalsText, to: room) {
            lines.append(StyledLine(piece, totals.0 + totals.1 + totals.2 > 0 ? .warning : .ok))
        }
        lines.append(.blank)

        let columns = [
            TableColumn(title: s[.colInitials], width: 6, priority: 100),
            TableColumn(title: s[.colName], width: 0, flex: 1, priority: 90),
            TableColumn(title: s[.colCases], width: 6, priority: 95, alignRight: true),
            TableColumn(title: s[.colTarget], width: 5, priority: 50, alignRight: true),
            TableColumn(title: s[.colOverdueFollowUps], width: 9, priority: 96, alignRight: true),
            TableColumn(title: s[.colOnTime], width: 17, priority: 94, alignRight: true),
            TableColumn(title: s[.colBuddy], width: 6, priority: 60, alignRight: true),
            TableColumn(title: s[.colNetworkMeetings], width: 5, priority: 70, alignRight: true),
            TableColumn(title: s[.colInvestigations], width: 4, priority: 72, alignRight: true),
            TableColumn(title: s[.colComplaints], width: 4, priority: 71, alignRight: true),
        ]
        // One column less than the body: a long view keeps its last column for the ↑/↓ marker.
        let layout = TableLayout.fit(columns, width: max(0, width - 3))
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
        for (i, f) in figures.enumerated() {
            let percent = f.due == 0 ? "–" : "\(Int((Double(f.onTime) * 100 / Double(f.due)).rounded())) % (\(f.onTime)/\(f.due))"
            let target = state.team.target(for: f.initials)
            let overTarget = target > 0 && f.cases > target
            let lowShare = f.due > 0 && f.onTime * 10 < f.due * 8
            func count(_ n: Int) -> Style { n > 0 ? .warning : .plain }
            var styles: [Style] = [.accent, .plain, overTarget ? .warning : .plain, .muted, f.overdue > 0 ? .warning : .ok,
                                   lowShare ? .warning : .plain, .plain, count(f.networkMeetings), count(f.investigations),
                                   count(f.complaints)]
            if i == state.leaderSelected { styles = styles.map { _ in .selected } }
            lines.append(row(
                [f.initials, f.name, "\(f.cases)", "\(target)", "\(f.overdue)", percent, "\(f.buddyCases)",
                 tracked ? "\(f.networkMeetings)" : "–", "\(f.investigations)", "\(f.complaints)"],
                styles: styles))
        }
        lines.append(.blank)
        // The definition is read whole, never cut: wrapped to the width.
        for piece in TextWidth.wrap(s[.leaderDefinition], to: room) { lines.append(StyledLine(piece, .plain)) }
        for piece in TextWidth.wrap(s[.leaderFootnote], to: room) { lines.append(StyledLine(piece, .muted)) }
        lines.append(.blank)
        lines.append(StyledLine(s[.learningGoals], .header))
        for worker in state.team.caseworkers where !worker.learningGoals.isEmpty {
            lines.append(StyledLine(pieces: [("\(worker.initials): ", .accent), (worker.learningGoals.joined(separator: " · "), .plain)]))
        }
        return lines
    }

    /// One caseworker's families, each with what is overdue ("Opfølgning (Emma) +40 d").
    static func drillDownLines(_ state: AppState, who: String) -> [StyledLine] {
        let s = state.strings
        let name = state.team.caseworker(who).map { "\($0.initials) \($0.name)" } ?? who
        var lines: [StyledLine] = [StyledLine(s.text(.drillTitle, name), .title), .blank]
        for family in drillDown(who, summaries: Array(state.summaries.values), team: state.team, today: state.today) {
            if family.items.isEmpty {
                lines.append(StyledLine(pieces: [(family.familyName, .plain), ("  " + s[.drillNothing], .ok)]))
                continue
            }
            lines.append(StyledLine(family.familyName, Style(bold: true)))
            for item in family.items {
                let child = item.child.map { " (\($0))" } ?? ""
                lines.append(StyledLine(pieces: [("  " + s.deadlineKind(item.kind) + child, .plain),
                                                 ("  +\(item.days) \(s[.daysShort])", .warning)]))
            }
        }
        return lines
    }
}
