import SammenCore

/// The family's details (stamdata): what the case system also knows, kept right in Sammen. Each line a key can
/// act on is an item; the selected one is marked ▶.
enum DetailsScreen {
    struct Content {
        var lines: [StyledLine] = []
        var items: [(item: DetailsView.Item, line: Int)] = []

        mutating func add(_ line: StyledLine, item: DetailsView.Item? = nil) {
            if let item { items.append((item, lines.count)) }
            lines.append(line)
        }

        mutating func heading(_ text: String) {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(StyledLine(text, .header))
        }
    }

    static func content(_ family: Family, summary: FamilySummary, state: AppState) -> Content {
        let s = state.strings
        var c = Content()
        let none = s[.detailsNone]
        c.heading(s[.detailsFamily])
        c.add(StyledLine(pieces: [(family.name, Style(bold: true)), ("  ·  ", .muted),
                                  (family.address.map { s.text(.detailsAddress, $0) } ?? s[.detailsNoAddress], .plain)]), item: .family)
        let p = family.contactPreference
        c.add(StyledLine(pieces: [("    \(s[.familyContactPreference]): ", .muted), ("\(s.channel(p.channel)), \(s.style(p.style))", .accent),
                                  (p.note.map { " — \($0)" } ?? "", .plain)]))

        // The model's "contract": who keeps in touch with each partner (changed with d in the record's first tab).
        if !family.network.isEmpty {
            let contract = family.network.sorted { ($0.closeness, $0.organisation) < ($1.closeness, $1.organisation) }
                .map { "\($0.organisation) ← \($0.coordinatedBy == .family ? s[.contractFamily] : s[.contractCaseworker])" }
            // Wrapped in full: every partner is named, however many there are.
            let text = "\(s[.contractHeading]): " + contract.joined(separator: " · ")
            for line in TextWidth.wrap(text, to: max(20, state.width - 10)) { c.add(StyledLine("    " + line, .muted)) }
        }

        c.heading(s[.detailsGuardians])
        if family.guardians.isEmpty { c.add(StyledLine(s[.detailsNoGuardians], .muted)) }
        for (i, g) in family.guardians.enumerated() {
            let reach = [g.phone, g.email].compactMap { $0 }.joined(separator: " · ")
            c.add(StyledLine(pieces: [(g.name, Style(bold: true)), (g.relation.isEmpty ? "" : " (\(g.relation))", .muted),
                                      (reach.isEmpty ? "" : "  ·  \(reach)", .plain)]), item: .guardian(i))
        }

        c.heading(s[.detailsChildren])
        if family.children.isEmpty { c.add(StyledLine(s[.detailsNoChildren], .muted)) }
        for child in family.children {
            var pieces: [(String, Style)] = [(child.name, Style(bold: true)), ("  ·  " + s.text(.detailsBorn, s.date(child.birthDate)), .plain)]
            // The CPR number is shown masked, always.
            if let masked = child.maskedCPR { pieces.append(("  ·  CPR \(masked)", .muted)) }
            if let situation = child.situation, !situation.isEmpty { pieces.append(("  ·  \(situation)", .muted)) }
            c.add(StyledLine(pieces: pieces), item: .child(child.id))
            for k in child.cases {
                let caseSummary = summary.cases.first { $0.number == k.number }
                var line: [(String, Style)] = [("    " + s.text(.detailsCase, k.number, s.date(k.opened), k.primaryCaseworker,
                                                                k.buddyCaseworker ?? none), .plain)]
                if k.isOpen {
                    if let cadence = caseSummary?.cadence(on: state.today) {
                        line.append((" · " + s.text(.detailsCadence, s.cadence(cadence)), .accent))
                    }
                }
                c.add(StyledLine(pieces: line), item: .childCase(k.number))
                if !k.isOpen {
                    c.add(StyledLine("        " + s.text(.detailsCaseClosed, k.closed.map(s.date) ?? "–", k.closeReason ?? "–"), .warning))
                }
                if k.measures.isEmpty && k.isOpen { c.add(StyledLine("        " + s[.detailsNoMeasures], .muted)) }
                for m in k.measures.sorted(by: { ($0.started, $0.id) < ($1.started, $1.id) }) {
                    let running = m.isActive(on: state.today)
                    let period = "\(s.date(m.started)) – \(m.ended.map(s.date) ?? s[.detailsOngoing])"
                    c.add(StyledLine(pieces: [("        \(m.legalBasis.bothNumberings)", running ? .accent : .muted),
                                              ("  \(m.description)", running ? .plain : .muted), ("  ·  \(period)", .muted),
                                              (m.provider.map { "  ·  \($0)" } ?? "", .muted)]),
                          item: .measure(caseNumber: k.number, id: m.id))
                }
            }
        }

        c.heading(s[.detailsNotes])
        let notes = family.internalNotes ?? ""
        if notes.isEmpty {
            c.add(StyledLine(s[.detailsNoNotes], .muted), item: .notes)
        } else {
            let wrapped = TextWidth.wrap(notes, to: max(10, state.width - 6))
            for (i, line) in wrapped.enumerated() { c.add(StyledLine(line, .plain), item: i == 0 ? .notes : nil) }
        }
        return c
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let view = state.family, let details = state.details else { return }
        let s = state.strings
        grid.put(s.text(.detailsTitle, view.family.name), x: 1, y: 1, style: .title, maxWidth: grid.width - 2)
        let content = content(view.family, summary: view.summary, state: state)
        var lines = content.lines
        var selectedLine = 0
        if content.items.indices.contains(details.selected) {
            selectedLine = content.items[details.selected].line
            lines[selectedLine] = StyledLine(pieces: [("▶ ", .accent)] + lines[selectedLine].pieces.map { ($0.text, $0.style) })
        }
        let rect = Rect(x: 1, y: 3, width: max(0, grid.width - 2), height: max(0, grid.height - 4))
        let scroll = max(0, selectedLine - (rect.height - 3))
        ScrollingLines.draw(lines, scroll: scroll, into: &grid, rect: rect)
        ChromeLayout.drawStatusLine(state, hints: s[.detailsHints], into: &grid)
    }
}
