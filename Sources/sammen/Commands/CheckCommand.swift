import SammenCore

/// `sammen check`: validate the store; every problem with file and position.
enum CheckCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user"], flagOptions: ["help"])
        if CommandLineProgram.printedHelp(args, "check") { return .ok }
        guard args.positionals.isEmpty else { throw Arguments.UsageError(message: "«\(args.positionals[0])» forstås ikke her") }
        let store = try StoreOpening.open(args, context, writable: false)
        try store.log(.list, detail: "check")
        let problems = store.check().sorted { ($0.path, $0.line ?? 0, $0.column ?? 0) < ($1.path, $1.line ?? 0, $1.column ?? 0) }
        if problems.isEmpty {
            Console.out("Arkivet i \(store.root) er i orden: \(store.summaries.count) familier, \(store.team.caseworkers.count) sagsbehandlere.")
            return .ok
        }
        for problem in problems { Console.out(problem.danishMessage) }
        Console.out("\(problems.count) problem(er) i \(store.root). Ingen fil er ændret.")
        return .problems
    }
}
