import Foundation

/// The file store's side of `sammen store copy`: a whole store written in, and read out, a part at a time.
extension Store {
    /// One transaction (Transaction.swift): every family is staged in `.transaction/` as it comes, then the copied
    /// log (staged there too, as it comes) and the copy's own entry are appended to the log, then the journal is
    /// written (the commit point) and the files are renamed into place. A stream that fails part-way leaves the
    /// store as it was, without even the log lines. What is held meanwhile is one family and each family's
    /// summary (the index this store keeps anyway).
    public func importWholeStore(_ stream: WholeStoreStream, detail: String) throws {
        guard isWritable else { throw StoreError.readOnly }
        try stream.checkFamilyIDs()
        try withWriteLock {
            // Under the lock, the folder as it is now: a colleague may have added a family since this store opened.
            let onDisk = (try? POSIX.list(root + "/" + StoreFormat.familiesFolder, shown: StoreFormat.familiesFolder)) ?? []
            _ = refreshAll()
            guard isEmpty, !onDisk.contains(where: { $0.hasSuffix(".json") && !$0.hasPrefix(".") }) else {
                throw StoreError.invalid(Phrase(
                    da: "Arkivet i \(root) er ikke tomt (der er familier i det); en kopi skrives kun ind i et tomt arkiv.",
                    en: "The store in \(root) is not empty (it holds families); a copy is only written into an empty store."))
            }
            var newMeta = meta
            newMeta.created = stream.meta.created
            newMeta.training = stream.meta.training
            newMeta.municipality = stream.meta.municipality
            let ids = stream.familyIDs
            var summaries: [(id: FamilyID, summary: FamilySummary)] = []
            summaries.reserveCapacity(ids.count)
            var hashes: [(path: String, hash: UInt64)] = []
            try Transaction.commit(root: root, count: ids.count + 2, faults: faults, beforeCommit: {
                // The log before the write, as for every write: the copied entries, then the copy itself. Staged
                // first, so that a source log that fails part-way leaves no line of it here.
                let staged = try StagedAccessLog(folder: root + "/" + StoreFormat.transactionFolder)
                while let part = try stream.nextLogEntries() { try staged.write(part) }
                try staged.append(to: accessLog)
                try log(.import, detail: detail)
            }) { n in
                if n < ids.count {
                    let family = try stream.family(number: n)
                    let path = StoreFormat.familyPath(family.id)
                    let data = try codec.encode(family)
                    try Store.checkSize(data, shown: path)
                    summaries.append((family.id, FamilySummary(family)))
                    return (path, data)
                }
                let file = n == ids.count
                    ? (path: StoreFormat.teamFile, data: try codec.encode(stream.team))
                    : (path: StoreFormat.metaFile, data: try codec.encode(newMeta))
                hashes.append((file.path, FNV.hash(file.data)))
                return file
            }
            // The families' fingerprints are not kept: this instance did not load them, and a copy of 100,000
            // would hold 100,000 paths. A save loads the family first, as always.
            for file in hashes { loadedHashes[file.path] = file.hash }
            team = stream.team
            meta = newMeta
            refreshEntries(summaries: summaries)
        }
    }

    public func readFamilies(_ ids: [FamilyID]) throws -> [Family] {
        try ids.map { id in
            guard Family.isValidID(id) else { throw StoreError.unknownFamily(id) }
            let shown = StoreFormat.familyPath(id)
            let path = root + "/" + shown
            guard POSIX.exists(path) else { throw StoreError.unknownFamily(id) }
            let family = try codec.decode(Family.self, from: POSIX.readFile(path, shown: shown), shown: shown).value
            try Store.checkID(family, shown: shown)
            return family
        }
    }

    public func accessLogParts(partSize: Int) throws -> () throws -> [AccessLogEntry]? {
        try accessLog.parts(partSize: partSize)
    }
}

extension AccessLog {
    /// The entries as `entries()` reads them, oldest file first, a part at a time: one file's bytes are held (a
    /// month of the log), never the whole log decoded.
    func parts(partSize: Int) throws -> () throws -> [AccessLogEntry]? {
        let files = try files()
        var next = 0
        var data = Data()
        var offset = data.startIndex
        let decoder = JSONDecoder()
        return {
            var part: [AccessLogEntry] = []
            while part.count < max(1, partSize) {
                if offset >= data.endIndex {
                    guard next < files.count else { break }
                    data = try POSIX.readFile(files[next].path, shown: files[next].shown, limit: 1 << 30)
                    offset = data.startIndex
                    next += 1
                    continue
                }
                let end = data[offset...].firstIndex(of: 0x0A) ?? data.endIndex
                // A line that is not an entry (cut short by a crash) is skipped, as `entries()` skips it.
                if end > offset, let entry = try? decoder.decode(AccessLogEntry.self, from: Data(data[offset..<end])) {
                    part.append(entry)
                }
                offset = end + 1
            }
            if next >= files.count && offset >= data.endIndex { data = Data() }
            return part.isEmpty ? nil : part
        }
    }
}
