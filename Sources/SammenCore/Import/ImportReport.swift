import Foundation

/// An import made ready to write: the plan applied to the families it touches, and the report of what will be
/// added, changed and left alone, per family. Both `sammen import csv --dry-run` and the program's preview
/// screen show the report; the real import writes `changedFamilies` and the plan's new families in one commit.
public struct PreparedImport: Sendable {
    public var plan: ImportPlan
    /// A streamed import's families in the store that rows join (`changedFamilies` is then empty): made one at
    /// a time when the report is shown and when the import is written.
    public var updates: ExistingFamilyUpdates?
    public var report: ImportReport
    /// Families in the store after the import's changes (only those that change).
    public var changedFamilies: [Family]
    /// The day the import is prepared for: the report's warnings (an investigation past its 4 months) count from it.
    public var today: LocalDate

    /// Applies the plan to each family it names, loaded with `load` (nothing is written).
    /// `names`: the families in the store, for the entries of families that are only listed (missing cases).
    public static func prepare(_ plan: ImportPlan, today: LocalDate, names: [FamilyID: String],
                               load: (FamilyID) throws -> Family) rethrows -> PreparedImport {
        var entries: [ImportReport.Entry] = []
        var changed: [Family] = []
        var unchanged = 0
        for family in plan.newFamilies {
            entries.append(ImportReport.Entry.newFamily(family, sameNameAs: plan.sameNameAsExisting[family.id] ?? [], today: today))
        }
        var listed = Set<FamilyID>()
        for update in plan.updates {
            var family = try load(update.familyID)
            let outcome = apply(update, to: &family, missing: plan.missingCases[update.familyID] ?? [], today: today)
            listed.insert(update.familyID)
            if outcome.unchanged { unchanged += 1 }
            if let entry = outcome.entry { entries.append(entry) }
            if outcome.changed { changed.append(family) }
        }
        for (id, missing) in plan.missingCases.sorted(by: { $0.key < $1.key }) where !listed.contains(id) {
            var entry = ImportReport.Entry(familyID: id, name: names[id] ?? id, kind: .unchanged)
            entry.missingCases = missing
            entries.append(entry)
        }
        let report = ImportReport(entries: entries, unchangedFamilies: unchanged, rowCount: plan.rowCount,
                                  newCaseworkers: plan.newCaseworkers.map(\.initials), encoding: plan.encoding)
        return PreparedImport(plan: plan, report: report, changedFamilies: changed, today: today)
    }

    /// What one family's rows do to it: the family is changed in place; `entry` is its report entry when it is
    /// listed, `changed` whether it is to be written, `unchanged` whether it counts as left as it is.
    static func apply(_ update: FamilyUpdate, to family: inout Family, missing: [String], today: LocalDate)
        -> (entry: ImportReport.Entry?, changed: Bool, unchanged: Bool)
    {
        let changes = family.applyImport(update, today: today)
        // A family the file leaves as it is is still listed when an investigation of it has passed its 4 months,
        // or when the file holds a case that is closed in Sammen.
        let warnings = ImportReport.investigationWarnings(family, today: today)
            + ImportReport.closedButInTheExport(update, family)
        let unchanged = changes.isEmpty && missing.isEmpty
        if unchanged && warnings.isEmpty { return (nil, false, true) }
        var entry = ImportReport.Entry(familyID: family.id, name: family.name, kind: changes.isEmpty ? .unchanged : .updated)
        entry.added = changes.added
        entry.changed = changes.changed
        entry.missingCases = missing
        if !changes.isEmpty || !missing.isEmpty { entry.leftAlone = ImportReport.sammenOnly(family) }
        entry.notes = warnings
        return (entry, !changes.isEmpty, unchanged)
    }

    /// The same for a streamed import: the report counts the new families, whose entries are made one at a time
    /// as they are built (`newFamilyLines`), and the families in the store that rows join, whose entries are
    /// made one at a time too (`ExistingFamilyUpdates`); its entries are only the families that are listed for
    /// their missing cases alone. Each family is loaded once here to count (nothing is kept of it).
    public static func prepare(_ streamed: StreamedImportPlan, today: LocalDate, names: [FamilyID: String],
                               load: (FamilyID) throws -> Family) throws -> PreparedImport {
        let updates = streamed.updates
        try updates.classify(today: today, load: load)
        var entries: [ImportReport.Entry] = []
        for (id, missing) in updates.missingOnly() {
            var entry = ImportReport.Entry(familyID: id, name: names[id] ?? id, kind: .unchanged)
            entry.missingCases = missing
            entries.append(entry)
        }
        var report = ImportReport(entries: entries, unchangedFamilies: updates.unchangedCount, rowCount: streamed.plan.rowCount,
                                  newCaseworkers: streamed.plan.newCaseworkers.map(\.initials), encoding: streamed.plan.encoding)
        report.streamedNewFamilies = streamed.newFamilies.count
        report.streamedUpdatedFamilies = updates.changedFamilyIDs.count
        report.streamedMissingCases = updates.missingCaseCount
        var prepared = PreparedImport(plan: streamed.plan, report: report, changedFamilies: [], today: today)
        prepared.updates = updates
        return prepared
    }

    /// A new family's lines in the report, as `report.lines` would show them.
    public func newFamilyLines(_ family: Family, in language: Language) -> [String] {
        ImportReport.lines(of: .newFamily(family, sameNameAs: plan.sameNameAsExisting[family.id] ?? [], today: today), in: language)
    }
}

/// What an import will do, per family, in both languages.
public struct ImportReport: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A family made by the import.
        case new
        /// A family in Sammen that the import changes.
        case updated
        /// A family in Sammen that the import leaves as it is (listed because cases are missing from the file).
        case unchanged
    }

    public struct Entry: Equatable, Sendable {
        public var familyID: FamilyID
        public var name: String
        public var kind: Kind
        public var added: [Phrase] = []
        public var changed: [Phrase] = []
        /// Open cases in Sammen that the file does not hold: listed, never deleted.
        public var missingCases: [String] = []
        /// The model's work in Sammen that the import does not touch (counts).
        public var leftAlone: [Phrase] = []
        public var notes: [Phrase] = []

        /// A family the import makes: its cases, and a note when a family in Sammen has the same name.
        static func newFamily(_ family: Family, sameNameAs others: [FamilyID], today: LocalDate) -> Entry {
            var entry = Entry(familyID: family.id, name: family.name, kind: .new)
            for child in family.children {
                for theCase in child.cases {
                    entry.added.append(Phrase(
                        da: "sag \(theCase.number) for \(child.name): \(theCase.measures.map(\.legalBasis.description).joined(separator: ", "))",
                        en: "case \(theCase.number) for \(child.name): \(theCase.measures.map(\.legalBasis.description).joined(separator: ", "))"))
                }
            }
            entry.notes += investigationWarnings(family, today: today)
            for other in others {
                entry.notes.append(Phrase(
                    da: "samme navn som familien \(other) i Sammen, men intet i rækkerne identificerer den (sagsnr, barn eller familienøgle): oprettes som en ny familie",
                    en: "same name as the family \(other) in Sammen, but nothing in the rows identifies it (case number, child or family key): made a new family"))
            }
            return entry
        }
    }

    public var entries: [Entry]
    /// Families in Sammen that rows were joined to and that the import leaves exactly as they are.
    public var unchangedFamilies: Int
    public var rowCount: Int
    public var newCaseworkers: [String]
    public var encoding: CSVEncoding
    /// New families of a streamed import: counted here, listed as they are built (not in `entries`).
    public var streamedNewFamilies = 0
    /// Families in the store that a streamed import changes, and their open cases not in the file: counted here,
    /// listed as they are made (not in `entries`).
    public var streamedUpdatedFamilies = 0
    public var streamedMissingCases = 0

    public var newFamilyCount: Int { entries.filter { $0.kind == .new }.count + streamedNewFamilies }
    public var updatedFamilyCount: Int { entries.filter { $0.kind == .updated }.count + streamedUpdatedFamilies }
    public var missingCaseCount: Int { entries.reduce(0) { $0 + $1.missingCases.count } + streamedMissingCases }

    /// The export lists the case system's open cases; a case in it that is closed in Sammen is one of the two
    /// out of step. The import neither reopens nor changes it (that is a caseworker's decision) and says so, once
    /// per case, with the file's line and the day Sammen closed it (never the reason: it is free text). Case
    /// numbers are matched as the import joins them (spaces and capitals aside).
    static func closedButInTheExport(_ update: FamilyUpdate, _ family: Family) -> [Phrase] {
        var said: Set<String> = []
        var notes: [Phrase] = []
        for row in update.caseUpdates {
            let key = CaseloadImport.caseNumberKey(row.number)
            guard !said.contains(key), let theCase = family.cases.first(where: { CaseloadImport.caseNumberKey($0.number) == key }),
                  !theCase.isOpen else { continue }
            said.insert(key)
            let da = theCase.closed.map { " \($0.danish)" } ?? ""
            let en = theCase.closed.map { " on \($0.iso)" } ?? ""
            notes.append(Phrase(
                da: "sag \(row.number) er lukket i Sammen\(da), men står i eksporten (linje \(row.line)); rækken bruges ikke, og sagen genåbnes og ændres ikke. Genåbn den i Sammen (c på sagen) og indlæs igen, eller få den lukket i sagssystemet",
                en: "case \(row.number) is closed in Sammen\(en) but is in the export (line \(row.line)); the row is not used, and the case is neither reopened nor changed. Reopen it in Sammen (c on the case) and import again, or have it closed in the case system"))
        }
        return notes
    }

    /// Issue #16.8: an investigation opened more than 4 months ago with no end may have ended without the end in
    /// the file. The deadline engine's rule (`undersoegelse-uden-slutdato`), never a second one; no CPR number.
    static func investigationWarnings(_ family: Family, today: LocalDate) -> [Phrase] {
        DeadlineEngine.investigationsWithoutEnd(in: FamilySummary(family), today: today).map { found in
            let da = found.started.danish, en = found.started.iso
            return Phrase(
                da: "sag \(found.caseNumber): undersøgelsen startede \(da) og har ingen slutdato, og de 4 måneder er gået. Er den afsluttet, så udfyld kolonnen undersøgelse_afsluttet med den dag (se docs/cli.md); ellers skal den afsluttes nu",
                en: "case \(found.caseNumber): the investigation started \(en) and has no end, and its 4 months have passed. If it has ended, fill in the column undersøgelse_afsluttet (or investigation_ended) with that day (see docs/cli.md); if not, it is to be finished now")
        }
    }

    /// "3 opfølgninger, 1 møde, 2 mål …": Sammen's own data in a family, which an import never touches.
    static func sammenOnly(_ family: Family) -> [Phrase] {
        func count(_ n: Int, _ da1: String, _ daN: String, _ en1: String, _ enN: String) -> Phrase? {
            n == 0 ? nil : Phrase(da: "\(n) \(n == 1 ? da1 : daN)", en: "\(n) \(n == 1 ? en1 : enN)")
        }
        let followUps = family.contacts.filter { $0.kind == .followUp }.count
        var items = [
            count(followUps, "opfølgning", "opfølgninger", "follow-up", "follow-ups"),
            count(family.contacts.count - followUps, "anden kontakt", "andre kontakter", "other contact", "other contacts"),
            count(family.meetings.count, "møde", "møder", "meeting", "meetings"),
            count(family.goals.count, "mål", "mål", "goal", "goals"),
            count(family.network.count, "i netværket", "i netværket", "in the network", "in the network"),
            count(family.annualPlan.count, "aktivitet i årshjulet", "aktiviteter i årshjulet", "activity in the annual wheel", "activities in the annual wheel"),
            count(family.complaints.count, "klage", "klager", "complaint", "complaints"),
        ].compactMap { $0 }
        if let notes = family.internalNotes, !notes.isEmpty { items.append(Phrase(da: "interne noter", en: "internal notes")) }
        return items
    }

    /// The report as lines of text, for the terminal.
    public func lines(in language: Language) -> [String] {
        openingLines(in: language) + entries.flatMap { Self.lines(of: $0, in: language) } + [summary(in: language)]
    }

    /// What comes before the families: how the file was read.
    public func openingLines(in language: Language) -> [String] {
        guard encoding == .windows1252 else { return [] }
        return [language.pick(da: "Filen er læst som Windows-1252 (Excels «CSV (semikolonsepareret)»); æ, ø og å er læst rigtigt.",
                              en: "The file was read as Windows-1252 (Excel's «CSV (semicolon delimited)»); æ, ø and å were read correctly.")]
    }

    /// The lines of one family.
    public static func lines(of entry: Entry, in language: Language) -> [String] {
        var lines: [String] = []
        func say(_ da: String, _ en: String) -> String { language.pick(da: da, en: en) }
        func join(_ phrases: [Phrase]) -> String { phrases.map { $0.text(in: language) }.joined(separator: ", ") }
        let state: String
        switch entry.kind {
        case .new: state = say("ny familie, oprettes", "new family, created")
        case .updated: state = say("opdateres", "updated")
        case .unchanged: state = say("uændret", "unchanged")
        }
        // A new family's id is random and not yet anyone's: only an existing family is named by its id.
        lines.append(entry.kind == .new ? "\(entry.name): \(state)" : "\(entry.name) (\(entry.familyID)): \(state)")
        for phrase in entry.added { lines.append("  " + say("tilføjes: ", "added: ") + phrase.text(in: language)) }
        for phrase in entry.changed { lines.append("  " + say("ændres: ", "changed: ") + phrase.text(in: language)) }
        if !entry.missingCases.isEmpty {
            lines.append("  " + say("ikke i eksporten (listes, slettes ikke): sag ", "not in the export (listed, not deleted): case ")
                         + entry.missingCases.joined(separator: ", "))
        }
        if !entry.leftAlone.isEmpty { lines.append("  " + say("røres ikke: ", "left alone: ") + join(entry.leftAlone)) }
        for note in entry.notes { lines.append("  " + say("bemærk: ", "note: ") + note.text(in: language)) }
        return lines
    }

    /// One line: rows, new and updated families, unchanged, missing cases, new caseworkers.
    public func summary(in language: Language) -> String {
        let n = language.number
        var text = language.pick(
            da: "\(n(rowCount)) rækker: \(n(newFamilyCount)) nye familier, \(n(updatedFamilyCount)) opdateres, \(n(unchangedFamilies)) uændrede, \(n(missingCaseCount)) åbne sager ikke i eksporten",
            en: "\(n(rowCount)) rows: \(n(newFamilyCount)) new families, \(n(updatedFamilyCount)) updated, \(n(unchangedFamilies)) unchanged, \(n(missingCaseCount)) open cases not in the export")
        if !newCaseworkers.isEmpty {
            text += language.pick(da: "; nye sagsbehandlere: ", en: "; new caseworkers: ") + newCaseworkers.joined(separator: ", ")
        }
        return text
    }
}
