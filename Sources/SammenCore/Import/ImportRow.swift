import Foundation

extension CaseloadImport {
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
        /// When the case's investigation (SEL § 50 / BL § 20) ended, from the optional column.
        let investigationEnded: LocalDate?
        /// The case system's key for the family, from the optional column.
        let familyKey: String?

        /// Rows of new families group by it: the case system's key when the file has one, else the name.
        var groupKey: String { familyKey.map { "\u{1F}key:" + $0 } ?? CaseloadImport.nameKey(familyName) }
        var childKey: String { CaseloadImport.nameKey(childName) + "\u{1F}" + birthDate.iso }
    }

    /// Names compare trimmed, case-insensitive, with runs of spaces counted as one.
    static func nameKey(_ name: String) -> String { collapseSpaces(name).lowercased() }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A value quoted for a message, with anything that looks like a CPR number masked.
    static func quoted(_ value: String) -> String { "«" + CPRNumber.redact(value) + "»" }

    /// Case numbers compare trimmed and case-insensitive: "SAG-1" and "sag-1" are the same case.
    static func caseNumberKey(_ number: String) -> String {
        number.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Reads rows one at a time, remembering what later rows are checked against (case numbers seen,
    /// caseworkers created).
    struct RowReader {
        let context: ImportContext
        var problems: [ImportProblem] = []
        var caseworkers: CaseworkerBook
        /// Case number key → the line it was first seen on. Compact: it holds every row's case number (#15.17).
        private var seenCaseNumbers = CompactKeyTable()
        /// A caseload repeats the same few paragraph lists on every row: parse each once.
        private var legalBasisCache: [String: Result<[LegalBasis], LegalBasisError>] = [:]

        /// False for the streamed import's second pass: the first pass checked the file for repeated case numbers,
        /// and the second checks that it reads the same bytes.
        let remembersCaseNumbers: Bool

        init(context: ImportContext, remembersCaseNumbers: Bool = true) {
            self.context = context
            self.remembersCaseNumbers = remembersCaseNumbers
            caseworkers = CaseworkerBook(existing: context.caseworkers)
        }

        /// Whether the file holds this case number (a key from `caseNumberKey`).
        func sawCaseNumber(_ key: String) -> Bool { seenCaseNumbers.value(of: key) != nil }

        /// The row, or nil with its problems recorded. All fields are checked, so one pass shows every problem.
        mutating func read(_ record: CSVRecord, columns: ColumnMap) -> Row? {
            let line = record.line
            let today = context.today
            var rowProblems: [Phrase] = []
            func problem(_ da: String, _ en: String) { rowProblems.append(Phrase(da: da, en: en)) }
            func problem(_ column: Column, _ reason: DateRules.Problem) {
                rowProblems.append(reason.phrase.prefixed(Phrase(da: column.danishLabel + ": ", en: column.englishLabel + ": ")))
            }
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
            func optionalDate(_ column: Column) -> LocalDate? {
                let text = field(column)
                return text.isEmpty ? nil : date(column, text)
            }

            let caseNumber = required(.caseNumber)
            if let caseNumber, remembersCaseNumbers {
                let key = caseNumberKey(caseNumber)
                if let first = seenCaseNumbers.insertIfAbsent(key, value: Int32(truncatingIfNeeded: line)) {
                    problem("sagsnr \(quoted(caseNumber)) står to gange i filen: på linje \(first) og linje \(line)",
                            "case number \(quoted(caseNumber)) appears twice in the file: on line \(first) and line \(line)")
                }
            }
            let family = required(.family).map(collapseSpaces)
            let child = required(.child).map(collapseSpaces)

            var cpr: CPRNumber?
            let cprText = field(.cpr)
            if !cprText.isEmpty {
                switch CPRNumber.parse(cprText) {
                case .success(let number): cpr = number
                // Never echo the number: say only that it is invalid, and why.
                case .failure(let error):
                    let digits = cprText.filter(\.isASCIIDigit)
                    if digits.count == 9, cprText.allSatisfy({ $0.isASCIIDigit || $0 == "-" || $0 == " " }) {
                        problem("CPR-nummeret har 9 cifre: Excel har sandsynligvis fjernet et 0 foran. Formatér CPR-kolonnen som tekst i Excel, skriv 0'et igen, og gem filen på ny",
                                "the CPR number has 9 digits: Excel has probably dropped a leading 0. Format the CPR column as text in Excel, type the 0 again, and save the file again")
                    } else {
                        problem("CPR-nummeret er ugyldigt: \(error.danishMessage)", "the CPR number is invalid: \(error.englishMessage)")
                    }
                }
            }

            var birthDate: LocalDate?
            if columns.has(.birthDate) {
                birthDate = required(.birthDate).flatMap { date(.birthDate, $0) }
                if let birthDate, let cpr, cpr.birthDate != birthDate {
                    problem("CPR-nummerets fødselsdato passer ikke med fødselsdatoen \(birthDate.danish)",
                            "the CPR number's date of birth does not match the date of birth \(birthDate.iso)")
                }
            } else if let cpr {
                birthDate = cpr.birthDate
            } else if cprText.isEmpty {
                problem("CPR-nummer mangler (filen har ingen kolonne med fødselsdato, så den tages fra CPR-nummeret)",
                        "CPR number is missing (the file has no date-of-birth column, so it is taken from the CPR number)")
            }
            if let born = birthDate, let reason = DateRules.birthDate(born, today: today) { problem(.birthDate, reason) }

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
            if let opened, let reason = DateRules.caseOpened(opened, birthDate: birthDate, today: today) {
                problem(.opened, reason)
            }
            let lastFollowUp = optionalDate(.lastFollowUp)
            if let lastFollowUp, let reason = DateRules.contact(lastFollowUp, caseOpened: opened, today: today) {
                problem(.lastFollowUp, reason)
            }
            let investigationEnded = optionalDate(.investigationEnded)
            if let investigationEnded {
                if let legalBases, !legalBases.contains(where: { $0.role == .investigation }) {
                    problem("\(Column.investigationEnded.danishLabel): rækken har ingen undersøgelse (SEL § 50 / BL § 20) blandt paragrafferne",
                            "\(Column.investigationEnded.englishLabel): the row has no investigation (SEL § 50 / BL § 20) among its legal bases")
                }
                if let opened, let reason = DateRules.measureEnded(investigationEnded, started: opened, today: today, mustHaveHappened: true) {
                    problem(.investigationEnded, reason)
                }
            }
            let familyKey = field(.familyKey)

            problems += rowProblems.map { ImportProblem(line: line, reason: $0) }
            guard rowProblems.isEmpty, let caseNumber, let family, let child, let birthDate, let caseworker,
                  let legalBases, let opened else { return nil }
            return Row(line: line, caseNumber: caseNumber, familyName: family, childName: child,
                       birthDate: birthDate, cpr: cpr?.formatted, caseworker: caseworker, legalBases: legalBases,
                       opened: opened, lastFollowUp: lastFollowUp, investigationEnded: investigationEnded,
                       familyKey: familyKey.isEmpty ? nil : familyKey)
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
}
