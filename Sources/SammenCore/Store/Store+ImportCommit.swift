import Foundation

/// An import's commit: new families, additions to existing ones and the team in one transaction, all or nothing
/// (the journal's rename is the commit point), with each family made only when it is staged so a large import
/// holds one at a time (#15.17); and the read of a family for an import, neither logged nor kept.
extension Store {
    /// Writes new families, additions to existing ones and the team in one transaction: all or nothing.
    public func commitImport(newFamilies: [Family], changedFamilies: [Family], team newTeam: Team?, detail: String) throws {
        var next = 0
        try withWriteLock {
            try commitImport(newFamilyIDs: newFamilies.map(\.id), nextNewFamily: {
                defer { next += 1 }
                return newFamilies[next]
            }, changedFamilies: changedFamilies, team: newTeam, detail: detail)
            if newFamilies.count > FamilyIndexJournal.mostPerRecord { refreshEntries(newFamilies.map { ($0.id, $0) }) }
        }
    }

    /// The same, with each new family made only when it is staged: a streamed import holds one at a time. The
    /// journal's rename is still the commit point, after the last family is staged, so a family that cannot be
    /// made (`nextNewFamily` throws) leaves the store as it was.
    public func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilies: [Family],
                             team newTeam: Team?, detail: String) throws {
        var next = 0
        try commitImport(newFamilyIDs: newFamilyIDs, nextNewFamily: nextNewFamily,
                         changedFamilyIDs: changedFamilies.map(\.id), nextChangedFamily: {
                             defer { next += 1 }
                             return changedFamilies[next]
                         }, team: newTeam, detail: detail, summarizesChanged: true)
    }

    /// The same, with the changed families made one at a time too (the streamed re-import, #15.17).
    public func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilyIDs: [FamilyID],
                             nextChangedFamily: () throws -> Family, team newTeam: Team?, detail: String) throws {
        try commitImport(newFamilyIDs: newFamilyIDs, nextNewFamily: nextNewFamily, changedFamilyIDs: changedFamilyIDs,
                         nextChangedFamily: nextChangedFamily, team: newTeam, detail: detail,
                         summarizesChanged: changedFamilyIDs.count <= FamilyIndexJournal.mostPerRecord)
    }

    /// `summarizesChanged`: the changed families' summaries go to the index (the journal, or the whole index when
    /// there are many). Otherwise their entries are dropped and read from their files when next needed (the index
    /// is a cache), so that a large re-import never holds every changed family's summary.
    private func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilyIDs: [FamilyID],
                              nextChangedFamily: () throws -> Family, team newTeam: Team?, detail: String,
                              summarizesChanged: Bool) throws {
        guard isWritable else { throw StoreError.readOnly }
        loadCaseloadIfNeeded()
        if let caseloadError { throw caseloadError }
        try withWriteLock {
            for id in newFamilyIDs {
                guard Family.isValidID(id) else { throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(id)»", en: "Invalid family id «\(id)»")) }
                _ = try checkUnchanged(StoreFormat.familyPath(id), creating: true)
            }
            for id in changedFamilyIDs {
                guard Family.isValidID(id) else { throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(id)»", en: "Invalid family id «\(id)»")) }
                _ = try checkUnchanged(StoreFormat.familyPath(id), creating: false)
            }
            if newTeam != nil { _ = try checkUnchanged(StoreFormat.teamFile, creating: false) }
            try log(.import, detail: detail)
            // Each file is encoded as it is staged and only its fingerprint kept: a large import never holds
            // every family's bytes at once (#15.17).
            let newCount = newFamilyIDs.count
            let changedCount = changedFamilyIDs.count
            let count = newCount + changedCount + (newTeam == nil ? 0 : 1)
            // By file number; the paths are made again afterwards (28,000 of them are a megabyte, #15.17).
            var hashes: [UInt64] = []
            hashes.reserveCapacity(count)
            func path(_ n: Int) -> String {
                if n < newCount { return StoreFormat.familyPath(newFamilyIDs[n]) }
                if n < newCount + changedCount { return StoreFormat.familyPath(changedFamilyIDs[n - newCount]) }
                return StoreFormat.teamFile
            }
            // A few new families' summaries go to the index journal; a large import's are read from their
            // files when next needed (the index is a cache), so it never holds them all.
            var newSummaries: [(id: FamilyID, summary: FamilySummary)] = []
            try Transaction.commit(root: root, count: count, faults: faults) { n in
                let path: String
                let data: Data
                if n < newCount {
                    let family = try nextNewFamily()
                    guard family.id == newFamilyIDs[n] else {
                        throw StoreError.invalid(Phrase(verbatim: "import: family \(family.id) came in place of \(newFamilyIDs[n])"))
                    }
                    path = StoreFormat.familyPath(family.id)
                    data = try codec.encode(family)
                    try Store.checkSize(data, shown: path)
                    if newCount <= FamilyIndexJournal.mostPerRecord { newSummaries.append((family.id, FamilySummary(family))) }
                } else if n < newCount + changedCount {
                    let family = try nextChangedFamily()
                    guard family.id == changedFamilyIDs[n - newCount] else {
                        throw StoreError.invalid(Phrase(verbatim: "import: family \(family.id) came in place of \(changedFamilyIDs[n - newCount])"))
                    }
                    path = StoreFormat.familyPath(family.id)
                    data = try codec.encode(family)
                    try Store.checkSize(data, shown: path)
                    if summarizesChanged { newSummaries.append((family.id, FamilySummary(family))) }
                } else if let newTeam {
                    path = StoreFormat.teamFile
                    data = try codec.encode(newTeam)
                } else {
                    throw StoreError.invalid(Phrase(verbatim: "import: file \(n) of \(count)"))
                }
                hashes.append(FNV.hash(data))
                return (path, data)
            }
            for (n, hash) in hashes.enumerated() { loadedHashes[path(n)] = hash }
            if let newTeam { team = newTeam }
            if !summarizesChanged {
                for id in changedFamilyIDs {
                    index.entries[id] = nil
                    loadedFamilies[id] = nil
                }
            }
            refreshEntries(summaries: newSummaries)
        }
    }

    /// Reads a family for an import: not logged and not kept (`loadedFamilies`), so that reading every family
    /// holds one at a time (#15.17). A family the import may write is read strictly (a field this version does not
    /// know refuses it rather than being dropped) and its fingerprint kept; one only looked at (what identifies it,
    /// a dry run's lines) is read by the fast reader.
    public func loadFamilyForImport(_ id: FamilyID, remembersFingerprint: Bool) throws -> Family {
        guard Family.isValidID(id) else { throw StoreError.unknownFamily(id) }
        let shown = StoreFormat.familyPath(id)
        let path = root + "/" + shown
        guard POSIX.exists(path) else { throw StoreError.unknownFamily(id) }
        let data = try POSIX.readFile(path, shown: shown)
        let decoded = try codec.decode(Family.self, from: data, shown: shown, checkUnknownFields: remembersFingerprint)
        try Store.checkID(decoded.value, shown: shown)
        if remembersFingerprint { loadedHashes[shown] = FNV.hash(data) }
        return decoded.value
    }
}
