import Foundation

/// What the import needs to know about the store. Plain values, so the import stays pure and testable.
public struct ImportContext: Sendable {
    /// From `--law sel|bl`: the law of a bare "§ 50".
    public var defaultLaw: Law?
    /// The day of the import: the date rules compare with it, and a legal basis new to a case starts on it.
    public var today: LocalDate
    /// The team's caseworkers.
    public var caseworkers: [Caseworker]
    /// What identifies each family already in the store (case numbers, children, the case system's key).
    public var families: [ImportedFamilyIdentity]
    /// Every family id in the store, so new ids never collide with one.
    public var existingFamilyIDs: Set<FamilyID>
    /// The file's own names for the import's columns (`--map`, or the mapping remembered in the store).
    public var columnMapping: ImportColumnMapping
    /// The store's families by what identifies them, built one family at a time (`CaseloadStore.importContext`);
    /// nil: made from `families`.
    var directory: CaseloadImport.Directory?

    public init(defaultLaw: Law? = nil, today: LocalDate = LocalDate.today(), caseworkers: [Caseworker] = [],
                families: [ImportedFamilyIdentity] = [], existingFamilyIDs: Set<FamilyID> = [],
                columnMapping: ImportColumnMapping = ImportColumnMapping()) {
        self.defaultLaw = defaultLaw
        self.today = today
        self.caseworkers = caseworkers
        self.families = families
        self.existingFamilyIDs = existingFamilyIDs.union(families.map(\.id))
        self.columnMapping = columnMapping
    }
}

/// What identifies a family already in Sammen: never its name alone (two families may share a name).
public struct ImportedFamilyIdentity: Sendable, Equatable {
    public struct ChildIdentity: Sendable, Equatable {
        public var id: String
        public var name: String
        public var birthDate: LocalDate
        /// "DDMMYY-SSSS" when the record has it.
        public var cpr: String?

        public init(id: String, name: String, birthDate: LocalDate, cpr: String? = nil) {
            self.id = id
            self.name = name
            self.birthDate = birthDate
            self.cpr = cpr
        }
    }

    public struct CaseIdentity: Sendable, Equatable {
        public var number: String
        public var childID: String
        public var isOpen: Bool

        public init(number: String, childID: String, isOpen: Bool = true) {
            self.number = number
            self.childID = childID
            self.isOpen = isOpen
        }
    }

    public var id: FamilyID
    /// Shown in the dry run and in messages; never used to match a row.
    public var name: String
    /// The case system's own key for the family, when an earlier export had a family-key column.
    public var caseSystemKey: String?
    public var children: [ChildIdentity]
    public var cases: [CaseIdentity]

    public init(id: FamilyID, name: String, caseSystemKey: String? = nil, children: [ChildIdentity] = [],
                cases: [CaseIdentity] = []) {
        self.id = id
        self.name = name
        self.caseSystemKey = caseSystemKey
        self.children = children
        self.cases = cases
    }

    /// The identity of a family record.
    public init(_ family: Family) {
        self.init(id: family.id, name: family.name, caseSystemKey: family.caseSystemKey,
                  children: family.children.map { ChildIdentity(id: $0.id, name: $0.name, birthDate: $0.birthDate, cpr: $0.cpr) },
                  cases: family.children.flatMap { child in
                      child.cases.map { CaseIdentity(number: $0.number, childID: child.id, isOpen: $0.isOpen) }
                  })
    }
}

/// The whole file could not be imported. The import is all-or-nothing, so every problem is listed.
public struct ImportFailure: Error, Equatable, Sendable {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) { self.problems = problems }
}
