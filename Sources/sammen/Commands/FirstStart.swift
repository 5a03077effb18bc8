import Foundation
import SammenCore

/// The first start on real data: no store yet. Says where the records will be kept, asks who the user is
/// (initials, for the access log) and offers to import a caseload CSV, start empty, or try the training
/// caseload or the tour first. Plain questions on the terminal, before any screen opens.
enum FirstStart {
    static func run(path: String, args: Arguments, context: Context) throws -> ExitCode {
        let l = context.language
        Console.out(l.pick(da: """
        Velkommen til Sammen.

        Der er endnu intet arkiv. Sammen gemmer familiernes oplysninger her:
          \(path)
        Kun din bruger kan læse filerne, og alt, hvad du ser, søger og ændrer, skrives i en adgangslog.
        (Vælg et andet sted med --store MAPPE eller $SAMMEN_STORE.)

        """, en: """
        Welcome to Sammen.

        There is no store yet. Sammen keeps the families' records here:
          \(path)
        Only your user can read the files, and everything you see, search and change is written to an access log.
        (Choose another place with --store FOLDER or $SAMMEN_STORE.)

        """))
        var config = UserConfig.load(context.environment)
        var initials = config.user ?? ""
        while initials.isEmpty {
            guard let answer = ask(l.pick(da: "Hvem er du? Skriv dine initialer (fx MHA): ",
                                          en: "Who are you? Type your initials (e.g. MHA): ")) else { return .ok }
            let cleaned = answer.trimmingCharacters(in: .whitespaces).uppercased()
            if (2...6).contains(cleaned.count), cleaned.allSatisfy({ $0.isLetter || $0.isNumber }) {
                initials = cleaned
            } else {
                Console.out(l.pick(da: "Initialer er 2–6 bogstaver eller tal.", en: "Initials are 2–6 letters or digits."))
            }
        }
        config.user = initials
        config.save(context.environment)

        Console.out(l.pick(da: """

        Hvad vil du gøre?
          1  Indlæse sagsstammen fra sagssystemet (en CSV-fil)
          2  Starte med et tomt arkiv
          3  Prøve øvelsesarkivet først (fiktive familier)
          4  Tage en rundvisning i programmet
        """, en: """

        What would you like to do?
          1  Import the caseload from the case system (a CSV file)
          2  Start with an empty store
          3  Try the training store first (fictional families)
          4  Take a tour of the program
        """))
        while true {
            guard let choice = ask(l.pick(da: "Vælg 1–4 (eller q for at stoppe): ", en: "Choose 1–4 (or q to stop): "))?
                .trimmingCharacters(in: .whitespaces) else { return .ok }
            switch choice {
            case "1":
                guard let file = ask(l.pick(da: "Stien til CSV-filen: ", en: "The path of the CSV file: "))?
                    .trimmingCharacters(in: .whitespaces), !file.isEmpty else { continue }
                let code = try ImportCommand.run(["csv", file, "--store", path, "--user", initials], context)
                if code != .ok {
                    Console.out(l.pick(da: "Filen blev ikke indlæst; ret den og prøv igen, eller vælg en anden mulighed.",
                                       en: "The file was not imported; correct it and try again, or choose another option."))
                    continue
                }
                return try OpenCommand.interactive(path: path, args: args, context: context)
            case "2":
                let name = ask(l.pick(da: "Dit fulde navn (til teamlisten): ", en: "Your full name (for the team list): "))?
                    .trimmingCharacters(in: .whitespaces) ?? ""
                var team = Team(name: l.pick(da: "Mit team", en: "My team"), targetCaseload: 30,
                                caseworkers: [Caseworker(initials: initials, name: name.isEmpty ? initials : name)])
                team.networkMeetingsFrom = try context.today(args)
                try Store.create(at: path, meta: StoreMeta(created: try context.today(args), training: false), team: team,
                                 user: initials).close()
                Console.out(l.pick(da: "Arkivet er oprettet. Opret en familie med n i programmet, eller indlæs sagsstammen med «sammen import csv FIL».",
                                   en: "The store is created. Create a family with n in the program, or import the caseload with «sammen import csv FILE»."))
                return try OpenCommand.interactive(path: path, args: args, context: context)
            case "3":
                return try DemoCommand.run([], context)
            case "4":
                return try TourCommand.run([], context)
            case "q", "Q":
                return .ok
            default:
                Console.out(l.pick(da: "Skriv 1, 2, 3 eller 4.", en: "Type 1, 2, 3 or 4."))
            }
        }
    }

    private static func ask(_ question: String) -> String? {
        FileHandle.standardOutput.write(Data(question.utf8))
        return readLine()
    }
}
