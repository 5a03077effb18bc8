import Foundation
import SammenCore

/// `sammen init MAPPE [--group GRUPPE] [--name TEAMNAVN]`: an empty store. Without --group a private one (the
/// user's alone, 0700/0600); with --group a team's (folders 2770 owned by the group, files 0660; nothing for
/// other accounts), made by the team's IT contact or by a member of the group (docs/it-kontakt.md).
enum InitCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["group", "name", "user", "today", "store", "initials"], flagOptions: ["help"])
        if CommandLineProgram.printedHelp(args, "init", context) { return .ok }
        guard args.positionals.count == 1 else {
            throw Arguments.UsageError(da: "skriv hvilken mappe: «sammen init MAPPE [--group GRUPPE]»",
                                       en: "say which folder: «sammen init FOLDER [--group GROUP]»")
        }
        let path = StoreLocation.resolve(flag: args.positionals[0], environment: [:])
        if StoreOpeners.isDatabase(path) { return try initDatabase(path, args, context) }
        var gid: gid_t?
        if let name = args.value("group") {
            guard let group = getgrnam(name) else {
                throw Arguments.UsageError(da: "gruppen «\(name)» findes ikke på maskinen (opret den med «groupadd \(name)»)",
                                           en: "the group «\(name)» does not exist on this machine (create it with «groupadd \(name)»)")
            }
            gid = group.pointee.gr_gid
            let account = OSAccount.current()
            if !account.isRoot && !OSAccount.isInGroup(group.pointee.gr_gid) {
                throw Arguments.UsageError(
                    da: "din bruger «\(account.login)» er ikke med i gruppen «\(name)»; kun root eller et medlem af gruppen kan oprette teamets arkiv",
                    en: "your account «\(account.login)» is not in the group «\(name)»; only root or a member of the group can create the team's store")
            }
        }
        // A team store's log names the account; a private one the name the user goes by.
        let user = gid == nil ? try context.user(args, store: path) : OSAccount.current().login
        let teamName = args.value("name") ?? context.say(da: "Mit team", en: "My team")
        var team = Team(name: teamName, targetCaseload: 30)
        team.networkMeetingsFrom = try context.today(args)
        // A member of the group who makes the team's store is its first member, and its leader (root, the IT
        // contact, adds the members instead).
        let account = OSAccount.current()
        if gid != nil && !account.isRoot {
            let initials = (args.value("initials") ?? String(account.login.filter { $0.isLetter || $0.isNumber }.prefix(6))).uppercased()
            team.members = [TeamMember(login: account.login, initials: initials, leader: true)]
            team.caseworkers = [Caseworker(initials: initials, name: initials)]
        }
        try Store.create(at: path, meta: StoreMeta(created: try context.today(args), training: false), team: team,
                         user: user, group: gid).close()
        if let name = args.value("group") {
            Console.out(context.say(
                da: "Teamarkivet er oprettet i \(path) (gruppen \(name); mapper 2770, filer 0660). Tilføj kollegerne med «sammen team add LOGIN INITIALER --store \(path)».",
                en: "The team store is created in \(path) (group \(name); folders 2770, files 0660). Add the colleagues with «sammen team add LOGIN INITIALS --store \(path)»."))
        } else {
            Console.out(context.say(da: "Arkivet er oprettet i \(path) (kun din bruger kan læse det). Indlæs familier med «sammen import csv FIL --store \(path)».",
                                    en: "The store is created in \(path) (only your account can read it). Import families with «sammen import csv FILE --store \(path)»."))
        }
        if let kind = NetworkFileSystem.kind(of: path) {
            Console.error(NetworkFileSystem.warning(kind).text(in: context.language))
        }
        return .ok
    }

    /// `sammen init postgresql://…`: Sammen's schema in an empty database. Who may use it is the database's roles,
    /// not a group of the machine.
    private static func initDatabase(_ uri: String, _ args: Arguments, _ context: Context) throws -> ExitCode {
        let shown = StoreLocation.shown(uri)
        if args.value("group") != nil {
            throw Arguments.UsageError(da: "--group gælder et arkiv i en mappe; i en database bestemmer databasens roller, hvem der har adgang",
                                       en: "--group is for a store in a folder; in a database its roles decide who has access")
        }
        var team = Team(name: args.value("name") ?? context.say(da: "Mit team", en: "My team"), targetCaseload: 30)
        team.networkMeetingsFrom = try context.today(args)
        try StoreOpeners.create(uri, meta: StoreMeta(created: try context.today(args), training: false), team: team,
                                user: OSAccount.current().login).close()
        Console.out(context.say(da: "Arkivet er oprettet i databasen \(shown). Indlæs familier med «sammen import csv FIL --store \(shown)».",
                                en: "The store is created in the database \(shown). Import families with «sammen import csv FILE --store \(shown)»."))
        return .ok
    }
}
