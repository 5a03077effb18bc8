import SammenCore

/// The record's sections as lines, with the items keys act on (and the line each starts at).
enum RecordTabs {
    struct Content {
        var lines: [StyledLine] = []
        var items: [(item: RecordView.Item, line: Int)] = []

        mutating func add(_ line: StyledLine, item: RecordView.Item? = nil) {
            if let item { items.append((item, lines.count)) }
            lines.append(line)
        }

        /// A line whose long text wraps onto indented continuation lines instead of being cut.
        mutating func addWrapped(_ prefix: [(String, Style)], _ text: String, _ style: Style = .plain, width: Int,
                                 indent: Int = 4, item: RecordView.Item? = nil) {
            let used = prefix.reduce(0) { $0 + TextWidth.of($1.0) }
            let first = TextWidth.wrap(text, to: max(10, width - used))
            guard let head = first.first else { add(StyledLine(pieces: prefix), item: item); return }
            add(StyledLine(pieces: prefix + [(head, style)]), item: item)
            let rest = first.dropFirst().joined(separator: " ")
            for line in TextWidth.wrap(rest, to: max(10, width - indent)) where !rest.isEmpty {
                add(StyledLine(String(repeating: " ", count: indent) + line, style))
            }
        }

        mutating func heading(_ text: String) {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(StyledLine(text, .header))
        }
    }

    /// The text width the record's list has at the state's size.
    static func width(_ state: AppState) -> Int { max(20, state.width - 6) }

    static func content(_ tab: RecordView.Tab, family: Family, summary: FamilySummary, state: AppState) -> Content {
        switch tab {
        case .involvement: return involvement(family, state)
        case .network: return network(family, state)
        case .goals: return goals(family, state)
        case .followUp: return followUp(family, summary, state)
        case .collaboration: return collaboration(family, state)
        case .buddy: return buddy(family, state)
        }
    }

    static func involvement(_ family: Family, _ state: AppState) -> Content {
        let s = state.strings
        var c = Content()
        c.heading(s[.preferenceHeading])
        let p = family.contactPreference
        c.addWrapped([("\(s.channel(p.channel)), \(s.style(p.style))", .accent), (p.note == nil ? "" : " — ", .plain)], p.note ?? "",
                     width: width(state), item: .preference)
        c.heading(s[.childVoiceHeading])
        if family.childVoices.isEmpty { c.add(StyledLine(s[.childVoiceEmpty], .muted)) }
        for v in family.childVoices.sorted(by: { $0.date > $1.date }) {
            let child = family.children.first { $0.id == v.childID }?.name ?? v.childID
            c.addWrapped([("\(s.date(v.date))  \(child), \(s.voiceMethod(v.method)): ", .accent)], "«\(v.said)»",
                         width: width(state), item: .voice(v.id))
        }
        c.heading(s[.contractHeading])
        if family.network.isEmpty { c.add(StyledLine(s[.networkEmpty], .muted)) }
        for a in family.network.sorted(by: { ($0.closeness, $0.organisation) < ($1.closeness, $1.organisation) }) {
            let who = a.coordinatedBy == .family ? s[.contractFamily] : s[.contractCaseworker]
            c.add(StyledLine(pieces: [("\(a.organisation) (\(s.role(a.role)))", .plain), (" ← \(who)", a.coordinatedBy == .family ? .ok : .accent)]),
                  item: .actor(a.id))
        }
        return c
    }

    static func network(_ family: Family, _ state: AppState) -> Content {
        let s = state.strings
        var c = Content()
        // Held: recorded as a meeting or marked done in the årshjul. The next is the one `due` lists (the team's
        // interval, DeadlineEngine.networkMeetingDue), so the record and the deadline list cannot disagree.
        let summary = FamilySummary(family)
        if let last = summary.networkMeetings.last(where: { $0 <= state.today }) {
            c.add(StyledLine(s.text(.lastNetworkMeeting, s.date(last)), .plain))
        } else {
            c.add(StyledLine(s[.noNetworkMeeting], .warning))
        }
        let settings = RuleSettings(team: state.team)
        if let months = settings.networkMeetingMonths,
           let next = DeadlineEngine.networkMeetingDue(summary, months: months, from: settings.networkMeetingsFrom, today: state.today) {
            c.add(StyledLine(s.text(.nextNetworkMeeting, s.date(next), "\(months)"), next < state.today ? .warning : .ok))
        }
        c.heading(s[.networkRings])
        if family.network.isEmpty { c.add(StyledLine(s[.networkEmpty], .muted)) }
        for ring in 1...3 {
            for a in family.network.filter({ $0.closeness == ring }).sorted(by: { $0.organisation < $1.organisation }) {
                let contact = [a.contactName, a.phone, a.email].compactMap { $0 }.joined(separator: ", ")
                let who = a.coordinatedBy == .family ? s[.contractFamily] : s[.contractCaseworker]
                c.add(StyledLine(pieces: [("\(ring) ", .muted), ("\(s.role(a.role)): ", .accent), (a.organisation, Style(bold: true)),
                                          (contact.isEmpty ? "" : " · \(contact)", .plain), (" · \(s[.fieldCoordinates].lowercased()): \(who)", .muted)]),
                      item: .actor(a.id))
            }
        }
        return c
    }

    static func goals(_ family: Family, _ state: AppState) -> Content {
        let s = state.strings
        var c = Content()
        if family.goals.isEmpty { c.add(StyledLine(s[.goalsEmpty], .muted)) }
        for g in family.goals.sorted(by: { ($0.horizon == .short ? 0 : 1, $0.created) < ($1.horizon == .short ? 0 : 1, $1.created) }) {
            let child = g.childID.flatMap { id in family.children.first { $0.id == id }?.name }
            let done = g.status == .achieved || g.status == .abandoned
            c.add(StyledLine(pieces: [(g.title, Style(bold: !done)), ("  [\(s[g.horizon == .short ? .goalShort : .goalLong])", .muted),
                                      (child.map { ", \($0)" } ?? "", .muted), ("] ", .muted),
                                      (s.goalStatus(g.status), g.status == .achieved ? .ok : .accent)]), item: .goal(g.id))
            let smart: [(UIText, String)] = [(.smartSpecific, g.smart.specific), (.smartMeasurable, g.smart.measurable),
                                             (.smartAccepted, g.smart.acceptedBy), (.smartRealistic, g.smart.realistic),
                                             (.smartDeadline, g.smart.deadline.map(s.date) ?? "–"),
                                             (.goalOwner, s.responsible(g.owner))]
            for (label, value) in smart where !value.isEmpty {
                c.addWrapped([("    \(TextWidth.pad(s[label], to: 14))", .muted)], value, width: width(state), indent: 18)
            }
            for sub in g.subGoals {
                let mark = sub.status == .achieved ? "✓" : "○"
                c.add(StyledLine(pieces: [("    \(mark) \(sub.title)", .plain), (" — \(s.responsible(sub.owner))", .accent),
                                          (sub.deadline.map { ", \(s.date($0))" } ?? "", .muted)]))
            }
            for r in g.revisions.sorted(by: { $0.date > $1.date }) {
                c.addWrapped([("    ↺ \(s.date(r.date)): ", .muted)], "«\(r.previousTitle)» — \(r.reason)", .muted, width: width(state), indent: 6)
            }
        }
        return c
    }

    static func followUp(_ family: Family, _ summary: FamilySummary, _ state: AppState) -> Content {
        let s = state.strings
        var c = Content()
        for k in summary.cases where k.isOpen {
            let child = summary.child(k.childID)?.name ?? ""
            let cadence = k.cadence(on: state.today)
            c.heading("\(child) · \(k.number)")
            c.add(StyledLine(s.text(.followUpCadence, s.language == .da ? cadence.danishRule : cadence.englishRule), .plain))
            let why = k.measures.filter { $0.isActive(on: state.today) }.map(\.legalBasis.bothNumberings).joined(separator: ", ")
            c.add(StyledLine(s.text(.followUpWhy, why.isEmpty ? "–" : why), .muted))
            let next = DeadlineEngine.nextFollowUp(for: k, today: state.today)
            c.add(StyledLine(s.text(.followUpNext, s.date(next)), next < state.today ? .warning : .ok))
            let occasions = Compliance.occasions(for: k, today: state.today)
            let onTime = occasions.filter(\.onTime).count
            c.add(StyledLine(s.text(.followUpCompliance, occasions.isEmpty ? "–" : "\(onTime)/\(occasions.count)"),
                             occasions.count > 0 && onTime * 10 < occasions.count * 8 ? .warning : .plain))
            for o in occasions.suffix(6) {
                let held = o.held.map { "\(o.onTime ? "✓" : "!") \(s.date($0))" } ?? "✗"
                c.add(StyledLine("    " + s.text(.followUpOccasion, s.date(o.due), held), o.onTime ? .muted : .warning))
            }
        }
        c.heading(s[.followUpLog])
        if family.contacts.isEmpty { c.add(StyledLine(s[.familyNoContacts], .muted)) }
        for k in family.contacts.sorted(by: { $0.date > $1.date }) {
            let kind = k.kind == .followUp ? s[.kindFollowUp] : s[.formKindInformal]
            c.addWrapped([("\(s.date(k.date))  ", .plain), ("\(kind), \(s.channel(k.channel))", k.kind == .followUp ? .accent : .muted),
                          (k.note.isEmpty ? "" : " — ", .plain)], k.note, width: width(state), indent: 12, item: .contact(k.id))
        }
        return c
    }

    static func collaboration(_ family: Family, _ state: AppState) -> Content {
        let s = state.strings
        var c = Content()
        c.heading(s[.challengesHeading])
        if family.challenges.isEmpty { c.add(StyledLine(s[.challengesEmpty], .muted)) }
        for ch in family.challenges.sorted(by: { $0.opened > $1.opened }) {
            c.add(StyledLine(pieces: [("\(s.date(ch.opened))  ", .plain), (s.text(.challengeBetween, ch.between.joined(separator: " og ")), Style(bold: true)),
                                      (" · \(s.text(.challengeAbout, s.topic(ch.about))) · \(s[ch.explicit ? .explicitYes : .explicitNo]) · ", .muted),
                                      (s.challengeStatus(ch.status), ch.status == .resolved ? .ok : .warning)]), item: .challenge(ch.id))
            c.addWrapped([("    ", .plain)], ch.description, width: width(state))
            for a in ch.actions {
                c.addWrapped([("    → \(s.date(a.date)) \(s.actionKind(a.kind)): ", .muted)], a.note, .muted, width: width(state), indent: 6)
            }
        }
        c.heading(s[.complaintsHeading])
        if family.complaints.isEmpty { c.add(StyledLine(s[.complaintsEmpty], .muted)) }
        for k in family.complaints.sorted(by: { $0.received > $1.received }) {
            let pending = k.reconsidered == nil && k.outcome == nil
            let status = pending ? s.text(.complaintPending, s.date(k.reconsiderationDeadline)) : s.text(.complaintDone, k.reconsidered.map(s.date) ?? "–")
            c.add(StyledLine(pieces: [("\(s.date(k.received))  \(k.about)", .plain),
                                      (" · \(status)", pending ? (k.reconsiderationDeadline < state.today ? .warning : .accent) : .ok)]),
                  item: .complaint(k.id))
        }
        return c
    }

    static func buddy(_ family: Family, _ state: AppState) -> Content {
        let s = state.strings
        var c = Content()
        c.heading(s[.buddyHeading])
        for child in family.children {
            for k in child.cases where k.isOpen {
                let buddy = k.buddyCaseworker.map { b in state.team.caseworker(b).map { "\($0.initials) \($0.name)" } ?? b } ?? s[.buddyNone]
                c.add(StyledLine(pieces: [("\(child.name) · \(k.number) · \(k.primaryCaseworker) → ", .plain), (buddy, k.buddyCaseworker == nil ? .muted : .accent)]),
                      item: .caseBuddy(k.number))
            }
        }
        c.heading(s[.transitionHeading])
        for child in family.children {
            let sixteen = child.sixteenthBirthday
            guard state.today >= sixteen.adding(months: -12), state.today < child.eighteenthBirthday.adding(months: 6) else { continue }
            c.add(StyledLine(pieces: [(child.name, Style(bold: true)), ("  \(s.text(.familyAge, "\(child.birthDate.age(on: state.today))"))", .muted),
                                      (state.today < sixteen ? "  " + s.text(.transitionNotYet, s.date(sixteen)) : "", .accent)]), item: .child(child.id))
            if child.transitionSteps.isEmpty { c.add(StyledLine("    " + s[.transitionEmpty], .muted)) }
            for step in child.transitionSteps {
                let mark = step.done != nil ? "✓" : "○"
                let overdue = step.done == nil && (step.due.map { $0 < state.today } ?? false)
                c.add(StyledLine("    \(mark) \(step.title)" + (step.due.map { " · \(s.date($0))" } ?? ""), overdue ? .warning : (step.done != nil ? .muted : .plain)),
                      item: .step(childID: child.id, stepID: step.id))
            }
        }
        return c
    }
}
