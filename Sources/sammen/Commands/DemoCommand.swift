import Foundation
import SammenCore

/// `sammen demo`: the fictional training caseload in a throwaway store, marked ØVELSE everywhere.
enum DemoCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["init", "user", "today", "store"], flagOptions: ["reset", "help", "print"])
        if CommandLineProgram.printedHelp(args, "demo", context) { return .ok }
        guard args.positionals.isEmpty else { throw Arguments.UsageError.notUnderstood(args.positionals[0]) }
        let today = try context.today(args)

        if let target = args.value("init") {
            let path = StoreLocation.resolve(flag: target, environment: [:])
            let user = try context.user(args, store: path)
            try createTrainingStore(at: path, today: today, user: user)
            Console.out(context.say(da: "Øvelsesarkivet er skrevet til \(path). Åbn det med «sammen --store \(path) …».",
                                    en: "The training store is written to \(path). Open it with «sammen --store \(path) …»."))
            return .ok
        }

        let path = args.value("store").map { StoreLocation.resolve(flag: $0, environment: [:]) } ?? demoFolder(context)
        let user = try context.user(args, store: path)
        if args.has("reset") { try removeTrainingStore(at: path, context) }
        if !FileManager.default.fileExists(atPath: path + "/store.json") {
            try createTrainingStore(at: path, today: today, user: user)
        }
        let store = try Store.open(at: path, user: user, access: .readOnly)
        guard store.meta.training else {
            throw StoreError.invalid(Phrase(da: "\(path) er ikke et øvelsesarkiv; «sammen demo» åbner kun øvelsesarkiver.",
                                            en: "\(path) is not a training store; «sammen demo» opens training stores only."))
        }
        if !args.has("print") && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            return try OpenCommand.interactive(path: path, args: args, context: context)
        }
        Console.out(context.say(da: "ØVELSE — fiktive familier, ingen rigtige personer. Arkiv: \(path)",
                                en: "ØVELSE (training) — fictional families, no real people. Store: \(path)"))
        Console.out("")
        let items = DeadlineEngine.list(for: store.summaries, today: today, settings: RuleSettings(team: store.team))
            .filtered(dueBy: today.adding(days: 14))
        DueTable.print(items, today: today, within: 14, language: context.language)
        Console.out("")
        Console.out(context.say(da: "Prøv fx «sammen due --store \(path) --all» eller «sammen families --store \(path)». ØVELSE.",
                                en: "Try e.g. «sammen due --store \(path) --all» or «sammen families --store \(path)». ØVELSE (training)."))
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
    static func removeTrainingStore(at path: String, _ context: Context) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let store = try Store.open(at: path, user: "demo", access: .readOnly)
        guard store.meta.training else {
            throw StoreError.invalid(Phrase(da: "\(path) er ikke et øvelsesarkiv og bliver ikke slettet.",
                                            en: "\(path) is not a training store and is not deleted."))
        }
        if let holder = Store.lockHolder(at: path) {
            throw StoreError.locked(holder: holder, path: path)
        }
        try FileManager.default.removeItem(atPath: path)
    }
}
