import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading the caseload from disk as one consistent state, and keeping the derived index (cache/index) in step.
extension Store {
    /// Loads the team and the families as one consistent state. An import committed by another instance while
    /// this one reads (its files renamed into place one by one) would give a mix of old and new; every
    /// transaction creates and removes `.transaction/` in the store folder, so a changed folder time or a
    /// pending journal means: read again.
    func loadConsistently() throws {
        for attempt in 1...5 {
            let before = POSIX.changeStamp(root)
            problems = []
            loadTeam()
            try loadFamilies()
            if before == POSIX.changeStamp(root) && !Transaction.isPending(root: root) { return }
            if attempt < 5 { usleep(20_000) }
        }
    }

    func loadTeam() {
        let path = root + "/" + StoreFormat.teamFile
        do {
            let data = try POSIX.readFile(path, shown: StoreFormat.teamFile)
            team = try codec.decode(Team.self, from: data, shown: StoreFormat.teamFile).value
            loadedHashes[StoreFormat.teamFile] = FNV.hash(data)
        } catch let error as StoreError {
            problems.append(Store.problem(from: error, shown: StoreFormat.teamFile))
        } catch {
            problems.append(FileProblem(path: StoreFormat.teamFile, reason: Phrase(verbatim: "\(error)")))
        }
    }

    static func problem(from error: StoreError, shown: String) -> FileProblem {
        if case .unreadable(let problem) = error { return problem }
        if case let .newerSchema(_, found, supported) = error {
            return FileProblem(path: shown, reason: StoreError.newerSchemaPhrase(found: found, supported: supported))
        }
        return FileProblem(path: shown, reason: Phrase(da: error.message(in: .da), en: error.message(in: .en)))
    }

    /// Reads the family folder, reusing the index for files that did not change and parsing the rest
    /// on both cores.
    func loadFamilies() throws {
        let folder = root + "/" + StoreFormat.familiesFolder
        // The families folder as a link out of the store: Sammen would read and write records elsewhere.
        var folderInfo = stat()
        if lstat(folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFLNK {
            throw StoreError.io(step: .readFolder, path: StoreFormat.familiesFolder, errno: ELOOP)
        }
        let scan = try FamilyFolderScan.scan(root: root, schemaVersion: policy.current)
        // The index's entries are kept where they are (moving 10,000 into a new dictionary cost milliseconds):
        // changed files are parsed again below, and entries whose file is gone are dropped.
        var entries = scan.index.entries
        var toParse: [(id: String, stamp: FileStamp)] = []
        var unchanged = 0
        var loose: [LooseFile] = []
        for item in scan.items {
            switch item {
            case .loose(let file):
                loose.append(file)
            case .problem(let problem):
                problems.append(problem)
            case let .file(id, stamp):
                if entries[id]?.stamp == stamp {
                    unchanged += 1
                } else {
                    toParse.append((id, stamp))
                }
            }
        }
        var changed = !toParse.isEmpty
        if unchanged + toParse.count(where: { entries[$0.id] != nil }) < entries.count {
            changed = true
            var listed = Set<String>()
            for case let .file(id, _) in scan.items { listed.insert(id) }
            entries = entries.filter { listed.contains($0.key) }
            indexDirty = true
        }
        if !loose.isEmpty {
            var rootInfo = stat()
            _ = stat(root, &rootInfo)
            throw StoreError.looseModes(found: loose.sorted { $0.path < $1.path },
                                        fix: StorePermissions.fixCommands(root: root, rootInfo: rootInfo))
        }
        // The folder is listed unsorted: the order of problems found while parsing is made here.
        toParse.sort { $0.id < $1.id }

        // Parse changed files in parallel: a cold open of a big municipality uses both cores.
        let results = ParallelResults<Result<FamilyIndex.Entry, StoreError>>(count: toParse.count)
        let codec = self.codec
        let root = self.root
        let jobs = toParse
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let (id, stamp) = jobs[i]
            let shown = StoreFormat.familyPath(id)
            let result: Result<FamilyIndex.Entry, StoreError>
            do {
                let data = try POSIX.readFile(root + "/" + shown, shown: shown)
                let decoded = try codec.decode(Family.self, from: data, shown: shown, checkUnknownFields: false)
                try Store.checkID(decoded.value, shown: shown)
                result = .success(FamilyIndex.Entry(stamp: stamp, diskVersion: decoded.diskVersion,
                                                    summary: FamilySummary(decoded.value)))
            } catch let error as StoreError {
                result = .failure(error)
            } catch {
                result = .failure(.unreadable(FileProblem(path: shown, reason: Phrase(verbatim: "\(error)"))))
            }
            results.set(i, result)
        }
        for (i, item) in toParse.enumerated() {
            switch results.get(i)! {
            case .success(let entry):
                entries[item.id] = entry
                indexDirty = true
            case .failure(let error):
                // A file that cannot be read is not in the caseload, whatever the index said of it before.
                if entries.removeValue(forKey: item.id) != nil { indexDirty = true }
                problems.append(Store.problem(from: error, shown: StoreFormat.familyPath(item.id)))
            }
        }
        index = FamilyIndex(schemaVersion: policy.current, entries: entries, journal: scan.index.journal,
                            indexBytes: scan.index.indexBytes)
        // Many saves since the index was written whole: fold the journal in (the open's flush, or a reader's).
        if index.wantsFolding { indexDirty = true }
        // The index on disk says whether its sagsnr were all unique; only a changed caseload is checked again.
        if changed || scan.index.caseNumbersUnique != true { try checkDuplicateCaseNumbers() }
    }

    /// The same sagsnr in two families is a problem to report (it is not fatal).
    func checkDuplicateCaseNumbers() throws {
        // Nearly always there is none: find that out without sorting 10,000 ids first.
        var numbers = Set<String>()
        numbers.reserveCapacity(index.entries.count * 2)
        guard index.entries.values.contains(where: { entry in entry.summary.cases.contains { !numbers.insert($0.number).inserted } }) else { return }
        var seen: [String: FamilyID] = [:]
        for id in index.entries.keys.sorted() {
            for c in index.entries[id]!.summary.cases {
                if let other = seen[c.number] {
                    problems.append(FileProblem(path: StoreFormat.familyPath(id),
                                                reason: Phrase(da: "sagsnr \(c.number) findes også i \(StoreFormat.familyPath(other))",
                                                               en: "case number \(c.number) is also in \(StoreFormat.familyPath(other))")))
                } else {
                    seen[c.number] = id
                }
            }
        }
    }

    /// The index entry of a family this instance has just written, from the file's stamp and the family, kept
    /// in memory and appended to the index journal. The caller holds the write lock.
    func refreshEntry(_ id: FamilyID, family: Family) {
        refreshEntries([(id, family)])
    }

    func refreshEntries(_ families: [(id: FamilyID, family: Family)]) {
        refreshEntries(summaries: families.map { ($0.id, FamilySummary($0.family)) })
    }

    func refreshEntries(summaries: [(id: FamilyID, summary: FamilySummary)]) {
        var written: [(id: String, entry: FamilyIndex.Entry)] = []
        for (id, summary) in summaries {
            var info = stat()
            guard lstat(root + "/" + StoreFormat.familyPath(id), &info) == 0 else { continue }
            let entry = FamilyIndex.Entry(stamp: FileStamp(info), diskVersion: policy.current, summary: summary)
            index.entries[id] = entry
            written.append((id, entry))
        }
        // One record in the journal, not the whole index rewritten: a save stays flat in the caseload's size.
        // Many families at once (a whole store copied in), or a journal that cannot be appended to: the index
        // is written whole when this instance closes.
        guard written.count <= FamilyIndexJournal.mostPerRecord else {
            indexDirty = true
            return
        }
        do {
            try FamilyIndexJournal.append(written, schemaVersion: policy.current, root: root)
        } catch {
            indexDirty = true
        }
    }

    /// A reader refreshes the derived cache too, so the next `sammen due` does not parse every family again,
    /// but only when no writer holds the store (it never waits, and never touches a record).
    func refreshIndexAsReader() {
        guard indexDirty, caseloadLoaded, let lock = try? StoreLock.acquire(root: root, user: user, wait: 0) else { return }
        defer { lock.release() }
        if (try? index.save(root: root, faults: faults)) != nil { indexDirty = false }
    }

    func flushIndex() throws {
        // An instance opened for one family (`.onDemand`) holds a few entries, not the index: it never writes it.
        guard indexDirty, isWritable, caseloadLoaded else { return }
        try withWriteLock { try index.save(root: root, faults: faults) }
        indexDirty = false
    }
}
