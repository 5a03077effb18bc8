import Foundation

/// The streamed import (#15.17): the first pass plans as `CaseloadImport.plan(fileAt:)` does, but keeps of each
/// new family only what identifies it, its id and the line of its last row. The second pass (`NewFamilyStream`)
/// reads the file again and builds each new family when its last row has been read, so a caller can write or
/// print it and let it go. Memory is then about the first pass's outline, not the whole caseload's families.
public struct StreamedImportPlan {
    /// The plan without its new families (`newFamilies` is empty; `sameNameAsExisting` is filled).
    public var plan: ImportPlan
    public var newFamilies: NewFamilyOutline
    /// The families in the store that rows join: only where their rows are (`plan.updates` is empty).
    public var updates: ExistingFamilyUpdates
}

/// The new families of a streamed import, before they are built: their ids (minted in the first pass, in the
/// order their first row appears in the file) and what the second pass needs to build them.
public struct NewFamilyOutline {
    /// The new families' ids, in the order `NewFamilyStream` hands the families out.
    public let ids: [FamilyID]
    let path: String
    /// The file as the first pass read it: the second pass must read the same bytes.
    let size: Int
    let hash: UInt64
    let maximumSize: Int
    let context: ImportContext
    let directory: CaseloadImport.Directory
    /// The families as the first pass grouped them (by index: `ids[i]` is family i's id).
    let families: CaseloadImport.NewFamilyOutliner

    public var count: Int { ids.count }
}

/// The file changed between the streamed import's two passes: nothing is written.
public struct ImportFileChanged: Error, Equatable, Sendable {
    public let reason = Phrase(
        da: "filen blev ændret, mens den blev indlæst; intet er indlæst. Prøv igen, når den er skrevet færdig",
        en: "the file changed while it was imported; nothing is imported. Try again once it is written")

    public init() {}
}

extension CaseloadImport {
    /// The first pass of a streamed import: every check of `plan(fileAt:)`, the same problems, no rows kept.
    public static func planStreamed(fileAt path: String, context: ImportContext,
                                    maximumSize: Int = maximumFileSize) -> Result<StreamedImportPlan, ImportFailure> {
        switch read(path, maximumSize: maximumSize, planner: Planner(context: context, streamed: true)) {
        case .failure(let failure): return .failure(failure)
        case .success(var read):
            return read.planner.finishOutline(encoding: read.encoding,
                                              file: (path, read.size, read.hash, maximumSize, read.format))
        }
    }
}

/// The second pass: reads the file again in chunks and hands out the new families one at a time, in the order
/// of their first row (as the plan lists them). A family whose last row is read before an earlier family's
/// waits until that one is handed out; in a file sorted by family (the case system's export) that is none.
///
/// Every row is read and checked again. If anything differs from the first pass (a row, the file's size or
/// its bytes), `next()` throws `ImportFileChanged`, at the latest when the last family is handed out: a caller
/// that writes the families before a commit point (the transaction's journal, a new store's store.json) thus
/// commits nothing that was not planned.
public final class NewFamilyStream {
    private let outline: NewFamilyOutline
    private let file: CaseloadFile
    private var parser: CSVStreamParser?
    private var reader: CaseloadImport.RowReader
    private var columns: CaseloadImport.ColumnMap?
    /// Family index → its rows so far, per child (by the child's full key, in the order of the child's first row).
    private var pending: [Int: [(key: String, rows: [CaseloadImport.Row])]] = [:]
    /// Families whose rows are all read but that are not yet handed out (made when they are, so that a chunk's
    /// worth of families is never held as records).
    private var ready: [Int: [(key: String, rows: [CaseloadImport.Row])]] = [:]
    private var nextIndex = 0
    private var changed = false
    private var atEnd = false

    public init(_ outline: NewFamilyOutline) throws {
        self.outline = outline
        // Small chunks: the families read in one chunk wait in `ready` until they are handed out.
        guard case .success(let file) = CaseloadFile.open(outline.path, maximumSize: outline.maximumSize, chunkSize: 16 * 1024) else {
            throw ImportFileChanged()
        }
        self.file = file
        reader = CaseloadImport.RowReader(context: outline.context, remembersCaseNumbers: false)
        parser = CSVStreamParser { [unowned self] event in
            switch event {
            case .header(let line, let fields):
                let (map, problems) = CaseloadImport.ColumnMap.make(header: fields, line: line, mapping: outline.context.columnMapping)
                columns = map
                if !problems.isEmpty { changed = true }
            case .record(let record): take(record)
            case .rowError: changed = true
            }
        }
    }

    /// The next new family, or nil when every one has been handed out.
    public func next() throws -> Family? {
        while true {
            if changed { throw ImportFileChanged() }
            if let children = ready.removeValue(forKey: nextIndex) {
                // The family's name and key are its first row's, each child's CPR number the first its rows give.
                let first = children[0].rows[0]
                let family = CaseloadImport.Grouping.family(
                    id: outline.ids[nextIndex], name: first.familyName, familyKey: first.familyKey,
                    children: children.map { child in (child.rows.lazy.compactMap(\.cpr).first, child.rows) })
                nextIndex += 1
                // The last family: the rest of the file must be what the first pass read, too.
                if nextIndex == outline.ids.count { try readToEnd() }
                return family
            }
            if nextIndex >= outline.ids.count { return nil }
            if atEnd { throw ImportFileChanged() }
            try readChunk()
        }
    }

    private func readChunk() throws {
        do {
            if try !file.readChunk({ try parser?.feed($0) }) {
                try parser?.finish()
                atEnd = true
            }
        } catch {
            throw ImportFileChanged()
        }
    }

    private func readToEnd() throws {
        while !atEnd { try readChunk() }
        if changed || !pending.isEmpty || !ready.isEmpty || file.total != outline.size || file.hash != outline.hash {
            throw ImportFileChanged()
        }
        parser = nil
    }

    private func take(_ record: CSVRecord) {
        guard let columns, let row = reader.read(record, columns: columns) else {
            changed = true
            return
        }
        switch outline.directory.anchor(row) {
        case .new: break
        case .refused: changed = true; return
        case .existingCase, .existingFamily: return
        }
        guard let found = outline.families.familyIndex.value(of: row.groupKey) else {
            changed = true
            return
        }
        let index = Int(found)
        var children = pending.removeValue(forKey: index) ?? []
        let key = row.childKey
        if let c = children.firstIndex(where: { $0.key == key }) {
            children[c].rows.append(row)
        } else {
            children.append((key, [row]))
        }
        guard row.line == Int(outline.families.lastLine[index]) else {
            pending[index] = children
            return
        }
        // The children the first pass counted (by their keys' hashes), each with one CPR number at most.
        let counted = outline.families.children(of: index)
        guard children.count == counted.count,
              zip(children, counted).allSatisfy({ child, counted in
                  FNV.hash(child.key) == counted.keyHash
                      && child.rows.allSatisfy {
                          $0.cpr == nil || counted.cpr == CaseloadImport.NewFamilyOutliner.packedCPR($0.cpr)
                      }
              }) else {
            changed = true
            return
        }
        ready[index] = children
    }
}
