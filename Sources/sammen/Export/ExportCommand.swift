import Foundation
import SammenCore
import SammenUI

/// `sammen export ics|wheel|meeting|handover --family NAME|SAGSNR …`: documents for calendars, parents,
/// meeting participants and the next caseworker.
enum ExportCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "family", "out", "format", "year", "meeting", "today"],
                                 flagOptions: ["help", "no-internal-notes"])
        if CommandLineProgram.printedHelp(args, "export", context) { return .ok }
        guard let what = args.positionals.first, args.positionals.count == 1,
              ["ics", "wheel", "meeting", "handover"].contains(what) else {
            throw Arguments.UsageError(da: "skriv hvad der skal eksporteres: ics, wheel, meeting eller handover",
                                       en: "say what to export: ics, wheel, meeting or handover")
        }
        guard let query = args.value("family") else {
            throw Arguments.UsageError(da: "--family mangler (familiens navn, id eller sagsnr)", en: "--family is missing (the family's name, id or case number)")
        }
        let today = try context.today(args)
        // Without --year: the calendar year, or from October the twelve months ahead (as the årshjul opens).
        var period = PlanPeriod.ahead(from: today)
        if let text = args.value("year") {
            guard let y = Int(text), (1900...2200).contains(y) else { throw Arguments.UsageError(da: "--year «\(text)» er ikke et årstal", en: "--year «\(text)» is not a year") }
            period = .calendarYear(y)
        }
        let span = period.label(context.language)
        // Reading is enough: an export never changes a record, so it works while a colleague has the store open.
        let store = try StoreOpening.open(args, context, writable: false)
        defer { store.close() }
        guard let summary = store.findFamily(query) else {
            Console.error(StoreOpening.noFamily(query, context))
            return .problems
        }
        let formatError = Arguments.UsageError(da: "--format skal være md, html eller txt", en: "--format must be md, html or txt")
        let out = args.value("out")
        let toStdout = out == "-"
        let language = context.language
        let text: String
        let request: ExportRequest?
        switch what {
        case "ics":
            guard args.value("format") == nil || args.value("format") == "ics" else {
                throw Arguments.UsageError(da: "kalenderen skrives altid som .ics", en: "the calendar is always written as .ics")
            }
            request = .calendar(summary.id, period: period)
            let family = try store.loadFamily(summary.id, logAs: nil)
            let undated = ICSExport.undatedActivities(for: family, period: period).count
            // A calendar with no events is not written: say so instead of "Skrevet".
            if ICSExport.datedActivities(for: family, period: period).isEmpty {
                Console.error(context.say(
                    da: "ingen kalender skrevet: ingen af \(family.name)s aktiviteter i \(span) har en dato (\(undated) uden dato); giv dem en dato i årshjulet, eller vælg et andet år med --year.",
                    en: "no calendar written: none of \(family.name)'s activities in \(span) has a date (\(undated) without a date); give them a date in the annual wheel, or choose another year with --year."))
                return .problems
            }
            if undated > 0 {
                Console.error(context.say(
                    da: "\(undated) aktivitet(er) i \(span) har ingen dato endnu og er ikke med i kalenderen; giv dem en dato i årshjulet.",
                    en: "\(undated) activit(ies) in \(span) have no date yet and are not in the calendar; give them a date in the annual wheel."))
            }
            text = try Exporter.document(request!, store: store, format: "ics", language: language)
        case "wheel":
            let format = args.value("format") ?? "html"
            guard ["svg", "html", "txt"].contains(format) else {
                throw Arguments.UsageError(da: "--format skal være svg, html eller txt", en: "--format must be svg, html or txt")
            }
            request = .handout(summary.id, period: period)
            text = try Exporter.document(request!, store: store, format: format, language: language)
        case "meeting":
            let format = args.value("format") ?? "html"
            guard ExportFormat(rawValue: format) != nil else { throw formatError }
            let family = try store.loadFamily(summary.id, logAs: nil)
            let meetings = family.meetings.sorted { $0.date > $1.date }
            let chosen: Meeting?
            if let dateText = args.value("meeting") {
                guard let date = LocalDate(lenient: dateText) else {
                    throw Arguments.UsageError(da: "--meeting «\(dateText)» er ikke en dato", en: "--meeting «\(dateText)» is not a date")
                }
                chosen = meetings.first { $0.date == date }
            } else {
                chosen = meetings.first
            }
            guard let meeting = chosen else {
                let on = args.value("meeting")
                Console.error(context.say(da: "\(family.name) har intet møde\(on.map { " den \($0)" } ?? "").",
                                          en: "\(family.name) has no meeting\(on.map { " on \($0)" } ?? "")."))
                return .problems
            }
            request = .meetingSummary(summary.id, meetingID: meeting.id)
            text = try Exporter.document(request!, store: store, format: format, language: language)
        default:
            let format = args.value("format") ?? "md"
            guard let exportFormat = ExportFormat(rawValue: format) else { throw formatError }
            request = nil
            let family = try store.loadFamily(summary.id, logAs: nil)
            text = HandoverDocument.render(family: family, team: store.team, today: today, format: exportFormat,
                                           training: store.meta.training, includeInternalNotes: !args.has("no-internal-notes"),
                                           language: language)
        }
        if toStdout {
            // Logged first: the document is never out without its entry. Written with write(2): a full disk or
            // a closed pipe is exit 3 with a message (FileHandle.write crashed the program).
            try store.log(.export, family: summary.id, detail: "\(what) til standardud", required: true)
            Console.document(text)
            return .ok
        }
        let ext = what == "ics" ? "ics" : (args.value("format") ?? (what == "handover" ? "md" : "html"))
        let target = out ?? (ExportFile.defaultStem(request.map(Exporter.defaultKind) ?? "overlevering", in: ".", extensions: [ext]) + "." + ext)
        // Never into the store (#15.8); logged before it is written (#15.9): refused first, so a refused export
        // is not logged, and a failed write is logged (over-reported), never an export without its entry.
        try ExportFile.checkTarget(target, storeRoot: store.folder)
        try store.log(.export, family: summary.id, detail: "\(what): \((target as NSString).lastPathComponent)", required: true)
        try ExportFile.write(text, to: target, storeRoot: store.folder)
        Console.out(context.say(da: "Skrevet: \(target)", en: "Written: \(target)"))
        return .ok
    }
}
