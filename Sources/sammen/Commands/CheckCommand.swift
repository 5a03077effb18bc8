import SammenCore

/// `sammen check`: validate the store; every problem with file and position.
enum CheckCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "today"], flagOptions: ["help"])
        if CommandLineProgram.printedHelp(args, "check", context) { return .ok }
        guard args.positionals.isEmpty else { throw Arguments.UsageError.notUnderstood(args.positionals[0]) }
        let store = try StoreOpening.open(args, context, writable: false)
        try store.log(.list, detail: "check")
        let problems = store.check(today: try context.today(args)).sorted { ($0.path, $0.line ?? 0, $0.column ?? 0) < ($1.path, $1.line ?? 0, $1.column ?? 0) }
        if problems.isEmpty {
            let families = context.language.number(store.summaries.count)
            let caseworkers = context.language.number(store.team.caseworkers.count)
            Console.out(context.say(da: "Arkivet i \(StoreLocation.shown(store.location)) er i orden: \(families) familier, \(caseworkers) sagsbehandlere.",
                                    en: "The store in \(StoreLocation.shown(store.location)) is in order: \(families) families, \(caseworkers) caseworkers."))
            return .ok
        }
        for problem in problems { Console.out(problem.message(in: context.language)) }
        let count = context.language.number(problems.count)
        Console.out(context.say(da: "\(count) problem(er) i \(StoreLocation.shown(store.location)). Ingen fil er ændret.",
                                en: "\(count) problem(s) in \(StoreLocation.shown(store.location)). No file is changed."))
        return .problems
    }
}
