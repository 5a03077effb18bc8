import Foundation
import SammenCore

/// `sammen store copy FRA TIL`: moves a whole store (a folder or a PostgreSQL database) into another, empty one:
/// every family, the team and the access log. Written against `CaseloadStore` only, so it works between any two
/// kinds. Nothing is copied from a store with records it cannot read (they would be lost), nothing is written
/// into a store that holds families, and the copy is read back and compared before the command says it is done.
/// Streamed both ways (`WholeStoreStream`): memory does not grow with the number of families.
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
        // Streamed: a batch of families and a page of the log at a time, each remembered only as a fingerprint
        // for the check that follows, so a municipality's 100,000 families need no more memory than 1,000.
        let copied = CopiedFingerprints()
        let families = FamilyBatches(source, ids)
        let logParts = try source.accessLogParts(partSize: CopiedFingerprints.logPartSize)
        let stream = WholeStoreStream(
            meta: source.meta, team: source.team, familyIDs: ids,
            nextFamily: {
                let family = try families.next()
                try copied.add(family)
                return family
            },
            nextLogEntries: {
                guard let part = try logParts() else { return nil }
                try copied.add(part)
                return part
            })
        try target.importWholeStore(stream, detail: "kopi af hele arkivet fra \(fromShown): \(ids.count) familier")
        target.close()

        let copy = try StoreOpeners.open(to, user: try user(for: to, args, context), access: .readOnly)
        defer { copy.close() }
        if let difference = try copied.difference(from: source, ids: ids, to: copy, context) {
            Console.error(context.say(
                da: "Kopien i \(toShown) svarer ikke til \(fromShown): \(difference). Brug ikke kopien; \(fromShown) er urørt.",
                en: "The copy in \(toShown) does not match \(fromShown): \(difference). Do not use the copy; \(fromShown) is untouched."))
            return .storeFailure
        }
        let familyCount = context.language.number(ids.count)
        let lines = context.language.number(copied.logLineCount)
        Console.out(context.say(
            da: "Kopieret fra \(fromShown) til \(toShown): \(familyCount) familier, teamet og \(lines) linjer af adgangsloggen. Kopien er læst igen og stemmer.",
            en: "Copied from \(fromShown) to \(toShown): \(familyCount) families, the team and \(lines) lines of the access log. The copy was read back and matches."))
        return .ok
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
