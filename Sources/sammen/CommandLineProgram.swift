import Foundation
import SammenCore

enum CommandLineProgram {
    static let version = StoreFormat.programVersion

    static func run(_ raw: [String], environment: [String: String]) -> ExitCode {
        let language: Language
        switch LanguageOption.resolve(raw, environment: environment) {
        case .success(let chosen): language = chosen
        case .failure(let error):
            let fallback = Language.resolve(flag: nil, environment: environment)
            return guarded(raw.first ?? "", Context(environment: environment, language: fallback)) { throw error }
        }
        let context = Context(environment: environment, language: language)
        // `sammen --lang en due …`: a leading language choice is for the whole run, not a command.
        var raw = raw
        if raw.first == "--lang", raw.count > 1 { raw.removeFirst(2) } else if raw.first?.hasPrefix("--lang=") == true { raw.removeFirst() }
        guard let command = raw.first, !command.hasPrefix("--") || ["--help", "-h", "--version"].contains(command) else {
            // No command: open the caseload on a terminal, else explain.
            return guarded("", context) { try OpenCommand.run(raw, context) }
        }
        let rest = Array(raw.dropFirst())
        return guarded(command, context) {
            switch command {
            case "--help", "-h", "help":
                Console.out(HelpText.text(for: LanguageOption.withoutFlag(rest).first, in: language))
                return .ok
            case "--version", "version":
                Console.out("sammen \(version)")
                return .ok
            case "due": return try DueCommand.run(rest, context)
            case "import": return try ImportCommand.run(rest, context)
            case "check": return try CheckCommand.run(rest, context)
            case "families": return try FamiliesCommand.run(rest, context)
            case "followup": return try FollowUpCommand.run(rest, context)
            case "log": return try LogCommand.run(rest, context)
            case "render": return try RenderCommand.run(rest, context)
            case "export": return try ExportCommand.run(rest, context)
            case "invite": return try InviteCommand.run(rest, context)
            case "demo": return try DemoCommand.run(rest, context)
            case "init": return try InitCommand.run(rest, context)
            case "team": return try TeamCommand.run(rest, context)
            case "tour": return try TourCommand.run(rest, context)
            case "store": return try StoreCommand.run(rest, context)
            default:
                Console.error(context.say(da: "ukendt kommando «\(command)». Skriv «sammen --help» for at se kommandoerne.",
                                          en: "unknown command «\(command)». Type «sammen --help» to see the commands."))
                return .usage
            }
        }
    }

    /// Runs a command and turns what it throws into a message in words and an exit code.
    static func guarded(_ command: String, _ context: Context, _ body: () throws -> ExitCode) -> ExitCode {
        let language = context.language
        do {
            return try body()
        } catch let error as Arguments.UsageError {
            let help = command.isEmpty || command.hasPrefix("-") ? "sammen --help" : "sammen \(command) --help"
            Console.error(error.phrase.text(in: language) + context.say(da: ". Skriv «\(help)» for hjælp.", en: ". Type «\(help)» for help."))
            return .usage
        } catch let error as StoreError {
            Console.error(error.message(in: language))
            return .storeFailure
        } catch {
            Console.error(context.say(da: "uventet fejl: \(error)", en: "unexpected error: \(error)"))
            return .storeFailure
        }
    }

    /// Handles `--help` for a command; true when help was printed.
    static func printedHelp(_ args: Arguments, _ command: String, _ context: Context) -> Bool {
        guard args.has("help") else { return false }
        Console.out(HelpText.text(for: command, in: context.language))
        return true
    }
}
