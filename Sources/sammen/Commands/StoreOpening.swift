import SammenCore

/// Opening the store from the command line: read-only for commands that only look, one lock per write for
/// commands that change something.
enum StoreOpening {
    static func open(_ args: Arguments, _ context: Context, writable: Bool) throws -> Store {
        let path = context.storePath(args)
        let store = try Store.open(at: path, user: context.user(args), access: writable ? .perOperation : .readOnly)
        for notice in store.notices { Console.error(notice) }
        return store
    }

    /// Reports files that could not be read, so nothing is silently missing from a list.
    static func warnAboutProblems(_ store: Store) {
        guard !store.problems.isEmpty else { return }
        Console.error("\(store.problems.count) problem(er) i arkivet (en fil, der ikke kan læses, er udeladt); kør «sammen check» for detaljer.")
    }
}
