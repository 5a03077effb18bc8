import Foundation
import SammenCore

/// What went wrong talking to PostgreSQL, in words a caseworker or the IT department can act on: which server,
/// what failed, what to do. The server's own message is kept for the IT department; the URI's password never
/// appears (PostgresServer does not read it).
public struct PostgresError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Nothing answers at that address (refused, no socket, no such host, timeout).
        case unreachable
        /// The server answered but did not accept the role or its password.
        case authentication
        /// The database in the URI does not exist.
        case noDatabase
        /// The database has no Sammen schema (not made with `sammen init`, or made for another program).
        case noSchema
        /// The database was made or upgraded by a newer Sammen.
        case schemaTooNew(found: Int, supported: Int)
        /// The database was made by an older Sammen and must be upgraded by the administrative role first.
        case schemaTooOld(found: Int, supported: Int)
        /// The connection broke in the middle of the session: what was being done is not done.
        case connectionLost
        /// The role may not do this (a privilege, a row-level security policy).
        case notAllowed
        /// Anything else the server refused.
        case refused
    }

    public var kind: Kind
    public var server: PostgresServer
    /// The SQLSTATE code, when the server sent one.
    public var sqlState: String?
    /// libpq's or the server's own words, for the IT department.
    public var serverMessage: String

    public init(kind: Kind, server: PostgresServer, sqlState: String? = nil, serverMessage: String) {
        self.kind = kind
        self.server = server
        self.sqlState = sqlState
        self.serverMessage = serverMessage
    }

    /// The message in both languages: what failed on which server, what to do, then the server's words.
    public var phrase: Phrase {
        let at = "«\(server.shown)»"
        let atEn = at
        let who = server.role
        let detail = serverMessage.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let said = detail.isEmpty ? Phrase(verbatim: "") : Phrase(da: " (serveren: \(detail))", en: " (the server: \(detail))")
        let words: Phrase
        switch kind {
        case .unreachable:
            words = Phrase(da: "Kan ikke få forbindelse til PostgreSQL-serveren \(server.place) («\(server.shown)»): ingen svarer. Er serveren startet, og er adressen rigtig? Kontakt jeres IT-afdeling.",
                           en: "Cannot connect to the PostgreSQL server at \(server.place) («\(server.shown)»): nothing answers. Is the server running, and is the address right? Contact your IT department.")
        case .authentication:
            words = Phrase(da: "PostgreSQL-serveren \(server.place) («\(server.shown)») godtog ikke rollen «\(who)» (forkert adgangskode, eller rollen findes ikke). Tjek brugernavn og adgangskode, eller bed IT-afdelingen oprette rollen.",
                           en: "The PostgreSQL server at \(server.place) («\(server.shown)») did not accept the role «\(who)» (wrong password, or the role does not exist). Check the user name and password, or ask the IT department to create the role.")
        case .noDatabase:
            words = Phrase(da: "Databasen «\(server.database)» findes ikke på PostgreSQL-serveren \(server.place) («\(server.shown)»). Tjek navnet, eller bed IT-afdelingen oprette den (createdb) og køre «sammen init».",
                           en: "The database «\(server.database)» does not exist on the PostgreSQL server at \(server.place) («\(server.shown)»). Check the name, or ask the IT department to create it (createdb) and run «sammen init».")
        case .noSchema:
            words = Phrase(da: "Databasen \(at) er ikke et Sammen-arkiv (skemaet «sammen» mangler). IT-afdelingen opretter det med «sammen init URI» i en tom database.",
                           en: "The database \(atEn) is not a Sammen store (the schema «sammen» is missing). The IT department creates it with «sammen init URI» in an empty database.")
        case let .schemaTooNew(found, supported):
            words = Phrase(da: "Databasen \(at) er lavet af en nyere Sammen (databaseskema \(found); denne version kender op til \(supported)). Installér den nyeste Sammen; databasen røres ikke.",
                           en: "The database \(atEn) was made by a newer Sammen (database schema \(found); this version knows up to \(supported)). Install the newest Sammen; the database is left alone.")
            return words
        case let .schemaTooOld(found, supported):
            return Phrase(da: "Databasen \(at) er fra en ældre Sammen (databaseskema \(found); denne version bruger \(supported)). Den administrative rolle opgraderer den ved at åbne den til skrivning, fx med «sammen team add»; se docs/it-postgresql.md.",
                          en: "The database \(atEn) is from an older Sammen (database schema \(found); this version uses \(supported)). The administrative role upgrades it by opening it for writing, for instance with «sammen team add»; see docs/it-postgresql.md.")
        case .connectionLost:
            // The key words first: a status line of 80 columns shows only the start.
            words = Phrase(da: "Forbindelsen til databasen blev afbrudt; prøv at gemme igen om lidt. Det, du har skrevet, er der stadig, men er ikke gemt. Sammen forbinder igen af sig selv (PostgreSQL-serveren \(server.place), «\(server.shown)»).",
                           en: "The connection to the database was lost; try saving again in a moment. What you typed is still there but not saved. Sammen reconnects by itself (the PostgreSQL server at \(server.place), «\(server.shown)»).")
        case .notAllowed:
            words = Phrase(da: "Rollen «\(who)» må ikke dette i databasen \(at). Bed IT-afdelingen give rollen adgang (se docs/it-postgresql.md).",
                           en: "The role «\(who)» may not do this in the database \(atEn). Ask the IT department to give the role access (see docs/it-postgresql.md).")
        case .refused:
            words = Phrase(da: "PostgreSQL-serveren \(server.place) («\(server.shown)») afviste handlingen i databasen \(server.database).",
                           en: "The PostgreSQL server at \(server.place) («\(server.shown)») refused the operation in the database \(server.database).")
        }
        return Phrase(da: words.da + said.da, en: words.en + said.en)
    }

    /// The same, as the store's error: the commands and screens show a StoreError's message.
    public var storeError: StoreError { .invalid(phrase) }
}

extension PostgresError: CustomStringConvertible {
    public var description: String { phrase.en }
}
