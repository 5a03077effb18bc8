import Foundation
import SammenCore

/// The first start on real data: no store yet. Says where the records will be kept, asks who the user is
/// (initials, for the access log) and offers to import a caseload CSV, start empty, or try the training
/// caseload or the tour first. Plain questions on the terminal, before any screen opens.
enum FirstStart {
    static func run(path: String, args: Arguments, context: Context) throws -> ExitCode {
        Console.out("""
        Velkommen til Sammen.

        Der er endnu intet arkiv. Sammen gemmer familiernes oplysninger her:
          \(path)
        Kun din bruger kan læse filerne, og alt, hvad du ser, søger og ændrer, skrives i en adgangslog.
        (Vælg et andet sted med --store MAPPE eller $SAMMEN_STORE.)

        """)
        var config = UserConfig.load(context.environment)
        var initials = config.user ?? ""
        while initials.isEmpty {
            guard let answer = ask("Hvem er du? Skriv dine initialer (fx MHA): ") else { return .ok }
            let cleaned = answer.trimmingCharacters(in: .whitespaces).uppercased()
            if (2...6).contains(cleaned.count), cleaned.allSatisfy({ $0.isLetter || $0.isNumber }) {
                initials = cleaned
            } else {
                Console.out("Initialer er 2–6 bogstaver eller tal.")
            }
        }
        config.user = initials
        config.save(context.environment)

        Console.out("""

        Hvad vil du gøre?
          1  Indlæse sagsstammen fra sagssystemet (en CSV-fil)
          2  Starte med et tomt arkiv
          3  Prøve øvelsesarkivet først (fiktive familier)
          4  Tage en rundvisning i programmet
        """)
        while true {
            guard let choice = ask("Vælg 1–4 (eller q for at stoppe): ")?.trimmingCharacters(in: .whitespaces) else { return .ok }
            switch choice {
            case "1":
                guard let file = ask("Stien til CSV-filen: ")?.trimmingCharacters(in: .whitespaces), !file.isEmpty else { continue }
                let code = try ImportCommand.run(["csv", file, "--store", path, "--user", initials], context)
                if code != .ok {
                    Console.out("Filen blev ikke indlæst; ret den og prøv igen, eller vælg en anden mulighed.")
                    continue
                }
                return try OpenCommand.interactive(path: path, args: args, context: context)
            case "2":
                let name = ask("Dit fulde navn (til teamlisten): ")?.trimmingCharacters(in: .whitespaces) ?? ""
                let team = Team(name: "Mit team", targetCaseload: 30,
                                caseworkers: [Caseworker(initials: initials, name: name.isEmpty ? initials : name)])
                try Store.create(at: path, meta: StoreMeta(created: try context.today(args), training: false), team: team,
                                 user: initials).close()
                Console.out("Arkivet er oprettet. Indlæs familier med «sammen import csv FIL».")
                return try OpenCommand.interactive(path: path, args: args, context: context)
            case "3":
                return try DemoCommand.run([], context)
            case "4":
                return try TourCommand.run([], context)
            case "q", "Q":
                return .ok
            default:
                Console.out("Skriv 1, 2, 3 eller 4.")
            }
        }
    }

    private static func ask(_ question: String) -> String? {
        FileHandle.standardOutput.write(Data(question.utf8))
        return readLine()
    }
}
