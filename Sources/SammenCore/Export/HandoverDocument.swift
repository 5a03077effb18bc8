/// The handover document (overlevering): one document a new caseworker, or adult services at 18, can take over a
/// family from, in Danish (or English with `language: .en`; what caseworkers typed stays as typed). The family and its contact preference, the children, each case with its measures, cadence and
/// why, the deadlines now, the goals with their history, the network and who coordinates with whom, open
/// agreements, the årshjul for this year and the next, recent contacts, collaboration challenges, complaints, the
/// child's voice, the transition steps, and (for colleagues) the internal notes.
///
/// It is for colleagues, so it holds contact details and, unless `includeInternalNotes` is false, the internal
/// notes of the family and its meetings under "Interne noter (kun til kolleger)". CPR numbers appear only masked
/// (`Child.maskedCPR`); free text is cleaned so a CPR number typed into a note is masked too. Nothing about another
/// family is read.
public enum HandoverDocument {
    /// The heading of the internal notes, exactly as printed.
    public static let internalNotesHeading = "Interne noter (kun til kolleger)"

    /// The heading of the internal notes in `language`.
    public static func internalNotesHeading(in language: Language) -> String {
        language.pick(da: internalNotesHeading, en: "Internal notes (for colleagues only)")
    }

    /// How many contacts "Seneste kontakter" lists.
    public static let recentContactCount = 10

    public static func render(family: Family, team: Team, today: LocalDate, format: ExportFormat, training: Bool,
                              includeInternalNotes: Bool = true, language: Language = .da) -> String {
        document(family: family, team: team, today: today, training: training,
                 includeInternalNotes: includeInternalNotes, language: language).render(format)
    }

    static func document(family: Family, team: Team, today: LocalDate, training: Bool,
                         includeInternalNotes: Bool, language: Language = .da) -> ExportDocument {
        let context = Context(family: family, team: team, today: today, language: language)
        let l = language
        var blocks: [ExportBlock] = [.fields(context.overviewFields())]
        var notice = l.pick(
            da: "Fortroligt. Dokumentet indeholder helbredsoplysninger om børn (følsomme personoplysninger) "
                + "og er til den, der overtager sagen. CPR-numre er maskeret.",
            en: "Confidential. The document holds health information about children (sensitive personal data) "
                + "and is for the person taking over the case. CPR numbers are masked.")
        if includeInternalNotes {
            notice += l.pick(
                da: " Dokumentet indeholder interne noter: giv det ikke til familien eller samarbejdspartnere.",
                en: " The document holds internal notes: do not give it to the family or to partners.")
        }
        blocks.append(.notice(notice))
        blocks.append(.section(l.pick(da: "Familien", en: "The family"), context.familyBlocks()))
        blocks.append(.section(l.pick(da: "Børn", en: "Children"), context.childBlocks()))
        blocks.append(.section(l.pick(da: "Sager og indsatser", en: "Cases and measures"), context.caseBlocks()))
        blocks.append(.section(l.pick(da: "Frister nu", en: "Deadlines now"), context.deadlineBlocks()))
        blocks.append(.section(l.pick(da: "Mål (fælles målbillede)", en: "Goals (shared goal picture)"), context.goalBlocks()))
        blocks.append(.section(l.pick(da: "Netværk", en: "Network"), context.networkBlocks()))
        blocks.append(.section(l.pick(da: "Åbne aftaler", en: "Open agreements"), context.agreementBlocks()))
        blocks.append(.section(l.pick(da: "Årshjul", en: "Annual wheel"), context.wheelBlocks()))
        blocks.append(.section(l.pick(da: "Seneste kontakter", en: "Recent contacts"), context.contactBlocks()))
        blocks.append(.section(l.pick(da: "Samarbejdsudfordringer", en: "Collaboration challenges"), context.challengeBlocks()))
        blocks.append(.section(l.pick(da: "Klager", en: "Complaints"), context.complaintBlocks()))
        blocks.append(.section(l.pick(da: "Barnets stemme", en: "The child's voice"), context.voiceBlocks()))
        blocks.append(.section(l.pick(da: "Overgang til voksenlivet", en: "Transition to adult life"),
                               context.transitionBlocks()))
        if includeInternalNotes {
            blocks.append(.section(internalNotesHeading(in: l), context.internalNoteBlocks(), style: .internalOnly))
        }
        return ExportDocument(
            title: l.pick(da: "Overlevering: ", en: "Handover: ") + family.name,
            trainingNotice: training ? MeetingSummary.trainingNotice(in: l) : nil,
            blocks: blocks,
            footer: [l.pick(da: "Overleveringsdokument lavet med Sammen \(DanishCalendarNames.long(today)). \(team.name).",
                            en: "Handover document made with Sammen on \(EnglishCalendarNames.long(today)). \(team.name).")],
            language: l)
    }

    /// What every section reads: the family, the team (for caseworkers' names), today and the language.
    struct Context {
        let family: Family
        let team: Team
        let today: LocalDate
        let summary: FamilySummary
        let language: Language

        init(family: Family, team: Team, today: LocalDate, language: Language = .da) {
            self.family = family
            self.team = team
            self.today = today
            self.language = language
            summary = FamilySummary(family)
        }

        /// Sammen's own words in the document's language.
        func say(_ da: String, _ en: String) -> String { language.pick(da: da, en: en) }

        /// A date in a table or a field: 02.11.2026 in Danish, 2026-11-02 in English (as the screens write it).
        func date(_ d: LocalDate) -> String { language.date(d) }

        /// "5. april 2026", "5 April 2026"
        func long(_ d: LocalDate) -> String { language.longDate(d) }

        func relative(_ due: LocalDate) -> String { ExportVocabulary.relative(due, to: today, in: language) }

        func caseworker(_ initials: String) -> String { ExportVocabulary.caseworker(initials, in: team) }

        func childName(_ id: String?) -> String {
            guard let id else { return say("Hele familien", "The whole family") }
            return family.children.first { $0.id == id }.map { ExportText.oneLine($0.name) } ?? id
        }

        func none(_ text: String) -> [ExportBlock] { [.paragraph(text)] }

        // MARK: Overview, family, children

        func overviewFields() -> [ExportField] {
            var fields = [ExportField(say("Udskrevet", "Printed"), long(today)), ExportField("Team", team.name)]
            let open = family.cases.filter(\.isOpen)
            var primaries: [String] = []
            var buddies: [String] = []
            for c in open {
                if !primaries.contains(c.primaryCaseworker) { primaries.append(c.primaryCaseworker) }
                if let b = c.buddyCaseworker, !buddies.contains(b) { buddies.append(b) }
            }
            fields.append(ExportField(say("Sagsbehandler", "Caseworker"), primaries.isEmpty ? say("ingen åben sag", "no open case")
                : primaries.map(caseworker).joined(separator: ", ")))
            if !buddies.isEmpty {
                fields.append(ExportField(say("Makker", "Buddy"), buddies.map(caseworker).joined(separator: ", ")))
            }
            return fields
        }

        func familyBlocks() -> [ExportBlock] {
            let pref = family.contactPreference
            var fields = [ExportField(say("Navn", "Name"), family.name)]
            if let address = family.address, !address.isEmpty { fields.append(ExportField(say("Adresse", "Address"), address)) }
            fields.append(ExportField(say("Kontaktønske", "Contact wish"), ExportVocabulary.channel(pref.channel, in: language)
                + ", " + ExportVocabulary.contactStyle(pref.style, in: language)))
            if let note = pref.note, !note.isEmpty { fields.append(ExportField(say("Om kontakten", "About contact"), note)) }
            var blocks: [ExportBlock] = [.fields(fields)]
            if family.guardians.isEmpty {
                blocks.append(.paragraph(say("Ingen forældre eller værger registreret.", "No parents or guardians recorded.")))
            } else {
                blocks.append(.section(say("Forældre og værger", "Parents and guardians"), [.table(ExportTable(
                    headers: [say("Navn", "Name"), say("Relation", "Relation"), say("Telefon", "Phone"), "E-mail"],
                    rows: family.guardians.map { [$0.name, $0.relation, $0.phone ?? "", $0.email ?? ""] }))]))
            }
            return blocks
        }

        func childBlocks() -> [ExportBlock] {
            guard !family.children.isEmpty else { return none(say("Ingen børn registreret.", "No children recorded.")) }
            let rows = family.children.map { child -> [String] in
                [child.name, ExportVocabulary.age(born: child.birthDate, on: today, in: language)
                    + say(" (født ", " (born ") + long(child.birthDate) + ")",
                 child.maskedCPR ?? "", child.situation ?? "",
                 child.cases.map(\.number).joined(separator: ", ")]
            }
            let headers = language == .da ? ["Navn", "Alder", "CPR (maskeret)", "Situation", "Sager"]
                : ["Name", "Age", "CPR (masked)", "Situation", "Cases"]
            return [.table(ExportTable(headers: headers, rows: rows))]
        }

        // MARK: Cases

        func caseBlocks() -> [ExportBlock] {
            var blocks: [ExportBlock] = []
            for child in family.children {
                for c in child.cases {
                    blocks.append(.section(say("Sag ", "Case ") + "\(c.number) – \(child.name)", oneCase(c, child: child)))
                }
            }
            return blocks.isEmpty ? none(say("Familien har ingen sager.", "The family has no cases.")) : blocks
        }

        private func oneCase(_ c: ChildCase, child: Child) -> [ExportBlock] {
            var fields = [
                ExportField(say("Sagsbehandler", "Caseworker"),
                            caseworker(c.primaryCaseworker) + say(" – familiens faste kontakt", " – the family's regular contact")),
                ExportField(say("Makker", "Buddy"), c.buddyCaseworker.map(caseworker) ?? say("ingen", "none")),
                ExportField(say("Åbnet", "Opened"), date(c.opened)),
            ]
            if c.isOpen {
                fields.append(ExportField("Status", say("Åben", "Open")))
            } else {
                fields.append(ExportField("Status", say("Lukket", "Closed") + (c.closed.map { " " + date($0) } ?? "")))
            }
            if let plan = c.childPlanMade {
                fields.append(ExportField(say("Barnets plan udarbejdet", "Child's plan made"), date(plan)))
            }
            if c.isOpen, let cs = summary.cases.first(where: { $0.number == c.number && $0.childID == child.id }) {
                let cadence = cs.cadence(on: today)
                fields.append(ExportField(say("Opfølgning", "Follow-up"), say(cadence.danishRule, cadence.englishRule)))
                fields.append(ExportField(say("Hvorfor", "Why"), cadenceReason(cadence, active: c.activeMeasures(on: today))))
                fields.append(ExportField(say("Seneste opfølgning", "Last follow-up"),
                                          cs.lastFollowUp.map(date) ?? say("ingen endnu", "none yet")))
                let next = DeadlineEngine.nextFollowUp(for: cs, today: today)
                fields.append(ExportField(say("Næste opfølgning senest", "Next follow-up by"),
                                          "\(date(next)) (\(relative(next)))"))
            }
            var blocks: [ExportBlock] = [.fields(fields)]
            if c.measures.isEmpty {
                blocks.append(.paragraph(say("Ingen indsatser registreret.", "No measures recorded.")))
            } else {
                let rows = c.measures.map { m -> [String] in
                    [m.description, basis(m.legalBasis), date(m.started),
                     m.ended.map { $0 < today ? date($0) + say(" (afsluttet)", " (ended)") : date($0) } ?? "",
                     m.provider ?? ""]
                }
                let headers = language == .da ? ["Indsats", "Lovgrundlag", "Fra", "Til", "Udfører"]
                    : ["Measure", "Legal basis", "From", "To", "Provider"]
                blocks.append(.table(ExportTable(headers: headers, rows: rows)))
            }
            return blocks
        }

        /// "SEL § 52 / BL § 32 (Støttende indsatser)", "SEL § 52 / BL § 32 (Supportive measures)"
        func basis(_ b: LegalBasis) -> String {
            b.bothNumberings + (b.entry.map { " (\(say($0.danishTitle, $0.englishTitle)))" } ?? "")
        }

        func cadenceReason(_ cadence: Cadence, active: [Measure]) -> String {
            func list(_ ms: [Measure]) -> String {
                var seen: [String] = []
                for m in ms where !seen.contains(basis(m.legalBasis)) { seen.append(basis(m.legalBasis)) }
                return seen.joined(separator: "; ")
            }
            if language == .en { return englishCadenceReason(cadence, active: active, list: list) }
            switch cadence {
            case .sixWeeks:
                let drivers = active.filter { $0.legalBasis.entry?.cadence == .sixWeeks }
                return "Sagen har en aktiv børnefaglig undersøgelse, støttende indsats eller anbringelse: "
                    + list(drivers) + ". Sådanne sager følges op hver 6. uge; kommunen kan ikke ændre det."
            case .threeMonths:
                if active.isEmpty {
                    return "Sagen har ingen aktive indsatser. Uden undersøgelse eller støttende indsatser følges "
                        + "sagen op hver 3. måned."
                }
                return "Sagen har kun kompensation eller anden hjælp uden undersøgelse eller støttende indsatser: "
                    + list(active) + ". Sådanne sager følges op hver 3. måned; kommunen kan ikke ændre det."
            }
        }

        private func englishCadenceReason(_ cadence: Cadence, active: [Measure], list: ([Measure]) -> String) -> String {
            switch cadence {
            case .sixWeeks:
                let drivers = active.filter { $0.legalBasis.entry?.cadence == .sixWeeks }
                return "The case has an active child investigation, supportive measure or placement: "
                    + list(drivers) + ". Such cases are followed up every 6 weeks; the municipality cannot change that."
            case .threeMonths:
                if active.isEmpty {
                    return "The case has no active measures. Without an investigation or supportive measures, the "
                        + "case is followed up every 3 months."
                }
                return "The case has only compensation or other help without an investigation or supportive measures: "
                    + list(active) + ". Such cases are followed up every 3 months; the municipality cannot change that."
            }
        }

        func deadlineBlocks() -> [ExportBlock] {
            let deadlines = DeadlineEngine.deadlines(for: summary, today: today)
            guard !deadlines.isEmpty else {
                return none(say("Ingen frister: familien har ingen åben sag.", "No deadlines: the family has no open case."))
            }
            let rows = deadlines.map { d -> [String] in
                let rule = say(d.rule, d.englishRule)
                return [say(d.kind.danishName, d.kind.englishName), date(d.due), relative(d.due),
                        d.caseNumber + (d.childName.map { " (\($0))" } ?? ""),
                        d.detail.map { ExportText.sentence(rule) + " " + $0 } ?? rule]
            }
            let headers = language == .da ? ["Frist", "Senest", "Status", "Sag", "Regel og indhold"]
                : ["Deadline", "By", "Status", "Case", "Rule and content"]
            return [.table(ExportTable(headers: headers, rows: rows))]
        }

        // MARK: Goals

        func goalBlocks() -> [ExportBlock] {
            guard !family.goals.isEmpty else { return none(say("Ingen mål registreret.", "No goals recorded.")) }
            let ordered = family.goals.filter { $0.horizon == .short } + family.goals.filter { $0.horizon == .long }
            return ordered.map { goal in
                .section("\(ExportVocabulary.horizon(goal.horizon, in: language)): \(goal.title)", oneGoal(goal))
            }
        }

        private func oneGoal(_ goal: Goal) -> [ExportBlock] {
            let s = goal.smart
            var blocks: [ExportBlock] = [.fields([
                ExportField(say("Gælder", "Concerns"), childName(goal.childID)),
                ExportField(say("Ansvarlig", "Owner"), ExportVocabulary.responsible(goal.owner, in: team, language: language)),
                ExportField("Status", ExportVocabulary.goalStatus(goal.status, in: language)),
                ExportField(say("Oprettet", "Created"), date(goal.created)),
                ExportField(say("Specifikt", "Specific"), s.specific),
                ExportField(say("Målbart", "Measurable"), s.measurable),
                ExportField(say("Accepteret af", "Accepted by"), s.acceptedBy),
                ExportField(say("Realistisk", "Realistic"), s.realistic),
                ExportField(say("Tidsfrist", "Deadline"), s.deadline.map(date) ?? say("ingen", "none")),
            ])]
            if !goal.subGoals.isEmpty {
                let rows = goal.subGoals.map { sub -> [String] in
                    [sub.title, ExportVocabulary.responsible(sub.owner, in: team, language: language),
                     sub.deadline.map(date) ?? "", ExportVocabulary.goalStatus(sub.status, in: language)]
                }
                let headers = language == .da ? ["Delmål", "Ansvarlig", "Frist", "Status"]
                    : ["Sub-goal", "Owner", "Deadline", "Status"]
                blocks.append(.section(say("Delmål", "Sub-goals"), [.table(ExportTable(headers: headers, rows: rows))]))
            }
            if !goal.revisions.isEmpty {
                let items = goal.revisions.sorted { $0.date < $1.date }.map { r -> ExportItem in
                    var text = ExportText.sentence(r.reason) + say(" Før: ", " Before: ")
                        + "»\(ExportText.oneLine(r.previousTitle))«."
                    if let previous = r.previousSmart?.deadline {
                        text += say(" Tidsfrist før: ", " Deadline before: ") + date(previous) + "."
                    }
                    if let by = r.by { text += say(" Ændret af ", " Changed by ") + caseworker(by) + "." }
                    return ExportItem(lead: date(r.date) + ":", text)
                }
                blocks.append(.section(say("Ændringer af målet", "Changes to the goal"), [.items(items)]))
            }
            return blocks
        }
    }
}
