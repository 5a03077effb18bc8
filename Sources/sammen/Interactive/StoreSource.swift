import SammenCore
import SammenUI

/// The real store as the UI's injected source.
final class StoreSource: CaseloadSource {
    let store: Store
    let readOnlyReason: String?

    init(store: Store, readOnlyReason: String?) {
        self.store = store
        self.readOnlyReason = readOnlyReason
    }

    var summaries: [FamilySummary] { store.summaries }
    var team: Team { store.team }
    var isTraining: Bool { store.meta.training }

    func loadFamily(_ id: FamilyID) throws -> Family { try store.loadFamily(id) }

    func save(_ family: Family) throws -> FamilySummary {
        try store.save(family)
        return store.summary(family.id) ?? FamilySummary(family)
    }

    func logSearch(_ criterion: String) {
        // The access log records searches with their criterion; a failure to log is reported on the next save.
        try? store.log(.search, detail: "søgning i sagsstammen: «\(criterion)»")
    }
}

/// Opens the store for the interactive program: the write lock for the session, or read-only with who
/// holds it when another instance has it.
enum InteractiveStore {
    static func open(path: String, user: String, forceReadOnly: Bool = false) throws -> StoreSource {
        if forceReadOnly {
            return StoreSource(store: try Store.open(at: path, user: user, access: .readOnly), readOnlyReason: "")
        }
        do {
            let store = try Store.open(at: path, user: user, access: .session)
            return StoreSource(store: store, readOnlyReason: nil)
        } catch StoreError.locked(let holder, _) {
            let store = try Store.open(at: path, user: user, access: .readOnly)
            return StoreSource(store: store, readOnlyReason: "— i brug af \(holder?.user ?? "en anden")")
        }
    }
}
