import Foundation
import SammenCore
import SammenUI

/// `sammen` with no command: the interactive caseload on a terminal.
enum OpenCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "today", "lang"], flagOptions: ["read-only"])
        guard args.positionals.isEmpty else { throw Arguments.UsageError(message: "«\(args.positionals[0])» forstås ikke her") }
        let path = context.storePath(args)
        guard FileManager.default.fileExists(atPath: path + "/store.json") else {
            if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
                return try FirstStart.run(path: path, args: args, context: context)
            }
            Console.out(HelpText.overview)
            Console.out("\nDer er intet arkiv i \(path) endnu. Prøv øvelsesarkivet med «sammen demo», eller indlæs en sagsstamme med «sammen import csv FIL».")
            return .ok
        }
        return try interactive(path: path, args: args, context: context)
    }

    /// Opens the store in the terminal UI, or says why it cannot (no terminal).
    static func interactive(path: String, args: Arguments, context: Context) throws -> ExitCode {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error("skærmbilledet kræver en terminal; brug fx «sammen due» eller «sammen render dashboard» i scripts.")
            return .usage
        }
        let user = context.user(args)
        let source = try InteractiveStore.open(path: path, user: user, forceReadOnly: args.has("read-only"))
        let language = Language.resolve(flag: args.value("lang"), environment: context.environment)
        return try EventLoop.run(source: source, language: language, today: try context.today(args), user: user)
    }
}
