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

    /// The user for the access log: --user, $SAMMEN_USER, the initials given at first start, else the login name.
    func user(_ args: Arguments) -> String {
        if let u = args.value("user"), !u.isEmpty { return u }
        if let u = environment["SAMMEN_USER"], !u.isEmpty { return u }
        if let u = UserConfig.load(environment).user, !u.isEmpty { return u }
        return environment["USER"] ?? environment["LOGNAME"] ?? "ukendt"
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
