import Foundation
import SammenCore

/// `sammen team` (the members), `sammen team add LOGIN INITIALER [--name NAVN] [--leader]`, `sammen team remove
/// LOGIN`: which logins may use a team store and which caseworker each is. Changed by root (the team's IT
/// contact) or a member marked as leader (docs/it-kontakt.md).
enum TeamCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "name", "team"], flagOptions: ["leader", "help", "json"])
        if CommandLineProgram.printedHelp(args, "team", context) { return .ok }
        let words = args.positionals
        switch words.first {
        case nil, "list":
            guard words.count <= 1 else { throw Arguments.UsageError.notUnderstood(words[1]) }
            return try list(args, context)
        case "add":
            guard words.count == 3 else {
                throw Arguments.UsageError(da: "skriv login og initialer: «sammen team add LOGIN INITIALER [--name NAVN] [--leader]»",
                                           en: "give the login and initials: «sammen team add LOGIN INITIALS [--name NAME] [--leader]»")
            }
            return try add(login: words[1], initials: words[2], args, context)
        case "new":
            guard words.count == 2 else {
                throw Arguments.UsageError(da: "skriv teamets navn: «sammen team new NAVN --store ADRESSE»",
                                           en: "give the team's name: «sammen team new NAME --store ADDRESS»")
            }
            return try new(name: words[1], args, context)
        case "remove":
            guard words.count == 2 else {
                throw Arguments.UsageError(da: "skriv hvilket login: «sammen team remove LOGIN»", en: "say which login: «sammen team remove LOGIN»")
            }
            let store = try open(args, context, writable: true)
            defer { store.close() }
            try store.removeMember(login: words[1])
            Console.out(context.say(da: "«\(words[1])» er fjernet fra teamet og kan ikke længere se noget i arkivet.",
                                    en: "«\(words[1])» is removed from the team and can no longer see anything in the store."))
            return .ok
        default:
            throw Arguments.UsageError(da: "«\(words[0])» forstås ikke (brug add, remove, new eller intet for listen)",
                                       en: "«\(words[0])» is not understood (use add, remove, new, or nothing for the list)")
        }
    }

    /// The store, on the team `--team` names (a database holds several; a folder is one team).
    private static func open(_ args: Arguments, _ context: Context, writable: Bool) throws -> any CaseloadStore {
        let store = try StoreOpening.open(args, context, writable: writable)
        guard let id = args.value("team") else { return store }
        guard let teams = store as? any TeamsStore else {
            store.close()
            throw Arguments.UsageError(da: "--team gælder et arkiv i en database; et arkiv i en mappe er ét team",
                                       en: "--team is for a store in a database; a store in a folder is one team")
        }
        do { try teams.useTeam(id) } catch {
            store.close()
            throw error
        }
        return store
    }

    /// `sammen team new NAVN`: another team in a database (the administrative role), empty, with its id.
    private static func new(name: String, _ args: Arguments, _ context: Context) throws -> ExitCode {
        guard args.value("team") == nil else { throw Arguments.UsageError.notUnderstood("--team") }
        let store = try StoreOpening.open(args, context, writable: true)
        defer { store.close() }
        guard let teams = store as? any TeamsStore else {
            throw Arguments.UsageError(da: "et arkiv i en mappe er ét team; flere teams kræver et arkiv i en database (docs/it-postgresql.md)",
                                       en: "a store in a folder is one team; more teams need a store in a database (docs/it-postgresql.md)")
        }
        let id = try teams.createTeam(name: name)
        Console.out(context.say(
            da: "Teamet «\(name)» er oprettet (id \(id)). Tilføj medlemmerne med «sammen team add ROLLE INITIALER --team \(id)».",
            en: "The team «\(name)» is created (id \(id)). Add its members with «sammen team add ROLE INITIALS --team \(id)»."))
        return .ok
    }

    private static func add(login: String, initials rawInitials: String, _ args: Arguments, _ context: Context) throws -> ExitCode {
        let initials = rawInitials.uppercased()
        guard (1...6).contains(initials.count), initials.allSatisfy({ $0.isLetter || $0.isNumber }) else {
            throw Arguments.UsageError(da: "initialer er 1–6 bogstaver eller tal (ikke «\(rawInitials)»)",
                                       en: "initials are 1–6 letters or digits (not «\(rawInitials)»)")
        }
        var name: String?
        if let given = args.value("name") {
            switch UserName.validate(given, source: "--name") {
            case .success(let valid): name = valid
            case .failure(let error): throw Arguments.UsageError(da: error.phrase.da, en: error.phrase.en)
            }
        }
        let store = try open(args, context, writable: true)
        defer { store.close() }
        // A folder's members are accounts on this machine; a database's are its roles (the store checks those).
        guard store.folder == nil || getpwnam(login) != nil else {
            throw Arguments.UsageError(da: "der er ingen bruger «\(login)» på maskinen (opret den først, se docs/it-kontakt.md)",
                                       en: "there is no account «\(login)» on this machine (create it first, see docs/it-kontakt.md)")
        }
        try store.addMember(login: login, initials: initials, name: name, leader: args.has("leader"))
        Console.out(context.say(da: "«\(login)» er med i teamet som \(initials)\(args.has("leader") ? " (leder)" : "").",
                                en: "«\(login)» is in the team as \(initials)\(args.has("leader") ? " (leader)" : "")."))
        // The group is what lets the account at the files: say so when it is missing.
        var info = stat()
        if store.isTeamStore, let folder = store.folder, stat(folder, &info) == 0, !isInGroup(login: login, gid: info.st_gid),
           let group = getgrgid(info.st_gid).map({ String(cString: $0.pointee.gr_name) }) {
            Console.error(context.say(da: "«\(login)» er ikke med i gruppen \(group) endnu; tilføj den med «usermod -aG \(group) \(login)» (og log ind igen).",
                                      en: "«\(login)» is not in the group \(group) yet; add it with «usermod -aG \(group) \(login)» (and log in again)."))
        }
        return .ok
    }

    private static func list(_ args: Arguments, _ context: Context) throws -> ExitCode {
        let store = try open(args, context, writable: false)
        try store.log(.list, detail: "team")
        let members = store.team.members
        if args.has("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(members), as: UTF8.self))
            return .ok
        }
        if members.isEmpty {
            Console.out(store.isTeamStore
                ? context.say(da: "Teamet har ingen medlemmer endnu. Tilføj dem med «sammen team add LOGIN INITIALER».",
                              en: "The team has no members yet. Add them with «sammen team add LOGIN INITIALS».")
                : context.say(da: "Et privat arkiv har ingen medlemmer; kun din bruger kan åbne det.",
                              en: "A private store has no members; only your account can open it."))
            return .ok
        }
        let header = [context.say(da: "Login", en: "Login"), context.say(da: "Initialer", en: "Initials"),
                      context.say(da: "Navn", en: "Name"), context.say(da: "Leder", en: "Leader")]
        let rows = members.map { m in
            [m.login, m.initials, store.team.caseworker(m.initials)?.name ?? "", m.leader ? context.say(da: "ja", en: "yes") : ""]
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
        for row in [header] + rows {
            Console.out(row.indices.map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        return .ok
    }

    /// Whether `login` is in the group `gid` (its primary group or a supplementary one).
    private static func isInGroup(login: String, gid: gid_t) -> Bool {
        guard let entry = getpwnam(login) else { return false }
        if entry.pointee.pw_gid == gid { return true }
        guard let group = getgrgid(gid), var member = group.pointee.gr_mem else { return false }
        while let name = member.pointee {
            if String(cString: name) == login { return true }
            member += 1
        }
        return false
    }
}
