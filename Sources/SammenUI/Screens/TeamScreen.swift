import SammenCore

/// The team's caseworkers as team.json holds them: initials, name, phone, e-mail, their own target caseload and
/// whether they are active. Reached with `t` from the leader view.
enum TeamScreen {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let team = state.team
        grid.put(s.text(.teamTitle, team.name), x: 1, y: 1, style: .title, maxWidth: grid.width - 2)
        grid.put(s.text(.teamTarget, "\(team.targetCaseload)"), x: 1, y: 2, style: .muted, maxWidth: grid.width - 2)
        if state.mayManageTeam && state.readOnlyReason == nil {
            grid.put(s[.teamAccessHeading], x: 1, y: 3, style: .muted, maxWidth: grid.width - 2)
        }
        var lines: [StyledLine] = []
        let selected = state.teamView?.selected ?? 0
        for (i, c) in team.caseworkers.enumerated() {
            var pieces: [(String, Style)] = [(i == selected ? "▶ " : "  ", .accent), (TextWidth.pad(c.initials, to: 7), Style(bold: true)),
                                             (c.name, c.active ? .plain : .muted)]
            // Who signs in as this caseworker (team.json's members): shown when the team has members at all.
            if let member = team.members.first(where: { $0.initials == c.initials }) {
                pieces.append(("  ·  " + s.text(.teamLogin, member.login), .plain))
                if member.leader { pieces.append(("  ·  " + s[.teamLeader], .accent)) }
            } else if !team.members.isEmpty {
                pieces.append(("  ·  " + s[.teamNoAccess], .muted))
            }
            let reach = [c.phone, c.email].compactMap { $0 }.joined(separator: " · ")
            if !reach.isEmpty { pieces.append(("  ·  \(reach)", .muted)) }
            if let own = c.targetCaseload { pieces.append(("  ·  " + s.text(.teamTargetOwn, "\(own)"), .accent)) }
            if !c.active { pieces.append(("  ·  " + s[.teamInactive], .warning)) }
            lines.append(StyledLine(pieces: pieces))
        }
        // A member whose initials name no caseworker (team.json edited by hand) is still shown: it has access.
        for member in team.members where team.caseworker(member.initials) == nil {
            lines.append(StyledLine(pieces: [("  ", .plain), (TextWidth.pad(member.initials, to: 7), .muted),
                                             (s.text(.teamLogin, member.login) + (member.leader ? "  ·  " + s[.teamLeader] : ""), .muted)]))
        }
        let rect = Rect(x: 1, y: 4, width: max(0, grid.width - 2), height: max(0, grid.height - 5))
        ScrollingLines.draw(lines, scroll: max(0, selected - (rect.height - 2)), into: &grid, rect: rect)
        ChromeLayout.drawStatusLine(state, hints: s[.teamHints], into: &grid)
    }
}
