import Foundation
import SammenCore

/// `sammen import csv FILE`: a caseload list from the municipality's case system. All or nothing.
enum ImportCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "law"], flagOptions: ["dry-run", "help"])
        if CommandLineProgram.printedHelp(args, "import") { return .ok }
        guard args.positionals.first == "csv" else {
            throw Arguments.UsageError(message: args.positionals.isEmpty
                ? "skriv hvad der skal indlæses: «sammen import csv FIL»"
                : "«\(args.positionals[0])» kan ikke indlæses; kun «csv» findes")
        }
        guard args.positionals.count == 2 else {
            throw Arguments.UsageError(message: args.positionals.count < 2 ? "hvilken fil? «sammen import csv FIL»" : "kun én fil ad gangen")
        }
        var law: Law?
        if let text = args.value("law") {
            switch text.lowercased() {
            case "sel", "serviceloven": law = .sel
            case "bl", "barnets lov", "barnetslov": law = .bl
            default: throw Arguments.UsageError(message: "--law «\(text)» skal være sel eller bl")
            }
        }
        let file = args.positionals[1]
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "kan ikke læses" : "findes ikke"
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
            for problem in failure.problems { Console.error("\(name): linje \(problem.line): \(problem.message)") }
            Console.error("Intet er indlæst: \(failure.problems.count) fejl i \(name). Ret filen og prøv igen.")
            return .problems
        case .success(let p):
            plan = p
        }

        let childCount = plan.newFamilies.reduce(0) { $0 + $1.children.count } + plan.additions.values.reduce(0) { $0 + $1.count }
        let caseCount = plan.newFamilies.reduce(0) { $0 + $1.cases.count } + plan.additions.values.reduce(0) { $0 + $1.flatMap(\.cases).count }
        var summary = "\(plan.rowCount) rækker: \(plan.newFamilies.count) nye familier, \(plan.additions.count) eksisterende familier udvidet, \(childCount) børn, \(caseCount) sager"
        if !plan.newCaseworkers.isEmpty {
            summary += "; nye sagsbehandlere: " + plan.newCaseworkers.map(\.initials).joined(separator: ", ")
        }
        if args.has("dry-run") {
            Console.out("Prøvekørsel — intet er skrevet. \(summary).")
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
            let team = Team(name: "Mit team", targetCaseload: 30, caseworkers: plan.newCaseworkers)
            let created = try Store.create(at: path, meta: StoreMeta(created: LocalDate.today(), training: false),
                                           team: team, user: user, families: plan.newFamilies,
                                           importDetail: "import af \((file as NSString).lastPathComponent): \(plan.rowCount) rækker")
            created.close()
        }
        Console.out("Indlæst til \(path). \(summary).")
        return .ok
    }
}
