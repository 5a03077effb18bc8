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

    /// A fresh store with a caseworker's and the leader's programs open on it, and a role not yet in the team.
    func withColleagueAndLeader(_ body: (_ role: String, _ colleague: PostgresStore, _ leader: PostgresStore) throws -> Void) throws {
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
        try body(role.name, colleague, leader)
    }

    @Test(arguments: [false, true])
    func memberAddedMadeLeaderAndRemovedReachAColleaguesOpenProgram(polling: Bool) throws {
        try withColleagueAndLeader { role, colleague, leader in
            #expect(colleague.team.member(login: role) == nil)
            let feed = colleague.changeFeed(polling: polling)
            #expect(feed.changes().isEmpty, "news before anything changed")

            // Added.
            try leader.addMember(login: role, initials: "NY", name: "Ny Kollega", leader: false)
            waitForNews(feed, polling: polling)
            #expect(feed.changes().team, "the new member was not told")
            #expect(colleague.refreshTeam())
            #expect(colleague.team.member(login: role)?.initials == "NY")
            #expect(colleague.team.member(login: role)?.leader == false)
            #expect(colleague.team.caseworker("NY") != nil, "the new member is not among the caseworkers to choose")

            // Made leader, and no longer.
            try leader.setLeader(login: role, leader: true)
            waitForNews(feed, polling: polling)
            #expect(feed.changes().team, "the new leader was not told")
            #expect(colleague.refreshTeam())
            #expect(colleague.team.member(login: role)?.leader == true)
            try leader.setLeader(login: role, leader: false)
            waitForNews(feed, polling: polling)
            #expect(feed.changes().team, "the leader who stepped down was not told")
            #expect(colleague.refreshTeam())
            #expect(colleague.team.member(login: role)?.leader == false)

            // Removed.
            try leader.removeMember(login: role)
            waitForNews(feed, polling: polling)
            #expect(feed.changes().team, "the removal was not told")
            #expect(colleague.refreshTeam())
            #expect(colleague.team.member(login: role) == nil)
            #expect(feed.changes().isEmpty, "the same change came twice")
            #expect(!colleague.refreshTeam(), "a refresh without a change reported one")
        }
    }

    /// The feed starts from what the open read, not from what the server holds when the feed is made: a change
    /// committed between the open's snapshot and the feed's LISTEN is newer than what the program shows.
    @Test func aTeamChangeBetweenTheOpenAndTheFeedIsReported() throws {
        try withColleagueAndLeader { role, colleague, leader in
            try leader.addMember(login: role, initials: "SN", name: "Snap Kollega", leader: false)
            #expect(colleague.team.member(login: role) == nil)
            let feed = colleague.changeFeed(polling: true)
            #expect(feed.changes().team, "the member added before the feed was made was never told")
            #expect(colleague.refreshTeam())
            #expect(colleague.team.member(login: role)?.initials == "SN")
            #expect(!feed.changes().team, "the same change came twice")
        }
    }
}
