import SammenCore

/// The real store as the UI's injected source: what the interactive program and the benchmark both use. The
/// UI only calls it through `CaseloadSource` from `update`; `render` never does.
public final class StoreSource: CaseloadSource {
    public let store: Store
    public let readOnlyReason: String?

    public init(store: Store, readOnlyReason: String?) {
        self.store = store
        self.readOnlyReason = readOnlyReason
    }

    public var summaries: [FamilySummary] { store.summaries }
    public var team: Team { store.team }
    public var isTraining: Bool { store.meta.training }

    public func loadFamily(_ id: FamilyID) throws -> Family { try store.loadFamily(id) }

    public func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> SavedFamily {
        let saved = try store.save(mine, base: base, choices: choices)
        return SavedFamily(family: saved.family, summary: store.summary(mine.id) ?? FamilySummary(saved.family), merged: saved.merged)
    }

    public func create(_ family: Family) throws -> FamilySummary {
        try store.create(family)
        return store.summary(family.id) ?? FamilySummary(family)
    }

    public func refresh(_ ids: [FamilyID]) -> Store.Refreshed { store.refreshFamilies(ids) }
    public func refreshAll() -> Store.Refreshed { store.refreshAll() }
    public func summary(_ id: FamilyID) -> FamilySummary? { store.summary(id) }

    public func logSearch(_ criterion: String) {
        // The access log records searches with their criterion; a failure to log is reported on the next save.
        try? store.log(.search, detail: "søgning i sagsstammen: «\(criterion)»")
    }
}
