/// The merging save of another store (SammenPostgres) throws the same MergeNeeded as the file store.
extension MergeNeeded {
    public init(asking conflicts: [MergeConflict], theirs: Family) {
        self.init(conflicts: conflicts, theirs: theirs)
    }
}
