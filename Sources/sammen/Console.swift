import Foundation
import SammenCore

/// Where the program writes: results to stdout, errors in plain words to stderr. Never a CPR number, and never
/// a control character from data: every byte goes through `TerminalText.outputBytes`, so a family name with an
/// ESC sequence, a C1 control or a bidi override is shown as `\u001b`… instead of commanding the terminal.
struct Console {
    /// A result that cannot be written (a full disk, a closed pipe) is said on stderr and ends the program with
    /// exit code 3, instead of crashing in FileHandle.
    static func out(_ text: String) {
        out(bytes: Array((text + "\n").utf8))
    }

    /// Bytes as they are, with no newline added (a big `due --json` is written without making a String).
    static func out(bytes: [UInt8]) {
        bytes.withUnsafeBytes { out(raw: $0) }
    }

    /// Bytes in place, written whole with write(2) (a retry for a short write or a signal).
    static func out(raw: UnsafeRawBufferPointer) {
        if let safe = TerminalText.outputBytes(raw) {
            safe.withUnsafeBytes { write(fd: STDOUT_FILENO, $0) }
        } else {
            write(fd: STDOUT_FILENO, raw)
        }
    }

    /// Bytes already made safe as they were written (`DeadlineJSON`'s `terminalSafe`): not scanned again.
    static func out(terminalSafe raw: UnsafeRawBufferPointer) {
        write(fd: STDOUT_FILENO, raw)
    }

    /// A document as it is (an export to `--out -`): its bytes are the document, so nothing is escaped, unless
    /// stdout is a terminal; then control characters are shown as anywhere else.
    static func document(_ text: String) {
        var bytes = Array(text.utf8)
        if isatty(STDOUT_FILENO) == 1, let safe = TerminalText.outputBytes(bytes) { bytes = safe }
        bytes.withUnsafeBytes { write(fd: STDOUT_FILENO, $0) }
    }

    private static func write(fd: Int32, _ raw: UnsafeRawBufferPointer) {
        var done = 0
        while done < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let code = n < 0 ? errno : EIO
                if fd == STDOUT_FILENO {
                    Console.error("kunne ikke skrive resultatet: \(StoreError.describe(errno: code))")
                }
                exit(ExitCode.storeFailure.rawValue)
            }
            done += n
        }
    }

    static func error(_ text: String) {
        // One message is one line: a line break from data (a file or user name) would forge a second message.
        let bytes = Array(("sammen: " + TerminalText.field(CPRNumber.redact(text)) + "\n").utf8)
        let safe = TerminalText.outputBytes(bytes) ?? bytes
        var done = 0
        safe.withUnsafeBytes { raw in
            while done < raw.count {
                let n = Glibc.write(STDERR_FILENO, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }
                done += n
            }
        }
    }
}

/// What every command needs: the environment, the language of this run, who the user is.
struct Context {
    var environment: [String: String]
    /// Resolved once per run (`LanguageOption`) and used for every message, table and document the run writes.
    var language: Language = .da

    /// The text in this run's language.
    func say(da: String, en: String) -> String { language.pick(da: da, en: en) }

    /// The user for the access log. In a team store (its folder gives a group rights) it is the account's
    /// login and nothing else: `--user` and `$SAMMEN_USER` are refused there, `$USER` and the config file are
    /// not read. Elsewhere (a private or the training store): --user, $SAMMEN_USER, the initials given at
    /// first start, else the login name; a name from the command line or the environment is validated.
    func user(_ args: Arguments) throws -> String {
        try user(args, store: storePath(args))
    }

    func user(_ args: Arguments, store path: String) throws -> String {
        // A database knows who connected (its role): a name from the command line would be a forgery.
        if StoreOpeners.isDatabase(path) {
            if args.value("user") != nil {
                throw Arguments.UsageError(
                    da: "--user bruges ikke i et databasearkiv: her er du den databasebruger, du er logget ind som, så adgangsloggen passer",
                    en: "--user is not used in a database store: there you are the database role you logged in as, so the access log is true")
            }
            return OSAccount.current().login
        }
        if Store.isTeamStore(at: path) {
            let login = OSAccount.current().login
            if args.value("user") != nil {
                throw Arguments.UsageError(
                    da: "--user bruges ikke i et teamarkiv: her er du den bruger, du er logget ind som («\(login)»), så adgangsloggen passer",
                    en: "--user is not used in a team store: there you are the account you are logged in as («\(login)»), so the access log is true")
            }
            if let u = environment["SAMMEN_USER"], !u.isEmpty {
                throw Arguments.UsageError(
                    da: "$SAMMEN_USER bruges ikke i et teamarkiv: her er du den bruger, du er logget ind som («\(login)»); fjern den (unset SAMMEN_USER)",
                    en: "$SAMMEN_USER is not used in a team store: there you are the account you are logged in as («\(login)»); remove it (unset SAMMEN_USER)")
            }
            return login
        }
        if let u = args.value("user") { return try validated(u, source: "--user") }
        if let u = environment["SAMMEN_USER"], !u.isEmpty { return try validated(u, source: "$SAMMEN_USER") }
        if let u = UserConfig.load(environment).user, !u.isEmpty { return try validated(u, source: UserConfig.path(environment)) }
        if let u = environment["USER"], !u.isEmpty { return try validated(u, source: "$USER") }
        if let u = environment["LOGNAME"], !u.isEmpty { return try validated(u, source: "$LOGNAME") }
        return OSAccount.current().login
    }

    private func validated(_ name: String, source: String) throws -> String {
        switch UserName.validate(name, source: source) {
        case .success(let name): return name
        case .failure(let error): throw Arguments.UsageError(da: error.phrase.da, en: error.phrase.en)
        }
    }

    func storePath(_ args: Arguments) -> String {
        StoreLocation.resolve(flag: args.value("store"), environment: environment)
    }

    /// --today, else the date in Europe/Copenhagen.
    func today(_ args: Arguments) throws -> LocalDate {
        guard let text = args.value("today") else { return LocalDate.today() }
        guard let date = LocalDate(lenient: text) else {
            throw Arguments.UsageError(da: "--today «\(text)» er ikke en dato (skriv ÅÅÅÅ-MM-DD)",
                                       en: "--today «\(text)» is not a date (write YYYY-MM-DD)")
        }
        return date
    }
}
