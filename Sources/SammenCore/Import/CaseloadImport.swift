import Foundation

/// What the import needs to know about the store. Plain values, so the import stays pure and testable.
public struct ImportContext: Sendable {
    /// From `--law sel|bl`: the law of a bare "§ 50".
    public var defaultLaw: Law?
    /// Case numbers (sagsnr) already in the store.
    public var existingCaseNumbers: Set<String>
    /// Family name (as written in the store) → id, for families already in the store.
    public var existingFamilies: [String: FamilyID]
    /// The team's caseworkers.
    public var caseworkers: [Caseworker]
    /// Every family id in the store, so new ids never collide with one.
    public var existingFamilyIDs: Set<FamilyID>

    public init(defaultLaw: Law? = nil, existingCaseNumbers: Set<String> = [],
                existingFamilies: [String: FamilyID] = [:], caseworkers: [Caseworker] = [],
                existingFamilyIDs: Set<FamilyID> = []) {
        self.defaultLaw = defaultLaw
        self.existingCaseNumbers = existingCaseNumbers
        self.existingFamilies = existingFamilies
        self.caseworkers = caseworkers
        self.existingFamilyIDs = existingFamilyIDs
    }
}

/// The whole file could not be imported. The import is all-or-nothing, so every problem is listed.
public struct ImportFailure: Error, Equatable, Sendable {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) { self.problems = problems }
}

/// What an import would change in the store. Nothing is written until the caller applies it.
public struct ImportPlan: Equatable, Sendable {
    /// Families not in the store, complete with children, cases, measures and follow-up contacts.
    public var newFamilies: [Family]
    /// Children (with their cases) to add to families already in the store, matched by family name.
    public var additions: [FamilyID: [Child]]
    /// Follow-up contacts for the cases in `additions`.
    public var additionContacts: [FamilyID: [Contact]]
    /// Caseworkers named in the file but not in the team.
    public var newCaseworkers: [Caseworker]
    /// Data rows read (the header and empty lines not counted).
    public var rowCount: Int

    public init(newFamilies: [Family] = [], additions: [FamilyID: [Child]] = [:],
                additionContacts: [FamilyID: [Contact]] = [:], newCaseworkers: [Caseworker] = [],
                rowCount: Int = 0) {
        self.newFamilies = newFamilies
        self.additions = additions
        self.additionContacts = additionContacts
        self.newCaseworkers = newCaseworkers
        self.rowCount = rowCount
    }
}

/// Turns a caseload exported from the municipality's case system (one row per child's case) into an
/// `ImportPlan`. Pure: it reads bytes and the context, never the disk or the clock.
public enum CaseloadImport {
    public static let followUpNote = "Importeret fra sagssystemet"

    public static func plan(csv data: Data, context: ImportContext) -> Result<ImportPlan, ImportFailure> {
        let table: CSVTable
        switch CSVReader.read(data) {
        case .success(let read): table = read
        case .failure(let error):
            return .failure(ImportFailure(problems: [ImportProblem(line: error.line, reason: error.phrase)]))
        }

        var problems = table.rowErrors.map { ImportProblem(line: $0.line, reason: $0.phrase) }
        let (map, headerProblems) = ColumnMap.make(header: table.header, line: table.headerLine)
        // Without its columns no row can be read: report the header (and rows of the wrong width) only.
        guard let columns = map else { return .failure(ImportFailure(problems: sorted(headerProblems + problems))) }

        // 1. Read and check each row on its own; collect every problem.
        var reader = RowReader(context: context)
        var rows: [Row] = []
        for record in table.records {
            if let row = reader.read(record, columns: columns) { rows.append(row) }
        }
        problems += reader.problems

        // 2. Group rows into families and children; that brings its own checks.
        var grouping = Grouping(context: context)
        for row in rows { grouping.add(row) }
        problems += grouping.problems

        guard problems.isEmpty else { return .failure(ImportFailure(problems: sorted(problems))) }

        // 3. Only a clean file gets ids and becomes a plan.
        var plan = grouping.build(context: context)
        plan.newCaseworkers = reader.caseworkers.created
        plan.rowCount = table.records.count
        return .success(plan)
    }

    /// By line; problems on the same line keep the order they were found in.
    private static func sorted(_ problems: [ImportProblem]) -> [ImportProblem] {
        problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}

// The pieces below are internal and nested, so their short names cannot clash with the rest of the module.
extension CaseloadImport {
    // MARK: - Columns

    /// The columns the import knows, with every name it accepts for each.
    enum Column: CaseIterable {
        case caseNumber, family, child, birthDate, caseworker, legalBasis, opened, lastFollowUp, cpr

        /// Accepted names, the Danish one first; æ/ø/å spellings also match ae/oe/aa through `normalise`.
        var names: [String] {
            switch self {
            case .caseNumber: return ["sagsnr", "case_id"]
            case .family: return ["familie", "family"]
            case .child: return ["barn", "child"]
            case .birthDate: return ["fødselsdato", "foedselsdato", "birthdate"]
            case .caseworker: return ["sagsbehandler", "caseworker"]
            case .legalBasis: return ["paragraffer", "legal_basis"]
            case .opened: return ["åbnet", "aabnet", "opened"]
            case .lastFollowUp: return ["seneste_opfølgning", "seneste_opfoelgning", "last_follow_up"]
            case .cpr: return ["cpr"]
            }
        }

        var isRequired: Bool { self != .lastFollowUp && self != .cpr }

        /// "fødselsdato", "åbnet-dato"… as the subject of a message.
        var danishLabel: String {
            switch self {
            case .caseNumber: return "sagsnr"
            case .family: return "familie"
            case .child: return "barnets navn"
            case .birthDate: return "fødselsdato"
            case .caseworker: return "sagsbehandler"
            case .legalBasis: return "paragraffer"
            case .opened: return "åbnet-dato"
            case .lastFollowUp: return "seneste opfølgning"
            case .cpr: return "CPR-nummer"
            }
        }

        /// "date of birth", "opened date"… as the subject of a message.
        var englishLabel: String {
            switch self {
            case .caseNumber: return "case number"
            case .family: return "family"
            case .child: return "child's name"
            case .birthDate: return "date of birth"
            case .caseworker: return "caseworker"
            case .legalBasis: return "legal basis"
            case .opened: return "opened date"
            case .lastFollowUp: return "last follow-up"
            case .cpr: return "CPR number"
            }
        }

        /// Case-insensitive, trimmed; æ/ø/å written as ae/oe/aa; spaces and hyphens as underscores.
        static func normalise(_ name: String) -> String {
            var text = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
                .lowercased()
            for (from, to) in [("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "_"), ("-", "_")] {
                text = text.replacingOccurrences(of: from, with: to)
            }
            return text
        }
    }

    /// Which field index holds which column.
    struct ColumnMap {
        private var index: [Column: Int] = [:]

        static func make(header: [String], line: Int) -> (ColumnMap?, [ImportProblem]) {
            var map = ColumnMap()
            var problems: [ImportProblem] = []
            for (position, raw) in header.enumerated() {
                let name = Column.normalise(raw)
                // Unknown columns are ignored: exports carry many more than the import needs.
                guard let column = Column.allCases.first(where: { $0.names.map(Column.normalise).contains(name) })
                else { continue }
                if let earlier = map.index[column] {
                    let first = header[earlier].trimmingCharacters(in: .whitespaces)
                    let second = raw.trimmingCharacters(in: .whitespaces)
                    problems.append(ImportProblem(line: line, reason: Phrase(
                        da: "kolonnerne «\(first)» og «\(second)» er den samme kolonne; behold kun én",
                        en: "the columns «\(first)» and «\(second)» are the same column; keep only one")))
                } else {
                    map.index[column] = position
                }
            }
            for column in Column.allCases where column.isRequired && map.index[column] == nil {
                let accepted = column.names.map { "«\($0)»" }.joined(separator: ", ")
                problems.append(ImportProblem(line: line, reason: Phrase(
                    da: "kolonnen «\(column.names[0])» mangler i overskriften (tilladte navne: \(accepted))",
                    en: "the column «\(column.names[0])» is missing from the header (accepted names: \(accepted))")))
            }
            return (problems.isEmpty ? map : nil, problems)
        }

        /// The trimmed value of `column` in `fields`, or "" when the file has no such column.
        func value(_ column: Column, in fields: [String]) -> String {
            guard let i = index[column] else { return "" }
            return fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    // MARK: - Rows

    /// One row, checked and converted.
    struct Row {
        let line: Int
        let caseNumber: String
        let familyName: String
        let childName: String
        let birthDate: LocalDate
        /// "DDMMYY-SSSS", already validated.
        let cpr: String?
        let caseworker: String
        let legalBases: [LegalBasis]
        let opened: LocalDate
        let lastFollowUp: LocalDate?

        /// Computed once: rows are grouped by them.
        let familyKey: String
        let childKey: String

        init(line: Int, caseNumber: String, familyName: String, childName: String, birthDate: LocalDate,
             cpr: String?, caseworker: String, legalBases: [LegalBasis], opened: LocalDate, lastFollowUp: LocalDate?) {
            self.line = line
            self.caseNumber = caseNumber
            self.familyName = familyName
            self.childName = childName
            self.birthDate = birthDate
            self.cpr = cpr
            self.caseworker = caseworker
            self.legalBases = legalBases
            self.opened = opened
            self.lastFollowUp = lastFollowUp
            familyKey = CaseloadImport.nameKey(familyName)
            childKey = CaseloadImport.nameKey(childName) + "\u{1F}" + birthDate.iso
        }
    }

    /// Names compare trimmed, case-insensitive, with runs of spaces counted as one.
    static func nameKey(_ name: String) -> String { collapseSpaces(name).lowercased() }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A value quoted for a message, with anything that looks like a CPR number masked.
    static func quoted(_ value: String) -> String { "«" + CPRNumber.redact(value) + "»" }

    /// Reads rows one at a time, remembering what later rows are checked against (case numbers seen,
    /// caseworkers created).
    struct RowReader {
        let context: ImportContext
        var problems: [ImportProblem] = []
        var caseworkers: CaseworkerBook
        private let storeCaseNumbers: Set<String>
        /// Case number key → the line it was first seen on.
        private var seenCaseNumbers: [String: Int] = [:]
        /// A caseload repeats the same few paragraph lists on every row: parse each once.
        private var legalBasisCache: [String: Result<[LegalBasis], LegalBasisError>] = [:]

        init(context: ImportContext) {
            self.context = context
            caseworkers = CaseworkerBook(existing: context.caseworkers)
            storeCaseNumbers = Set(context.existingCaseNumbers.map(Self.caseNumberKey))
        }

        /// Case numbers compare trimmed and case-insensitive: "SAG-1" and "sag-1" are the same case.
        static func caseNumberKey(_ number: String) -> String {
            number.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        }

        /// The row, or nil with its problems recorded. All fields are checked, so one pass shows every problem.
        mutating func read(_ record: CSVRecord, columns: ColumnMap) -> Row? {
            let line = record.line
            var rowProblems: [Phrase] = []
            func problem(_ da: String, _ en: String) { rowProblems.append(Phrase(da: da, en: en)) }
            func field(_ column: Column) -> String { columns.value(column, in: record.fields) }
            func required(_ column: Column) -> String? {
                let value = field(column)
                if value.isEmpty { problem("\(column.danishLabel) mangler", "\(column.englishLabel) is missing") }
                return value.isEmpty ? nil : value
            }
            func date(_ column: Column, _ text: String) -> LocalDate? {
                switch DateValue.parse(text) {
                case .date(let date): return date
                case .impossible:
                    problem("\(column.danishLabel) \(quoted(text)) findes ikke i kalenderen",
                            "\(column.englishLabel) \(quoted(text)) is not in the calendar")
                case .unreadable:
                    problem("\(column.danishLabel) \(quoted(text)) er ikke en dato (skriv ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ)",
                            "\(column.englishLabel) \(quoted(text)) is not a date (write YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)")
                }
                return nil
            }

            let caseNumber = required(.caseNumber)
            if let caseNumber {
                let key = Self.caseNumberKey(caseNumber)
                if storeCaseNumbers.contains(key) {
                    problem("sagsnr \(quoted(caseNumber)) findes allerede i Sammen", "case number \(quoted(caseNumber)) is already in Sammen")
                } else if let first = seenCaseNumbers[key] {
                    problem("sagsnr \(quoted(caseNumber)) står to gange i filen: på linje \(first) og linje \(line)",
                            "case number \(quoted(caseNumber)) appears twice in the file: on line \(first) and line \(line)")
                } else {
                    seenCaseNumbers[key] = line
                }
            }
            let family = required(.family).map(collapseSpaces)
            let child = required(.child).map(collapseSpaces)
            let birthDate = required(.birthDate).flatMap { date(.birthDate, $0) }

            var cpr: String?
            let cprText = field(.cpr)
            if !cprText.isEmpty {
                switch CPRNumber.parse(cprText) {
                case .success(let number): cpr = number.formatted
                // Never echo the number: say only that it is invalid, and why.
                case .failure(let error): problem("CPR-nummeret er ugyldigt: \(error.danishMessage)", "the CPR number is invalid: \(error.englishMessage)")
                }
            }

            var caseworker: String?
            if let name = required(.caseworker) {
                caseworker = caseworkers.resolve(name)
                if caseworker == nil {
                    problem("sagsbehandler \(quoted(name)) er hverken initialer eller et navn",
                            "caseworker \(quoted(name)) is neither initials nor a name")
                }
            }

            var legalBases: [LegalBasis]?
            let basesText = field(.legalBasis)
            let parsed = legalBasisCache[basesText] ?? LegalBasisParser.parseList(basesText, defaultLaw: context.defaultLaw)
            legalBasisCache[basesText] = parsed
            switch parsed {
            case .success(let list):
                // "SEL § 50, SEL § 50" is one measure.
                var seen = Set<LegalBasis>()
                legalBases = list.filter { seen.insert($0).inserted }
            case .failure(.empty):
                problem("paragraffer mangler", "legal basis is missing")
            case .failure(let error):
                problem("paragraffer: " + CPRNumber.redact(error.danishMessage), "legal basis: " + CPRNumber.redact(error.englishMessage))
            }

            let opened = required(.opened).flatMap { date(.opened, $0) }
            var lastFollowUp: LocalDate?
            let followUpText = field(.lastFollowUp)
            if !followUpText.isEmpty { lastFollowUp = date(.lastFollowUp, followUpText) }

            problems += rowProblems.map { ImportProblem(line: line, reason: $0) }
            guard rowProblems.isEmpty, let caseNumber, let family, let child, let birthDate, let caseworker,
                  let legalBases, let opened else { return nil }
            return Row(line: line, caseNumber: caseNumber, familyName: family, childName: child,
                       birthDate: birthDate, cpr: cpr, caseworker: caseworker, legalBases: legalBases,
                       opened: opened, lastFollowUp: lastFollowUp)
        }
    }

    /// Dates as case systems and Danish spreadsheets write them.
    enum DateValue: Equatable {
        case date(LocalDate)
        /// Well-formed, but no such day (2026-02-30).
        case impossible
        case unreadable

        /// "2026-03-05", "05-03-2026", "05.03.2026", "5.3.2026".
        static func parse(_ text: String) -> DateValue {
            guard let separator = text.first(where: { $0 == "-" || $0 == "." }) else { return .unreadable }
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
                return .unreadable
            }
            // Digits that overflow an Int (a damaged file) are unreadable, not a crash (found by fuzzing).
            let numbers = parts.compactMap { Int($0) }
            guard numbers.count == 3 else { return .unreadable }
            let short = 1...2
            let year, month, day: Int
            if parts[0].count == 4, separator == "-", short.contains(parts[1].count), short.contains(parts[2].count) {
                (year, month, day) = (numbers[0], numbers[1], numbers[2])
            } else if parts[2].count == 4, short.contains(parts[0].count), short.contains(parts[1].count) {
                (year, month, day) = (numbers[2], numbers[1], numbers[0])
            } else {
                return .unreadable
            }
            return LocalDate(year: year, month: month, day: day).map(DateValue.date) ?? .impossible
        }
    }

    /// Matches caseworker values against the team and creates the ones it does not know.
    struct CaseworkerBook {
        private(set) var created: [Caseworker] = []
        /// Lower-cased initials and name keys → initials. Initials win over a name that happens to match.
        private var byKey: [String: String] = [:]
        private var takenInitials: Set<String> = []

        init(existing: [Caseworker]) {
            for worker in existing { remember(worker) }
        }

        private mutating func remember(_ worker: Caseworker) {
            let nameKey = CaseloadImport.nameKey(worker.name)
            if byKey[nameKey] == nil { byKey[nameKey] = worker.initials }
            byKey[worker.initials.lowercased()] = worker.initials
            takenInitials.insert(worker.initials.uppercased())
        }

        /// The caseworker's initials, or nil when the value holds no letters at all.
        mutating func resolve(_ value: String) -> String? {
            if let known = byKey[nameKey(value)] { return known }
            let initials: String
            if value.count <= 5, value.allSatisfy(\.isLetter) {
                // Short and one word: already initials, as case systems write them.
                initials = value.uppercased()
            } else {
                let letters = value.split(whereSeparator: \.isWhitespace).compactMap { $0.first(where: \.isLetter) }
                guard !letters.isEmpty else { return nil }
                let base = String(letters).uppercased()
                var candidate = base
                var n = 2
                while takenInitials.contains(candidate) {
                    candidate = "\(base)\(n)"
                    n += 1
                }
                initials = candidate
            }
            let worker = Caseworker(initials: initials, name: collapseSpaces(value))
            created.append(worker)
            remember(worker)
            return initials
        }
    }

    // MARK: - Families

    /// Rows grouped into families and children, in the order they first appear in the file.
    struct Grouping {
        struct ChildDraft {
            var key: String
            var rows: [Row]
            var cpr: String?
            var cprLine: Int?
        }

        struct FamilyDraft {
            var key: String
            var name: String
            var firstRow: Row
            var existingID: FamilyID?
            var children: [ChildDraft] = []
        }

        private(set) var families: [FamilyDraft] = []
        private(set) var problems: [ImportProblem] = []
        /// Family key → index in `families`, so a big caseload groups in linear time.
        private var familyIndex: [String: Int] = [:]
        private let storeFamilies: [String: [FamilyID]]

        init(context: ImportContext) {
            var byKey: [String: [FamilyID]] = [:]
            for (name, id) in context.existingFamilies { byKey[nameKey(name), default: []].append(id) }
            storeFamilies = byKey.mapValues { Array(Set($0)).sorted() }
        }

        mutating func add(_ row: Row) {
            let familyIndex: Int
            if let i = self.familyIndex[row.familyKey] {
                familyIndex = i
            } else {
                var draft = FamilyDraft(key: row.familyKey, name: row.familyName, firstRow: row)
                if let ids = storeFamilies[row.familyKey] {
                    if ids.count == 1 {
                        draft.existingID = ids[0]
                    } else {
                        // Adding children to the wrong family would show them to the wrong parents: refuse.
                        problems.append(ImportProblem(line: row.line, reason: Phrase(
                            da: "der er \(ids.count) familier i Sammen, der hedder \(quoted(row.familyName)); giv dem forskellige navne før importen",
                            en: "there are \(ids.count) families in Sammen called \(quoted(row.familyName)); give them different names before the import")))
                    }
                }
                families.append(draft)
                familyIndex = families.count - 1
                self.familyIndex[row.familyKey] = familyIndex
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

        /// The plan, with ids. Only called when there are no problems.
        func build(context: ImportContext) -> ImportPlan {
            var plan = ImportPlan()
            var familyIDs = IDMinter(taken: context.existingFamilyIDs.union(context.existingFamilies.values))
            for draft in families {
                // Ids unique within the family. Seeds hold the case number, which the store has only once,
                // so ids never repeat those of an earlier import into the same family.
                var ids = IDMinter()
                var children: [Child] = []
                var contacts: [Contact] = []
                for childDraft in draft.children {
                    let first = childDraft.rows[0]
                    let childID = ids.mint("c", [draft.key, childDraft.key, first.caseNumber])
                    var cases: [ChildCase] = []
                    for row in childDraft.rows {
                        let measures = row.legalBases.map { basis in
                            Measure(id: ids.mint("m", [row.caseNumber, basis.description]), legalBasis: basis,
                                    description: basis.entry?.danishTitle ?? basis.description, started: row.opened)
                        }
                        cases.append(ChildCase(number: row.caseNumber, primaryCaseworker: row.caseworker,
                                               opened: row.opened, measures: measures))
                        if let last = row.lastFollowUp {
                            // A follow-up dated before the case opened is taken as held on the opening day.
                            contacts.append(Contact(id: ids.mint("k", [row.caseNumber, "opfølgning"]),
                                                    date: max(last, row.opened), channel: .meeting, kind: .followUp,
                                                    caseNumber: row.caseNumber, note: CaseloadImport.followUpNote))
                        }
                    }
                    children.append(Child(id: childID, name: first.childName, birthDate: first.birthDate,
                                          cpr: childDraft.cpr, cases: cases))
                }
                if let existingID = draft.existingID {
                    plan.additions[existingID, default: []] += children
                    if !contacts.isEmpty { plan.additionContacts[existingID, default: []] += contacts }
                } else {
                    var family = Family(id: familyIDs.mint("f", [draft.key, draft.firstRow.caseNumber]),
                                        name: draft.name, children: children)
                    family.contacts = contacts
                    plan.newFamilies.append(family)
                }
            }
            return plan
        }
    }

    /// Short, deterministic ids: prefix + 8 hex digits of an FNV-1a hash of the seed, with "-2", "-3"… on a
    /// collision. They satisfy `Family.isValidID` and hold no name or CPR number.
    struct IDMinter {
        var taken: Set<String> = []

        mutating func mint(_ prefix: String, _ seed: [String]) -> String {
            let base = prefix + "-" + Self.hex(Self.fnv1a(seed.joined(separator: "\u{1F}")))
            var id = base
            var n = 2
            while taken.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            taken.insert(id)
            return id
        }

        static func fnv1a(_ text: String) -> UInt32 {
            var hash: UInt32 = 0x811C_9DC5
            for byte in text.utf8 {
                hash ^= UInt32(byte)
                hash = hash &* 0x0100_0193
            }
            return hash
        }

        static func hex(_ value: UInt32) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }
    }
}
