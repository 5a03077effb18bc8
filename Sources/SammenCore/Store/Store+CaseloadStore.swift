import Foundation

/// The file store as a `CaseloadStore`: where it is, its change feed (the folder watcher), and the whole-store
/// copy (`sammen store copy`). The rest of the interface is Store's own methods.
extension Store {
    public var location: String { root }
    public var folder: String? { root }

    public func changeFeed(polling: Bool) -> any StoreChangeFeed {
        StoreWatcher(root: root, useInotify: !polling)
    }

    /// No readable family, and no family file that could not be read.
    public var isEmpty: Bool {
        loadCaseloadIfNeeded()
        return index.entries.isEmpty && missingFamilyFiles.isEmpty
    }

    public func importWholeStore(_ contents: StoreContents, detail: String) throws {
        guard isWritable else { throw StoreError.readOnly }
        var ids = Set<FamilyID>()
        for family in contents.families {
            guard Family.isValidID(family.id) else { throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(family.id)»", en: "Invalid family id «\(family.id)»")) }
            guard ids.insert(family.id).inserted else {
                throw StoreError.invalid(Phrase(da: "Familie-id «\(family.id)» findes to gange i det, der skal kopieres.",
                                                en: "The family id «\(family.id)» appears twice in what is to be copied."))
            }
        }
        try withWriteLock {
            // Under the lock, the folder as it is now: a colleague may have added a family since this store opened.
            let onDisk = (try? POSIX.list(root + "/" + StoreFormat.familiesFolder, shown: StoreFormat.familiesFolder)) ?? []
            _ = refreshAll()
            guard isEmpty, !onDisk.contains(where: { $0.hasSuffix(".json") && !$0.hasPrefix(".") }) else {
                throw StoreError.invalid(Phrase(
                    da: "Arkivet i \(root) er ikke tomt (der er familier i det); en kopi skrives kun ind i et tomt arkiv.",
                    en: "The store in \(root) is not empty (it holds families); a copy is only written into an empty store."))
            }
            // The log first, as for every write: the copied entries, then the copy itself.
            try accessLog.append(contents.accessLog)
            try log(.import, detail: detail)
            var newMeta = meta
            newMeta.created = contents.meta.created
            newMeta.training = contents.meta.training
            newMeta.municipality = contents.meta.municipality
            let families = contents.families
            var hashes: [(path: String, hash: UInt64)] = []
            // Each family is encoded as it is staged: a large store is never held twice in memory.
            try Transaction.commit(root: root, count: families.count + 2, faults: faults) { n in
                let path: String
                let data: Data
                if n < families.count {
                    path = StoreFormat.familyPath(families[n].id)
                    data = try codec.encode(families[n])
                    try Store.checkSize(data, shown: path)
                } else if n == families.count {
                    path = StoreFormat.teamFile
                    data = try codec.encode(contents.team)
                } else {
                    path = StoreFormat.metaFile
                    data = try codec.encode(newMeta)
                }
                hashes.append((path, FNV.hash(data)))
                return (path, data)
            }
            for file in hashes { loadedHashes[file.path] = file.hash }
            team = contents.team
            meta = newMeta
            refreshEntries(families.map { ($0.id, $0) })
        }
    }
}
