import Foundation

/// What applying an import did to one family, in words for the dry run and the preview screen.
public struct ImportChanges: Equatable, Sendable {
    public var added: [Phrase] = []
    public var changed: [Phrase] = []

    public init(added: [Phrase] = [], changed: [Phrase] = []) {
        self.added = added
        self.changed = changed
    }

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty }
}

extension Family {
    /// Applies the case system's facts to a family already in Sammen. Touches only what the export holds:
    /// the cases' legal bases (so the measures and the cadence), primary caseworker and opening day, and the
    /// child's name, birth date and CPR number. Follow-ups, the årshjul, meetings, goals, the network, notes,
    /// complaints and closings are Sammen's and stay as they are.
    ///
    /// A legal basis new to a case starts a measure on `today`; a basis the export no longer holds ends its
    /// running measure on `today` (the measure and its history stay). A basis the case has had before, even
    /// one whose measure ended in Sammen, changes nothing: case systems keep listing a finished investigation.
    public mutating func applyImport(_ update: FamilyUpdate, today: LocalDate) -> ImportChanges {
        var changes = ImportChanges()
        var ids = CaseloadImport.IDMinter(taken: Set(children.map(\.id) + contacts.map(\.id)
                                                   + children.flatMap { $0.cases.flatMap { $0.measures.map(\.id) } }))
        if caseSystemKey == nil, let key = update.familyKey {
            caseSystemKey = key
            changes.changed.append(Phrase(da: "familienøglen fra sagssystemet gemmes (\(CaseloadImport.quoted(key)))",
                                          en: "the case system's family key is stored (\(CaseloadImport.quoted(key)))"))
        }

        for row in update.caseUpdates {
            // A case closed in Sammen is left exactly as it is, whatever the export says of it: the report says
            // the two are out of step (ImportReport.closedButInTheExport), and a caseworker decides.
            guard let (ci, ki) = position(ofCase: row.number), children[ci].cases[ki].isOpen else { continue }
            updateChildData(ci, from: row, changes: &changes)
            let number = children[ci].cases[ki].number
            var theCase = children[ci].cases[ki]
            if theCase.primaryCaseworker.caseInsensitiveCompare(row.caseworker) != .orderedSame {
                changes.changed.append(Phrase(
                    da: "sag \(number): primær sagsbehandler \(theCase.primaryCaseworker) → \(row.caseworker)",
                    en: "case \(number): primary caseworker \(theCase.primaryCaseworker) → \(row.caseworker)"))
                theCase.primaryCaseworker = row.caseworker
                if let buddy = theCase.buddyCaseworker, buddy.caseInsensitiveCompare(row.caseworker) == .orderedSame {
                    theCase.buddyCaseworker = nil
                    changes.changed.append(Phrase(da: "sag \(number): makkeren \(buddy) er nu primær og er ikke længere makker",
                                                  en: "case \(number): the buddy \(buddy) is now primary and no longer the buddy"))
                }
            }
            if theCase.opened != row.opened {
                changes.changed.append(Phrase(da: "sag \(number): åbnet \(theCase.opened.danish) → \(row.opened.danish)",
                                              en: "case \(number): opened \(theCase.opened.iso) → \(row.opened.iso)"))
                theCase.opened = row.opened
            }
            for basis in row.legalBases where !theCase.measures.contains(where: { Self.sameRule($0.legalBasis, basis) }) {
                let ended = basis.role == .investigation ? row.investigationEnded : nil
                let started = ended == nil ? max(today, theCase.opened) : theCase.opened
                theCase.measures.append(Measure(id: ids.mint("m"), legalBasis: basis,
                                                description: basis.entry?.danishTitle ?? basis.description,
                                                started: started, ended: ended))
                changes.added.append(Phrase(
                    da: "sag \(number): \(basis.description) \(basis.entry?.danishTitle ?? "") fra \(started.danish)",
                    en: "case \(number): \(basis.description) \(basis.entry?.englishTitle ?? "") from \(started.iso)"))
            }
            for mi in theCase.measures.indices {
                let measure = theCase.measures[mi]
                let running = measure.ended.map { $0 > today } ?? true
                guard running, !row.legalBases.contains(where: { Self.sameRule($0, measure.legalBasis) }) else { continue }
                let end = max(today, measure.started)
                theCase.measures[mi].ended = end
                changes.changed.append(Phrase(
                    da: "sag \(number): \(measure.legalBasis.description) står ikke længere i eksporten; indsatsen afsluttes \(end.danish) (historikken bevares)",
                    en: "case \(number): \(measure.legalBasis.description) is no longer in the export; the measure ends on \(end.iso) (its history is kept)"))
            }
            if let ended = row.investigationEnded {
                for mi in theCase.measures.indices where theCase.measures[mi].role == .investigation
                    && row.legalBases.contains(where: { Self.sameRule($0, theCase.measures[mi].legalBasis) })
                    && theCase.measures[mi].ended != ended {
                    if theCase.measures[mi].started > ended { theCase.measures[mi].started = theCase.opened }
                    theCase.measures[mi].ended = ended
                    changes.changed.append(Phrase(
                        da: "sag \(number): undersøgelsen (\(theCase.measures[mi].legalBasis.description)) afsluttet \(ended.danish)",
                        en: "case \(number): the investigation (\(theCase.measures[mi].legalBasis.description)) ended on \(ended.iso)"))
                }
            }
            children[ci].cases[ki] = theCase
        }

        for row in update.newCases {
            let ci: Int
            if let index = childIndex(for: row) {
                ci = index
                updateChildData(ci, from: row, changes: &changes)
                changes.added.append(Phrase(
                    da: "ny sag \(row.number) for \(children[ci].name): \(row.legalBases.map(\.description).joined(separator: ", "))",
                    en: "new case \(row.number) for \(children[ci].name): \(row.legalBases.map(\.description).joined(separator: ", "))"))
            } else {
                children.append(Child(id: ids.mint("c"), name: row.childName,
                                      birthDate: row.birthDate, cpr: row.cpr))
                ci = children.count - 1
                changes.added.append(Phrase(
                    da: "nyt barn \(row.childName) med sag \(row.number): \(row.legalBases.map(\.description).joined(separator: ", "))",
                    en: "new child \(row.childName) with case \(row.number): \(row.legalBases.map(\.description).joined(separator: ", "))"))
            }
            children[ci].cases.append(CaseloadImport.newCase(row, ids: &ids))
            if let contact = CaseloadImport.followUp(row, ids: &ids) { contacts.append(contact) }
        }
        return changes
    }

    /// The same rule of law, in either numbering ("SEL § 50" and "BL § 20").
    static func sameRule(_ a: LegalBasis, _ b: LegalBasis) -> Bool {
        a == b || a.counterpart == b || b.counterpart == a
    }

    private func position(ofCase number: String) -> (Int, Int)? {
        let key = CaseloadImport.caseNumberKey(number)
        for (ci, child) in children.enumerated() {
            if let ki = child.cases.firstIndex(where: { CaseloadImport.caseNumberKey($0.number) == key }) { return (ci, ki) }
        }
        return nil
    }

    /// The child a new case belongs to: the one it was joined through, else the family's child with its CPR
    /// number, else with its name and birth date.
    private func childIndex(for row: ImportedCase) -> Int? {
        if let id = row.childID, let i = children.firstIndex(where: { $0.id == id }) { return i }
        if let cpr = row.cpr, let i = children.firstIndex(where: { $0.cpr.flatMap { try? CPRNumber.parse($0).get().formatted } == cpr }) {
            return i
        }
        let key = CaseloadImport.nameKey(row.childName)
        return children.firstIndex { CaseloadImport.nameKey($0.name) == key && $0.birthDate == row.birthDate }
    }

    /// The case system is the master for the child's name, birth date and CPR number.
    private mutating func updateChildData(_ ci: Int, from row: ImportedCase, changes: inout ImportChanges) {
        let old = children[ci]
        if CaseloadImport.nameKey(old.name) != CaseloadImport.nameKey(row.childName) {
            children[ci].name = row.childName
            changes.changed.append(Phrase(da: "barnet \(old.name) hedder nu \(row.childName)",
                                          en: "the child \(old.name) is now called \(row.childName)"))
        }
        if old.birthDate != row.birthDate {
            children[ci].birthDate = row.birthDate
            changes.changed.append(Phrase(da: "\(row.childName): fødselsdato \(old.birthDate.danish) → \(row.birthDate.danish)",
                                          en: "\(row.childName): date of birth \(old.birthDate.iso) → \(row.birthDate.iso)"))
        }
        if let cpr = row.cpr, old.cpr.flatMap({ try? CPRNumber.parse($0).get().formatted }) != cpr {
            children[ci].cpr = cpr
            // Never the number itself: only that it changed.
            changes.changed.append(old.cpr == nil
                ? Phrase(da: "\(row.childName): CPR-nummer tilføjet", en: "\(row.childName): CPR number added")
                : Phrase(da: "\(row.childName): CPR-nummer rettet", en: "\(row.childName): CPR number corrected"))
        }
    }
}
