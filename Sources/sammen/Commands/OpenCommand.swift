import Foundation
import SammenCore
import SammenUI

/// `sammen` with no command: the interactive caseload on a terminal.
enum OpenCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "today"], flagOptions: ["read-only"])
        guard args.positionals.isEmpty else { throw Arguments.UsageError.notUnderstood(args.positionals[0]) }
        let path = context.storePath(args)
        // A database store is opened as it is: a missing schema is the opener's message, in words.
        guard StoreOpeners.isDatabase(path) || FileManager.default.fileExists(atPath: path + "/store.json") else {
            if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
                return try FirstStart.run(path: path, args: args, context: context)
            }
            Console.out(HelpText.text(for: nil, in: context.language))
            Console.out(context.say(
                da: "\nDer er intet arkiv i \(path) endnu. Prøv øvelsesarkivet med «sammen demo», eller indlæs en sagsstamme med «sammen import csv FIL».",
                en: "\nThere is no store in \(path) yet. Try the training store with «sammen demo», or import a caseload with «sammen import csv FILE»."))
            return .ok
        }
        return try interactive(path: path, args: args, context: context)
    }

    /// Opens the store in the terminal UI, or says why it cannot (no terminal).
    static func interactive(path: String, args: Arguments, context: Context) throws -> ExitCode {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(context.say(da: "skærmbilledet kræver en terminal; brug fx «sammen due» eller «sammen render dashboard» i scripts.",
                                      en: "the screen needs a terminal; use e.g. «sammen due» or «sammen render dashboard» in scripts."))
            return .usage
        }
        let today = try context.today(args)
        let source = try InteractiveStore.open(path: path, user: try context.user(args, store: path),
                                               language: context.language, forceReadOnly: args.has("read-only"), firstPageFor: today)
        // The name the store knows the user by (a team store's initials), not the one asked for.
        return try EventLoop.run(source: source, language: context.language, today: today, user: source.store.user)
    }
}
