import Foundation
import SammenCore
import SammenPostgres

// `--store postgresql://…` opens the PostgreSQL store (SammenCore cannot link libpq; this program can).
StoreOpeners.register(PostgresStore.opener)

// Entry point: route the first word to a command. Every command returns an exit code (ExitCode).
let code = CommandLineProgram.run(Array(CommandLine.arguments.dropFirst()),
                                  environment: ProcessInfo.processInfo.environment)
exit(code.rawValue)
