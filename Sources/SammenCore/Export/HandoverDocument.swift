/// The handover document (overlevering): one document a new caseworker, or adult services at 18, can take over a
/// family from. The family and its contact preference, the children, each case with its measures, cadence and
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

    /// How many contacts "Seneste kontakter" lists.
    public static let recentContactCount = 10

    public static func render(family: Family, team: Team, today: LocalDate, format: ExportFormat, training: Bool,
                              includeInternalNotes: Bool = true) -> String {
        document(family: family, team: team, today: today, training: training,
                 includeInternalNotes: includeInternalNotes).render(format)
    }

    static func document(family: Family, team: Team, today: LocalDate, training: Bool,
                         includeInternalNotes: Bool) -> ExportDocument {
        let context = Context(family: family, team: team, today: today)
        var blocks: [ExportBlock] = [.fields(context.overviewFields())]
        var notice = "Fortroligt. Dokumentet indeholder helbredsoplysninger om børn (følsomme personoplysninger) "
            + "og er til den, der overtager sagen. CPR-numre er maskeret."
        if includeInternalNotes {
            notice += " Dokumentet indeholder interne noter: giv det ikke til familien eller samarbejdspartnere."
        }
        blocks.append(.notice(notice))
        blocks.append(.section("Familien", context.familyBlocks()))
        blocks.append(.section("Børn", context.childBlocks()))
        blocks.append(.section("Sager og indsatser", context.caseBlocks()))
        blocks.append(.section("Frister nu", context.deadlineBlocks()))
        blocks.append(.section("Mål (fælles målbillede)", context.goalBlocks()))
        blocks.append(.section("Netværk", context.networkBlocks()))
        blocks.append(.section("Åbne aftaler", context.agreementBlocks()))
        blocks.append(.section("Årshjul", context.wheelBlocks()))
        blocks.append(.section("Seneste kontakter", context.contactBlocks()))
        blocks.append(.section("Samarbejdsudfordringer", context.challengeBlocks()))
        blocks.append(.section("Klager", context.complaintBlocks()))
        blocks.append(.section("Barnets stemme", context.voiceBlocks()))
        blocks.append(.section("Overgang til voksenlivet", context.transitionBlocks()))
        if includeInternalNotes {
            blocks.append(.section(internalNotesHeading, context.internalNoteBlocks(), style: .internalOnly))
        }
        return ExportDocument(
            title: "Overlevering: \(family.name)",
            trainingNotice: training ? "fiktive oplysninger til træning. Familien findes ikke." : nil,
            blocks: blocks,
            footer: ["Overleveringsdokument lavet med Sammen \(DanishCalendarNames.long(today)). \(team.name)."])
    }

    /// What every section reads: the family, the team (for caseworkers' names) and today.
    struct Context {
        let family: Family
        let team: Team
        let today: LocalDate
        let summary: FamilySummary

        init(family: Family, team: Team, today: LocalDate) {
            self.family = family
            self.team = team
            self.today = today
            summary = FamilySummary(family)
        }

        func caseworker(_ initials: String) -> String { ExportVocabulary.caseworker(initials, in: team) }

        func childName(_ id: String?) -> String {
            guard let id else { return "Hele familien" }
            return family.children.first { $0.id == id }.map { ExportText.oneLine($0.name) } ?? id
        }

        func none(_ text: String) -> [ExportBlock] { [.paragraph(text)] }

        // MARK: Overview, family, children

        func overviewFields() -> [ExportField] {
            var fields = [ExportField("Udskrevet", DanishCalendarNames.long(today)), ExportField("Team", team.name)]
            let open = family.cases.filter(\.isOpen)
            var primaries: [String] = []
            var buddies: [String] = []
            for c in open {
                if !primaries.contains(c.primaryCaseworker) { primaries.append(c.primaryCaseworker) }
                if let b = c.buddyCaseworker, !buddies.contains(b) { buddies.append(b) }
            }
            fields.append(ExportField("Sagsbehandler", primaries.isEmpty ? "ingen åben sag"
                : primaries.map(caseworker).joined(separator: ", ")))
            if !buddies.isEmpty { fields.append(ExportField("Makker", buddies.map(caseworker).joined(separator: ", "))) }
            return fields
        }

        func familyBlocks() -> [ExportBlock] {
            let pref = family.contactPreference
            var fields = [ExportField("Navn", family.name)]
            if let address = family.address, !address.isEmpty { fields.append(ExportField("Adresse", address)) }
            fields.append(ExportField("Kontaktønske", ExportVocabulary.channel(pref.channel) + ", "
                + ExportVocabulary.contactStyle(pref.style)))
            if let note = pref.note, !note.isEmpty { fields.append(ExportField("Om kontakten", note)) }
            var blocks: [ExportBlock] = [.fields(fields)]
            if family.guardians.isEmpty {
                blocks.append(.paragraph("Ingen forældre eller værger registreret."))
            } else {
                blocks.append(.section("Forældre og værger", [.table(ExportTable(
                    headers: ["Navn", "Relation", "Telefon", "E-mail"],
                    rows: family.guardians.map { [$0.name, $0.relation, $0.phone ?? "", $0.email ?? ""] }))]))
            }
            return blocks
        }

        func childBlocks() -> [ExportBlock] {
            guard !family.children.isEmpty else { return none("Ingen børn registreret.") }
            let rows = family.children.map { child -> [String] in
                [child.name, ExportVocabulary.age(born: child.birthDate, on: today)
                    + " (født \(DanishCalendarNames.long(child.birthDate)))",
                 child.maskedCPR ?? "", child.situation ?? "",
                 child.cases.map(\.number).joined(separator: ", ")]
            }
            return [.table(ExportTable(headers: ["Navn", "Alder", "CPR (maskeret)", "Situation", "Sager"], rows: rows))]
        }

        // MARK: Cases

        func caseBlocks() -> [ExportBlock] {
            var blocks: [ExportBlock] = []
            for child in family.children {
                for c in child.cases {
                    blocks.append(.section("Sag \(c.number) – \(child.name)", oneCase(c, child: child)))
                }
            }
            return blocks.isEmpty ? none("Familien har ingen sager.") : blocks
        }

        private func oneCase(_ c: ChildCase, child: Child) -> [ExportBlock] {
            var fields = [
                ExportField("Sagsbehandler", caseworker(c.primaryCaseworker) + " – familiens faste kontakt"),
                ExportField("Makker", c.buddyCaseworker.map(caseworker) ?? "ingen"),
                ExportField("Åbnet", c.opened.danish),
            ]
            if c.isOpen {
                fields.append(ExportField("Status", "Åben"))
            } else {
                fields.append(ExportField("Status", "Lukket" + (c.closed.map { " \($0.danish)" } ?? "")))
            }
            if let plan = c.childPlanMade { fields.append(ExportField("Barnets plan udarbejdet", plan.danish)) }
            if c.isOpen, let cs = summary.cases.first(where: { $0.number == c.number && $0.childID == child.id }) {
                let cadence = cs.cadence(on: today)
                fields.append(ExportField("Opfølgning", cadence.danishRule))
                fields.append(ExportField("Hvorfor", cadenceReason(cadence, active: c.activeMeasures(on: today))))
                fields.append(ExportField("Seneste opfølgning", cs.lastFollowUp?.danish ?? "ingen endnu"))
                let next = DeadlineEngine.nextFollowUp(for: cs, today: today)
                fields.append(ExportField("Næste opfølgning senest",
                                          "\(next.danish) (\(ExportVocabulary.relative(next, to: today)))"))
            }
            var blocks: [ExportBlock] = [.fields(fields)]
            if c.measures.isEmpty {
                blocks.append(.paragraph("Ingen indsatser registreret."))
            } else {
                let rows = c.measures.map { m -> [String] in
                    [m.description, basis(m.legalBasis), m.started.danish,
                     m.ended.map { $0 < today ? "\($0.danish) (afsluttet)" : $0.danish } ?? "",
                     m.provider ?? ""]
                }
                blocks.append(.table(ExportTable(headers: ["Indsats", "Lovgrundlag", "Fra", "Til", "Udfører"],
                                                 rows: rows)))
            }
            return blocks
        }

        /// "SEL § 52 / BL § 32 (Støttende indsatser)"
        func basis(_ b: LegalBasis) -> String {
            b.bothNumberings + (b.entry.map { " (\($0.danishTitle))" } ?? "")
        }

        func cadenceReason(_ cadence: Cadence, active: [Measure]) -> String {
            func list(_ ms: [Measure]) -> String {
                var seen: [String] = []
                for m in ms where !seen.contains(basis(m.legalBasis)) { seen.append(basis(m.legalBasis)) }
                return seen.joined(separator: "; ")
            }
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

        func deadlineBlocks() -> [ExportBlock] {
            let deadlines = DeadlineEngine.deadlines(for: summary, today: today)
            guard !deadlines.isEmpty else { return none("Ingen frister: familien har ingen åben sag.") }
            let rows = deadlines.map { d -> [String] in
                [d.kind.danishName, d.due.danish, ExportVocabulary.relative(d.due, to: today),
                 d.caseNumber + (d.childName.map { " (\($0))" } ?? ""),
                 d.detail.map { ExportText.sentence(d.rule) + " " + $0 } ?? d.rule]
            }
            return [.table(ExportTable(headers: ["Frist", "Senest", "Status", "Sag", "Regel og indhold"], rows: rows))]
        }

        // MARK: Goals

        func goalBlocks() -> [ExportBlock] {
            guard !family.goals.isEmpty else { return none("Ingen mål registreret.") }
            let ordered = family.goals.filter { $0.horizon == .short } + family.goals.filter { $0.horizon == .long }
            return ordered.map { goal in
                .section("\(ExportVocabulary.horizon(goal.horizon)): \(goal.title)", oneGoal(goal))
            }
        }

        private func oneGoal(_ goal: Goal) -> [ExportBlock] {
            let s = goal.smart
            var blocks: [ExportBlock] = [.fields([
                ExportField("Gælder", childName(goal.childID)),
                ExportField("Ansvarlig", ExportVocabulary.responsible(goal.owner, in: team)),
                ExportField("Status", ExportVocabulary.goalStatus(goal.status)),
                ExportField("Oprettet", goal.created.danish),
                ExportField("Specifikt", s.specific),
                ExportField("Målbart", s.measurable),
                ExportField("Accepteret af", s.acceptedBy),
                ExportField("Realistisk", s.realistic),
                ExportField("Tidsfrist", s.deadline?.danish ?? "ingen"),
            ])]
            if !goal.subGoals.isEmpty {
                let rows = goal.subGoals.map { sub -> [String] in
                    [sub.title, ExportVocabulary.responsible(sub.owner, in: team), sub.deadline?.danish ?? "",
                     ExportVocabulary.goalStatus(sub.status)]
                }
                blocks.append(.section("Delmål", [.table(ExportTable(headers: ["Delmål", "Ansvarlig", "Frist", "Status"],
                                                                    rows: rows))]))
            }
            if !goal.revisions.isEmpty {
                let items = goal.revisions.sorted { $0.date < $1.date }.map { r -> ExportItem in
                    var text = ExportText.sentence(r.reason) + " Før: »\(ExportText.oneLine(r.previousTitle))«."
                    if let previous = r.previousSmart?.deadline { text += " Tidsfrist før: \(previous.danish)." }
                    if let by = r.by { text += " Ændret af \(caseworker(by))." }
                    return ExportItem(lead: r.date.danish + ":", text)
                }
                blocks.append(.section("Ændringer af målet", [.items(items)]))
            }
            return blocks
        }
    }
}
