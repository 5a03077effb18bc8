import Foundation
import SammenCore
import SammenUI

/// `sammen export ics|wheel|meeting|handover --family NAME|SAGSNR …`: documents for calendars, parents,
/// meeting participants and the next caseworker.
enum ExportCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "family", "out", "format", "year", "meeting", "today"],
                                 flagOptions: ["help", "no-internal-notes"])
        if CommandLineProgram.printedHelp(args, "export") { return .ok }
        guard let what = args.positionals.first, args.positionals.count == 1,
              ["ics", "wheel", "meeting", "handover"].contains(what) else {
            throw Arguments.UsageError(message: "skriv hvad der skal eksporteres: ics, wheel, meeting eller handover")
        }
        guard let query = args.value("family") else {
            throw Arguments.UsageError(message: "--family mangler (familiens navn, id eller sagsnr)")
        }
        let today = try context.today(args)
        var year = today.year
        if let text = args.value("year") {
            guard let y = Int(text), (1900...2200).contains(y) else { throw Arguments.UsageError(message: "--year «\(text)» er ikke et årstal") }
            year = y
        }
        // Reading is enough: an export never changes a record, so it works while a colleague has the store open.
        let store = try StoreOpening.open(args, context, writable: false)
        defer { store.close() }
        guard let summary = store.findFamily(query) else {
            Console.error("ingen familie matcher «\(query)» (skriv id, sagsnr eller navn; se «sammen families»)")
            return .problems
        }
        let out = args.value("out")
        let toStdout = out == "-"
        let text: String
        let request: ExportRequest?
        switch what {
        case "ics":
            guard args.value("format") == nil || args.value("format") == "ics" else {
                throw Arguments.UsageError(message: "kalenderen skrives altid som .ics")
            }
            request = .calendar(summary.id, year: year)
            let family = try store.loadFamily(summary.id, logAs: nil)
            let undated = ICSExport.undatedActivities(for: family, year: year).count
            if undated > 0 {
                Console.error("\(undated) aktivitet(er) i \(year) har ingen dato endnu og er ikke med i kalenderen; giv dem en dato i årshjulet.")
            }
            text = try Exporter.document(request!, store: store, format: "ics")
        case "wheel":
            let format = args.value("format") ?? "html"
            guard ["svg", "html", "txt"].contains(format) else { throw Arguments.UsageError(message: "--format skal være svg, html eller txt") }
            request = .handout(summary.id, year: year)
            text = try Exporter.document(request!, store: store, format: format)
        case "meeting":
            let format = args.value("format") ?? "html"
            guard ExportFormat(rawValue: format) != nil else { throw Arguments.UsageError(message: "--format skal være md, html eller txt") }
            let family = try store.loadFamily(summary.id, logAs: nil)
            let meetings = family.meetings.sorted { $0.date > $1.date }
            let chosen: Meeting?
            if let dateText = args.value("meeting") {
                guard let date = LocalDate(lenient: dateText) else { throw Arguments.UsageError(message: "--meeting «\(dateText)» er ikke en dato") }
                chosen = meetings.first { $0.date == date }
            } else {
                chosen = meetings.first
            }
            guard let meeting = chosen else {
                Console.error("\(family.name) har intet møde\(args.value("meeting").map { " den \($0)" } ?? "").")
                return .problems
            }
            request = .meetingSummary(summary.id, meetingID: meeting.id)
            text = try Exporter.document(request!, store: store, format: format)
        default:
            let format = args.value("format") ?? "md"
            guard let exportFormat = ExportFormat(rawValue: format) else { throw Arguments.UsageError(message: "--format skal være md, html eller txt") }
            request = nil
            let family = try store.loadFamily(summary.id, logAs: nil)
            text = HandoverDocument.render(family: family, team: store.team, today: today, format: exportFormat,
                                           training: store.meta.training, includeInternalNotes: !args.has("no-internal-notes"))
        }
        if toStdout {
            FileHandle.standardOutput.write(Data(text.utf8))
            try store.log(.export, family: summary.id, detail: "\(what) til standardud", required: true)
            return .ok
        }
        let ext = what == "ics" ? "ics" : (args.value("format") ?? (what == "handover" ? "md" : "html"))
        let target = out ?? (request.map { Exporter.defaultName($0, format: ext) } ?? "overlevering-\(summary.id).\(ext)")
        try ExportFile.write(text, to: target)
        try store.log(.export, family: summary.id, detail: "\(what): \((target as NSString).lastPathComponent)", required: true)
        Console.out("Skrevet: \(target)")
        return .ok
    }
}
