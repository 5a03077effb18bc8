/// The one save path for a family edited in the program: reload it under the lock, apply the change, save.
extension Store {

    /// Saves `mine`, a family edited from `base` (as it was loaded). Under the lock: reads the family as it is on
    /// disk now; writes mine when nobody else changed it, the three-way merge when someone did, and throws
    /// `MergeNeeded` (writing nothing) when both changed the same thing and `choices` do not settle it.
    /// `base == nil`: a family new in this program, created when no file has its id.
    public func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide] = [:]) throws -> MergedSave {
        guard isWritable else { throw StoreError.readOnly }
        guard let base else {
            try create(mine)
            // As written: what this save added carries the account's login (Family.stampAuthorship).
            return MergedSave(family: loadedFamilies[mine.id] ?? mine, merged: false)
        }
        return try withWriteLock {
            // Nearly always nobody else saved: the file is still byte for byte what `base` encodes to, and mine is
            // written without decoding it. Anything else (a colleague's save, an older file) is read and merged.
            let shown = StoreFormat.familyPath(mine.id)
            var canonical = base
            canonical.schemaVersion = policy.current
            let onDisk = Family.isValidID(mine.id) ? (try? POSIX.readFile(root + "/" + shown, shown: shown)) : nil
            // Most often `base` is what this instance itself read or wrote last, and the file is still byte for byte
            // that (its fingerprint and current schema version as recorded then): known without encoding the base
            // again, which was half of a save's CPU (#19).
            if let onDisk, let known = loadedVersions[shown], known.version == policy.current,
               loadedHashes[shown] == known.hash, FNV.hash(onDisk) == known.hash, loadedFamilies[mine.id] == base {
                try save(mine)
                return MergedSave(family: loadedFamilies[mine.id] ?? mine, merged: false)
            }
            if let onDisk, let expected = try? codec.encode(canonical), onDisk == expected {
                let hash = FNV.hash(onDisk)
                loadedHashes[shown] = hash
                loadedVersions[shown] = (hash, policy.current)
                loadedFamilies[mine.id] = base
                try save(mine)
                return MergedSave(family: loadedFamilies[mine.id] ?? mine, merged: false)
            }
            // Read again under the lock (not logged as a read: the save is logged as the change it is).
            let theirs = try loadFamily(mine.id, logAs: nil)
            switch try FamilyMerge.decide(base: base, mine: mine, theirs: theirs, choices: choices) {
            case .write(let result, let merged):
                try save(result)
                return MergedSave(family: loadedFamilies[mine.id] ?? result, merged: merged)
            case .ask(let conflicts, let theirs):
                throw MergeNeeded(conflicts: conflicts, theirs: theirs)
            }
        }
    }
}
