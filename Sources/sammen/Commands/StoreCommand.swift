import Foundation
import SammenCore

/// `sammen store copy FRA TIL`: moves a whole store (a folder or a PostgreSQL database) into another, empty one:
/// every family, the team and the access log. Written against `CaseloadStore` only, so it works between any two
/// kinds. Nothing is copied from a store with records it cannot read (they would be lost), nothing is written
/// into a store that holds families, and the copy is read back and compared before the command says it is done.
enum StoreCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["user", "today"], flagOptions: ["help"])
        if CommandLineProgram.printedHelp(args, "store", context) { return .ok }
        guard args.positionals.first == "copy" else {
            if let other = args.positionals.first { throw Arguments.UsageError.notUnderstood(other) }
            throw Arguments.UsageError(da: "skriv hvad: «sammen store copy FRA TIL»", en: "say what: «sammen store copy FROM TO»")
        }
        guard args.positionals.count == 3 else {
            throw Arguments.UsageError(da: "skriv hvorfra og hvortil: «sammen store copy FRA TIL» (en mappe eller en postgresql://-adresse)",
                                       en: "say from where and to where: «sammen store copy FROM TO» (a folder or a postgresql:// address)")
        }
        let from = StoreLocation.resolve(flag: args.positionals[1], environment: [:])
        let to = StoreLocation.resolve(flag: args.positionals[2], environment: [:])
        guard from != to else {
            throw Arguments.UsageError(da: "FRA og TIL er det samme arkiv", en: "FROM and TO are the same store")
        }
        return try copy(from: from, to: to, args, context)
    }

    private static func copy(from: String, to: String, _ args: Arguments, _ context: Context) throws -> ExitCode {
        let fromShown = StoreLocation.shown(from)
        let toShown = StoreLocation.shown(to)
        let source = try StoreOpeners.open(from, user: try user(for: from, args, context), access: .readOnly)
        defer { source.close() }
        // A record the source cannot read would silently be missing from the copy.
        let unreadable = source.missingFamilyFiles
        guard unreadable.isEmpty else {
            throw StoreError.invalid(Phrase(
                da: "\(unreadable.count) familie(r) i \(fromShown) kan ikke læses (fx \(unreadable[0])), så en kopi ville mangle dem. Ret dem først; «sammen check --store \(fromShown)» viser hvor. Intet er kopieret.",
                en: "\(unreadable.count) family record(s) in \(fromShown) cannot be read (e.g. \(unreadable[0])), so a copy would lack them. Correct them first; «sammen check --store \(fromShown)» shows where. Nothing is copied."))
        }

        // The target: an empty store there, or a new one made for the copy.
        let target: any CaseloadStore
        if try StoreOpeners.exists(to) {
            target = try StoreOpeners.open(to, user: try user(for: to, args, context), access: .perOperation)
            guard target.isEmpty else {
                target.close()
                throw notEmpty(toShown, context)
            }
        } else {
            target = try StoreOpeners.create(to, meta: source.meta, team: source.team, user: try user(for: to, args, context))
        }
        defer { target.close() }

        let ids = source.summaries.map(\.id).sorted()
        // Reading every record is a use of personal data: logged in the source before it is read.
        try source.log(.export, detail: "kopi af hele arkivet til \(toShown): \(ids.count) familier")
        let families = try ids.map { try source.loadFamily($0, logAs: nil) }
        let contents = StoreContents(meta: source.meta, team: source.team, families: families,
                                     accessLog: try source.accessLogEntries(family: nil))
        try target.importWholeStore(contents, detail: "kopi af hele arkivet fra \(fromShown): \(ids.count) familier")
        target.close()

        if let difference = try difference(between: contents, and: to, args, context) {
            Console.error(context.say(
                da: "Kopien i \(toShown) svarer ikke til \(fromShown): \(difference). Brug ikke kopien; \(fromShown) er urørt.",
                en: "The copy in \(toShown) does not match \(fromShown): \(difference). Do not use the copy; \(fromShown) is untouched."))
            return .storeFailure
        }
        let familyCount = context.language.number(families.count)
        let lines = context.language.number(contents.accessLog.count)
        Console.out(context.say(
            da: "Kopieret fra \(fromShown) til \(toShown): \(familyCount) familier, teamet og \(lines) linjer af adgangsloggen. Kopien er læst igen og stemmer.",
            en: "Copied from \(fromShown) to \(toShown): \(familyCount) families, the team and \(lines) lines of the access log. The copy was read back and matches."))
        return .ok
    }

    /// Opens the copy afresh and compares it with what was copied; a description of the first difference, or nil.
    private static func difference(between contents: StoreContents, and to: String, _ args: Arguments, _ context: Context) throws -> String? {
        let copy = try StoreOpeners.open(to, user: try user(for: to, args, context), access: .readOnly)
        defer { copy.close() }
        let codec = RecordCodec()
        let copied = Set(copy.summaries.map(\.id))
        let expected = Set(contents.families.map(\.id))
        if let missing = expected.subtracting(copied).sorted().first {
            return context.say(da: "familien \(missing) mangler", en: "the family \(missing) is missing")
        }
        if let extra = copied.subtracting(expected).sorted().first {
            return context.say(da: "familien \(extra) er kommet til", en: "the family \(extra) was added")
        }
        for family in contents.families {
            // Not logged: the copy is the import just logged, read back to check it.
            if try codec.encode(copy.loadFamily(family.id, logAs: nil)) != codec.encode(family) {
                return context.say(da: "familien \(family.id) er ikke ens", en: "the family \(family.id) differs")
            }
        }
        if copy.team != contents.team { return context.say(da: "teamet er ikke ens", en: "the team differs") }
        if copy.meta.created != contents.meta.created || copy.meta.training != contents.meta.training
            || copy.meta.municipality != contents.meta.municipality {
            return context.say(da: "arkivets oplysninger (oprettet, øvelse, kommune) er ikke ens",
                               en: "the store's details (created, training, municipality) differ")
        }
        // Every copied line, as often as it was there. Not their order: a folder keeps its log in the order lines
        // were appended (a copy appends old lines after the new store's first), a database in order of time.
        var copiedLines: [String: Int] = [:]
        for entry in try copy.accessLogEntries(family: nil) { copiedLines[try key(entry), default: 0] += 1 }
        for entry in contents.accessLog {
            let line = try key(entry)
            guard let count = copiedLines[line], count > 0 else {
                return context.say(da: "adgangsloggens linje fra \(entry.time) mangler", en: "the access log's line of \(entry.time) is missing")
            }
            copiedLines[line] = count - 1
        }
        return nil
    }

    private static func key(_ entry: AccessLogEntry) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(entry), as: UTF8.self)
    }

    /// The name for a private folder store; a database takes who connected, so `--user` is not asked for there.
    private static func user(for location: String, _ args: Arguments, _ context: Context) throws -> String {
        StoreOpeners.isDatabase(location) ? OSAccount.current().login : try context.user(args, store: location)
    }

    private static func notEmpty(_ shown: String, _ context: Context) -> StoreError {
        StoreError.invalid(Phrase(
            da: "Arkivet i \(shown) er ikke tomt (der er familier i det); en kopi skrives kun ind i et tomt eller nyt arkiv. Intet er kopieret.",
            en: "The store in \(shown) is not empty (it holds families); a copy is only written into an empty or new store. Nothing is copied."))
    }
}
