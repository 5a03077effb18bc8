import Foundation
import Testing
import SammenCore
@testable import SammenPostgres

/// The change feed starts from what the open read, not from what the server holds when the feed is made: a
/// colleague's change committed between the open's snapshot and the feed's LISTEN is newer than what this
/// program shows, so the feed's first look must report it (families by their change numbers, the team by its).
@Suite(.enabled(if: TestCluster.isAvailable, TestCluster.skipReason), .serialized)
struct ChangeFeedSnapshotTests {
    @Test func aTeamChangeBetweenTheOpenAndTheFeedIsReported() throws {
        let db = try PostgresStoreTests().unit()
        let role = try TestCluster.throwawayRole("sb_snap_")
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
        // After the colleague's open has read the team, before its feed exists.
        try leader.addMember(login: role.name, initials: "SN", name: "Snap Kollega", leader: false)
        #expect(colleague.team.member(login: role.name) == nil)
        let feed = colleague.changeFeed(polling: true)
        #expect(feed.changes().team, "the member added before the feed was made was never told")
        #expect(colleague.refreshTeam())
        #expect(colleague.team.member(login: role.name)?.initials == "SN")
        #expect(!feed.changes().team, "the same change came twice")
    }
}
