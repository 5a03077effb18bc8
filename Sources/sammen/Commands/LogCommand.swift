import Foundation
import SammenCore

/// `sammen log [--family F] [--json]`: the access log, or what it holds about one family (a data subject's
/// request for who has looked at and changed their record). The extraction itself is logged as an export.
enum LogCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "family"], flagOptions: ["json", "help"])
        if CommandLineProgram.printedHelp(args, "log", context) { return .ok }
        guard args.positionals.isEmpty else { throw Arguments.UsageError.notUnderstood(args.positionals[0]) }
        let store = try StoreOpening.open(args, context, writable: false)
        var entries: [AccessLogEntry]
        if let query = args.value("family") {
            guard !query.isEmpty else { throw Arguments.UsageError(da: "--family mangler en familie", en: "--family needs a family") }
            // A family that is gone from the store still has its entries: then the id is taken as written.
            let summary = store.findFamily(query)
            let id = summary?.id ?? query
            // Its own entries (a search that found it is logged for it too), and the broader searches whose
            // criterion named it: by name, id, sagsnr or a child's name.
            let names = ([id] + (summary.map { [$0.name] + $0.cases.map(\.number) + $0.children.map(\.name) } ?? []))
                .map { $0.lowercased() }.filter { !$0.isEmpty }
            entries = try store.accessLogEntries().filter { entry in
                entry.family == id || (entry.family == nil && entry.action == .search
                    && names.contains { entry.detail?.lowercased().contains($0) == true })
            }
            try store.log(.export, family: id, detail: "adgangslog udtrukket (\(entries.count) linjer)")
        } else {
            entries = try store.accessLogEntries()
            try store.log(.export, detail: "hele adgangsloggen udtrukket (\(entries.count) linjer)")
        }
        if args.has("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(entries), as: UTF8.self))
            return .ok
        }
        if entries.isEmpty {
            // What was asked for is said back masked: it may be a CPR number (a data subject's request).
            let about = args.value("family").map(CPRNumber.redact)
            Console.out(context.say(da: "Adgangsloggen har ingen linjer\(about.map { " om «\($0)»" } ?? "").",
                                    en: "The access log has no lines\(about.map { " about «\($0)»" } ?? "")."))
            return .ok
        }
        for entry in entries {
            // Each field escaped: a tab or line break in a user name or a search criterion would forge a line.
            let fields = [entry.time, entry.user, entry.action.rawValue, entry.family ?? "-", entry.detail ?? ""]
                .map { TerminalText.field(CPRNumber.redact($0)) }
            Console.out(fields.joined(separator: "\t"))
        }
        Console.out(context.say(da: "\(context.language.number(entries.count)) linjer.", en: "\(context.language.number(entries.count)) lines."))
        return .ok
    }
}
