import Foundation

/// The families already in the store that a streamed import's rows join (#15.17), one at a time: each family's
/// rows are read again from the file by their offsets, its update made as the one-pass plan makes it, the family
/// loaded, changed and let go. Three walks over the families use it, each holding one family at a time:
/// `classify` (before anything is shown: the report's counts and which families are written), `forEachEntry`
/// (the dry run's report) and `nextChangedFamily` (the commit, which also shows each family's lines as it
/// stages it). Each walk ends by checking that the file is still the one the first pass read.
///
/// A class because the walks share the open file and the commit's place; used by one thread at a time (the
/// command's), hence `@unchecked Sendable` (a `PreparedImport` is handed to the program's screens as a value).
public final class ExistingFamilyUpdates: @unchecked Sendable {
    let rows: CaseloadImport.ExistingFamilyRows
    let path: String
    let size: Int
    let hash: UInt64
    let maximumSize: Int
    let format: CSVFormat
    let context: ImportContext
    let directory: CaseloadImport.Directory
    let columns: CaseloadImport.ColumnMap?
    let missingCases: [FamilyID: [String]]

    /// After `classify`: per family (in the report's order), whether the import writes it.
    private var writes: [Bool] = []
    /// After `classify`: the families the import writes, in the report's order.
    public private(set) var changedFamilyIDs: [FamilyID] = []
    public private(set) var classified = false
    /// After `classify`: the place of the last family written (-1: none).
    private var lastWritten = -1
    /// After `classify`: families the rows leave exactly as they are (the report's "uændrede").
    public private(set) var unchangedCount = 0
    /// After `classify`: open cases the file does not hold, of the families rows join.
    public private(set) var missingCaseCount = 0

    /// The commit's place in the families (the next one to look at).
    private var cursor = 0
    private var reader: Reader?

    init(rows: CaseloadImport.ExistingFamilyRows, path: String, size: Int, hash: UInt64, maximumSize: Int,
         format: CSVFormat, context: ImportContext, directory: CaseloadImport.Directory,
         columns: CaseloadImport.ColumnMap?, caseworkers: [Caseworker], missingCases: [FamilyID: [String]]) {
        self.rows = rows
        self.path = path
        self.size = size
        self.hash = hash
        self.maximumSize = maximumSize
        self.format = format
        var context = context
        // The second read resolves caseworkers with those the first read made, whatever the order.
        context.caseworkers = caseworkers
        self.context = context
        self.directory = directory
        self.columns = columns
        self.missingCases = missingCases
    }

    /// The number of families rows join.
    public var count: Int { rows.familyCount }

    /// The id of the family at `place` in the report's order.
    public func familyID(at place: Int) -> FamilyID { directory.familyIDs[Int(rows.order[place])] }

    /// The families with open cases the file does not hold that no row joins (listed after the others).
    public func missingOnly() -> [(id: FamilyID, cases: [String])] {
        var joined = Set<FamilyID>()
        for p in 0..<count where missingCases[familyID(at: p)] != nil { joined.insert(familyID(at: p)) }
        return missingCases.filter { !joined.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The family at `place`, loaded with `load` and changed by its rows, with its outcome.
    func outcome(at place: Int, today: LocalDate, load: (FamilyID) throws -> Family) throws
        -> (family: Family, entry: ImportReport.Entry?, changed: Bool, unchanged: Bool)
    {
        let update = try self.update(at: place)
        var family = try load(update.familyID)
        let outcome = PreparedImport.apply(update, to: &family, missing: missingCases[update.familyID] ?? [], today: today)
        return (family, outcome.entry, outcome.changed, outcome.unchanged)
    }

    /// Goes through every family once, keeping of each whether it is written: the counts the report's summary
    /// and the transaction need before anything is shown or written.
    public func classify(today: LocalDate, load: (FamilyID) throws -> Family) throws {
        writes = []
        writes.reserveCapacity(count)
        lastWritten = -1
        cursor = 0
        changedFamilyIDs = []
        unchangedCount = 0
        missingCaseCount = 0
        for p in 0..<count {
            let outcome = try self.outcome(at: p, today: today, load: load)
            writes.append(outcome.changed)
            if outcome.changed {
                changedFamilyIDs.append(outcome.family.id)
                lastWritten = p
            }
            if outcome.unchanged { unchangedCount += 1 }
            missingCaseCount += missingCases[outcome.family.id]?.count ?? 0
        }
        if count > 0 { try checkFileUnchanged() }
        classified = true
    }

    /// The report's entries of the families rows join, in its order, one at a time (the dry run).
    public func forEachEntry(today: LocalDate, load: (FamilyID) throws -> Family, _ body: (ImportReport.Entry) -> Void) throws {
        for p in 0..<count {
            if let entry = try outcome(at: p, today: today, load: load).entry { body(entry) }
        }
        if count > 0 { try checkFileUnchanged() }
    }

    /// The commit's walk: the next family the import writes, changed, after showing (`listed`) the entries of
    /// the families before it; with the last, the entries of every family after it too, so that the whole report
    /// is shown before the commit point. Throws `ImportFileChanged` when a family no longer changes as
    /// classified, or when the file is not the one read (checked with the last family).
    public func nextChangedFamily(today: LocalDate, load: (FamilyID) throws -> Family,
                                  listed: (ImportReport.Entry) -> Void) throws -> Family {
        precondition(classified, "nextChangedFamily before classify")
        while cursor < count {
            let p = cursor
            cursor += 1
            let outcome = try self.outcome(at: p, today: today, load: load)
            if let entry = outcome.entry { listed(entry) }
            guard outcome.changed == writes[p] else { throw ImportFileChanged() }
            guard outcome.changed else { continue }
            if p == lastWritten {
                try listRemaining(today: today, load: load, listed: listed)
                try checkFileUnchanged()
            }
            return outcome.family
        }
        throw ImportFileChanged()
    }

    /// The entries of the families after the commit's place (none of them is written). The commit shows them
    /// with its last family; when it writes none of these families, the caller shows them all with this.
    public func listRemaining(today: LocalDate, load: (FamilyID) throws -> Family,
                              listed: (ImportReport.Entry) -> Void) throws {
        while cursor < count {
            let p = cursor
            cursor += 1
            let outcome = try self.outcome(at: p, today: today, load: load)
            guard !outcome.changed else { throw ImportFileChanged() }
            if let entry = outcome.entry { listed(entry) }
        }
    }

    /// The file's size and bytes as the first pass read them, or `ImportFileChanged`.
    public func checkFileUnchanged() throws {
        guard case .success(let file) = CaseloadFile.open(path, maximumSize: maximumSize) else { throw ImportFileChanged() }
        do {
            while try file.readChunk({ _ in }) {}
        } catch {
            throw ImportFileChanged()
        }
        guard file.total == size, file.hash == hash else { throw ImportFileChanged() }
    }

    /// Reads the family's rows again and makes its update as the one-pass planner does. Any row that does not
    /// read, or joins another family, than in the first pass means the file changed.
    func update(at place: Int) throws -> FamilyUpdate {
        if reader == nil { reader = try Reader(self) }
        let number = rows.order[place]
        var update = FamilyUpdate(familyID: directory.familyIDs[Int(number)])
        for (offset, line) in rows.rows(ofFamilyAt: place) {
            let row = try reader!.row(at: offset, line: line)
            switch directory.place(row) {
            case .existingCase(number, let child):
                update.caseUpdates.append(row.imported(childID: directory.childID(child)))
            case .existingFamily(number, let child):
                update.newCases.append(row.imported(childID: child.map(directory.childID)))
            default:
                throw ImportFileChanged()
            }
            if update.familyKey == nil { update.familyKey = row.familyKey }
        }
        return update
    }

    /// The file, open for reading single rows at their offsets.
    final class Reader {
        private let fd: Int32
        private let format: CSVFormat
        private var rowReader: CaseloadImport.RowReader
        private let columns: CaseloadImport.ColumnMap
        private var buffer = [UInt8](repeating: 0, count: 1024)

        init(_ updates: ExistingFamilyUpdates) throws {
            guard let columns = updates.columns else { throw ImportFileChanged() }
            let fd = Glibc.open(updates.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw ImportFileChanged() }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                close(fd)
                throw ImportFileChanged()
            }
            self.fd = fd
            self.columns = columns
            format = updates.format
            rowReader = CaseloadImport.RowReader(context: updates.context, remembersCaseNumbers: false)
        }

        deinit { close(fd) }

        /// The row that starts at `offset` (on `line`), read and checked again.
        func row(at offset: Int, line: Int) throws -> CaseloadImport.Row {
            var found: CSVRecord?
            var other = false
            var parser = CSVStreamParser(rereadingAt: offset, line: line, separator: format.separator,
                                         encoding: format.encoding, headerWidth: format.headerWidth) { event in
                switch event {
                case .record(let record): found = record
                case .header, .rowError: other = true
                }
            }
            var position = offset
            do {
                while found == nil && !other {
                    let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(position)) }
                    if count < 0 {
                        if errno == EINTR { continue }
                        throw ImportFileChanged()
                    }
                    if count == 0 {
                        try parser.finish()
                        break
                    }
                    position += count
                    try buffer.withUnsafeBufferPointer { try parser.feed(UnsafeBufferPointer(rebasing: $0[0..<count])) }
                }
            } catch {
                throw ImportFileChanged()
            }
            guard let found, !other, found.line == line, found.offset == offset,
                  let row = rowReader.read(found, columns: columns) else { throw ImportFileChanged() }
            return row
        }
    }
}

extension CaseloadImport.Row {
    func imported(childID: String?) -> ImportedCase {
        ImportedCase(line: line, number: caseNumber, childID: childID, childName: childName, birthDate: birthDate,
                     cpr: cpr, caseworker: caseworker, legalBases: legalBases, opened: opened,
                     lastFollowUp: lastFollowUp, investigationEnded: investigationEnded)
    }
}
