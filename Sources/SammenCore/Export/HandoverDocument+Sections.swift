/// The handover's later sections: network, agreements, årshjul, contacts, challenges, complaints, the child's
/// voice, transition, internal notes.
extension HandoverDocument.Context {
    // MARK: Network

    func networkBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        // Held: recorded as a meeting or marked done in the årshjul (FamilySummary). The latest date for the next
        // is the one `due` lists (the team's interval, DeadlineEngine.networkMeetingDue).
        let networkMeetings = summary.networkMeetings
        let held = networkMeetings.filter { $0 <= today }
        var fields = [ExportField(say("Seneste netværksmøde", "Last network meeting"),
                                  held.last.map(date) ?? say("intet registreret", "none recorded"))]
        let settings = RuleSettings(team: team)
        if let upcoming = networkMeetings.first(where: { $0 > today }) {
            fields.append(ExportField(say("Næste netværksmøde", "Next network meeting"), date(upcoming)))
        } else if let months = settings.networkMeetingMonths,
                  let due = DeadlineEngine.networkMeetingDue(summary, months: months, from: settings.networkMeetingsFrom, today: today) {
            let by = date(due)
            let every = months == 6 ? say("hvert halve år", "every six months") : say("hver \(months). måned", "every \(months) months")
            fields.append(ExportField(say("Næste netværksmøde", "Next network meeting"),
                                      say("ikke fastlagt; senest \(by) ved møder \(every)",
                                          "not set; by \(by) with meetings \(every)")))
        }
        blocks.append(.fields(fields))
        guard !family.network.isEmpty else {
            blocks.append(.paragraph(say("Ingen aktører registreret på netværkskortet.",
                                         "No actors recorded on the network map.")))
            return blocks
        }
        blocks.append(.paragraph(say(
            "»Koordineres af« er aftalen med familien om, hvem der holder kontakten med "
                + "aktøren: familien selv eller sagsbehandleren. Nærhed 1 er tættest på familien, 3 længst væk.",
            "»Coordinated by« is the agreement with the family on who keeps in touch with the actor: the family "
                + "itself or the caseworker. Closeness 1 is closest to the family, 3 furthest away.")))
        let order = ActorRole.allCases
        let actors = family.network.sorted {
            (order.firstIndex(of: $0.role) ?? 0, $0.closeness, $0.organisation)
                < (order.firstIndex(of: $1.role) ?? 0, $1.closeness, $1.organisation)
        }
        let rows = actors.map { a -> [String] in
            var contact: [String] = []
            if let name = a.contactName, !name.isEmpty { contact.append(name) }
            if let phone = a.phone, !phone.isEmpty { contact.append(say("tlf. ", "phone ") + phone) }
            if let mail = a.email, !mail.isEmpty { contact.append(mail) }
            return [ExportVocabulary.actorRole(a.role, in: language), a.organisation, contact.joined(separator: ", "),
                    childName(a.childID), ExportVocabulary.coordinator(a.coordinatedBy, in: language), "\(a.closeness)"]
        }
        let headers = language == .da ? ["Rolle", "Organisation", "Kontakt", "Gælder", "Koordineres af", "Nærhed"]
            : ["Role", "Organisation", "Contact", "Concerns", "Coordinated by", "Closeness"]
        blocks.append(.table(ExportTable(headers: headers, rows: rows)))
        return blocks
    }

    // MARK: Agreements

    func agreementBlocks() -> [ExportBlock] {
        var open: [(Agreement, Meeting)] = []
        for m in family.meetings { for a in m.agreements where a.done == nil { open.append((a, m)) } }
        guard !open.isEmpty else { return none(say("Ingen åbne aftaler.", "No open agreements.")) }
        open.sort { ($0.0.due, $0.1.date, $0.0.id) < ($1.0.due, $1.1.date, $1.0.id) }
        let rows = open.map { a, m -> [String] in
            [a.what, MeetingSummary.who(a.who, team: team, in: language), date(a.due), relative(a.due),
             "\(ExportVocabulary.meetingKind(m.kind, in: language)) \(date(m.date))"]
        }
        let headers = language == .da ? ["Hvad", "Hvem", "Senest", "Status", "Aftalt på"]
            : ["What", "Who", "By", "Status", "Agreed at"]
        return [.table(ExportTable(headers: headers, rows: rows))]
    }

    // MARK: Årshjul

    func wheelBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = [.paragraph(say(
            "Årets aktiviteter efter måned, som forældrene har fået dem i "
                + "årshjulet. Datoen sættes, når aktiviteten kommer i kalenderen.",
            "The year's activities by month, as the parents have them in the annual wheel. The date is set when "
                + "the activity goes into the calendar."))]
        for year in [today.year, today.year + 1] {
            let activities = family.annualPlan.filter { $0.year == year }.sorted {
                ($0.month, $0.date?.dayNumber ?? Int.max, $0.id) < ($1.month, $1.date?.dayNumber ?? Int.max, $1.id)
            }
            guard !activities.isEmpty else {
                blocks.append(.section("\(year)", [.paragraph(say("Intet planlagt i årshjulet for \(year) endnu.",
                                                                  "Nothing planned in the annual wheel for \(year) yet."))]))
                continue
            }
            let rows = activities.map { a -> [String] in
                var when = a.date.map(date) ?? say("dato ikke sat", "date not set")
                if let time = a.time, a.date != nil { when += ExportVocabulary.at(time, in: language) }
                let month = language == .da ? DanishCalendarNames.monthTitle(a.month) : EnglishCalendarNames.month(a.month)
                return [month, a.kind.name(in: language), a.purpose, when,
                        a.participants.joined(separator: ", "), a.done ? say("ja", "yes") : say("nej", "no")]
            }
            let headers = language == .da ? ["Måned", "Aktivitet", "Hvorfor", "Dato", "Deltagere", "Gjort"]
                : ["Month", "Activity", "Why", "Date", "Participants", "Done"]
            blocks.append(.section("\(year)", [.table(ExportTable(headers: headers, rows: rows))]))
        }
        return blocks
    }

    // MARK: Contacts

    func contactBlocks() -> [ExportBlock] {
        guard !family.contacts.isEmpty else { return none(say("Ingen kontakter registreret.", "No contacts recorded.")) }
        let count = HandoverDocument.recentContactCount
        let total = family.contacts.count
        let recent = family.contacts.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(count)
        let rows = recent.map { c -> [String] in
            [date(c.date), ExportVocabulary.contactKind(c.kind, in: language), ExportVocabulary.channel(c.channel, in: language),
             c.caseNumber ?? say("alle", "all"), c.note, c.by.map(caseworker) ?? ""]
        }
        let intro = total > count
            ? say("De seneste \(count) af \(total) kontakter, nyeste først.", "The latest \(count) of \(total) contacts, newest first.")
            : say("Alle \(total) kontakter, nyeste først.", total == 1 ? "The only contact." : "All \(total) contacts, newest first.")
        let headers = language == .da ? ["Dato", "Type", "Kanal", "Sag", "Note", "Af"]
            : ["Date", "Kind", "Channel", "Case", "Note", "By"]
        return [.paragraph(intro), .table(ExportTable(headers: headers, rows: Array(rows)))]
    }

    // MARK: Challenges, complaints

    func challengeBlocks() -> [ExportBlock] {
        guard !family.challenges.isEmpty else {
            return none(say("Ingen samarbejdsudfordringer registreret.", "No collaboration challenges recorded."))
        }
        return family.challenges.sorted { ($0.opened, $0.id) < ($1.opened, $1.id) }.map { ch in
            let parties = ch.between.map(ExportText.oneLine)
            let between = parties.count > 1
                ? parties.dropLast().joined(separator: ", ") + say(" og ", " and ") + parties.last!
                : parties.first ?? say("ukendt", "unknown")
            let topic = ExportVocabulary.challengeTopic(ch.about, in: language)
            var blocks: [ExportBlock] = [
                .fields([
                    ExportField(say("Åbnet", "Opened"), date(ch.opened)),
                    ExportField(say("Handler om", "About"), topic),
                    ExportField(say("Udtalt", "Explicit"), ch.explicit ? say("ja, udtalt (fx en klage)", "yes, said out loud (e.g. a complaint)")
                        : say("nej, uudtalt", "no, unspoken")),
                    ExportField("Status", ExportVocabulary.challengeStatus(ch.status, in: language)),
                ]),
                .paragraph(ch.description),
            ]
            if ch.actions.isEmpty {
                blocks.append(.paragraph(say("Endnu ingen handlinger.", "No actions yet.")))
            } else {
                blocks.append(.items(ch.actions.sorted { $0.date < $1.date }.map {
                    ExportItem(lead: "\(date($0.date)), \(ExportVocabulary.challengeAction($0.kind, in: language)):", $0.note)
                }))
            }
            return .section(say("Mellem \(between) – om \(topic)", "Between \(between) – about \(topic)"), blocks)
        }
    }

    func complaintBlocks() -> [ExportBlock] {
        guard !family.complaints.isEmpty else { return none(say("Ingen klager.", "No complaints.")) }
        let rows = family.complaints.sorted { $0.received < $1.received }.map { c -> [String] in
            let deadline = c.reconsiderationDeadline
            let pending = c.reconsidered == nil && c.outcome == nil
            return [date(c.received), c.caseNumber ?? "", c.about,
                    date(deadline) + (pending ? " (\(relative(deadline)))" : ""),
                    c.reconsidered.map(date) ?? "", ExportVocabulary.complaintOutcome(c.outcome, in: language)]
        }
        let headers = language == .da ? ["Modtaget", "Sag", "Om", "Genvurderes senest", "Genvurderet", "Udfald"]
            : ["Received", "Case", "About", "Reconsider by", "Reconsidered", "Outcome"]
        return [.paragraph(say("En klage genvurderes inden 4 uger efter modtagelsen. Fastholder kommunen afgørelsen, "
                                + "sendes klagen til Ankestyrelsen.",
                               "A complaint is reconsidered within 4 weeks of receipt. If the municipality upholds the "
                                + "decision, the complaint goes to Ankestyrelsen (the appeals board).")),
                .table(ExportTable(headers: headers, rows: rows))]
    }

    // MARK: The child's voice, transition

    func voiceBlocks() -> [ExportBlock] {
        guard !family.childVoices.isEmpty else {
            return none(say("Barnets stemme er ikke registreret endnu: hold en børnesamtale eller en observation.",
                            "The child's voice is not recorded yet: hold a child conversation or an observation."))
        }
        let items = family.childVoices.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { v -> ExportItem in
            var lead = "\(date(v.date)), \(childName(v.childID)), "
                + ExportVocabulary.voiceMethod(v.method, in: language).lowercased()
            if let by = v.by { lead += say(" ved ", " by ") + caseworker(by) }
            return ExportItem(lead: lead + ":", v.said)
        }
        return [.items(items)]
    }

    func transitionBlocks() -> [ExportBlock] {
        let children = family.children.filter { !$0.transitionSteps.isEmpty || today >= $0.sixteenthBirthday.adding(years: -1) }
        guard !children.isEmpty else {
            return none(say("Ingen af børnene er tæt på 16 år. Overgangen til voksenlivet planlægges fra 16 år "
                                + "(Barnets Lov §§ 122–123).",
                            "None of the children is close to 16. The transition to adult life is planned from age 16 "
                                + "(Barnets Lov §§ 122–123)."))
        }
        return children.map { child in
            var blocks: [ExportBlock] = [.fields([
                ExportField(say("Fylder 16", "Turns 16"), date(child.sixteenthBirthday)),
                ExportField(say("Fylder 18", "Turns 18"), date(child.eighteenthBirthday)
                    + say(" – afgørelser efter voksenreglerne gælder herfra", " – decisions under the adult rules apply from then")),
            ])]
            if child.transitionSteps.isEmpty {
                blocks.append(.paragraph(say("Ingen trin registreret endnu. Overgangen planlægges fra 16 år "
                                                + "(Barnets Lov §§ 122–123).",
                                             "No steps recorded yet. The transition is planned from age 16 "
                                                + "(Barnets Lov §§ 122–123).")))
            } else {
                let rows = child.transitionSteps.map { s -> [String] in
                    [s.title, s.due.map(date) ?? "", s.done.map(date) ?? say("ikke endnu", "not yet")]
                }
                let headers = language == .da ? ["Trin", "Frist", "Gjort"] : ["Step", "Deadline", "Done"]
                blocks.append(.table(ExportTable(headers: headers, rows: rows)))
            }
            return .section("\(child.name) (\(ExportVocabulary.age(born: child.birthDate, on: today, in: language)))", blocks)
        }
    }

    // MARK: Internal notes

    func internalNoteBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        if let notes = family.internalNotes, !ExportText.oneLine(notes).isEmpty {
            blocks.append(.section(say("Om familien", "About the family"), [.paragraph(notes)]))
        }
        for m in family.meetings.sorted(by: { $0.date < $1.date }) {
            guard let notes = m.internalNotes, !ExportText.oneLine(notes).isEmpty else { continue }
            let meeting = ExportVocabulary.meetingKindDefinite(m.kind, in: language)
            blocks.append(.section(say("Fra \(meeting) den \(date(m.date))", "From \(meeting) on \(date(m.date))"),
                                   [.paragraph(notes)]))
        }
        return blocks.isEmpty ? none(say("Ingen interne noter.", "No internal notes.")) : blocks
    }
}
