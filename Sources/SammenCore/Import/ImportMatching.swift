import Foundation

extension CaseloadImport {
    /// Where a row belongs.
    enum Anchor: Equatable {
        /// Its sagsnr is in Sammen: the case (and its child) already exist.
        case existingCase(FamilyID, childID: String)
        /// A new case joined to a family in Sammen through a child it has (`childID`) or its family key
        /// (`childID` nil when the key joined it and the child is not found by CPR or name and birth date).
        case existingFamily(FamilyID, childID: String?)
        /// Nothing in the row identifies a family in Sammen: a new family (grouped with the file's other new rows).
        case new
        /// The row cannot be joined safely; the reason says why.
        case refused(Phrase)
    }

    // MARK: - New families

    /// Rows that join no family in Sammen, grouped into new families (by the family key column, else by name)
    /// and children, in the order they first appear in the file. The streamed import's first pass groups them
    /// in a `NewFamilyOutliner` instead, with the same checks and no rows.
    struct Grouping {
        struct ChildDraft {
            var key: String
            var rows: [Row]
            var cpr: String?
            var cprLine: Int?
        }

        struct FamilyDraft {
            var name: String
            /// The case system's key for the family (the first row's).
            var familyKey: String?
            var children: [ChildDraft] = []
        }

        private(set) var families: [FamilyDraft] = []
        private(set) var problems: [ImportProblem] = []
        /// Family key → index in `families`, so a big caseload groups in linear time.
        private var familyIndex: [String: Int] = [:]

        mutating func add(_ row: Row) {
            let familyIndex: Int
            let groupKey = row.groupKey
            if let i = self.familyIndex[groupKey] {
                familyIndex = i
            } else {
                families.append(FamilyDraft(name: row.familyName, familyKey: row.familyKey))
                familyIndex = families.count - 1
                self.familyIndex[groupKey] = familyIndex
            }

            let key = row.childKey
            if let c = families[familyIndex].children.firstIndex(where: { $0.key == key }) {
                var child = families[familyIndex].children[c]
                if let cpr = row.cpr {
                    if let known = child.cpr, known != cpr, let knownLine = child.cprLine {
                        problems.append(ImportProblem(line: row.line, reason: Phrase(
                            da: "CPR-nummeret er et andet end på linje \(knownLine) for samme barn",
                            en: "the CPR number differs from the one on line \(knownLine) for the same child")))
                    } else if child.cpr == nil {
                        child.cpr = cpr
                        child.cprLine = row.line
                    }
                }
                child.rows.append(row)
                families[familyIndex].children[c] = child
            } else {
                families[familyIndex].children.append(
                    ChildDraft(key: key, rows: [row], cpr: row.cpr, cprLine: row.cpr == nil ? nil : row.line))
            }
        }

        /// The new families, with ids. Only called when there are no problems.
        /// The rows of each family are let go as soon as it is built, so a large file does not hold both.
        mutating func build(context: ImportContext, directory: Directory) -> ImportPlan {
            var plan = ImportPlan()
            var familyIDs = IDMinter(taken: context.existingFamilyIDs)
            familyIndex = [:]
            plan.newFamilies.reserveCapacity(families.count)
            for index in families.indices {
                let draft = families[index]
                families[index].children = []
                let family = Self.family(id: familyIDs.mintFamily(), name: draft.name, familyKey: draft.familyKey,
                                         children: draft.children.map { ($0.cpr, $0.rows) })
                let namesake = directory.families(named: draft.name)
                if !namesake.isEmpty { plan.sameNameAsExisting[family.id] = namesake }
                plan.newFamilies.append(family)
            }
            return plan
        }

        /// One new family from its children's rows (each child's in file order, the children in the order of their
        /// first rows) and each child's CPR number (the first its rows give).
        static func family(id: FamilyID, name: String, familyKey: String?, children drafts: [(cpr: String?, rows: [Row])]) -> Family {
            // Ids unique within the family. Seeds hold the case number, which the store has only once,
            // so ids never repeat those of an earlier import into the same family.
            var ids = IDMinter()
            var children: [Child] = []
            var contacts: [Contact] = []
            for (cpr, childRows) in drafts {
                let first = childRows[0]
                let childID = ids.mint("c")
                var cases: [ChildCase] = []
                for row in childRows {
                    cases.append(CaseloadImport.newCase(row.imported, ids: &ids))
                    if let contact = CaseloadImport.followUp(row.imported, ids: &ids) { contacts.append(contact) }
                }
                children.append(Child(id: childID, name: first.childName, birthDate: first.birthDate,
                                      cpr: cpr, cases: cases))
            }
            var family = Family(id: id, name: name, children: children)
            family.contacts = contacts
            family.caseSystemKey = familyKey
            return family
        }
    }

    /// A case as the import creates it: its measures start on the opening day; an investigation ends on the
    /// file's end date when it has one.
    static func newCase(_ row: ImportedCase, ids: inout IDMinter) -> ChildCase {
        let measures = row.legalBases.map { basis in
            Measure(id: ids.mint("m"), legalBasis: basis,
                    description: basis.entry?.danishTitle ?? basis.description, started: row.opened,
                    ended: basis.role == .investigation ? row.investigationEnded : nil)
        }
        return ChildCase(number: row.number, primaryCaseworker: row.caseworker, opened: row.opened, measures: measures)
    }

    /// The follow-up the file says was last held, for a new case.
    static func followUp(_ row: ImportedCase, ids: inout IDMinter) -> Contact? {
        guard let last = row.lastFollowUp else { return nil }
        return Contact(id: ids.mint("k"), date: last, channel: .meeting, kind: .followUp,
                       caseNumber: row.number, note: CaseloadImport.followUpNote)
    }

    /// Random ids (`Family.randomID`), never derived from a name, a sagsnr, a birth date or a CPR number
    /// (#15.4): family ids unique among the store's, the others (children, measures, contacts) unique within
    /// their family.
    struct IDMinter {
        var taken: Set<String> = []

        mutating func mintFamily() -> FamilyID {
            let id = Family.newID(notIn: taken)
            taken.insert(id)
            return id
        }

        mutating func mint(_ prefix: String) -> String {
            let id = Family.randomID(prefix: prefix, letters: 8, notIn: taken)
            taken.insert(id)
            return id
        }
    }
}

extension CaseloadImport.Row {
    var imported: ImportedCase {
        ImportedCase(line: line, number: caseNumber, childName: childName, birthDate: birthDate, cpr: cpr,
                     caseworker: caseworker, legalBases: legalBases, opened: opened, lastFollowUp: lastFollowUp,
                     investigationEnded: investigationEnded)
    }
}
