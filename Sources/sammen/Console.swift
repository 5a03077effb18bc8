import Foundation
import SammenCore

/// Where the program writes: results to stdout, errors in plain words to stderr. Never a CPR number.
struct Console {
    /// A result that cannot be written (a full disk, a closed pipe) is said on stderr and ends the program with
    /// exit code 3, instead of crashing in FileHandle.
    static func out(_ text: String) {
        out(bytes: Array((text + "\n").utf8))
    }

    /// Bytes as they are, with no newline added (a big `due --json` is written without making a String).
    static func out(bytes: [UInt8]) {
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code ?? Int(EIO)
            Console.error("kunne ikke skrive resultatet: \(StoreError.describe(errno: Int32(code)))")
            exit(ExitCode.storeFailure.rawValue)
        }
    }

    /// Bytes in place, written whole with write(2) (a retry for a short write or a signal).
    static func out(raw: UnsafeRawBufferPointer) {
        var done = 0
        while done < raw.count {
            let n = write(STDOUT_FILENO, raw.baseAddress! + done, raw.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                Console.error("kunne ikke skrive resultatet: \(StoreError.describe(errno: n < 0 ? errno : EIO))")
                exit(ExitCode.storeFailure.rawValue)
            }
            done += n
        }
    }

    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(("sammen: " + CPRNumber.redact(text) + "\n").utf8))
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
