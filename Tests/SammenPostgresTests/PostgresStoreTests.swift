import Foundation
import Testing
import SammenCore
@testable import SammenPostgres

/// The PostgreSQL store as the program meets it: failures in words that never show the password, a server
/// that goes away in the middle of a session (the save is retried, nothing typed lost), identity from the role,
/// two teams that see only their own families, and colleagues' saves arriving through the change feed.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct PostgresStoreTests {
    /// A store made by `sammen init`'s code with teams «nord» (sb_nord, the leader) and «syd» (sb_syd).
    func unit() throws -> TestDatabase {
        let db = try TestCluster.freshDatabase()
        try PostgresStore.create(uri: db.uri(), meta: StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false),
                                 team: Team(name: "Nord", targetCaseload: 25)).close()
        let admin = try db.connect()
        defer { admin.close() }
        try admin.query("INSERT INTO sammen.teams (id, record) SELECT 'syd', jsonb_set(record, '{name}', '\"Syd\"') FROM sammen.teams WHERE id = 'nord'")
        try admin.query("SELECT sammen.add_member($1, 'nord', 'AN', 'Anna Nord', false)", [TestCluster.caseworkerNord])
        try admin.query("SELECT sammen.add_member($1, 'syd', 'BS', 'Bo Syd', false)", [TestCluster.caseworkerSyd])
        try admin.query("SELECT sammen.add_member($1, 'nord', 'LE', 'Lene Leder', true)", [TestCluster.leader])
        return db
    }

    func family(_ id: FamilyID, caseworker: String) -> Family {
        let basis = try! LegalBasisParser.parse("SEL § 52").get()
        let measure = Measure(id: "m1", legalBasis: basis, description: "Støtte", started: LocalDate(iso: "2026-01-10")!)
        let childCase = ChildCase(number: "2026-\(id.suffix(4))", primaryCaseworker: caseworker, opened: LocalDate(iso: "2026-01-10")!, measures: [measure])
        return Family(id: id, name: "Familien \(id)", children: [Child(id: "c1", name: "Emma", birthDate: LocalDate(iso: "2015-04-02")!, cases: [childCase])])
    }

    func password() -> String { URLComponents(string: TestCluster.adminURI!)!.password! }

    @Test func nothingAnswersIsSaidInWordsWithoutThePassword() throws {
        let uri = "postgresql://sb_nord:hemmelig-kode@/sammen?host=/tmp/no-such-sammen-server"
        let error = #expect(throws: PostgresError.self) { _ = try PGConnection(uri: uri) }
        #expect(error?.kind == .unreachable)
        let text = error?.phrase.da ?? ""
        #expect(text.contains("/tmp/no-such-sammen-server") && text.contains("IT-afdeling"), "\(text)")
        #expect(!text.contains("hemmelig-kode"))
    }

    @Test func aWrongPasswordIsSaidInWordsAndNeverShown() throws {
        let db = try unit()
        defer { db.drop() }
        let wrong = "forkert-\(UUID().uuidString.prefix(6))"
        let error = #expect(throws: StoreError.self) { _ = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord, password: wrong), access: .perOperation) }
        let text = error?.message(in: .da) ?? ""
        #expect(text.contains("sb_nord") && text.contains("adgangskode"), "\(text)")
        #expect(!text.contains(wrong) && !text.contains(password()))
    }

    @Test func aDatabaseWithoutSammenAndOneFromANewerSammenAreRefusedInWords() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        let empty = #expect(throws: StoreError.self) { _ = try PostgresStore.open(uri: db.uri(), access: .perOperation) }
        #expect(empty?.message(in: .da).contains("sammen init") == true)
        try PostgresStore.create(uri: db.uri(), meta: StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false), team: Team(name: "Nord", targetCaseload: 25)).close()
        try db.connect().query("INSERT INTO sammen.schema_migrations (version, program) VALUES (99, '9.9')")
        let newer = #expect(throws: StoreError.self) { _ = try PostgresStore.open(uri: db.uri(), access: .perOperation) }
        #expect(newer?.message(in: .da).contains("nyere Sammen") == true, "\(String(describing: newer))")
    }

    @Test func aRoleInNoTeamSeesNothingAndIsToldWhy() throws {
        let db = try unit()
        defer { db.drop() }
        try db.connect().query("SELECT sammen.remove_member($1, 'syd')", [TestCluster.caseworkerSyd])
        let error = #expect(throws: StoreError.self) { _ = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerSyd), access: .perOperation) }
        #expect(error?.message(in: .da).contains("sammen team add sb_syd") == true)
    }

    @Test func whoYouAreIsTheRoleAndEachTeamSeesItsOwnFamilies() throws {
        let db = try unit()
        defer { db.drop() }
        let nord = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation)
        let syd = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerSyd), access: .perOperation)
        #expect(nord.user == "AN" && nord.login == TestCluster.caseworkerNord)
        #expect(syd.user == "BS" && syd.team.name == "Syd")
        try nord.create(family("f-nord1", caseworker: "AN"))
        try syd.create(family("f-syd1", caseworker: "BS"))
        let nordAgain = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .readOnly)
        #expect(nordAgain.summaries.map(\.id) == ["f-nord1"])
        #expect(throws: StoreError.unknownFamily("f-syd1")) { _ = try nordAgain.loadFamily("f-syd1") }
        let leader = try PostgresStore.open(uri: db.uri(TestCluster.leader), access: .readOnly)
        #expect(Set(leader.summaries.map(\.id)) == ["f-nord1", "f-syd1"])
        // What the caseworker added carries their initials and role, from the server's identity.
        let loaded = try leader.loadFamily("f-nord1")
        #expect(loaded.children[0].cases[0].primaryCaseworker == "AN")
        let log = try leader.accessLogEntries(family: "f-nord1")
        #expect(log.map(\.action) == [.create, .read])
        #expect(log.first?.login == TestCluster.caseworkerNord && log.first?.user == "AN")
        #expect(log.last?.login == TestCluster.leader && log.last?.user == "LE")
        // A caseworker may not read the log: it says who may.
        let refused = #expect(throws: StoreError.self) { _ = try nord.accessLogEntries(family: nil) }
        #expect(refused?.message(in: .da).contains("lederne af et team i denne database") == true)
    }

    @Test func aServerThatGoesAwayMidSessionCostsNothingTyped() throws {
        let db = try unit()
        defer { db.drop() }
        let store = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation)
        try store.create(family("f-gone", caseworker: "AN"))
        var edited = try store.loadFamily("f-gone")
        edited.address = "Nørregade 1, 5000 Odense C"
        // The server ends the session (a restart, a network cut) while the form is open.
        try db.connect().query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = $2", [db.name, TestCluster.caseworkerNord])
        let error = #expect(throws: StoreError.self) { try store.save(edited) }
        let text = error?.message(in: .da) ?? ""
        #expect(text.contains("afbrudt") && text.contains("gemme igen") && text.contains(db.name), "\(text)")
        // What was typed is still the caller's; the retry connects again and saves it, once.
        try store.save(edited)
        let reader = try PostgresStore.open(uri: db.uri(TestCluster.leader), access: .readOnly)
        #expect(try reader.loadFamily("f-gone").address == "Nørregade 1, 5000 Odense C")
        #expect(try reader.accessLogEntries(family: "f-gone").filter { $0.action == .change }.count == 1)
    }

    @Test func aColleaguesSaveReachesTheFeedAndOnlyTheTeamThatMaySeeIt() throws {
        let db = try unit()
        defer { db.drop() }
        let writer = try PostgresStore.open(uri: db.uri(TestCluster.leader), access: .perOperation)
        try writer.create(family("f-feed1", caseworker: "LE"))
        let nord = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .readOnly)
        let syd = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerSyd), access: .readOnly)
        let nordFeed = nord.changeFeed(polling: false)
        let sydFeed = syd.changeFeed(polling: false)
        #expect(nordFeed.descriptor != nil)
        var changed = try writer.loadFamily("f-feed1")
        changed.children[0].cases[0].primaryCaseworker = "AN"
        try writer.save(changed)
        var descriptor = pollfd(fd: nordFeed.descriptor!, events: Int16(POLLIN), revents: 0)
        #expect(poll(&descriptor, 1, 5000) == 1, "no notification came")
        let news = nordFeed.changes()
        #expect(news.families == ["f-feed1"])
        #expect(nord.refreshFamilies(Array(news.families)).changed == ["f-feed1"])
        #expect(sydFeed.changes().families.isEmpty, "another team's change reached syd")
        #expect(nordFeed.changes().isEmpty, "the same change came twice")
    }

    @Test func twoSavesOfOneFamilyConflictWithTheFileStoresError() throws {
        let db = try unit()
        defer { db.drop() }
        let first = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation)
        let second = try PostgresStore.open(uri: db.uri(TestCluster.leader), access: .perOperation)
        try first.create(family("f-both", caseworker: "AN"))
        var mine = try first.loadFamily("f-both")
        var theirs = try second.loadFamily("f-both")
        theirs.address = "Vestergade 2"
        try second.save(theirs)
        mine.address = "Østergade 3"
        #expect(throws: StoreError.conflict(path: StoreFormat.familyPath("f-both"))) { try first.save(mine) }
        // The merging save of the program: both changed the address, so a person chooses; nothing is written.
        let base = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .readOnly).loadFamily("f-both")
        var other = base
        other.address = "Nørregade 9"
        #expect(throws: MergeNeeded.self) { _ = try first.save(other, base: mine, choices: [:]) }
        #expect(try second.loadFamily("f-both").address == "Vestergade 2")
    }
}

/// A database of an older Sammen: the administrative role's program upgrades it, in one transaction per
/// migration; a caseworker's program says who must do it, and changes nothing.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct DatabaseUpgradeTests {
    @Test func onlyTheAdministrativeRoleUpgradesAnOlderDatabase() throws {
        let db = try PostgresStoreTests().unit()
        defer { db.drop() }
        var newer = DatabaseSchema.standard
        newer.migrations.append(.init(version: newer.current + 1, sql: "CREATE TABLE sammen.later (x int); GRANT SELECT ON sammen.later TO sammen_caseworker;"))
        let refused = #expect(throws: StoreError.self) {
            _ = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation, schema: newer)
        }
        #expect(refused?.message(in: .da).contains("ældre Sammen") == true, "\(String(describing: refused))")
        #expect(try db.connect().query("SELECT to_regclass('sammen.later') IS NULL").scalar == "t")
        _ = try PostgresStore.open(uri: db.uri(), access: .perOperation, schema: newer)
        #expect(try db.connect().query("SELECT max(version) FROM sammen.schema_migrations").scalar == String(newer.current))
        _ = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation, schema: newer)
    }
}
