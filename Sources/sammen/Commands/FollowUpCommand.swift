import Foundation
import SammenCore

/// `sammen followup FAMILY --date DATE --channel KANAL [--note TEKST] [--case SAGSNR] [--informal]`:
/// register a follow-up (or an informal contact) from the shell.
enum FollowUpCommand {
    static let channels: [String: ContactChannel] = [
        "telefon": .phone, "phone": .phone, "sms": .sms, "mail": .email, "email": .email, "e-mail": .email,
        "møde": .meeting, "moede": .meeting, "meeting": .meeting, "hjemmebesøg": .homeVisit, "hjemmebesoeg": .homeVisit,
        "homevisit": .homeVisit, "video": .video, "digitalpost": .digitalPost, "e-boks": .digitalPost,
    ]

    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "date", "channel", "note", "case", "today"],
                                 flagOptions: ["informal", "help"])
        if CommandLineProgram.printedHelp(args, "followup", context) { return .ok }
        guard args.positionals.count == 1 else {
            throw Arguments.UsageError(da: "skriv hvilken familie: «sammen followup FAMILIE --date DATO --channel KANAL»",
                                       en: "say which family: «sammen followup FAMILY --date DATE --channel CHANNEL»")
        }
        let date: LocalDate
        if let text = args.value("date") {
            guard let d = LocalDate(lenient: text) else { throw Arguments.UsageError(da: "--date «\(text)» er ikke en dato", en: "--date «\(text)» is not a date") }
            date = d
        } else {
            date = try context.today(args)
        }
        // The same limit as the program's note field: a longer note is refused whole, never cut.
        if let note = args.value("note"), let problem = TextLimits.problem(note, limit: TextLimits.note,
                                                                           field: Phrase(da: "--note", en: "--note")) {
            throw Arguments.UsageError(da: problem.da, en: problem.en)
        }
        let channelText = (args.value("channel") ?? "telefon").lowercased()
        guard let channel = channels[channelText] else {
            throw Arguments.UsageError(da: "--channel «\(channelText)» kendes ikke (brug telefon, sms, mail, møde, hjemmebesøg, video eller digitalpost)",
                                       en: "--channel «\(channelText)» is not known (use phone, sms, email, meeting, homevisit, video or digitalpost)")
        }
        // A family named by its id is read alone: a follow-up from the shell takes as long in a caseload of
        // 10,000 as of 100 (#19). A sagsnr or a name needs every summary to be found: the store is then opened
        // whole, as before (which also says in words what could not be read).
        let query = args.positionals[0].trimmingCharacters(in: .whitespaces)
        var store = try StoreOpening.open(args, context, writable: true,
                                          caseload: Family.isValidID(query) ? .onDemand : .whole)
        if Family.isValidID(query) && store.summary(query) == nil {
            store.close()
            store = try StoreOpening.open(args, context, writable: true, shown: store.notices)
        }
        defer { store.close() }
        guard let summary = store.findFamily(args.positionals[0]) else {
            Console.error(StoreOpening.noFamily(args.positionals[0], context))
            return .problems
        }
        if let number = args.value("case"), !summary.cases.contains(where: { $0.number == number }) {
            Console.error(context.say(da: "\(summary.name) har ingen sag \(number) (se «sammen families»)",
                                      en: "\(summary.name) has no case \(number) (see «sammen families»)"))
            return .problems
        }
        // A follow-up that has not happened yet, or happened before its case was opened, cannot be registered.
        let today = try context.today(args)
        let concerned = summary.cases.filter { c in args.value("case").map { $0 == c.number } ?? c.isOpen }
        let opened = (concerned.isEmpty ? summary.cases : concerned).map(\.opened).min()
        if let problem = DateRules.contact(date, caseOpened: opened, today: today) {
            Console.error(context.say(da: "Ikke registreret: \(problem.phrase.da).", en: "Not registered: \(problem.phrase.en)."))
            return .problems
        }
        // Load, add and save under one hold of the lock: two followups at once never conflict or lose one.
        try store.update(summary.id) { family in
            family.registerContact(date: date, channel: channel, kind: args.has("informal") ? .informal : .followUp,
                                   note: args.value("note") ?? "", caseNumber: args.value("case"), by: store.user)
        }
        let next = store.summary(summary.id).map { s in
            s.cases.filter(\.isOpen).map { c -> String in
                let due = context.language.date(DeadlineEngine.nextFollowUp(for: c, today: today))
                return context.say(da: "\(c.number): næste \(due)", en: "\(c.number): next \(due)")
            }
        } ?? []
        let on = context.language.date(date)
        Console.out(context.say(da: "Registreret for \(summary.name) den \(on). ", en: "Registered for \(summary.name) on \(on). ")
                    + next.joined(separator: "; "))
        return .ok
    }
}
