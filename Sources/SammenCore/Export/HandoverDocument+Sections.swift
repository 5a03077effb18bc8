/// The handover's later sections: network, agreements, årshjul, contacts, challenges, complaints, the child's
/// voice, transition, internal notes.
extension HandoverDocument.Context {
    // MARK: Network

    func networkBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        let networkMeetings = family.meetings.filter { $0.kind == .network }.map(\.date).sorted()
        let held = networkMeetings.filter { $0 <= today }
        var fields = [ExportField("Seneste netværksmøde", held.last?.danish ?? "intet registreret")]
        if let upcoming = networkMeetings.first(where: { $0 > today }) {
            fields.append(ExportField("Næste netværksmøde", upcoming.danish))
        } else if let last = held.last {
            fields.append(ExportField("Næste netværksmøde", "ikke fastlagt; senest \(last.adding(months: 6).danish) "
                + "ved møder hvert halve år"))
        }
        blocks.append(.fields(fields))
        guard !family.network.isEmpty else {
            blocks.append(.paragraph("Ingen aktører registreret på netværkskortet."))
            return blocks
        }
        blocks.append(.paragraph("»Koordineres af« er aftalen med familien om, hvem der holder kontakten med "
            + "aktøren: familien selv eller sagsbehandleren. Nærhed 1 er tættest på familien, 3 længst væk."))
        let order = ActorRole.allCases
        let actors = family.network.sorted {
            (order.firstIndex(of: $0.role) ?? 0, $0.closeness, $0.organisation)
                < (order.firstIndex(of: $1.role) ?? 0, $1.closeness, $1.organisation)
        }
        let rows = actors.map { a -> [String] in
            var contact: [String] = []
            if let name = a.contactName, !name.isEmpty { contact.append(name) }
            if let phone = a.phone, !phone.isEmpty { contact.append("tlf. \(phone)") }
            if let mail = a.email, !mail.isEmpty { contact.append(mail) }
            return [ExportVocabulary.actorRole(a.role), a.organisation, contact.joined(separator: ", "),
                    childName(a.childID), ExportVocabulary.coordinator(a.coordinatedBy), "\(a.closeness)"]
        }
        blocks.append(.table(ExportTable(
            headers: ["Rolle", "Organisation", "Kontakt", "Gælder", "Koordineres af", "Nærhed"], rows: rows)))
        return blocks
    }

    // MARK: Agreements

    func agreementBlocks() -> [ExportBlock] {
        var open: [(Agreement, Meeting)] = []
        for m in family.meetings { for a in m.agreements where a.done == nil { open.append((a, m)) } }
        guard !open.isEmpty else { return none("Ingen åbne aftaler.") }
        open.sort { ($0.0.due, $0.1.date, $0.0.id) < ($1.0.due, $1.1.date, $1.0.id) }
        let rows = open.map { a, m -> [String] in
            [a.what, MeetingSummary.who(a.who, team: team), a.due.danish, ExportVocabulary.relative(a.due, to: today),
             "\(ExportVocabulary.meetingKind(m.kind)) \(m.date.danish)"]
        }
        return [.table(ExportTable(headers: ["Hvad", "Hvem", "Senest", "Status", "Aftalt på"], rows: rows))]
    }

    // MARK: Årshjul

    func wheelBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = [.paragraph("Årets aktiviteter efter måned, som forældrene har fået dem i "
            + "årshjulet. Datoen sættes, når aktiviteten kommer i kalenderen.")]
        for year in [today.year, today.year + 1] {
            let activities = family.annualPlan.filter { $0.year == year }.sorted {
                ($0.month, $0.date?.dayNumber ?? Int.max, $0.id) < ($1.month, $1.date?.dayNumber ?? Int.max, $1.id)
            }
            guard !activities.isEmpty else {
                blocks.append(.section("\(year)", [.paragraph("Intet planlagt i årshjulet for \(year) endnu.")]))
                continue
            }
            let rows = activities.map { a -> [String] in
                var when = a.date?.danish ?? "dato ikke sat"
                if let time = a.time, a.date != nil { when += " kl. " + DanishCalendarNames.time(time) }
                return [DanishCalendarNames.monthTitle(a.month), a.kind.danishName, a.purpose, when,
                        a.participants.joined(separator: ", "), a.done ? "ja" : "nej"]
            }
            blocks.append(.section("\(year)", [.table(ExportTable(
                headers: ["Måned", "Aktivitet", "Hvorfor", "Dato", "Deltagere", "Gjort"], rows: rows))]))
        }
        return blocks
    }

    // MARK: Contacts

    func contactBlocks() -> [ExportBlock] {
        guard !family.contacts.isEmpty else { return none("Ingen kontakter registreret.") }
        let count = HandoverDocument.recentContactCount
        let recent = family.contacts.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(count)
        let rows = recent.map { c -> [String] in
            [c.date.danish, ExportVocabulary.contactKind(c.kind), ExportVocabulary.channel(c.channel),
             c.caseNumber ?? "alle", c.note, c.by.map(caseworker) ?? ""]
        }
        let intro = family.contacts.count > count
            ? "De seneste \(count) af \(family.contacts.count) kontakter, nyeste først."
            : "Alle \(family.contacts.count) kontakter, nyeste først."
        return [.paragraph(intro), .table(ExportTable(headers: ["Dato", "Type", "Kanal", "Sag", "Note", "Af"],
                                                      rows: Array(rows)))]
    }

    // MARK: Challenges, complaints

    func challengeBlocks() -> [ExportBlock] {
        guard !family.challenges.isEmpty else { return none("Ingen samarbejdsudfordringer registreret.") }
        return family.challenges.sorted { ($0.opened, $0.id) < ($1.opened, $1.id) }.map { ch in
            let parties = ch.between.map(ExportText.oneLine)
            let between = parties.count > 1
                ? parties.dropLast().joined(separator: ", ") + " og " + parties.last!
                : parties.first ?? "ukendt"
            var blocks: [ExportBlock] = [
                .fields([
                    ExportField("Åbnet", ch.opened.danish),
                    ExportField("Handler om", ExportVocabulary.challengeTopic(ch.about)),
                    ExportField("Udtalt", ch.explicit ? "ja, udtalt (fx en klage)" : "nej, uudtalt"),
                    ExportField("Status", ExportVocabulary.challengeStatus(ch.status)),
                ]),
                .paragraph(ch.description),
            ]
            if ch.actions.isEmpty {
                blocks.append(.paragraph("Endnu ingen handlinger."))
            } else {
                blocks.append(.items(ch.actions.sorted { $0.date < $1.date }.map {
                    ExportItem(lead: "\($0.date.danish), \(ExportVocabulary.challengeAction($0.kind)):", $0.note)
                }))
            }
            return .section("Mellem \(between) – om \(ExportVocabulary.challengeTopic(ch.about))", blocks)
        }
    }

    func complaintBlocks() -> [ExportBlock] {
        guard !family.complaints.isEmpty else { return none("Ingen klager.") }
        let rows = family.complaints.sorted { $0.received < $1.received }.map { c -> [String] in
            let deadline = c.reconsiderationDeadline
            let pending = c.reconsidered == nil && c.outcome == nil
            return [c.received.danish, c.caseNumber ?? "", c.about,
                    deadline.danish + (pending ? " (\(ExportVocabulary.relative(deadline, to: today)))" : ""),
                    c.reconsidered?.danish ?? "", ExportVocabulary.complaintOutcome(c.outcome)]
        }
        return [.paragraph("En klage genvurderes inden 4 uger efter modtagelsen. Fastholder kommunen afgørelsen, "
                    + "sendes klagen til Ankestyrelsen."),
                .table(ExportTable(headers: ["Modtaget", "Sag", "Om", "Genvurderes senest", "Genvurderet", "Udfald"],
                                   rows: rows))]
    }

    // MARK: The child's voice, transition

    func voiceBlocks() -> [ExportBlock] {
        guard !family.childVoices.isEmpty else {
            return none("Barnets stemme er ikke registreret endnu: hold en børnesamtale eller en observation.")
        }
        let items = family.childVoices.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { v -> ExportItem in
            var lead = "\(v.date.danish), \(childName(v.childID)), \(ExportVocabulary.voiceMethod(v.method).lowercased())"
            if let by = v.by { lead += " ved \(caseworker(by))" }
            return ExportItem(lead: lead + ":", v.said)
        }
        return [.items(items)]
    }

    func transitionBlocks() -> [ExportBlock] {
        let children = family.children.filter { !$0.transitionSteps.isEmpty || today >= $0.sixteenthBirthday.adding(years: -1) }
        guard !children.isEmpty else {
            return none("Ingen af børnene er tæt på 16 år. Overgangen til voksenlivet planlægges fra 16 år "
                + "(Barnets Lov §§ 122–123).")
        }
        return children.map { child in
            var blocks: [ExportBlock] = [.fields([
                ExportField("Fylder 16", child.sixteenthBirthday.danish),
                ExportField("Fylder 18", child.eighteenthBirthday.danish + " – afgørelser efter voksenreglerne "
                    + "gælder herfra"),
            ])]
            if child.transitionSteps.isEmpty {
                blocks.append(.paragraph("Ingen trin registreret endnu. Overgangen planlægges fra 16 år "
                    + "(Barnets Lov §§ 122–123)."))
            } else {
                let rows = child.transitionSteps.map { s -> [String] in
                    [s.title, s.due?.danish ?? "", s.done?.danish ?? "ikke endnu"]
                }
                blocks.append(.table(ExportTable(headers: ["Trin", "Frist", "Gjort"], rows: rows)))
            }
            return .section("\(child.name) (\(ExportVocabulary.age(born: child.birthDate, on: today)))", blocks)
        }
    }

    // MARK: Internal notes

    func internalNoteBlocks() -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        if let notes = family.internalNotes, !ExportText.oneLine(notes).isEmpty {
            blocks.append(.section("Om familien", [.paragraph(notes)]))
        }
        for m in family.meetings.sorted(by: { $0.date < $1.date }) {
            guard let notes = m.internalNotes, !ExportText.oneLine(notes).isEmpty else { continue }
            blocks.append(.section("Fra \(ExportVocabulary.meetingKindDefinite(m.kind)) den \(m.date.danish)",
                                   [.paragraph(notes)]))
        }
        return blocks.isEmpty ? none("Ingen interne noter.") : blocks
    }
}
