import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// The team screen's changes through the real store: applied to team.json as it is on disk under the lock, so a
/// colleague's change to the team made since this program opened is kept.
@Suite struct StoreSourceTeamTests {
    func makeStoreFolder() throws -> String {
        let base = FileManager.default.temporaryDirectory.path + "/sammen-ui-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let root = base + "/store"
        let team = Team(name: "Testteam", targetCaseload: 25, caseworkers: [Caseworker(initials: "MHA", name: "Mette Hansen")])
        try Store.create(at: root, meta: StoreMeta(created: LocalDate(iso: "2026-01-01")!, training: false), team: team,
                         user: "test", families: []).close()
        return root
    }

    @Test func aTeamChangeKeepsAColleaguesChangeMadeSinceTheProgramOpened() throws {
        let root = try makeStoreFolder()
        defer { try? FileManager.default.removeItem(atPath: root + "/..") }
        let mine = StoreSource(store: try Store.open(at: root, user: "MHA", access: .perOperation), readOnlyReason: nil)
        defer { mine.store.close() }
        // A colleague's program adds a caseworker after this one read team.json.
        let theirs = try Store.open(at: root, user: "JBO", access: .perOperation)
        try theirs.updateTeam { $0.caseworkers.append(Caseworker(initials: "JBO", name: "Jonas Bo")) }
        theirs.close()
        #expect(mine.team.caseworker("JBO") == nil, "this program has not read the colleague's change yet")

        let saved = try mine.updateTeam { $0.targetCaseload = 20 }
        #expect(saved.caseworker("JBO")?.name == "Jonas Bo" && saved.targetCaseload == 20)
        let onDisk = try Store.open(at: root, user: "x", access: .readOnly)
        defer { onDisk.close() }
        #expect(onDisk.team.caseworker("JBO")?.name == "Jonas Bo", "the colleague's caseworker is still in team.json")
        #expect(onDisk.team.targetCaseload == 20)
    }

    @Test func accessIsGivenOnlyToAnAccountTheMachineHasAndLogged() throws {
        let root = try makeStoreFolder()
        defer { try? FileManager.default.removeItem(atPath: root + "/..") }
        let source = StoreSource(store: try Store.open(at: root, user: "MHA", access: .perOperation), readOnlyReason: nil)
        defer { source.store.close() }
        #expect(source.mayManageTeam, "a private store's owner manages its team")
        #expect(throws: StoreError.self) { try source.addMember(login: "ingen-saadan-bruger-\(getpid())", initials: "XX", name: nil, leader: false) }
        let me = OSAccount.current().login
        let team = try source.addMember(login: me, initials: "MHA", name: nil, leader: true)
        #expect(team.member(login: me) == TeamMember(login: me, initials: "MHA", leader: true))
        #expect(try source.setLeader(login: me, leader: true).member(login: me)?.leader == true)
        #expect(try source.removeMember(login: me).members.isEmpty)
        let onDisk = try Store.open(at: root, user: "x", access: .readOnly)
        defer { onDisk.close() }
        #expect(onDisk.team.members.isEmpty && onDisk.team.caseworker("MHA") != nil)
        let log = try onDisk.accessLogEntries(family: nil).map(\.detail)
        #expect(log.contains("team: \(me) tilføjet som MHA (leder)") && log.contains("team: \(me) fjernet"))
    }
}
