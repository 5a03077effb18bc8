import Foundation
import Testing
import SammenPostgres

/// `sammen store copy` from a folder to PostgreSQL and back, and the same answers from both, against the real
/// binary and the throwaway server of Tests/Postgres/cluster.sh ($SAMMEN_TEST_PG). Skipped, saying why, without it.
@Suite struct StoreCopyPostgresCLITests {
    static let adminURI: String? = {
        let uri = ProcessInfo.processInfo.environment["SAMMEN_TEST_PG"] ?? ""
        return uri.isEmpty ? nil : uri
    }()

    /// A new, empty database on the test server, and its URI; dropped by `drop`.
    func freshDatabase() throws -> (name: String, uri: String) {
        let admin = try PGConnection(uri: Self.adminURI!)
        defer { admin.close() }
        let name = "sammen_cli_" + UUID().uuidString.prefix(8).lowercased()
        try admin.query("CREATE DATABASE \(name)")
        var components = URLComponents(string: Self.adminURI!)!
        components.path = "/" + name
        return (name, components.string!)
    }

    func drop(_ name: String) {
        guard let admin = try? PGConnection(uri: Self.adminURI!) else { return }
        _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        admin.close()
    }

    func familyFiles(_ store: String) -> [String: Data] {
        let folder = store + "/families"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Dictionary(uniqueKeysWithValues: names.filter { $0.hasSuffix(".json") }.map { ($0, FileManager.default.contents(atPath: folder + "/" + $0) ?? Data()) })
    }

    @Test func theTrainingStoreGoesToPostgreSQLAndBackUnchangedAndAnswersTheSame() throws {
        guard Self.adminURI != nil else {
            print("SKIPPED theTrainingStoreGoesToPostgreSQLAndBackUnchangedAndAnswersTheSame: SAMMEN_TEST_PG is not set (export SAMMEN_TEST_PG=$(Tests/Postgres/cluster.sh start), as root; .ci/run does)")
            return
        }
        let base = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let empty = try freshDatabase()
        defer { drop(empty.name) }
        let unmade = try freshDatabase()
        defer { drop(unmade.name) }
        let training = base + "/training"
        #expect(try ProgramRunner.run(["demo", "--init", training, "--today", "2026-12-03"]).status == 0)

        // Into a database made with `sammen init`, and into one without Sammen's schema (the copy makes it).
        #expect(try ProgramRunner.run(["init", empty.uri]).status == 0)
        for database in [empty, unmade] {
            let there = try ProgramRunner.run(["store", "copy", training, database.uri])
            #expect(there.status == 0, "\(there.stderr)")
            #expect(there.stdout.contains("stemmer"))
            #expect(!there.stdout.contains(URLComponents(string: Self.adminURI!)!.password ?? "-"), "the password was shown")
        }
        let back = try ProgramRunner.run(["store", "copy", empty.uri, base + "/back"], umask: "077")
        #expect(back.status == 0, "\(back.stderr)")
        let original = familyFiles(training)
        #expect(original.count > 20)
        #expect(familyFiles(base + "/back") == original)
        #expect(FileManager.default.contents(atPath: base + "/back/team.json") == FileManager.default.contents(atPath: training + "/team.json"))

        let due = ["due", "--all", "--json", "--today", "2026-12-03"]
        let fromFolder = try ProgramRunner.run(due + ["--store", training])
        #expect(fromFolder.status == 0)
        #expect(fromFolder.stdout.count > 1000)
        for store in [empty.uri, unmade.uri, base + "/back"] {
            let answer = try ProgramRunner.run(due + ["--store", store])
            #expect(answer.status == 0, "\(answer.stderr)")
            #expect(answer.stdout == fromFolder.stdout, "due --all --json differs on \(store)")
        }

        // A database with families takes no copy, and keeps what it has.
        let refused = try ProgramRunner.run(["store", "copy", base + "/back", empty.uri])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("ikke tomt"))
        #expect(try ProgramRunner.run(due + ["--store", empty.uri]).stdout == fromFolder.stdout)
    }

    @Test func anImportIntoADatabaseWithoutSammenMakesTheStoreAndNoFolder() throws {
        guard Self.adminURI != nil else {
            print("SKIPPED anImportIntoADatabaseWithoutSammenMakesTheStoreAndNoFolder: SAMMEN_TEST_PG is not set")
            return
        }
        let database = try freshDatabase()
        defer { drop(database.name) }
        let base = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let csv = ProgramRunner.repository + "/Fixtures/csv/sagsstamme-eksempel.csv"
        let imported = try ProgramRunner.run(["import", "csv", csv, "--law", "sel", "--store", database.uri])
        #expect(imported.status == 0, "\(imported.stderr)")
        let families = try ProgramRunner.run(["families", "--json", "--store", database.uri])
        #expect(families.status == 0, "\(families.stderr)")
        let listed = try JSONSerialization.jsonObject(with: Data(families.stdout.utf8)) as? [Any]
        #expect(listed?.count == 3)
        // The address is never taken for a folder name.
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/postgresql:"))
    }
}
