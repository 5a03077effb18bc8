import Foundation
import SammenCore

enum CommandLineProgram {
    static let version = "0.1.0"

    static func run(_ raw: [String], environment: [String: String]) -> ExitCode {
        let context = Context(environment: environment)
        guard let command = raw.first, !command.hasPrefix("--") || ["--help", "-h", "--version"].contains(command) else {
            // No command: open the caseload on a terminal, else explain.
            return guarded("") { try OpenCommand.run(raw, context) }
        }
        let rest = Array(raw.dropFirst())
        return guarded(command) {
            switch command {
            case "--help", "-h", "help":
                Console.out(rest.first.flatMap(HelpText.forCommand) ?? HelpText.overview)
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
            case "demo": return try DemoCommand.run(rest, context)
            case "tour": return try TourCommand.run(rest, context)
            default:
                Console.error("ukendt kommando «\(command)». Skriv «sammen --help» for at se kommandoerne.")
                return .usage
            }
        }
    }

    /// Runs a command and turns what it throws into a message in words and an exit code.
    static func guarded(_ command: String, _ body: () throws -> ExitCode) -> ExitCode {
        do {
            return try body()
        } catch let error as Arguments.UsageError {
            let help = command.isEmpty ? "sammen --help" : "sammen \(command) --help"
            Console.error(error.message + ". Skriv «\(help)» for hjælp.")
            return .usage
        } catch let error as StoreError {
            Console.error(error.danishMessage)
            return .storeFailure
        } catch {
            Console.error("uventet fejl: \(error)")
            return .storeFailure
        }
    }

    /// Handles `--help` for a command; true when help was printed.
    static func printedHelp(_ args: Arguments, _ command: String) -> Bool {
        guard args.has("help") else { return false }
        Console.out(HelpText.forCommand(command) ?? HelpText.overview)
        return true
    }
}
