import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system's mail interface, as terminal mail programs use it: a `sendmail -t` compatible program (Debian's
/// msmtp, Postfix's or Exim's sendmail) that reads one whole message on its standard input and takes the
/// recipients from its To: header.
///
/// Which program: `$SAMMEN_SENDMAIL` (words split at spaces, so `msmtp -C /etc/sammen/msmtprc` works), else the
/// `sendmail` setting in the user's config file, else `/usr/sbin/sendmail`.
public struct MailCommand: Equatable, Sendable {
    /// The program and its own arguments; `-oi -t` are added when it runs.
    public var words: [String]
    /// Where the command came from, for messages: "$SAMMEN_SENDMAIL", the config file, or the default.
    public var origin: Phrase

    public static let defaultPath = "/usr/sbin/sendmail"

    public init(words: [String], origin: Phrase) {
        self.words = words
        self.origin = origin
    }

    public static func resolve(environment: [String: String], configured: String?) -> MailCommand {
        if let text = environment["SAMMEN_SENDMAIL"], !split(text).isEmpty {
            return MailCommand(words: split(text), origin: Phrase(verbatim: "$SAMMEN_SENDMAIL"))
        }
        if let text = configured, !split(text).isEmpty {
            return MailCommand(words: split(text), origin: Phrase(da: "indstillingen «sendmail» i din konfigurationsfil",
                                                                  en: "the «sendmail» setting in your config file"))
        }
        return MailCommand(words: [defaultPath], origin: Phrase(da: "standardprogrammet", en: "the default program"))
    }

    /// Words at spaces; '…' and "…" keep spaces inside one word.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// The program's full path, or nil when it is not there (or cannot be run).
    func executable(environment: [String: String]) -> String? {
        guard let program = words.first else { return nil }
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        for dir in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin").split(separator: ":") {
            let candidate = "\(dir)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Hands one message to the program. Success only when it ran and exited 0; otherwise what went wrong, in words.
    public func send(_ message: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                     timeout: TimeInterval = 60) -> Result<Void, InvitationProblem> {
        let shown = words.joined(separator: " ")
        guard let path = executable(environment: environment) else {
            return .failure(InvitationProblem(Phrase(da: "postprogrammet «\(shown)» (\(origin.da)) findes ikke; sæt SAMMEN_SENDMAIL eller «sendmail» i konfigurationsfilen, eller skriv beskederne som filer med --out",
                                   en: "the mail program «\(shown)» (\(origin.en)) does not exist; set SAMMEN_SENDMAIL or «sendmail» in the config file, or write the messages as files with --out")))
        }
        // A program that exits without reading must not take Sammen down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = Array(words.dropFirst()) + ["-oi", "-t"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(InvitationProblem(Phrase(da: "postprogrammet «\(shown)» kunne ikke startes: \(error.localizedDescription)",
                                   en: "the mail program «\(shown)» could not be started: \(error.localizedDescription)")))
        }
        let collected = ErrorText()
        let reader = DispatchQueue(label: "sammen.sendmail.stderr")
        let readDone = DispatchSemaphore(value: 0)
        reader.async {
            collected.data = errors.fileHandleForReading.readDataToEndOfFile()
            readDone.signal()
        }
        var writeFailed = false
        do {
            try input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        } catch {
            writeFailed = true
        }
        try? input.fileHandleForWriting.close()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            return .failure(InvitationProblem(Phrase(da: "postprogrammet «\(shown)» svarede ikke inden for \(Int(timeout)) sekunder og blev stoppet",
                                   en: "the mail program «\(shown)» did not answer within \(Int(timeout)) seconds and was stopped")))
        }
        _ = readDone.wait(timeout: .now() + 5)
        let said = Self.complaint(collected.data)
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            return .failure(InvitationProblem(Phrase(da: "postprogrammet «\(shown)» blev afbrudt (signal \(status))\(said.map { ": \($0)" } ?? "")",
                                   en: "the mail program «\(shown)» was interrupted (signal \(status))\(said.map { ": \($0)" } ?? "")")))
        }
        if status != 0 {
            return .failure(InvitationProblem(Phrase(da: "postprogrammet «\(shown)» sluttede med fejlkode \(status)\(said.map { ": \($0)" } ?? "")",
                                   en: "the mail program «\(shown)» ended with exit code \(status)\(said.map { ": \($0)" } ?? "")")))
        }
        if writeFailed {
            return .failure(InvitationProblem(Phrase(da: "postprogrammet «\(shown)» læste ikke hele beskeden", en: "the mail program «\(shown)» did not read the whole message")))
        }
        return .success(())
    }

    /// The program's last non-empty line of complaint, plain and short (no control characters, no CPR).
    static func complaint(_ data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) })
            .last(where: { !$0.isEmpty }) else { return nil }
        let clean = String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
        return CPRNumber.redact(String(clean.prefix(200)))
    }
}

/// The program's error output, filled in by the reading thread.
private final class ErrorText: @unchecked Sendable {
    var data = Data()
}
