import Foundation
import SammenCore

/// `sammen invite FAMILY [--dry-run] [--out DIR]`: sends the family's due meeting invitations, updates and
/// cancellations through the mail program (one message per recipient and meeting), or writes them as .eml files.
/// Only what left Sammen is recorded as sent; a failed recipient is named and stays due.
enum InviteCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "out", "today"], flagOptions: ["help", "dry-run"])
        if CommandLineProgram.printedHelp(args, "invite", context) { return .ok }
        guard args.positionals.count == 1 else {
            throw Arguments.UsageError(da: "skriv hvilken familie: «sammen invite FAMILIE [--dry-run] [--out MAPPE]»",
                                       en: "say which family: «sammen invite FAMILY [--dry-run] [--out FOLDER]»")
        }
        let today = try context.today(args)
        let dryRun = args.has("dry-run")
        let store = try StoreOpening.open(args, context, writable: !dryRun)
        defer { store.close() }
        guard let summary = store.findFamily(args.positionals[0]) else {
            Console.error(StoreOpening.noFamily(args.positionals[0], context))
            return .problems
        }
        let family = try store.loadFamily(summary.id)
        let language = context.language
        let (report, folder) = try deliver(family, store: store, today: today, language: language,
                                           environment: context.environment, out: args.value("out"), dryRun: dryRun)
        let plan = report.plan
        for (activityID, people) in plan.unreachable.sorted(by: { $0.key < $1.key }) {
            let activity = family.annualPlan.first { $0.id == activityID }
            let title = activity.map { describe($0, language) } ?? activityID
            for person in people {
                Console.error(context.say(da: "ikke inviteret til \(title): \(person.name) – \(person.reason.da)",
                                          en: "not invited to \(title): \(person.name) – \(person.reason.en)"))
            }
        }
        if let why = plan.organizerProblem {
            Console.error(context.say(da: "ingen invitationer sendt for \(family.name): \(why.da)",
                                      en: "no invitations sent for \(family.name): \(why.en)"))
            return .problems
        }
        guard !report.outcomes.isEmpty else {
            Console.out(context.say(da: "Intet at sende for \(family.name): alle invitationer er sendt.",
                                    en: "Nothing to send for \(family.name): every invitation has been sent."))
            return plan.unreachable.isEmpty ? .ok : .problems
        }
        for outcome in report.outcomes {
            let p = outcome.mail.pending
            let line = "\(verb(p, language)) \(describe(p, family, language)) → \(p.recipient.name) <\(p.recipient.address.address)>"
            if let failure = outcome.failure {
                Console.error(context.say(da: "IKKE SENDT: \(line): \(failure.da)", en: "NOT SENT: \(line): \(failure.en)"))
            } else if dryRun {
                Console.out(context.say(da: "ville sende: \(line)", en: "would send: \(line)"))
            } else if let file = outcome.file {
                Console.out(context.say(da: "skrevet: \(line) (\((file as NSString).lastPathComponent))",
                                        en: "written: \(line) (\((file as NSString).lastPathComponent))"))
            } else {
                Console.out(context.say(da: "sendt: \(line)", en: "sent: \(line)"))
            }
        }
        let sent = report.sent.count, failed = report.failed.count
        if dryRun {
            Console.out(context.say(da: "Prøvekørsel: \(sent) besked(er) ville blive sendt; intet er sendt eller markeret.",
                                    en: "Dry run: \(sent) message(s) would be sent; nothing was sent or marked."))
        } else if let folder {
            if store.meta.training {
                Console.out(context.say(da: "Øvelsesarkivet sender aldrig mail: \(sent) besked(er) skrevet som filer i \(folder).",
                                        en: "The training store never sends mail: \(sent) message(s) written as files in \(folder)."))
            } else {
                Console.out(context.say(da: "\(sent) besked(er) skrevet som filer i \(folder); åbn dem i dit postprogram og send dem.",
                                        en: "\(sent) message(s) written as files in \(folder); open them in your mail program and send them."))
            }
        } else {
            Console.out(context.say(da: "\(sent) sendt, \(failed) ikke sendt.", en: "\(sent) sent, \(failed) not sent."))
        }
        if failed > 0 {
            Console.error(context.say(da: "\(failed) besked(er) blev ikke sendt og venter stadig; ret fejlen og kør «sammen invite» igen.",
                                      en: "\(failed) message(s) were not sent and are still pending; fix the problem and run «sammen invite» again."))
        }
        return failed > 0 || !plan.unreachable.isEmpty ? .problems : .ok
    }

    /// Sends (or writes, or lists) what is due for `family` and records what left Sammen. Shared by the command
    /// and the årshjul's send key. The training store always writes files.
    static func deliver(_ family: Family, store: any CaseloadStore, today: LocalDate, language: Language, environment: [String: String],
                        out: String?, dryRun: Bool) throws -> (InvitationSender.Report, folder: String?) {
        let mode: InvitationSender.Mode
        var folder: String?
        if dryRun {
            mode = .dryRun
        } else if store.meta.training || out != nil {
            let dir = out ?? defaultFolder(family.id, environment)
            try makeFolder(dir)
            folder = dir
            mode = .files(folder: dir)
        } else {
            mode = .mail(MailCommand.resolve(environment: environment, configured: UserConfig.load(environment).sendmail))
        }
        let report = InvitationSender.run(family: family, team: store.team, today: today, now: Date(), language: language,
                                          mode: mode, environment: environment) { mail in
            try store.log(.export, family: family.id, detail: "invitation: " + InvitationSender.summary(mail.pending), required: true)
        }
        if !dryRun, !report.sent.isEmpty {
            let delivery: SentInvitation.Delivery = folder == nil ? .mail : .file
            _ = try store.update(family.id) { Invitations.record(report.sent, on: today, delivery: delivery, in: &$0) }
        }
        return (report, folder)
    }

    static func verb(_ p: Invitations.Pending, _ language: Language) -> String {
        switch (p.method, p.isUpdate) {
        case (.cancel, _): return language.pick(da: "aflysning", en: "cancellation")
        case (.request, true): return language.pick(da: "ændring", en: "update")
        case (.request, false): return "invitation"
        }
    }

    /// "Netværksmøde 09.02.2027 kl. 10:00".
    static func describe(_ p: Invitations.Pending, _ family: Family, _ language: Language) -> String {
        "\(p.event.kind.name(in: language)) \(language.date(p.event.date))" + (p.event.time.map { language.pick(da: " kl. \($0)", en: " at \($0)") } ?? "")
    }

    static func describe(_ a: AnnualActivity, _ language: Language) -> String {
        "\(a.kind.name(in: language))" + (a.date.map { " \(language.date($0))" } ?? "")
    }

    /// `invitationer-<id>` in $SAMMEN_EXPORT_DIR or the current folder: named by the family's id, never its name.
    static func defaultFolder(_ id: FamilyID, _ environment: [String: String]) -> String {
        let base = environment["SAMMEN_EXPORT_DIR"] ?? FileManager.default.currentDirectoryPath
        return (base as NSString).appendingPathComponent("invitationer-\(id)")
    }

    static func makeFolder(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw StoreError.invalid(Phrase(da: "«\(path)» findes og er ikke en mappe", en: "«\(path)» exists and is not a folder"))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.invalid(Phrase(da: "mappen «\(path)» kunne ikke oprettes: \(error.localizedDescription)",
                                            en: "the folder «\(path)» could not be created: \(error.localizedDescription)"))
        }
    }
}
