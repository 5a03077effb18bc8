import Foundation
import SammenCore

// Entry point: route the first word to a command. Every command returns an exit code (ExitCode).
let code = CommandLineProgram.run(Array(CommandLine.arguments.dropFirst()),
                                  environment: ProcessInfo.processInfo.environment)
exit(code.rawValue)
