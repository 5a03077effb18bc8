import Foundation

/// The import against a store, shared by `sammen import csv` and the program's preview screen: what identifies
/// the store's families, the plan and its report (nothing written), and the one transaction that writes it.
extension CaseloadStore {
    /// What the import needs to know about this store. The families' names for the report are looked up when the
    /// import is prepared (only those listed for missing cases need one), so `names` is empty.
    public func importContext(defaultLaw: Law?, today: LocalDate, extraMapping: ImportColumnMapping? = nil) throws
        -> (context: ImportContext, names: [FamilyID: String])
    {
        // What identifies each family (its cases, its children's CPR numbers and names, its key), read one family
        // at a time into the compact directory (#15.17). Read as part of the import, which is logged as one entry,
        // not as a read of every record.
        let ids = familyIDs.sorted()
        var directory = CaseloadImport.Directory()
        for id in ids { directory.add(try loadFamilyForImport(id, remembersFingerprint: false)) }
        directory.compact()
        var context = ImportContext(defaultLaw: defaultLaw, today: today, caseworkers: team.caseworkers,
                                    existingFamilyIDs: Set(ids))
        context.directory = directory
        context.columnMapping = try importColumnMapping()
        if let extraMapping { context.columnMapping = context.columnMapping.merged(with: extraMapping) }
        return (context, [:])
    }

    /// `names` with the store's name of each family in `ids` it lacks.
    func names(_ names: [FamilyID: String], adding ids: some Sequence<FamilyID>) -> [FamilyID: String] {
        var all = names
        for id in ids where all[id] == nil { all[id] = summary(id)?.name }
        return all
    }

    /// Reads the file and plans the import into this store; nothing is written.
    public func prepareImport(fileAt path: String, context: ImportContext, names: [FamilyID: String])
        throws -> Result<PreparedImport, ImportFailure>
    {
        switch CaseloadImport.plan(fileAt: path, context: context) {
        case .failure(let failure): return .failure(failure)
        case .success(let plan):
            return .success(try PreparedImport.prepare(plan, today: context.today, names: self.names(names, adding: plan.missingCases.keys)) {
                try loadFamily($0, logAs: nil)
            })
        }
    }

    /// Writes a prepared import in one transaction: the new families, the changed ones and the team with its new
    /// caseworkers. Returns the summaries of every family written.
    @discardableResult
    public func commit(_ prepared: PreparedImport, detail: String) throws -> [FamilySummary] {
        var newTeam = team
        newTeam.caseworkers.append(contentsOf: prepared.plan.newCaseworkers)
        try commitImport(newFamilies: prepared.plan.newFamilies, changedFamilies: prepared.changedFamilies,
                         team: prepared.plan.newCaseworkers.isEmpty ? nil : newTeam, detail: detail)
        return (prepared.plan.newFamilies + prepared.changedFamilies).compactMap { summary($0.id) }
    }
}

/// The streamed import (#15.17), used by `sammen import csv`: the same plan and report, with the new families
/// made one at a time in a second read of the file, and the families in the store that rows join read, changed
/// and let go one at a time (their rows read again by their offsets).
extension CaseloadStore {
    /// Reads the file once and plans the import into this store, then goes through the families its rows join
    /// once to count what changes; nothing is written. The new families are only outlined (`NewFamilyStream`
    /// makes them), the changed ones only counted (`prepared.updates` makes them). Throws `ImportFileChanged`
    /// when the file changed while it was read.
    public func prepareStreamedImport(fileAt path: String, context: ImportContext, names: [FamilyID: String])
        throws -> Result<(prepared: PreparedImport, newFamilies: NewFamilyOutline), ImportFailure>
    {
        switch CaseloadImport.planStreamed(fileAt: path, context: context) {
        case .failure(let failure): return .failure(failure)
        case .success(let streamed):
            let prepared = try PreparedImport.prepare(streamed, today: context.today,
                                                      names: self.names(names, adding: streamed.updates.missingOnly().map(\.id))) {
                try loadFamilyForImport($0, remembersFingerprint: true)
            }
            return .success((prepared, streamed.newFamilies))
        }
    }

    /// The report's entries of the families in the store that rows join, one at a time (the dry run).
    public func forEachExistingEntry(_ prepared: PreparedImport, _ body: (ImportReport.Entry) -> Void) throws {
        guard let updates = prepared.updates else {
            for entry in prepared.report.entries where entry.kind != .new { body(entry) }
            return
        }
        try updates.forEachEntry(today: prepared.today, load: { try loadFamilyForImport($0, remembersFingerprint: false) }, body)
    }

    /// Writes a prepared streamed import in one transaction. Each new family is made from the file, handed to
    /// `staged` and written before the next is made; then each family in the store that rows join is made, its
    /// entry handed to `listed` (those that do not change too), and written if it changes. The file is checked
    /// to be the one planned before the commit point (`ImportFileChanged` otherwise, and nothing is written).
    /// Every entry of the families in the store is listed by the time this returns.
    public func commit(_ prepared: PreparedImport, newFamilies outline: NewFamilyOutline, detail: String,
                       staged: (Family) -> Void = { _ in }, listed: (ImportReport.Entry) -> Void = { _ in }) throws {
        var newTeam = team
        newTeam.caseworkers.append(contentsOf: prepared.plan.newCaseworkers)
        let stream = outline.count == 0 ? nil : try NewFamilyStream(outline)
        // Each family to write was read strictly and its fingerprint kept when the import was prepared, and the
        // commit checks that every one is still those bytes before it writes anything: here it is only made again.
        let load = { (id: FamilyID) throws -> Family in try self.loadFamilyForImport(id, remembersFingerprint: false) }
        try commitImport(newFamilyIDs: outline.ids, nextNewFamily: {
            guard let family = try stream?.next() else { throw ImportFileChanged() }
            staged(family)
            return family
        }, changedFamilyIDs: prepared.updates?.changedFamilyIDs ?? [], nextChangedFamily: {
            guard let updates = prepared.updates else { throw ImportFileChanged() }
            return try updates.nextChangedFamily(today: prepared.today, load: load, listed: listed)
        }, team: prepared.plan.newCaseworkers.isEmpty ? nil : newTeam, detail: detail)
        // No family written: the families rows join are all still to be listed (none of them changes).
        try prepared.updates?.listRemaining(today: prepared.today, load: load, listed: listed)
    }
}
