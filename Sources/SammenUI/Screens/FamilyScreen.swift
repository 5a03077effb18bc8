import SammenCore

/// The family overview: parents and how they want contact, children and cases with their legal basis in
/// both numberings, deadlines, recent contacts, open agreements and the year plan at a glance. `f` registers
/// a follow-up. CPR numbers are shown masked only.
enum FamilyScreen {
    /// The top (parents and contact) and the five sections.
    static let paneCount = 6

    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let view = state.family else { return }
        let (lines, headings) = body(view, state: state)
        let rect = Rect(x: 1, y: 1, width: max(0, grid.width - 2), height: max(0, grid.height - 2))
        // Tab jumps to a section; ↑↓ scroll from there.
        let scroll = (headings.indices.contains(view.pane) ? headings[view.pane] : 0) + view.scroll
        var shown = lines
        if view.pane > 0, headings.indices.contains(view.pane) {
            shown[headings[view.pane]] = StyledLine(pieces: [("▶ ", .accent)] + lines[headings[view.pane]].pieces.map { ($0.text, $0.style) })
        }
        // Keep the family's name on screen while scrolling.
        shown[0].draw(into: &grid, x: rect.x, y: rect.y, width: rect.width)
        ScrollingLines.draw(Array(shown.dropFirst()), scroll: max(0, scroll - 1),
                            into: &grid, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
        ChromeLayout.drawStatusLine(state, hints: state.strings[.familyRegisterHint] + " · ? · q", into: &grid)
    }

    /// The overview as lines, and the line index of each section heading (the panes Tab moves between).
    static func body(_ view: AppState.FamilyView, state: AppState) -> ([StyledLine], [Int]) {
        let s = state.strings
        let family = view.family
        let today = state.today
        var lines: [StyledLine] = []
        var headings: [Int] = [0]
        func heading(_ text: String) {
            lines.append(.blank)
            headings.append(lines.count)
            lines.append(StyledLine(text, .header))
        }

        lines.append(StyledLine(pieces: [(family.name, .title), ("  [\(family.id)]", .muted)]))
        if !family.guardians.isEmpty {
            let parents = family.guardians.map { g in
                "\(g.relation.capitalized): \(g.name)" + (g.phone.map { ", \($0)" } ?? "")
            }.joined(separator: " · ")
            lines.append(StyledLine(pieces: [("\(s[.familyGuardians]): ", .muted), (parents, .plain)]))
        }
        let preference = family.contactPreference
        lines.append(StyledLine(pieces: [
            ("\(s[.familyContactPreference]): ", .muted),
            ("\(s.channel(preference.channel)), \(s.style(preference.style))", .accent),
            (preference.note.map { " — \($0)" } ?? "", .plain),
        ]))

        heading(s[.familyChildrenAndCases])
        for child in family.children {
            var pieces: [(String, Style)] = [(child.name, Style(bold: true)), ("  \(s.text(.familyAge, "\(child.birthDate.age(on: today))"))", .plain)]
            if let masked = child.maskedCPR { pieces.append(("  CPR \(masked)", .muted)) }
            if let situation = child.situation { pieces.append(("  \(situation)", .plain)) }
            lines.append(StyledLine(pieces: pieces))
            for c in child.cases {
                let summary = view.summary.cases.first { $0.number == c.number }
                var text = "  " + s.text(.familyCaseLine, c.number, c.primaryCaseworker)
                if let buddy = c.buddyCaseworker { text += " (" + s.text(.familyBuddy, buddy) + ")" }
                if let summary, c.isOpen {
                    let next = DeadlineEngine.nextFollowUp(for: summary, today: today)
                    let over = max(0, next.days(until: today))
                    text += " · \(s.cadence(summary.cadence(on: today)))"
                    lines.append(StyledLine(pieces: [(text, .plain), (" · \(s.date(next))" + (over > 0 ? " (+\(over) \(s[.daysShort]))" : ""), over > 0 ? .warning : .ok)]))
                } else {
                    lines.append(StyledLine(text + " · \(c.status.rawValue)", .muted))
                }
                for m in c.measures {
                    let title = s.language == .da ? (m.legalBasis.entry?.danishTitle ?? "") : (m.legalBasis.entry?.englishTitle ?? "")
                    let period = s.date(m.started) + (m.ended.map { "–" + s.date($0) } ?? "–")
                    // Many descriptions start with the measure's own title; say it once.
                    let words = m.description.lowercased().hasPrefix(title.lowercased()) || title.isEmpty
                        ? m.description : "\(title): \(m.description)"
                    lines.append(StyledLine(pieces: [
                        ("    \(m.legalBasis.bothNumberings)", .accent), ("  \(words)", .plain), ("  \(period)", .muted),
                    ]))
                }
            }
            for step in child.transitionSteps {
                let mark = step.done != nil ? "✓" : "○"
                lines.append(StyledLine("  \(mark) \(s[.familyTransition]): \(step.title)" + (step.due.map { " · \(s.date($0))" } ?? ""),
                                        step.done != nil ? .muted : .plain))
            }
        }

        heading(s[.familyDeadlines])
        let deadlines = DeadlineEngine.deadlines(for: view.summary, today: today, settings: RuleSettings(team: state.team))
        if deadlines.isEmpty { lines.append(StyledLine(s[.familyNoDeadlines], .muted)) }
        for d in deadlines {
            let over = d.overdueDays(on: today)
            let when = over > 0 ? "+\(over) \(s[.daysShort])" : (d.due == today ? s[.today] : "")
            lines.append(StyledLine(pieces: [
                ("\(s.date(d.due)) \(TextWidth.pad(when, to: 7))", over > 0 ? .warning : .plain),
                ("\(s.deadlineKind(d.kind))", Style(bold: true)),
                (" · \(d.childName ?? d.caseNumber) · ", .plain),
                (d.detail.map { "\($0) — " } ?? "", .plain),
                (s.language == .da ? d.rule : d.englishRule, .muted),
            ]))
        }

        heading(s[.familyContacts])
        let contacts = family.contacts.sorted { $0.date > $1.date }.prefix(8)
        if contacts.isEmpty { lines.append(StyledLine(s[.familyNoContacts], .muted)) }
        for contact in contacts {
            let kind = contact.kind == .followUp ? s[.formKindFollowUp].split(separator: " ").first.map(String.init) ?? "" : s[.formKindInformal]
            lines.append(StyledLine(pieces: [
                ("\(s.date(contact.date))  ", .plain), ("\(s.channel(contact.channel)), \(kind)", .accent),
                (contact.note.isEmpty ? "" : " — \(contact.note)", .plain),
            ]))
        }

        heading(s[.familyAgreements])
        let agreements = family.meetings.flatMap(\.agreements).filter { $0.done == nil }.sorted { $0.due < $1.due }
        if agreements.isEmpty { lines.append(StyledLine(s[.familyNoAgreements], .muted)) }
        for a in agreements {
            lines.append(StyledLine(pieces: [
                ("\(s.date(a.due))  ", a.due < today ? .warning : .plain), (a.what, .plain), (" — \(a.who)", .accent),
            ]))
        }

        heading(s[.familyYearAndCollaboration])
        let year = today.year
        let plan = family.annualPlan.filter { $0.year == year }
        lines.append(StyledLine(s.text(.familyPlanSummary, "\(year)", "\(plan.count)", "\(plan.filter(\.done).count)")))
        let challenges = family.challenges.filter { $0.status != .resolved }.count
        if challenges > 0 { lines.append(StyledLine(s.text(.familyChallenges, "\(challenges)"), .warning)) }
        let complaints = view.summary.openComplaints.count
        if complaints > 0 { lines.append(StyledLine(s.text(.familyComplaints, "\(complaints)"), .warning)) }
        return (lines, headings)
    }
}
