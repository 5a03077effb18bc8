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

    public func save(_ family: Family) throws -> FamilySummary {
        try store.save(family)
        return store.summary(family.id) ?? FamilySummary(family)
    }

    public func create(_ family: Family) throws -> FamilySummary {
        try store.create(family)
        return store.summary(family.id) ?? FamilySummary(family)
    }

    public func logSearch(_ criterion: String) {
        // The access log records searches with their criterion; a failure to log is reported on the next save.
        try? store.log(.search, detail: "søgning i sagsstammen: «\(criterion)»")
    }
}
