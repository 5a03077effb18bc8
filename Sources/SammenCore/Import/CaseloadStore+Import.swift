import Foundation

/// The import against a store, shared by `sammen import csv` and the program's preview screen: what identifies
/// the store's families, the plan and its report (nothing written), and the one transaction that writes it.
extension CaseloadStore {
    /// What the import needs to know about this store, and the families' names for the report.
    public func importContext(defaultLaw: Law?, today: LocalDate, extraMapping: ImportColumnMapping? = nil) throws
        -> (context: ImportContext, names: [FamilyID: String])
    {
        // What identifies each family (its cases, its children's CPR numbers and names, its key). Read as part of
        // the import, which is logged as one entry, not as a read of every record.
        var identities: [ImportedFamilyIdentity] = []
        var names: [FamilyID: String] = [:]
        for summary in summaries.sorted(by: { $0.id < $1.id }) {
            identities.append(ImportedFamilyIdentity(try loadFamily(summary.id, logAs: nil)))
            names[summary.id] = summary.name
        }
        var context = ImportContext(defaultLaw: defaultLaw, today: today, caseworkers: team.caseworkers,
                                    families: identities, existingFamilyIDs: Set(names.keys))
        context.columnMapping = try importColumnMapping()
        if let extraMapping { context.columnMapping = context.columnMapping.merged(with: extraMapping) }
        return (context, names)
    }

    /// Reads the file and plans the import into this store; nothing is written.
    public func prepareImport(fileAt path: String, context: ImportContext, names: [FamilyID: String])
        throws -> Result<PreparedImport, ImportFailure>
    {
        switch CaseloadImport.plan(fileAt: path, context: context) {
        case .failure(let failure): return .failure(failure)
        case .success(let plan):
            return .success(try PreparedImport.prepare(plan, today: context.today, names: names) { try loadFamily($0, logAs: nil) })
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
/// made one at a time in a second read of the file.
extension CaseloadStore {
    /// Reads the file once and plans the import into this store; nothing is written. The new families are only
    /// outlined (`NewFamilyStream` makes them).
    public func prepareStreamedImport(fileAt path: String, context: ImportContext, names: [FamilyID: String])
        throws -> Result<(prepared: PreparedImport, newFamilies: NewFamilyOutline), ImportFailure>
    {
        switch CaseloadImport.planStreamed(fileAt: path, context: context) {
        case .failure(let failure): return .failure(failure)
        case .success(let streamed):
            let prepared = try PreparedImport.prepare(streamed, today: context.today, names: names) { try loadFamily($0, logAs: nil) }
            return .success((prepared, streamed.newFamilies))
        }
    }

    /// Writes a prepared streamed import in one transaction. Each new family is made from the file, handed to
    /// `staged` and written before the next is made; the file is checked to be the one planned before the commit
    /// point (`ImportFileChanged` otherwise, and nothing is written).
    public func commit(_ prepared: PreparedImport, newFamilies outline: NewFamilyOutline, detail: String,
                       staged: (Family) -> Void = { _ in }) throws {
        var newTeam = team
        newTeam.caseworkers.append(contentsOf: prepared.plan.newCaseworkers)
        let stream = outline.count == 0 ? nil : try NewFamilyStream(outline)
        try commitImport(newFamilyIDs: outline.ids, nextNewFamily: {
            guard let family = try stream?.next() else { throw ImportFileChanged() }
            staged(family)
            return family
        }, changedFamilies: prepared.changedFamilies, team: prepared.plan.newCaseworkers.isEmpty ? nil : newTeam, detail: detail)
    }
}
