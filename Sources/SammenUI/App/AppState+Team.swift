import SammenCore

extension AppState {
    /// Takes a team as saved (here, by a colleague, by an import). When the rules it sets changed (how often a
    /// family's network meeting is held), the dashboard's rows are made again, so the N flag and every deadline
    /// follow the new interval at once; the filters and the selected case stay.
    public mutating func adoptTeam(_ newTeam: Team) {
        let rulesChanged = RuleSettings(team: newTeam) != RuleSettings(team: team)
        team = newTeam
        guard rulesChanged else { return }
        let keep = dashboard.selectedIndex.map { rows[$0].caseNumber }
        let all = summaries.values.sorted { $0.id < $1.id }
        rows = CaseRow.rows(for: all, today: today, settings: RuleSettings(team: team))  // its didSet makes rowSearch
        order = DashboardState.order(rows, by: dashboard.sort, descending: dashboard.descending)
        dashboard.filteredWith = nil
        dashboard.refilter(rows, order: order, keep: keep, index: rowSearch)
    }
}
