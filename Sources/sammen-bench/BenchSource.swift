import SammenCore
import SammenUI

/// The store as the UI's source, exactly as the interactive program wires it (sammen's StoreSource).
final class BenchSource: CaseloadSource {
    let store: Store

    init(store: Store) { self.store = store }

    var summaries: [FamilySummary] { store.summaries }
    var team: Team { store.team }
    var isTraining: Bool { store.meta.training }
    var readOnlyReason: String? { nil }

    func loadFamily(_ id: FamilyID) throws -> Family { try store.loadFamily(id) }

    func save(_ family: Family) throws -> FamilySummary {
        try store.save(family)
        return store.summary(family.id) ?? FamilySummary(family)
    }

    func logSearch(_ criterion: String) {
        try? store.log(.search, detail: "søgning i sagsstammen: «\(criterion)»")
    }
}
