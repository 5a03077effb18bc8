import Foundation
import Testing
@testable import SammenCore

/// The watcher says which families a colleague's save touched (inotify), or that something did (the stat poll).
@Suite struct StoreWatcherTests {
    @Test func inotifyNamesTheFamiliesAColleagueSavedDeletedOrAdded() throws {
        let root = try makeStore([sampleFamily(id: "f-a", caseNumber: "1"), sampleFamily(id: "f-b", caseNumber: "2")])
        defer { removeFolder(root) }
        let watcher = StoreWatcher(root: root)
        #expect(watcher.descriptor != nil)
        #expect(watcher.changes().isEmpty)
        let colleague = try Store.open(at: root, user: "jbo", access: .perOperation)
        try colleague.update("f-b") { $0.name = "Familien B" }
        #expect(watcher.changes() == StoreWatcher.Changes(families: ["f-b"]))
        try colleague.create(sampleFamily(id: "f-new", caseNumber: "3"))
        unlink(root + "/families/f-a.json")
        #expect(watcher.changes().families == ["f-new", "f-a"])
        try colleague.saveTeam(sampleTeam())
        #expect(watcher.changes().team)
        // Reading (and logging the read) wakes nobody.
        _ = try colleague.loadFamily("f-b")
        #expect(watcher.changes().isEmpty)
    }

    @Test func theStatPollSaysSomethingChangedOnlyWhenItDid() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let watcher = StoreWatcher(root: root, useInotify: false)
        #expect(watcher.descriptor == nil && watcher.changes().isEmpty)
        let colleague = try Store.open(at: root, user: "jbo", access: .perOperation)
        try colleague.update("f-test") { $0.name = "Familien Ny" }
        let seen = watcher.changes()
        #expect(seen.everything)
        #expect(watcher.changes().isEmpty)
    }
}
