import Foundation
import SammenCore

/// `sammen demo`: the fictional training caseload in a throwaway store, marked ØVELSE everywhere.
enum DemoCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["init", "user", "today", "store", "lang"], flagOptions: ["reset", "help", "print"])
        if CommandLineProgram.printedHelp(args, "demo") { return .ok }
        guard args.positionals.isEmpty else { throw Arguments.UsageError(message: "«\(args.positionals[0])» forstås ikke her") }
        let today = try context.today(args)
        let user = context.user(args)

        if let target = args.value("init") {
            let path = StoreLocation.resolve(flag: target, environment: [:])
            try createTrainingStore(at: path, today: today, user: user)
            Console.out("Øvelsesarkivet er skrevet til \(path). Åbn det med «sammen --store \(path) …».")
            return .ok
        }

        let path = args.value("store").map { StoreLocation.resolve(flag: $0, environment: [:]) } ?? demoFolder(context)
        if args.has("reset") { try removeTrainingStore(at: path) }
        if !FileManager.default.fileExists(atPath: path + "/store.json") {
            try createTrainingStore(at: path, today: today, user: user)
        }
        let store = try Store.open(at: path, user: user, access: .readOnly)
        guard store.meta.training else {
            throw StoreError.invalid("\(path) er ikke et øvelsesarkiv; «sammen demo» åbner kun øvelsesarkiver.")
        }
        if !args.has("print") && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            return try OpenCommand.interactive(path: path, args: args, context: context)
        }
        Console.out("ØVELSE — fiktive familier, ingen rigtige personer. Arkiv: \(path)")
        Console.out("")
        let items = DeadlineEngine.deadlines(for: store.summaries, today: today).filter { $0.due <= today.adding(days: 14) }
        DueCommand.printTable(items, today: today, within: 14)
        Console.out("")
        Console.out("Prøv fx «sammen due --store \(path) --all» eller «sammen families --store \(path)». ØVELSE.")
        return .ok
    }

    /// The throwaway copy lives in the user's cache folder, never among real records.
    static func demoFolder(_ context: Context) -> String {
        if let dir = context.environment["SAMMEN_DEMO_DIR"], !dir.isEmpty { return StoreLocation.resolve(flag: dir, environment: [:]) }
        if let cache = context.environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/sammen/demo" }
        let home = context.environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/sammen/demo"
    }

    static func createTrainingStore(at path: String, today: LocalDate, user: String) throws {
        let caseload = TrainingCaseload.make(today: today)
        try Store.create(at: path, meta: StoreMeta(created: today, training: true, municipality: "Søby Kommune (fiktiv)"),
                         team: caseload.team, user: user, families: caseload.families).close()
    }

    /// Deletes a training store, and only a training store: real records are never removed by `demo`.
    static func removeTrainingStore(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let store = try Store.open(at: path, user: "demo", access: .readOnly)
        guard store.meta.training else {
            throw StoreError.invalid("\(path) er ikke et øvelsesarkiv og bliver ikke slettet.")
        }
        if let holder = Store.lockHolder(at: path) {
            throw StoreError.locked(holder: holder, path: path)
        }
        try FileManager.default.removeItem(atPath: path)
    }
}
