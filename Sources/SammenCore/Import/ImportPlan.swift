import Foundation

/// What an import would change in the store. Nothing is written until the caller applies it.
public struct ImportPlan: Equatable, Sendable {
    /// Families not in the store, complete with children, cases, measures and follow-up contacts.
    public var newFamilies: [Family]
    /// Families already in the store that rows were joined to (by sagsnr, a child or the family key), in the
    /// order their first row appears in the file.
    public var updates: [FamilyUpdate]
    /// Caseworkers named in the file but not in the team.
    public var newCaseworkers: [Caseworker]
    /// Data rows read (the header and empty lines not counted).
    public var rowCount: Int
    /// Open cases in the store that the file does not hold, per family: listed, never deleted or closed.
    public var missingCases: [FamilyID: [String]]
    /// New families whose name is also a family's name in Sammen: made new, because a name alone never joins.
    /// New family id → the ids of the families in Sammen with that name.
    public var sameNameAsExisting: [FamilyID: [FamilyID]]
    /// How the file's bytes were read (UTF-8 unless it is Windows-1252).
    public var encoding: CSVEncoding

    public init(newFamilies: [Family] = [], updates: [FamilyUpdate] = [], newCaseworkers: [Caseworker] = [],
                rowCount: Int = 0, missingCases: [FamilyID: [String]] = [:],
                sameNameAsExisting: [FamilyID: [FamilyID]] = [:], encoding: CSVEncoding = .utf8) {
        self.newFamilies = newFamilies
        self.updates = updates
        self.newCaseworkers = newCaseworkers
        self.rowCount = rowCount
        self.missingCases = missingCases
        self.sameNameAsExisting = sameNameAsExisting
        self.encoding = encoding
    }

    public func update(for id: FamilyID) -> FamilyUpdate? { updates.first { $0.familyID == id } }
}

/// The rows joined to one family already in the store.
public struct FamilyUpdate: Equatable, Sendable {
    public var familyID: FamilyID
    /// Rows whose sagsnr the family already has: the case system's facts about those cases.
    public var caseUpdates: [ImportedCase]
    /// Rows with a new sagsnr joined to the family through a child it has or its family key.
    public var newCases: [ImportedCase]
    /// The family key column's value, stored on the family when it has none.
    public var familyKey: String?

    public init(familyID: FamilyID, caseUpdates: [ImportedCase] = [], newCases: [ImportedCase] = [], familyKey: String? = nil) {
        self.familyID = familyID
        self.caseUpdates = caseUpdates
        self.newCases = newCases
        self.familyKey = familyKey
    }
}

/// One row's facts about one case, as the case system holds them.
public struct ImportedCase: Equatable, Sendable {
    public var line: Int
    public var number: String
    /// The child in Sammen the row was joined through (for an existing case: the case's child), when known.
    public var childID: String?
    public var childName: String
    public var birthDate: LocalDate
    /// "DDMMYY-SSSS", when the file has it.
    public var cpr: String?
    public var caseworker: String
    public var legalBases: [LegalBasis]
    public var opened: LocalDate
    /// Only used for a new case: follow-ups of a case already in Sammen are Sammen's.
    public var lastFollowUp: LocalDate?
    public var investigationEnded: LocalDate?

    public init(line: Int, number: String, childID: String? = nil, childName: String, birthDate: LocalDate,
                cpr: String? = nil, caseworker: String, legalBases: [LegalBasis], opened: LocalDate,
                lastFollowUp: LocalDate? = nil, investigationEnded: LocalDate? = nil) {
        self.line = line
        self.number = number
        self.childID = childID
        self.childName = childName
        self.birthDate = birthDate
        self.cpr = cpr
        self.caseworker = caseworker
        self.legalBases = legalBases
        self.opened = opened
        self.lastFollowUp = lastFollowUp
        self.investigationEnded = investigationEnded
    }
}
