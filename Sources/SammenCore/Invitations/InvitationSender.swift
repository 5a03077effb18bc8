import Foundation

/// Sends what is due for one family, one message per recipient and meeting, and reports per recipient. Only
/// messages that left Sammen (the mail program exited 0, or the file was written) come back as sent; the caller
/// records those (`Invitations.record`) and saves, so a failed one stays due.
public enum InvitationSender {
    public enum Mode: Equatable, Sendable {
        /// Through the mail program.
        case mail(MailCommand)
        /// Written as .eml files in a folder (the training store always; `--out` on request).
        case files(folder: String)
        /// Only say what would be sent.
        case dryRun
    }

    public struct Outcome: Equatable, Sendable {
        public var mail: InvitationMail
        /// nil when sent or written; else why not.
        public var failure: Phrase?
        /// The file written, in the files mode.
        public var file: String?
    }

    public struct Report: Equatable, Sendable {
        public var plan: Invitations.Plan
        public var outcomes: [Outcome] = []
        public var mode: Mode
        public var sent: [Invitations.Pending] { outcomes.filter { $0.failure == nil }.map(\.mail.pending) }
        public var failed: [Outcome] { outcomes.filter { $0.failure != nil } }
    }

    /// Composes and hands over every message due. `log` is called before each message leaves (the access log);
    /// when it throws, that message is not sent and is reported failed.
    public static func run(family: Family, team: Team, today: LocalDate, now: Date, language: Language, mode: Mode,
                           environment: [String: String] = ProcessInfo.processInfo.environment,
                           log: (InvitationMail) throws -> Void) -> Report {
        let plan = Invitations.plan(for: family, team: team, today: today)
        var report = Report(plan: plan, mode: mode)
        guard let organizer = plan.organizer else { return report }
        for (i, pending) in plan.pending.enumerated() {
            let mail = InvitationMail.compose(pending, family: family, organizer: organizer, now: now, language: language,
                                              index: i + 1)
            var outcome = Outcome(mail: mail)
            switch mode {
            case .dryRun:
                outcome.failure = nil
            case .files(let folder):
                let path = (folder as NSString).appendingPathComponent(mail.fileName)
                do {
                    try log(mail)
                    try ExportFile.write(mail.message, to: path)
                    outcome.file = path
                } catch {
                    outcome.failure = describe(error)
                }
            case .mail(let command):
                do {
                    try log(mail)
                    if case .failure(let why) = command.send(mail.message, environment: environment) { outcome.failure = why.phrase }
                } catch {
                    outcome.failure = describe(error)
                }
            }
            report.outcomes.append(outcome)
        }
        return report
    }

    static func describe(_ error: Error) -> Phrase {
        if let e = error as? StoreError { return Phrase(da: e.message(in: .da), en: e.message(in: .en)) }
        return Phrase(verbatim: CPRNumber.redact("\(error)"))
    }

    /// "REQUEST a3 → Anne Holt <skole@soeby.dk>": one line per message for the access log and the command's output.
    public static func summary(_ p: Invitations.Pending) -> String {
        let what = p.method == .cancel ? "CANCEL" : (p.isUpdate ? "REQUEST (update)" : "REQUEST")
        return "\(what) \(p.activityID) seq \(p.sequence) → \(p.recipient.address.asciiAddress)"
    }
}
