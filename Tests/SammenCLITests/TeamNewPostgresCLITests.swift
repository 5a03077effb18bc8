import Foundation
import Testing
import SammenPostgres

/// A second team in a database, made and given members through `sammen` alone (no SQL): `sammen team new NAME`
/// by the administrative role, `--team ID` on add, remove and the list; a caseworker cannot make teams; the
/// new team's member sees that team. Against the real binary and the throwaway server ($SAMMEN_TEST_PG).
@Suite struct TeamNewPostgresCLITests {
    func uri(_ database: String, role: String? = nil) -> String {
        var components = URLComponents(string: StoreCopyPostgresCLITests.adminURI!)!
        if let role { components.user = role }
        components.path = "/" + database
        return components.string!
    }

    @Test func aSecondTeamIsMadeAndGivenMembersWithoutSQL() throws {
        guard StoreCopyPostgresCLITests.adminURI != nil else {
            print("SKIPPED aSecondTeamIsMadeAndGivenMembersWithoutSQL: SAMMEN_TEST_PG is not set (export SAMMEN_TEST_PG=$(Tests/Postgres/cluster.sh start), as root; .ci/run does)")
            return
        }
        let cli = StoreCopyPostgresCLITests()
        let database = try cli.freshDatabase()
        defer { cli.drop(database.name) }
        let admin = database.uri
        #expect(try ProgramRunner.run(["init", admin, "--name", "Handicap Nord"]).status == 0)

        let made = try ProgramRunner.run(["team", "new", "Handicap Syd", "--store", admin])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("handicap-syd") && made.stdout.contains("--team handicap-syd"), "\(made.stdout)")
        let again = try ProgramRunner.run(["team", "new", "Handicap Syd", "--store", admin])
        #expect(again.status != 0 && again.stderr.contains("allerede"), "\(again.stderr)")

        let added = try ProgramRunner.run(["team", "add", "sb_syd", "BSY", "--name", "Bo Syd", "--team", "handicap-syd", "--store", admin])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try ProgramRunner.run(["team", "add", "leder", "LSY", "--leader", "--team", "handicap-syd", "--store", admin]).status == 0)

        // The list of the team asked for, and of the first team without --team.
        let south = try ProgramRunner.run(["team", "--team", "handicap-syd", "--store", admin])
        #expect(south.status == 0 && south.stdout.contains("sb_syd") && south.stdout.contains("BSY") && south.stdout.contains("Bo Syd"), "\(south.stdout)\(south.stderr)")
        let north = try ProgramRunner.run(["team", "--store", admin])
        #expect(north.status == 0 && !north.stdout.contains("sb_syd"), "\(north.stdout)")

        // The member works in the new team: its families go there, and the list is its team's.
        let own = try ProgramRunner.run(["team", "--store", uri(database.name, role: "sb_syd")])
        #expect(own.status == 0 && own.stdout.contains("BSY") && own.stdout.contains("LSY"), "\(own.stdout)\(own.stderr)")

        // A caseworker makes no teams; a team that is not there is named with the ones that are.
        let refused = try ProgramRunner.run(["team", "new", "Handicap Vest", "--store", uri(database.name, role: "sb_syd")])
        #expect(refused.status != 0 && refused.stderr.contains("administrative rolle"), "\(refused.stderr)")
        let unknown = try ProgramRunner.run(["team", "add", "sb_nord", "AN", "--team", "handicap-vest", "--store", admin])
        #expect(unknown.status != 0 && unknown.stderr.contains("handicap-vest") && unknown.stderr.contains("handicap-syd"), "\(unknown.stderr)")

        // Taken out again, through the same team.
        let removed = try ProgramRunner.run(["team", "remove", "sb_syd", "--team", "handicap-syd", "--store", admin])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(!(try ProgramRunner.run(["team", "--team", "handicap-syd", "--store", admin]).stdout.contains("sb_syd")))
    }

    @Test func aFolderStoreSaysItIsOneTeam() throws {
        let base = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let folder = base + "/store"
        #expect(try ProgramRunner.run(["init", folder], umask: "077").status == 0)
        let made = try ProgramRunner.run(["team", "new", "Handicap Syd", "--store", folder])
        #expect(made.status != 0 && made.stderr.contains("ét team"), "\(made.stderr)")
        let chosen = try ProgramRunner.run(["team", "--team", "x", "--store", folder])
        #expect(chosen.status != 0 && chosen.stderr.contains("--team"), "\(chosen.stderr)")
    }
}
