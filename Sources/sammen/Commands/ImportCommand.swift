import Foundation
import SammenCore

/// `sammen import csv FILE`: a caseload list from the municipality's case system. All or nothing.
/// A later export updates the cases Sammen already has, adds new ones and lists the ones it no longer holds.
enum ImportCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "law", "map", "today"], flagOptions: ["dry-run", "help"])
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
        var newMapping: ImportColumnMapping?
        if let text = args.value("map") {
            switch ImportColumnMapping.parse(text) {
            case .success(let mapping): newMapping = mapping
            case .failure(let problem):
                throw Arguments.UsageError(da: problem.reason.da, en: problem.reason.en)
            }
        }
        let file = args.positionals[1]
        let name = (file as NSString).lastPathComponent
        let dryRun = args.has("dry-run")
        let today = try context.today(args)

        let path = context.storePath(args)
        let user = try context.user(args, store: path)
        let exists = try StoreOpeners.exists(path)
        let store = exists ? try StoreOpeners.open(path, user: user, access: dryRun ? .readOnly : .perOperation) : nil
        defer { store?.close() }

        var importContext = ImportContext(defaultLaw: law, today: today)
        var names: [FamilyID: String] = [:]
        if let store {
            (importContext, names) = try store.importContext(defaultLaw: law, today: today, extraMapping: newMapping)
        } else if let newMapping {
            importContext.columnMapping = newMapping
        }

        // Streamed (#15.17): the file is read once to plan and check it, and again to make the new families one
        // at a time, each printed or written and let go before the next.
        let planned: Result<(prepared: PreparedImport, newFamilies: NewFamilyOutline), ImportFailure>
        do {
            if let store {
                planned = try store.prepareStreamedImport(fileAt: file, context: importContext, names: names)
            } else {
                // No store yet: the plan updates no family, so nothing is ever loaded.
                switch CaseloadImport.planStreamed(fileAt: file, context: importContext) {
                case .failure(let failure): planned = .failure(failure)
                case .success(let streamed):
                    planned = .success((try PreparedImport.prepare(streamed, today: today, names: [:]) { Family(id: $0, name: "") },
                                        streamed.newFamilies))
                }
            }
        } catch let changed as ImportFileChanged {
            Console.error("\(name): \(changed.reason.text(in: context.language))")
            return .problems
        }
        let prepared: PreparedImport
        let outline: NewFamilyOutline
        switch planned {
        case .failure(let failure):
            for problem in failure.problems { Console.error("\(name): \(problem.description(in: context.language))") }
            let count = context.language.number(failure.problems.count)
            Console.error(context.say(da: "Intet er indlæst: \(count) fejl i \(name). Ret filen og prøv igen.",
                                      en: "Nothing is imported: \(count) problem(s) in \(name). Correct the file and try again."))
            return .problems
        case .success(let p):
            (prepared, outline) = p
        }
        let plan = prepared.plan
        let report = prepared.report
        let language = context.language
        // The report's order: how the file was read, the new families (as they are made), the families in Sammen
        // (as they are made), the families listed only for their missing cases, the summary. Each family's lines
        // are printed and let go before the next family is made (#15.17).
        func show(_ entry: ImportReport.Entry) {
            for line in ImportReport.lines(of: entry, in: language) { Console.out(line) }
        }
        do {
            if dryRun {
                try store?.log(.import, detail: "prøvekørsel af import af \(name): \(plan.rowCount) rækker")
                Console.out(context.say(da: "Prøvekørsel — intet er skrevet.", en: "Dry run — nothing is written."))
                for line in report.openingLines(in: language) { Console.out(line) }
                if outline.count > 0 {
                    let stream = try NewFamilyStream(outline)
                    while let family = try stream.next() {
                        for line in prepared.newFamilyLines(family, in: language) { Console.out(line) }
                    }
                }
                if let store { try store.forEachExistingEntry(prepared, show) }
                for entry in report.entries { show(entry) }
                Console.out(report.summary(in: language))
                return .ok
            }

            let detail = "import af \(name): \(plan.rowCount) rækker"
            // The new families' lines are printed as each is staged (before the commit point): if the import then
            // fails, the last line says that nothing is imported.
            var printedOpening = false
            func staged(_ family: Family) {
                if !printedOpening {
                    for line in report.openingLines(in: language) { Console.out(line) }
                    printedOpening = true
                }
                for line in prepared.newFamilyLines(family, in: language) { Console.out(line) }
            }
            if let store {
                // The families in Sammen are listed as they are staged, after the new ones (before the commit point).
                try store.commit(prepared, newFamilies: outline, detail: detail, staged: staged, listed: { entry in
                    if !printedOpening {
                        for line in report.openingLines(in: language) { Console.out(line) }
                        printedOpening = true
                    }
                    show(entry)
                })
                if let newMapping, !newMapping.isEmpty { try store.saveImportColumnMapping(importContext.columnMapping) }
            } else if StoreOpeners.isDatabase(path) {
                // A database without Sammen's schema: made empty, then the import is its first transaction.
                var team = Team(name: context.say(da: "Mit team", en: "My team"), targetCaseload: 30, caseworkers: plan.newCaseworkers)
                team.networkMeetingsFrom = today
                let created = try StoreOpeners.create(path, meta: StoreMeta(created: today, training: false), team: team, user: user)
                defer { created.close() }
                let stream = outline.count == 0 ? nil : try NewFamilyStream(outline)
                try created.commitImport(newFamilyIDs: outline.ids, nextNewFamily: {
                    guard let family = try stream?.next() else { throw ImportFileChanged() }
                    staged(family)
                    return family
                }, changedFamilies: [], team: nil, detail: detail)
                if let newMapping, !newMapping.isEmpty { try created.saveImportColumnMapping(newMapping) }
            } else {
                var team = Team(name: context.say(da: "Mit team", en: "My team"), targetCaseload: 30, caseworkers: plan.newCaseworkers)
                team.networkMeetingsFrom = today
                let stream = outline.count == 0 ? nil : try NewFamilyStream(outline)
                try Store.createFromImport(at: path, meta: StoreMeta(created: today, training: false), team: team, user: user,
                                           familyIDs: outline.ids, nextFamily: {
                                               guard let family = try stream?.next() else { throw ImportFileChanged() }
                                               staged(family)
                                               return family
                                           }, importDetail: detail)
                // Opening the new store reads every family again: only done to remember a new column mapping.
                if let newMapping, !newMapping.isEmpty {
                    let created = try Store.open(at: path, user: user, access: .perOperation)
                    try created.saveImportColumnMapping(newMapping)
                    created.close()
                }
            }
            if !printedOpening { for line in report.openingLines(in: language) { Console.out(line) } }
        } catch let changed as ImportFileChanged {
            Console.error("\(name): \(changed.reason.text(in: language))")
            return .problems
        }
        for entry in report.entries { show(entry) }
        Console.out(context.say(da: "Indlæst til \(StoreLocation.shown(path)). \(report.summary(in: language)).",
                                en: "Imported into \(StoreLocation.shown(path)). \(report.summary(in: language))."))
        return .ok
    }
}
