import Foundation
import Testing
import SammenCore
import SammenUI
@testable import SammenPostgres

/// The open in two steps (#18): the rows the server picks for the first frame must be exactly the first rows the
/// whole caseload gives (the dashboard's order: next follow-up, family name, case number; the caseworker's own
/// cases first), for whoever opens it under row-level security, after every kind of write; and where the server
/// cannot know (rows written without keys, a day their next follow-up does not hold on), the open reads
/// everything, as before.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct FirstPageTests {
    let codec = RecordCodec(policy: .standard)
    static let today = LocalDate(iso: "2026-11-02")!
    static let meta = StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false)
    /// The nord team of a store made whole (a copy, schema 4's program), without members.
    static let nord = Team(name: "Nord", targetCaseload: 25, caseworkers: ["AN", "BS", "CK"].map { Caseworker(initials: $0, name: $0) })

    /// A small random generator, so each seed gives the same caseload.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 1 ^ state << 7
        }
    }

    /// Families with ties on purpose: few names (some the same in decomposed form), few opening days and follow-up
    /// days, several cases per family (some closed), caseworkers AN, BS, CK and a lower-case «an» as buddy.
    static func caseload(seed: UInt64, count: Int, prefix: String) -> [Family] {
        var random = Seeded(state: seed)
        let names = ["Familien Holm", "Familien Ærø", "Familien A\u{030A}gård", "Familien Ågård", "Familien Bech", "familien bech"]
        let workers = ["AN", "BS", "CK"]
        let basis = try! LegalBasisParser.parse("SEL § 52").get()
        var families: [Family] = []
        for n in 0..<count {
            var children: [Child] = []
            for c in 0..<Int.random(in: 1...2, using: &random) {
                var cases: [ChildCase] = []
                for k in 0..<Int.random(in: 1...2, using: &random) {
                    let opened = LocalDate(iso: "2026-06-01")!.adding(days: 7 * Int.random(in: 0...4, using: &random))
                    var childCase = ChildCase(number: "S-\(Int.random(in: 1...40, using: &random))", primaryCaseworker: workers.randomElement(using: &random)!,
                                              buddyCaseworker: Int.random(in: 0...5, using: &random) == 0 ? "an" : nil, opened: opened,
                                              status: Int.random(in: 0...6, using: &random) == 0 ? .closed : .open)
                    if Bool.random(using: &random) {
                        childCase.measures = [Measure(id: "m\(k)", legalBasis: basis, description: "Støtte", started: opened)]
                    }
                    cases.append(childCase)
                }
                children.append(Child(id: "c\(c)", name: "Barn \(n)-\(c)", birthDate: LocalDate(iso: "2016-03-01")!, cases: cases))
            }
            var family = Family(id: "\(prefix)-\(n)", name: names.randomElement(using: &random)!, children: children)
            for c in family.cases where Bool.random(using: &random) {
                let day = LocalDate(iso: "2026-08-01")!.adding(days: 14 * Int.random(in: 0...3, using: &random))
                _ = family.registerContact(date: day, channel: .phone, caseNumber: c.number)
            }
            families.append(family)
        }
        return families
    }

    /// The nord and syd teams with members: AN (sb_nord) in nord, BS (sb_syd) in syd, a leader LE in nord.
    func teams(_ db: TestDatabase) throws {
        try PostgresStore.create(uri: db.uri(), meta: Self.meta,
                                 team: Team(name: "Nord", targetCaseload: 25, caseworkers: ["AN", "BS", "CK", "LE"].map { Caseworker(initials: $0, name: $0) })).close()
        let admin = try db.connect()
        defer { admin.close() }
        var syd = Team(name: "Syd", targetCaseload: 25, caseworkers: ["AN", "BS", "CK"].map { Caseworker(initials: $0, name: $0) })
        syd.members = []
        try admin.query("INSERT INTO sammen.teams (id, record) VALUES ('syd', $1::jsonb)", [try codec.encodedText(syd)])
        try admin.query("SELECT sammen.add_member($1, 'nord', 'AN', 'Anna Nord', false)", [TestCluster.caseworkerNord])
        try admin.query("SELECT sammen.add_member($1, 'syd', 'BS', 'Bo Syd', false)", [TestCluster.caseworkerSyd])
        try admin.query("SELECT sammen.add_member($1, 'nord', 'LE', 'Lea Leder', true)", [TestCluster.leader])
    }

    /// The first `rows` rows of the whole load (as the program shows them), against the first page's.
    func expectSameFirstRows(_ uri: String, rows: Int, today: LocalDate = FirstPageTests.today, _ what: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let whole = try PostgresStore.open(uri: uri, access: .readOnly)
        defer { whole.close() }
        let wholeState = AppState(source: StoreSource(store: whole, readOnlyReason: nil), language: .da, today: today,
                                  user: whole.user, width: 120, height: rows + 6)
        let expected = Array(wholeState.visibleRows.prefix(rows))

        let store = try PostgresStore.open(uri: uri, access: .readOnly, firstPage: FirstPageRequest(today: today, rows: rows))
        defer { store.close() }
        let page = try #require(store.pendingFirstPage, "\(what): the server picked no first page", sourceLocation: sourceLocation)
        let source = StoreSource(store: store, readOnlyReason: nil)
        let first = try #require(AppState(firstPage: page, source: source, language: .da, today: today, user: store.user,
                                          width: 120, height: rows + 6), "\(what): the first page did not check out", sourceLocation: sourceLocation)
        #expect(first.visibleRows == expected, "\(what)", sourceLocation: sourceLocation)
        #expect(first.dashboard.caseworker == wholeState.dashboard.caseworker, "\(what)", sourceLocation: sourceLocation)
        #expect(first.caseloadArriving, sourceLocation: sourceLocation)
        // The rest arrives: the same caseload as the whole open.
        try store.loadRest()
        #expect(store.pendingFirstPage == nil, sourceLocation: sourceLocation)
        let after = AppState(source: source, language: .da, today: today, user: store.user, width: 120, height: rows + 6)
        #expect(after.visibleRows == wholeState.visibleRows, "\(what): after the rest arrived", sourceLocation: sourceLocation)
        #expect(store.summaries.count == whole.summaries.count, sourceLocation: sourceLocation)
    }

    /// Writes `families` as `role` does (into its team): the program's own create.
    func write(_ families: [Family], _ db: TestDatabase, as role: String) throws {
        let store = try PostgresStore.open(uri: db.uri(role), access: .perOperation)
        defer { store.close() }
        for family in families { try store.create(family) }
    }

    @Test func theFirstPageIsTheWholeLoadsFirstRowsForEveryoneUnderRowLevelSecurity() throws {
        for seed: UInt64 in [1, 7, 2026] {
            let db = try TestCluster.freshDatabase()
            defer { db.drop() }
            try teams(db)
            try write(Self.caseload(seed: seed, count: 60, prefix: "f-n\(seed)"), db, as: TestCluster.caseworkerNord)
            try write(Self.caseload(seed: seed &+ 99, count: 40, prefix: "f-s\(seed)"), db, as: TestCluster.caseworkerSyd)
            for rows in [1, 7, 30, 500] {
                try expectSameFirstRows(db.uri(), rows: rows, "seed \(seed), \(rows) rows, administrator")
                try expectSameFirstRows(db.uri(TestCluster.caseworkerNord), rows: rows, "seed \(seed), \(rows) rows, AN in nord (own cases)")
                try expectSameFirstRows(db.uri(TestCluster.caseworkerSyd), rows: rows, "seed \(seed), \(rows) rows, BS in syd (own cases)")
                try expectSameFirstRows(db.uri(TestCluster.leader), rows: rows, "seed \(seed), \(rows) rows, leader")
            }
            // Row-level security: a caseworker's first page holds only their team's families.
            let store = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerSyd), access: .readOnly,
                                               firstPage: FirstPageRequest(today: Self.today, rows: 500))
            let page = try #require(store.pendingFirstPage)
            #expect(!page.summaries.isEmpty && page.summaries.allSatisfy { $0.id.hasPrefix("f-s") })
            #expect(page.caseworker == "BS")
            store.close()
            let keys = try db.connect(TestCluster.caseworkerSyd)
            #expect(try keys.query("SELECT count(*) FROM sammen.open_cases WHERE family_id LIKE 'f-n%'").scalar == "0")
            keys.close()
        }
    }

    @Test func initialsInOtherScriptsAreLeftToTheWholeLoadWhenTheyCouldDecideTheFilter() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        try teams(db)
        var families = Self.caseload(seed: 21, count: 30, prefix: "f-n")
        // Cases of «ÅS» (not ASCII): Swift compares initials without case by Unicode, the server only in ASCII.
        for i in stride(from: 0, to: families.count, by: 4) {
            families[i].children[0].cases[0].primaryCaseworker = "ÅS"
            families[i].children[0].cases[0].status = .open
        }
        try write(families, db, as: TestCluster.caseworkerNord)
        // AN has cases of their own: the server sends AN's rows and every «ÅS» row, the UI keeps AN's.
        for rows in [3, 12, 200] {
            try expectSameFirstRows(db.uri(TestCluster.caseworkerNord), rows: rows, "AN beside ÅS, \(rows) rows")
        }
        // The leader LE has no case: only the whole caseload can say whether «ÅS» counts as LE's, so it is read.
        let store = try PostgresStore.open(uri: db.uri(TestCluster.leader), access: .readOnly,
                                           firstPage: FirstPageRequest(today: Self.today, rows: 10))
        #expect(store.pendingFirstPage == nil)
        #expect(store.summaries.count == 30)
        store.close()
    }

    @Test func afterSavesAndNewFamiliesTheFirstPageStillMatches() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        try teams(db)
        try write(Self.caseload(seed: 5, count: 50, prefix: "f-n"), db, as: TestCluster.caseworkerNord)
        let store = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation)
        // A follow-up on the first row's family, a case closed, a new family that comes first.
        let first = AppState(source: StoreSource(store: store, readOnlyReason: nil), language: .da, today: Self.today, user: store.user).visibleRows[0]
        var family = try store.loadFamily(first.familyID)
        _ = family.registerContact(date: Self.today, channel: .phone, caseNumber: first.caseNumber)
        try store.save(family)
        var other = try store.loadFamily("f-n-3")
        other.children[0].cases[0].status = .closed
        try store.save(other)
        var early = Self.caseload(seed: 77, count: 1, prefix: "f-early")[0]
        early.children[0].cases[0].opened = LocalDate(iso: "2025-01-01")!
        early.children[0].cases[0].status = .open
        early.contacts = []
        try store.create(early)
        // The one save path with a merge (the record compared by the server).
        var merged = try store.loadFamily("f-n-4")
        let base = merged
        merged.name = "Familien Aabo"
        _ = try store.save(merged, base: base, choices: [:])
        store.close()
        for rows in [1, 5, 40] {
            try expectSameFirstRows(db.uri(TestCluster.caseworkerNord), rows: rows, "after saves, \(rows) rows")
            try expectSameFirstRows(db.uri(), rows: rows, "after saves, \(rows) rows, administrator")
        }
    }

    @Test func afterAnImportAndAStoreCopyTheFirstPageStillMatches() throws {
        // An import: new families and changed ones in one commit.
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        try teams(db)
        try write(Self.caseload(seed: 31, count: 25, prefix: "f-n"), db, as: TestCluster.caseworkerNord)
        let store = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation)
        var changed = try store.loadFamily("f-n-2", logAs: nil)
        changed.name = "Familien Aagaard"
        changed.children[0].cases[0].status = .open
        changed.children[0].cases[0].opened = LocalDate(iso: "2025-02-01")!
        try store.commitImport(newFamilies: Self.caseload(seed: 32, count: 25, prefix: "f-imp"), changedFamilies: [changed],
                               team: nil, detail: "import")
        store.close()
        for rows in [1, 6, 60] { try expectSameFirstRows(db.uri(TestCluster.caseworkerNord), rows: rows, "after an import, \(rows) rows") }

        // A whole store copied in (`sammen store copy`): every family as it comes, in one transaction.
        let copy = try TestCluster.freshDatabase()
        defer { copy.drop() }
        let meta = Self.meta, team = Self.nord
        let target = try PostgresStore.create(uri: copy.uri(), meta: meta, team: team)
        let families = Self.caseload(seed: 33, count: 40, prefix: "f-cp")
        var next = 0
        try target.importWholeStore(WholeStoreStream(meta: meta, team: team, familyIDs: families.map(\.id), nextFamily: {
            defer { next += 1 }
            return families[next]
        }, nextLogEntries: { nil }), detail: "kopi")
        target.close()
        for rows in [1, 8, 100] { try expectSameFirstRows(copy.uri(), rows: rows, "after a copy, \(rows) rows") }
    }

    @Test func rowsWrittenWithoutKeysOrADayTheyDoNotHoldOnMakeTheOpenReadEverything() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        try teams(db)
        var families = Self.caseload(seed: 11, count: 20, prefix: "f-n")
        // A planned follow-up: from its day on, the case's next follow-up is another.
        _ = families[0].registerContact(date: LocalDate.today().adding(days: 30), channel: .phone, caseNumber: families[0].cases[0].number)
        families[0].children[0].cases[0].status = .open
        try write(families, db, as: TestCluster.caseworkerNord)
        let uri = db.uri(TestCluster.caseworkerNord)
        func page(on day: LocalDate, families: Int = 20) throws -> FirstPage? {
            let store = try PostgresStore.open(uri: uri, access: .readOnly, firstPage: FirstPageRequest(today: day, rows: 10))
            defer { store.close() }
            if store.pendingFirstPage == nil { #expect(store.summaries.count == families, "the whole caseload instead") }
            return store.pendingFirstPage
        }
        let today = LocalDate.today()
        #expect(try page(on: today) != nil)
        // The planned follow-up's day has come: the rows do not hold; nor before the last follow-up held.
        #expect(try page(on: today.adding(days: 30)) == nil)
        #expect(try page(on: LocalDate(iso: "2026-01-01")!) == nil)
        // A writing session makes them again for its day (once the rest is in), and the page is back.
        let later = today.adding(days: 31)
        let writer = try PostgresStore.open(uri: uri, access: .perOperation)
        try writer.refreshOpenCases(today: later)
        writer.close()
        #expect(try page(on: later) != nil)
        try expectSameFirstRows(uri, rows: 10, today: later, "after the rows were made again")

        // A row changed by hand (not by the program): its keys are not trusted.
        let admin = try db.connect()
        try admin.query("UPDATE sammen.families SET record = record WHERE id = 'f-n-5'")
        #expect(try page(on: later) == nil)
        try admin.query("INSERT INTO sammen.families (id, team_id, record) SELECT 'f-hand', team_id, record FROM sammen.families WHERE id = 'f-n-6'")
        admin.close()
        #expect(try page(on: later, families: 21) == nil)
    }

    @Test func theMigrationGivesExistingRowsTheirKeys() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        let four = DatabaseSchema(migrations: Array(DatabaseSchema.standard.migrations.prefix(4)))
        let meta = Self.meta, team = Self.nord
        // Families written by schema 4's program (no keys), through its own statements.
        let admin = try db.connect()
        try four.create(admin)
        try admin.query("INSERT INTO sammen.store_meta (meta) VALUES ($1::jsonb)", [try codec.encodedText(meta)])
        try admin.query("INSERT INTO sammen.teams (id, record) VALUES ('nord', $1::jsonb)", [try codec.encodedText(team)])
        for family in Self.caseload(seed: 3, count: 30, prefix: "f-old") {
            var record = family
            record.schemaVersion = codec.policy.current
            let summary = FamilySummary(record)
            try admin.query("INSERT INTO sammen.families (id, team_id, record, summary, summary_lines) VALUES ($1, 'nord', $2::jsonb, $3::jsonb, $4)",
                            [record.id, try codec.encodedText(record), String(decoding: try JSONEncoder().encode(summary), as: UTF8.self),
                             SummaryLines.encode(summary, schemaVersion: codec.policy.current)])
        }
        let versions = try admin.query("SELECT id, version, change_number FROM sammen.families ORDER BY id").rows
        admin.close()
        // The administrative role's open migrates (in one transaction) and backfills the keys.
        try PostgresStore.open(uri: db.uri(), access: .perOperation).close()
        let after = try db.connect()
        #expect(try after.query("SELECT max(version) FROM sammen.schema_migrations").scalar == String(DatabaseSchema.standard.current))
        #expect(try after.query("SELECT id, version, change_number FROM sammen.families ORDER BY id").rows == versions,
                "the backfill changes no family's version or change number")
        after.close()
        for rows in [1, 9, 100] { try expectSameFirstRows(db.uri(), rows: rows, "after the migration, \(rows) rows") }
    }

    @Test func aServerErrorWhileTheRestArrivesIsAMessageAndTheRestCanBeReadAgain() throws {
        let db = try TestCluster.freshDatabase()
        defer { db.drop() }
        try teams(db)
        try write(Self.caseload(seed: 8, count: 40, prefix: "f-n"), db, as: TestCluster.caseworkerNord)
        let store = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation,
                                           firstPage: FirstPageRequest(today: Self.today, rows: 5))
        defer { store.close() }
        #expect(store.pendingFirstPage != nil)
        let admin = try db.connect()
        defer { admin.close() }
        try admin.query("CREATE POLICY broken ON sammen.families AS RESTRICTIVE FOR SELECT TO sammen_caseworker USING (1 / (CASE WHEN id = 'f-n-30' THEN 0 ELSE 1 END) = 1)")
        #expect {
            try store.loadRest()
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return !error.message(in: .da).isEmpty
        }
        #expect(store.pendingFirstPage != nil, "still waiting for the rest: nothing taken as whole")
        try admin.query("DROP POLICY broken ON sammen.families")
        try store.loadRest()
        #expect(store.pendingFirstPage == nil)
        #expect(store.summaries.count == 40)
    }
}
