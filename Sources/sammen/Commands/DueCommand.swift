import Foundation
import SammenCore

/// `sammen due`: follow-ups and deadlines, soonest first.
enum DueCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "today", "caseworker", "within"],
                                 flagOptions: ["all", "json", "help"])
        if CommandLineProgram.printedHelp(args, "due", context) { return .ok }
        guard args.positionals.isEmpty else {
            throw Arguments.UsageError.notUnderstood(args.positionals[0])
        }
        if args.has("all") && args.value("within") != nil {
            throw Arguments.UsageError(da: "brug enten --within eller --all, ikke begge", en: "use either --within or --all, not both")
        }
        var within = 30
        if let text = args.value("within") {
            // At most 100 years: a bigger number would overflow the date arithmetic (found by the reliability run).
            guard let days = Int(text), (0...36_500).contains(days) else {
                throw Arguments.UsageError(da: "--within «\(text)» skal være et antal dage (0 til 36500)",
                                           en: "--within «\(text)» must be a number of days (0 to 36500)")
            }
            within = days
        }
        let today = try context.today(args)
        let store = try StoreOpening.open(args, context, writable: false)
        StoreOpening.warnAboutProblems(store, context)

        // The list is logged (and the log synced to disk) while it is worked out, on another core; nothing
        // is shown before the log line is written.
        let logging = DispatchGroup()
        nonisolated(unsafe) let logged = store
        nonisolated(unsafe) var logFailure: Error?
        let detail = "due" + criterion(raw)
        DispatchQueue.global().async(group: logging) {
            do { try logged.log(.list, detail: detail) } catch { logFailure = error }
        }
        let found = DeadlineEngine.list(for: store.summaries, today: today, settings: RuleSettings(team: store.team))
        let items = found.filtered(caseworker: args.value("caseworker"),
                                   dueBy: args.has("all") ? nil : today.adding(days: within))
        // Not freed before exit (ProcessEnd); a database store is closed as usual, so its server sees a goodbye.
        ProcessEnd.keep(found, items)
        if store is Store { ProcessEnd.keep(store) }
        logging.wait()
        if let logFailure { throw logFailure }
        // After the log line: asking for someone is logged whatever the answer (CPR numbers masked).
        if let initials = args.value("caseworker") { try checkCaseworker(initials, in: store) }

        let missing = store.missingFamilyFiles
        if args.has("json") {
            if missing.isEmpty {
                // Made safe for a terminal as it is written, on every core (not scanned again on one).
                DeadlineJSON.write(items, today: today, terminalSafe: true) { Console.out(terminalSafe: $0) }
            } else {
                Console.out(bytes: withMissingFiles(DeadlineJSON.bytes(items, today: today), missing))
            }
        } else {
            DueTable.print(items, today: today, within: args.has("all") ? nil : within, language: context.language,
                           missing: missing)
        }
        return missing.isEmpty ? .ok : .incomplete
    }

    /// The `--json` array with one more element at its end when family files could not be read (docs/cli.md):
    /// `{"detail": "…", "kind": "mangler-familier", "missing_files": ["families/x.json", …]}`. The deadlines'
    /// elements and keys keep their meaning; a program tells this element by its kind (and the exit code 4).
    static func withMissingFiles(_ array: [UInt8], _ missing: [String]) -> [UInt8] {
        var text = String(decoding: array, as: UTF8.self)
        while let last = text.last, last == "\n" || last == "]" { text.removeLast() }
        return Array(text.utf8) + missingFilesTail(missing, afterObjects: text != "[")
    }

    /// The object that says which files are missing and the array's close, to follow an array left open after
    /// its last object (or after its `[` when it has none).
    static func missingFilesTail(_ missing: [String], afterObjects: Bool) -> [UInt8] {
        func quoted(_ text: String) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        }
        let detail = "\(missing.count) familiefil(er) kunne ikke læses og er ikke med; kør «sammen check»"
        let files = missing.map { "      " + quoted($0) }.joined(separator: ",\n")
        let text = (afterObjects ? ",\n  {" : "\n  {") + "\n    \"detail\" : \(quoted(detail)),\n    \"kind\" : \"mangler-familier\",\n"
            + "    \"missing_files\" : [\n\(files)\n    ]\n  }\n]\n"
        return Array(text.utf8)
    }

    /// Initials nobody has (a typo, or someone from another team) are said, not answered with an empty list
    /// that looks like "nothing is due". Known: the team's caseworkers and whoever is primary on a case.
    static func checkCaseworker(_ initials: String, in store: any CaseloadStore) throws {
        func same(_ other: String) -> Bool { other.caseInsensitiveCompare(initials) == .orderedSame }
        let team = store.team.caseworkers.map(\.initials)
        if team.contains(where: same) { return }
        if store.summaries.contains(where: { $0.cases.contains { same($0.primaryCaseworker) } }) { return }
        let known = team.isEmpty ? "" : " (" + team.sorted().joined(separator: ", ") + ")"
        throw Arguments.UsageError(da: "ingen sagsbehandler har initialerne «\(initials)» i teamet\(known)",
                                   en: "no caseworker has the initials «\(initials)» in the team\(known)")
    }

    /// The search criterion for the access log: the options that narrow the list, never the store's path.
    static func criterion(_ raw: [String]) -> String {
        var parts: [String] = []
        var skip = false
        for arg in raw {
            if skip { skip = false; continue }
            if arg == "--store" || arg == "--user" { skip = true; continue }
            if arg.hasPrefix("--store=") || arg.hasPrefix("--user=") { continue }
            parts.append(arg)
        }
        return parts.map { " " + $0 }.joined()
    }
}
