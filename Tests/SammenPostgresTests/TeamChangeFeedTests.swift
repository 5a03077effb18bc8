import Foundation
import Testing
import SammenCore
@testable import SammenPostgres

/// A team's members change while a colleague's program is open: the leader adds someone, makes them leader,
/// removes them. Each change must reach the open program through the change feed (LISTEN/NOTIFY and the
/// teams' change number) and `refreshTeam`, so its caseworker list and who leads are the server's, not the
/// ones it read at start.
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct TeamChangeFeedTests {
    /// Waits for the feed's notification when it listens; a polling feed is simply asked.
    func waitForNews(_ feed: any StoreChangeFeed, polling: Bool) {
        guard !polling, let fd = feed.descriptor else { return }
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        #expect(poll(&descriptor, 1, 5000) == 1, "no notification came")
    }

    @Test(arguments: [false, true])
    func memberAddedMadeLeaderAndRemovedReachAColleaguesOpenProgram(polling: Bool) throws {
        let db = try PostgresStoreTests().unit()
        let role = try TestCluster.throwawayRole("sb_ny_")
        defer {
            db.drop()
            role.drop()
        }
        let colleague = try PostgresStore.open(uri: db.uri(TestCluster.caseworkerNord), access: .perOperation)
        let leader = try PostgresStore.open(uri: db.uri(TestCluster.leader), access: .perOperation)
        defer {
            colleague.close()
            leader.close()
        }
        #expect(colleague.team.member(login: role.name) == nil)
        let feed = colleague.changeFeed(polling: polling)
        #expect(feed.changes().isEmpty, "news before anything changed")

        // Added.
        try leader.addMember(login: role.name, initials: "NY", name: "Ny Kollega", leader: false)
        waitForNews(feed, polling: polling)
        #expect(feed.changes().team, "the new member was not told")
        #expect(colleague.refreshTeam())
        #expect(colleague.team.member(login: role.name)?.initials == "NY")
        #expect(colleague.team.member(login: role.name)?.leader == false)
        #expect(colleague.team.caseworker("NY") != nil, "the new member is not among the caseworkers to choose")

        // Made leader, and no longer.
        try leader.setLeader(login: role.name, leader: true)
        waitForNews(feed, polling: polling)
        #expect(feed.changes().team, "the new leader was not told")
        #expect(colleague.refreshTeam())
        #expect(colleague.team.member(login: role.name)?.leader == true)
        try leader.setLeader(login: role.name, leader: false)
        waitForNews(feed, polling: polling)
        #expect(feed.changes().team, "the leader who stepped down was not told")
        #expect(colleague.refreshTeam())
        #expect(colleague.team.member(login: role.name)?.leader == false)

        // Removed.
        try leader.removeMember(login: role.name)
        waitForNews(feed, polling: polling)
        #expect(feed.changes().team, "the removal was not told")
        #expect(colleague.refreshTeam())
        #expect(colleague.team.member(login: role.name) == nil)
        #expect(feed.changes().isEmpty, "the same change came twice")
        #expect(!colleague.refreshTeam(), "a refresh without a change reported one")
    }
}
