import Foundation
import SammenCore

/// `sammen import csv FILE`: a caseload list from the municipality's case system. All or nothing.
enum ImportCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "law"], flagOptions: ["dry-run", "help"])
        if CommandLineProgram.printedHelp(args, "import", context) { return .ok }
        guard args.positionals.first == "csv" else {
            throw args.positionals.isEmpty
                ? Arguments.UsageError(da: "skriv hvad der skal indlæses: «sammen import csv FIL»", en: "say what to import: «sammen import csv FILE»")
                : Arguments.UsageError(da: "«\(args.positionals[0])» kan ikke indlæses; kun «csv» findes",
                                       en: "«\(args.positionals[0])» cannot be imported; only «csv» exists")
        }
        guard args.positionals.count == 2 else {
            throw args.positionals.count < 2
                ? Arguments.UsageError(da: "hvilken fil? «sammen import csv FIL»", en: "which file? «sammen import csv FILE»")
                : Arguments.UsageError(da: "kun én fil ad gangen", en: "only one file at a time")
        }
        var law: Law?
        if let text = args.value("law") {
            switch text.lowercased() {
            case "sel", "serviceloven": law = .sel
            case "bl", "barnets lov", "barnetslov": law = .bl
            default: throw Arguments.UsageError(da: "--law «\(text)» skal være sel eller bl", en: "--law «\(text)» must be sel or bl")
            }
        }
        let file = args.positionals[1]
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file)
                ? context.say(da: "kan ikke læses", en: "cannot be read") : context.say(da: "findes ikke", en: "does not exist")
            Console.error("\(file) \(reason).")
            return .problems
        }

        let path = context.storePath(args)
        let user = context.user(args)
        let exists = FileManager.default.fileExists(atPath: path + "/store.json")
        let store = exists ? try Store.open(at: path, user: user, access: args.has("dry-run") ? .readOnly : .perOperation) : nil
        let summaries = store?.summaries ?? []
        var importContext = ImportContext()
        importContext.defaultLaw = law
        importContext.existingCaseNumbers = Set(summaries.flatMap { $0.cases.map(\.number) })
        // Two families may share a name. The importer compares names with runs of spaces collapsed, so each
        // repeat gets a trailing space here: it stays a distinct key, and the importer still sees every family
        // of that name and refuses to guess which one a row belongs to.
        var byName: [String: FamilyID] = [:]
        for family in summaries.sorted(by: { $0.id < $1.id }) {
            var key = family.name
            while byName[key] != nil { key += " " }
            byName[key] = family.id
        }
        importContext.existingFamilies = byName
        importContext.existingFamilyIDs = Set(summaries.map(\.id))
        importContext.caseworkers = store?.team.caseworkers ?? []

        let plan: ImportPlan
        switch CaseloadImport.plan(csv: data, context: importContext) {
        case .failure(let failure):
            let name = (file as NSString).lastPathComponent
            for problem in failure.problems { Console.error("\(name): \(problem.description(in: context.language))") }
            let count = context.language.number(failure.problems.count)
            Console.error(context.say(da: "Intet er indlæst: \(count) fejl i \(name). Ret filen og prøv igen.",
                                      en: "Nothing is imported: \(count) problem(s) in \(name). Correct the file and try again."))
            return .problems
        case .success(let p):
            plan = p
        }

        let childCount = plan.newFamilies.reduce(0) { $0 + $1.children.count } + plan.additions.values.reduce(0) { $0 + $1.count }
        let caseCount = plan.newFamilies.reduce(0) { $0 + $1.cases.count } + plan.additions.values.reduce(0) { $0 + $1.flatMap(\.cases).count }
        let n = context.language.number
        var summary = context.say(
            da: "\(n(plan.rowCount)) rækker: \(n(plan.newFamilies.count)) nye familier, \(n(plan.additions.count)) eksisterende familier udvidet, \(n(childCount)) børn, \(n(caseCount)) sager",
            en: "\(n(plan.rowCount)) rows: \(n(plan.newFamilies.count)) new families, \(n(plan.additions.count)) existing families extended, \(n(childCount)) children, \(n(caseCount)) cases")
        if !plan.newCaseworkers.isEmpty {
            summary += context.say(da: "; nye sagsbehandlere: ", en: "; new caseworkers: ") + plan.newCaseworkers.map(\.initials).joined(separator: ", ")
        }
        if args.has("dry-run") {
            Console.out(context.say(da: "Prøvekørsel — intet er skrevet. \(summary).", en: "Dry run — nothing is written. \(summary)."))
            return .ok
        }

        if let store {
            var changed: [Family] = []
            for (id, children) in plan.additions.sorted(by: { $0.key < $1.key }) {
                var family = try store.loadFamily(id, logAs: nil)
                family.merge(importedChildren: children, contacts: plan.additionContacts[id] ?? [])
                changed.append(family)
            }
            var team = store.team
            team.caseworkers.append(contentsOf: plan.newCaseworkers)
            try store.commitImport(newFamilies: plan.newFamilies, changedFamilies: changed,
                                   team: plan.newCaseworkers.isEmpty ? nil : team,
                                   detail: "import af \((file as NSString).lastPathComponent): \(plan.rowCount) rækker")
            store.close()
        } else {
            let team = Team(name: context.say(da: "Mit team", en: "My team"), targetCaseload: 30, caseworkers: plan.newCaseworkers)
            let created = try Store.create(at: path, meta: StoreMeta(created: LocalDate.today(), training: false),
                                           team: team, user: user, families: plan.newFamilies,
                                           importDetail: "import af \((file as NSString).lastPathComponent): \(plan.rowCount) rækker")
            created.close()
        }
        Console.out(context.say(da: "Indlæst til \(path). \(summary).", en: "Imported into \(path). \(summary)."))
        return .ok
    }
}
