import Foundation

/// Turns a caseload exported from the municipality's case system (one row per child's case) into an
/// `ImportPlan`. Pure: it reads bytes and the context, never the disk or the clock.
///
/// The case system is the master for what its export holds (cases, legal bases, caseworker, the child's data);
/// Sammen holds the model's work. A row joins a family already in Sammen only through something that
/// identifies it: its sagsnr, a child the family has (CPR, or name and birth date), or the family key column.
/// Never through the family's name alone.
public enum CaseloadImport {
    public static let followUpNote = "Importeret fra sagssystemet"

    public static func plan(csv data: Data, context: ImportContext) -> Result<ImportPlan, ImportFailure> {
        var planner = Planner(context: context)
        let read = CSVReader.stream(data) { event in
            switch event {
            case .header(let line, let fields): planner.header(line: line, fields: fields)
            case .record(let record): planner.record(record)
            case .rowError(let error): planner.rowError(error)
            }
        }
        switch read {
        case .failure(let error):
            return .failure(ImportFailure(problems: [ImportProblem(line: error.line, reason: error.phrase)]))
        case .success(let encoding):
            return planner.finish(encoding: encoding)
        }
    }

    /// Takes the file's header and rows one at a time (as the reader streams them) and keeps only the
    /// converted rows, so the file itself is never held whole.
    struct Planner {
        let context: ImportContext
        private var columns: ColumnMap?
        private var problems: [ImportProblem] = []
        private var reader: RowReader
        private var directory: Directory
        private var grouping = Grouping()
        /// The streamed import's first pass groups new families here instead (no rows kept).
        private var outliner: NewFamilyOutliner?
        private var updates: [FamilyID: FamilyUpdate] = [:]
        private var updateOrder: [FamilyID] = []
        /// (family, child) → the line whose child data the later rows of that child must agree with.
        private var childData: [String: (line: Int, name: String, birth: LocalDate, cpr: String?)] = [:]
        private var rowCount = 0
        /// The streamed import's first pass keeps only where the rows of families in the store are.
        private var existing: ExistingFamilyRows?

        /// `streamed`: no row is kept (the streamed import's first pass).
        init(context: ImportContext, streamed: Bool = false) {
            self.context = context
            reader = RowReader(context: context)
            directory = context.directory ?? Directory(context.families)
            if streamed {
                outliner = NewFamilyOutliner()
                existing = ExistingFamilyRows(families: directory.familyCount, children: directory.childCount)
            }
        }


        mutating func header(line: Int, fields: [String]) {
            let (map, headerProblems) = ColumnMap.make(header: fields, line: line, mapping: context.columnMapping)
            columns = map
            problems += headerProblems
        }

        mutating func rowError(_ error: CSVRowError) {
            rowCount += 1
            problems.append(ImportProblem(line: error.line, reason: error.phrase))
        }

        mutating func record(_ record: CSVRecord) {
            rowCount += 1
            // Without its columns no row can be read: report the header (and rows of the wrong width) only.
            guard let columns, let row = reader.read(record, columns: columns) else { return }
            let place = directory.place(row)
            switch place {
            case .refused(let problem):
                problems.append(ImportProblem(line: row.line, reason: problem))
                return
            case .new:
                if outliner != nil { outliner!.add(row, directory: directory) } else { grouping.add(row) }
                return
            case .existingCase(let family, let child), .existingFamily(let family, let child?):
                if child >= 0, existing != nil {
                    if let problem = existing!.childDataProblem(row, child: child) { problems.append(problem) }
                    existing!.rememberChild(row, child: child)
                }
                if existing != nil { existing!.add(row, offset: record.offset, family: family) }
            case .existingFamily(let family, nil):
                if existing != nil { existing!.add(row, offset: record.offset, family: family) }
            }
            guard existing == nil else { return }
            switch directory.anchor(place) {
            case .existingCase(let familyID, let childID):
                checkChildData(row, familyID: familyID, childID: childID)
                var update = updates[familyID] ?? startUpdate(familyID)
                update.caseUpdates.append(imported(row, childID: childID))
                if update.familyKey == nil { update.familyKey = row.familyKey }
                updates[familyID] = update
            case .existingFamily(let familyID, let childID):
                if let childID { checkChildData(row, familyID: familyID, childID: childID) }
                var update = updates[familyID] ?? startUpdate(familyID)
                update.newCases.append(imported(row, childID: childID))
                if update.familyKey == nil { update.familyKey = row.familyKey }
                updates[familyID] = update
            case .new, .refused: break
            }
        }

        private mutating func startUpdate(_ id: FamilyID) -> FamilyUpdate {
            updateOrder.append(id)
            return FamilyUpdate(familyID: id)
        }

        private func imported(_ row: Row, childID: String?) -> ImportedCase {
            ImportedCase(line: row.line, number: row.caseNumber, childID: childID, childName: row.childName,
                         birthDate: row.birthDate, cpr: row.cpr, caseworker: row.caseworker, legalBases: row.legalBases,
                         opened: row.opened, lastFollowUp: row.lastFollowUp, investigationEnded: row.investigationEnded)
        }

        /// Two rows about the same child in Sammen must agree on the child's data (the case system has one child).
        private mutating func checkChildData(_ row: Row, familyID: FamilyID, childID: String) {
            let key = familyID + "\u{1F}" + childID
            guard let first = childData[key] else {
                childData[key] = (row.line, row.childName, row.birthDate, row.cpr)
                return
            }
            if nameKey(first.name) != nameKey(row.childName) || first.birth != row.birthDate
                || (first.cpr != nil && row.cpr != nil && first.cpr != row.cpr) {
                problems.append(ImportProblem(line: row.line, reason: Phrase(
                    da: "barnets navn, fødselsdato eller CPR-nummer er et andet end på linje \(first.line) for samme barn",
                    en: "the child's name, date of birth or CPR number differs from line \(first.line) for the same child")))
            }
        }

        mutating func finish(encoding: CSVEncoding) -> Result<ImportPlan, ImportFailure> {
            let all = problems + reader.problems + grouping.problems
            guard all.isEmpty else { return .failure(ImportFailure(problems: sorted(all))) }
            // Only a clean file gets ids and becomes a plan.
            var plan = grouping.build(context: context, directory: directory)
            fill(&plan, encoding: encoding)
            return .success(plan)
        }

        /// The streamed import's first pass: the plan without its new families, which get only their ids here.
        mutating func finishOutline(encoding: CSVEncoding, file: (path: String, size: Int, hash: UInt64, maximumSize: Int, format: CSVFormat))
            -> Result<StreamedImportPlan, ImportFailure>
        {
            guard var outliner else { preconditionFailure("finishOutline without the streamed first pass") }
            self.outliner = nil
            outliner.compact()
            let all = problems + reader.problems + outliner.problems
            guard all.isEmpty else { return .failure(ImportFailure(problems: sorted(all))) }
            var plan = ImportPlan()
            var existing = self.existing ?? ExistingFamilyRows(families: 0, children: 0)
            self.existing = nil
            existing.sort()
            let ids = outliner.mintIDs(context: context)
            for (family, namesakes) in outliner.sameName { plan.sameNameAsExisting[ids[Int(family)]] = namesakes }
            fill(&plan, encoding: encoding)
            let outline = NewFamilyOutline(ids: ids, path: file.path, size: file.size, hash: file.hash,
                                           maximumSize: file.maximumSize, context: context, directory: directory,
                                           families: outliner)
            let updates = ExistingFamilyUpdates(rows: existing, path: file.path, size: file.size, hash: file.hash,
                                                maximumSize: file.maximumSize, format: file.format, context: context,
                                                directory: directory, columns: columns,
                                                caseworkers: context.caseworkers + reader.caseworkers.created,
                                                missingCases: plan.missingCases)
            return .success(StreamedImportPlan(plan: plan, newFamilies: outline, updates: updates))
        }

        private func fill(_ plan: inout ImportPlan, encoding: CSVEncoding) {
            plan.updates = updateOrder.compactMap { updates[$0] }
            plan.newCaseworkers = reader.caseworkers.created
            plan.rowCount = rowCount
            plan.encoding = encoding
            plan.missingCases = directory.missingCases(seen: reader.sawCaseNumber)
        }
    }

    /// By line; problems on the same line keep the order they were found in.
    static func sorted(_ problems: [ImportProblem]) -> [ImportProblem] {
        problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
