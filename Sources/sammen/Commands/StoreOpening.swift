import SammenCore

/// Opening the store from the command line: read-only for commands that only look, one lock per write for
/// commands that change something.
enum StoreOpening {
    /// `shown`: notices an earlier open of the same store has printed already (not said twice).
    static func open(_ args: Arguments, _ context: Context, writable: Bool,
                     caseload: CaseloadLoading = .whole, shown: [Phrase] = []) throws -> any CaseloadStore {
        let path = context.storePath(args)
        let store = try StoreOpeners.open(path, user: try context.user(args, store: path), access: writable ? .perOperation : .readOnly,
                                          caseload: caseload)
        for notice in store.notices where !shown.contains(where: { $0.da == notice.da }) {
            Console.error(notice.text(in: context.language))
        }
        return store
    }

    /// Reports files that could not be read, so nothing is silently missing from a list.
    static func warnAboutProblems(_ store: any CaseloadStore, _ context: Context) {
        guard !store.problems.isEmpty else { return }
        let count = context.language.number(store.problems.count)
        Console.error(context.say(da: "\(count) problem(er) i arkivet (en fil, der ikke kan læses, er udeladt); kør «sammen check» for detaljer.",
                                  en: "\(count) problem(s) in the store (a file that cannot be read is left out); run «sammen check» for details."))
    }

    /// "No family matches …", for commands that take a family by id, case number or name.
    static func noFamily(_ query: String, _ context: Context) -> String {
        context.say(da: "ingen familie matcher «\(query)» (skriv id, sagsnr eller navn; se «sammen families»)",
                    en: "no family matches «\(query)» (give an id, case number or name; see «sammen families»)")
    }
}
