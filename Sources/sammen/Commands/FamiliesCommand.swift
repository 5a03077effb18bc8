import Foundation
import SammenCore

/// `sammen families`: the families with their cases.
enum FamiliesCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "today"], flagOptions: ["json", "help"])
        if CommandLineProgram.printedHelp(args, "families", context) { return .ok }
        guard args.positionals.isEmpty else { throw Arguments.UsageError.notUnderstood(args.positionals[0]) }
        let today = try context.today(args)
        let store = try StoreOpening.open(args, context, writable: false)
        StoreOpening.warnAboutProblems(store, context)
        try store.log(.list, detail: "families")
        let families = store.summaries.sorted { ($0.name, $0.id) < ($1.name, $1.id) }

        let missing = store.missingFamilyFiles
        if args.has("json") {
            // Sent a family at a time: the document is never held whole (#19).
            FamiliesJSON.write(families, today: today, closed: missing.isEmpty) { Console.out(raw: $0) }
            if missing.isEmpty {
                Console.out(bytes: [0x0A])
            } else {
                Console.out(bytes: DueCommand.missingFilesTail(missing, afterObjects: !families.isEmpty))
            }
            return missing.isEmpty ? .ok : .incomplete
        }
        // An answer without some families says so in itself, first (#15.15).
        if !missing.isEmpty { Console.out(DueTable.incompleteLine(missing, language: context.language)) }
        if families.isEmpty {
            Console.out(context.say(da: "Arkivet har ingen familier endnu. Indlæs en sagsstamme med «sammen import csv FIL».",
                                    en: "The store has no families yet. Import a caseload with «sammen import csv FILE»."))
            return missing.isEmpty ? .ok : .incomplete
        }
        let l = context.language
        // Names and initials come from data: one value each, escaped (a line break would forge a family).
        let f = TerminalText.field
        for family in families {
            Console.out("\(f(family.name))  [\(f(family.id))]")
            for c in family.cases {
                let child = family.child(c.childID)
                let age = child.map { child in
                    let years = child.birthDate.age(on: today)
                    return l.pick(da: " (\(years) år)", en: years == 1 ? " (1 year)" : " (\(years) years)")
                } ?? ""
                let bases = c.measures.map(\.legalBasis.bothNumberings).joined(separator: ", ")
                let next = l.date(DeadlineEngine.nextFollowUp(for: c, today: today))
                let cadence = l.pick(da: c.cadence(on: today).danishShort, en: c.cadence(on: today).englishShort)
                let status = c.isOpen
                    ? l.pick(da: "næste opfølgning \(next), \(cadence)", en: "next follow-up \(next), \(cadence)")
                    : l.pick(da: "lukket", en: "closed")
                let buddy = c.buddyCaseworker.map { l.pick(da: " + makker \(f($0))", en: " + buddy \(f($0))") } ?? ""
                let measures = bases.isEmpty ? l.pick(da: "ingen indsatser", en: "no measures") : bases
                Console.out("  \(f(child?.name ?? "?"))\(age) — " + l.pick(da: "sag", en: "case")
                            + " \(f(c.number)), \(f(c.primaryCaseworker))\(buddy); \(f(measures)); \(status)")
            }
        }
        Console.out(l.pick(da: "\(l.number(families.count)) familier.", en: "\(l.number(families.count)) families."))
        return missing.isEmpty ? .ok : .incomplete
    }
}
