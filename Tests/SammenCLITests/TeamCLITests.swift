import Foundation
import Testing

/// `sammen init` and who the user is, run against the real binary. The same with real Unix accounts (two in the
/// team's group, one outside it): Tests/Team/run.sh.
@Suite struct TeamCLITests {
    /// The process's own group: a team group every test account is in, root or not.
    var groupName: String { String(cString: getgrgid(getegid())!.pointee.gr_name) }
    var login: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }
    /// No SAMMEN_USER (the runner sets one for private stores): a team store refuses it.
    let noName = ["SAMMEN_USER": ""]

    func mode(_ path: String) -> Int {
        var info = stat()
        lstat(path, &info)
        return Int(info.st_mode & 0o7777)
    }

    func accessLog(_ store: String) throws -> String {
        let json = try ProgramRunner.run(["log", "--json", "--store", store], environment: noName)
        #expect(json.status == 0, "\(json.stderr)")
        return json.stdout
    }

    @Test func initMakesAPrivateOrATeamStoreWhateverTheUmask() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mine = try ProgramRunner.run(["init", folder + "/mine"], umask: "000")
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(mode(folder + "/mine") == 0o700 && mode(folder + "/mine/store.json") == 0o600 && mode(folder + "/mine/families") == 0o700)
        let team = try ProgramRunner.run(["init", folder + "/team", "--group", groupName], environment: noName, umask: "077")
        #expect(team.status == 0, "\(team.stderr)")
        #expect(team.stdout.contains("gruppen \(groupName)"))
        #expect(mode(folder + "/team") == 0o2770 && mode(folder + "/team/families") == 0o2770)
        for file in ["store.json", "team.json", "lock"] { #expect(mode(folder + "/team/" + file) == 0o660, "\(file)") }
        #expect(mode(folder + "/team/log") == 0o2770)
        for month in try FileManager.default.contentsOfDirectory(atPath: folder + "/team/log") {
            #expect(mode(folder + "/team/log/" + month) == 0o660, "\(month)")
        }
        let check = try ProgramRunner.run(["check", "--store", folder + "/team"], environment: noName)
        #expect(check.status == 0 && check.stdout.contains("er i orden"), "\(check.stderr)")
        // Not over an existing store, and not for a group that does not exist.
        #expect(try ProgramRunner.run(["init", folder + "/team", "--group", groupName], environment: noName).status == 3)
        let unknown = try ProgramRunner.run(["init", folder + "/x", "--group", "ingen-saadan-gruppe-xyz"])
        #expect(unknown.status == 2 && unknown.stderr.contains("gruppen «ingen-saadan-gruppe-xyz» findes ikke"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x"))
    }

    @Test func inATeamStoreTheLogNamesTheLoginWhateverTheUserTypes() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/team"
        #expect(try ProgramRunner.run(["init", store, "--group", groupName], environment: noName).status == 0)
        let byFlag = try ProgramRunner.run(["families", "--store", store, "--user", "someoneelse"], environment: noName)
        #expect(byFlag.status == 2 && byFlag.stderr.contains("--user bruges ikke i et teamarkiv") && byFlag.stderr.contains("«\(login)»"))
        let byVariable = try ProgramRunner.run(["families", "--store", store], environment: ["SAMMEN_USER": "someoneelse"])
        #expect(byVariable.status == 2 && byVariable.stderr.contains("$SAMMEN_USER bruges ikke i et teamarkiv"))
        let byUser = try ProgramRunner.run(["families", "--store", store], environment: ["SAMMEN_USER": "", "USER": "someoneelse", "LOGNAME": "someoneelse"])
        #expect(byUser.status == 0, "\(byUser.stderr)")
        let log = try accessLog(store)
        #expect(!log.contains("someoneelse"))
        #expect(log.contains("\"user\" : \"\(login)\"") && log.contains("\"login\" : \"\(login)\""))
    }

    @Test func aPrivateStoreTakesTheNameGivenButOnlyAName() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/mine"
        #expect(try ProgramRunner.run(["init", store, "--user", "MHA"]).status == 0)
        for forged in ["MHA\n2026-01-01T00:00:00+01:00\tJBO\tread", "MHA\tX", "a\u{1B}]0;x\u{07}"] {
            let result = try ProgramRunner.run(["families", "--store", store, "--user", forged])
            #expect(result.status == 2 && result.stderr.contains("brugernavnet fra --user indeholder et styretegn"), "\(result.stderr)")
            let fromVariable = try ProgramRunner.run(["families", "--store", store], environment: ["SAMMEN_USER": forged])
            #expect(fromVariable.status == 2 && fromVariable.stderr.contains("brugernavnet fra $SAMMEN_USER"), "\(fromVariable.stderr)")
        }
        #expect(try ProgramRunner.run(["families", "--store", store, "--user", "Mette Hansen"]).status == 0)
        let log = try ProgramRunner.run(["log", "--json", "--store", store]).stdout
        #expect(log.contains("\"user\" : \"Mette Hansen\"") && log.contains("\"login\" : \"\(login)\""))
        #expect(!log.contains("JBO"))
    }

    @Test func aStoreOthersCanReadIsRefusedWithTheCommandThatFixesIt() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/mine"
        #expect(try ProgramRunner.run(["init", store]).status == 0)
        chmod(store + "/team.json", 0o644)
        let refused = try ProgramRunner.run(["due", "--store", store])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("team.json: kan læses eller ændres af alle brugere på maskinen (rettigheder 0644)"))
        #expect(refused.stderr.contains("Ret det med: chmod -R go-rwx '\(store)'"))
        let fixed = Process()
        fixed.executableURL = URL(fileURLWithPath: "/bin/sh")
        fixed.arguments = ["-c", "chmod -R go-rwx '\(store)'"]
        try fixed.run()
        fixed.waitUntilExit()
        #expect(try ProgramRunner.run(["due", "--store", store]).status == 0)
    }

    @Test func teamAddListAndRemove() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/team"
        #expect(try ProgramRunner.run(["init", store, "--group", groupName, "--initials", "ME"], environment: noName).status == 0)
        let unknown = try ProgramRunner.run(["team", "add", "ingen-saadan-bruger-xyz", "XYZ", "--store", store], environment: noName)
        #expect(unknown.status == 2 && unknown.stderr.contains("der er ingen bruger «ingen-saadan-bruger-xyz»"))
        let badInitials = try ProgramRunner.run(["team", "add", "root", "A B", "--store", store], environment: noName)
        #expect(badInitials.status == 2 && badInitials.stderr.contains("initialer er 1–6 bogstaver eller tal"))
        if login != "root" {
            let added = try ProgramRunner.run(["team", "add", "root", "rt", "--name", "IT-kontakten", "--store", store], environment: noName)
            #expect(added.status == 0 && added.stdout.contains("«root» er med i teamet som RT"), "\(added.stderr)")
        } else {
            // root made the store: it has no members yet, and adds one (here: root itself, as RT).
            let added = try ProgramRunner.run(["team", "add", "root", "rt", "--name", "IT-kontakten", "--leader", "--store", store], environment: noName)
            #expect(added.status == 0 && added.stdout.contains("«root» er med i teamet som RT (leder)"), "\(added.stderr)")
        }
        let list = try ProgramRunner.run(["team", "--store", store], environment: noName)
        #expect(list.status == 0 && list.stdout.contains("root") && list.stdout.contains("RT") && list.stdout.contains("IT-kontakten"))
        let json = try ProgramRunner.run(["team", "--json", "--store", store], environment: noName)
        #expect(json.stdout.contains("\"login\" : \"root\""))
        #expect(try ProgramRunner.run(["team", "add", "root", "QQ", "--store", store], environment: noName).status == 3)
        let removed = try ProgramRunner.run(["team", "remove", "root", "--store", store], environment: noName)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(!(try ProgramRunner.run(["team", "--json", "--store", store], environment: noName)).stdout.contains("\"login\" : \"root\""))
        #expect(try accessLog(store).contains("team: root fjernet"))
        let english = try ProgramRunner.run(["team", "--help", "--lang", "en"], environment: noName)
        #expect(english.stdout.contains("sammen team — the team's members"))
    }
}
