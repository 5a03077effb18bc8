import SammenCore
import SammenUI

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
