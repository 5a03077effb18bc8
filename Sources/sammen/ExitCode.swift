/// Exit codes, documented in `sammen --help` and docs/cli.md.
enum ExitCode: Int32 {
    /// Done.
    case ok = 0
    /// The command ran and found problems: `check` found damaged files, `import` refused bad rows.
    case problems = 1
    /// The command line was wrong.
    case usage = 2
    /// The store could not be opened or written (missing, locked, no space, no access).
    case storeFailure = 3
    /// The answer is incomplete: a family file could not be read, so its families are not in the list (`due`,
    /// `families`). The output says so itself (a line, or an element in --json); `sammen check` names the file.
    case incomplete = 4
}
