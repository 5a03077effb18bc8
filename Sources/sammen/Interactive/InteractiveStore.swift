import SammenCore
import SammenUI

/// Opens the store for the interactive program. No program holds the store: a save takes the lock for the
/// milliseconds it writes, so colleagues work in it at the same time. Read-only only when asked for
/// (`--read-only`, `render`) or when this account may only read the store, and then the screen says why.
enum InteractiveStore {
    /// `firstPageFor`: the day the dashboard is drawn for, when it may be drawn from a database's first page before
    /// the rest of the caseload has arrived (EventLoop reads the rest); nil reads everything now.
    static func open(path: String, user: String, language: Language, forceReadOnly: Bool = false,
                     firstPageFor today: LocalDate? = nil) throws -> StoreSource {
        let source = try openSource(path: path, user: user, language: language, forceReadOnly: forceReadOnly, today: today)
        // The first screen lists the caseload: a read like any other, and not shown when it cannot be logged.
        try source.store.log(.list, detail: "skærmbilledet")
        return source
    }

    /// Rows asked of a database for the first frame: more than any terminal shows, few enough to come at once.
    static let firstPageRows = 200

    private static func openSource(path: String, user: String, language: Language, forceReadOnly: Bool,
                                   today: LocalDate?) throws -> StoreSource {
        if StoreOpeners.isDatabase(path) {
            // The database decides what this role may do; a store it may only read opens read-only.
            let access: StoreAccess = forceReadOnly ? .readOnly : .perOperation
            let store = try today.map { try StoreOpeners.open(path, user: user, access: access, firstPage: FirstPageRequest(today: $0, rows: firstPageRows)) }
                ?? StoreOpeners.open(path, user: user, access: access)
            let reason = forceReadOnly ? "" : store.isWritable ? nil
                : language.pick(da: "— du har kun læseadgang til arkivet", en: "— your account may only read this store")
            return StoreSource(store: store, readOnlyReason: reason)
        }
        if forceReadOnly {
            return StoreSource(store: try Store.open(at: path, user: user, access: .readOnly), readOnlyReason: "")
        }
        guard Store.mayWrite(at: path) else {
            let store = try Store.open(at: path, user: user, access: .readOnly)
            return StoreSource(store: store, readOnlyReason: language.pick(da: "— du har kun læseadgang til arkivet",
                                                                          en: "— your account may only read this store"))
        }
        do {
            return StoreSource(store: try Store.open(at: path, user: user, access: .perOperation), readOnlyReason: nil)
        } catch StoreError.programTooOld {
            // An older program than the store asks for may still look (the message says what to install).
            let store = try Store.open(at: path, user: user, access: .readOnly)
            return StoreSource(store: store, readOnlyReason: language.pick(da: "— opdatér Sammen for at gemme",
                                                                          en: "— update Sammen to save"))
        } catch StoreError.locked(let holder, _) {
            // A colleague's write that takes longer than the wait (or an old Sammen that holds the store).
            let store = try Store.open(at: path, user: user, access: .readOnly)
            let who = holder?.user ?? language.pick(da: "en anden", en: "someone else")
            return StoreSource(store: store, readOnlyReason: language.pick(da: "— i brug af \(who)", en: "— in use by \(who)"))
        }
    }
}
