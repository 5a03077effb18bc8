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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let json = try encoder.encode(families.map { FamilyRow($0, today: today) })
            if missing.isEmpty {
                Console.out(String(decoding: json, as: UTF8.self))
            } else {
                Console.out(bytes: DueCommand.withMissingFiles(Array(json), missing))
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

    struct FamilyRow: Encodable {
        var id: String
        var name: String
        var children: [ChildRow]

        struct ChildRow: Encodable {
            var name: String
            var birth_date: String
            var cases: [CaseRow]
        }

        struct CaseRow: Encodable {
            var `case`: String
            var caseworker: String
            var buddy: String?
            var opened: String
            var status: String
            var legal_basis: [String]
            var cadence: String
            var last_follow_up: String?
            var next_follow_up: String?
        }

        init(_ family: FamilySummary, today: LocalDate) {
            id = family.id
            name = family.name
            children = family.children.map { child in
                ChildRow(name: child.name, birth_date: child.birthDate.iso, cases: family.cases.filter { $0.childID == child.id }.map { c in
                    CaseRow(case: c.number, caseworker: c.primaryCaseworker, buddy: c.buddyCaseworker, opened: c.opened.iso,
                            status: c.status.rawValue, legal_basis: c.measures.map(\.legalBasis.description),
                            cadence: c.cadence(on: today) == .sixWeeks ? "6_weeks" : "3_months",
                            last_follow_up: c.lastFollowUp?.iso,
                            next_follow_up: c.isOpen ? DeadlineEngine.nextFollowUp(for: c, today: today).iso : nil)
                })
            }
        }
    }
}
