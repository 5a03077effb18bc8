import Foundation
import SammenCore
import SammenUI

/// Shows colleagues' saves while the program is open: the store's change feed (inotify on a folder, LISTEN/NOTIFY
/// on a database) says which families changed, the store reads those again, the UI replaces their rows and the
/// open family. `SAMMEN_WATCH=poll` forces the feed without notifications (what a store without inotify gets),
/// for tests.
struct ColleagueWatch {
    let feed: any StoreChangeFeed

    init(source: StoreSource, environment: [String: String]) {
        feed = source.store.changeFeed(polling: environment["SAMMEN_WATCH"] == "poll")
    }

    /// How long the event loop may sleep without a key: for ever with notifications, a second when polling.
    var wait: Int32? { feed.pollInterval }

    /// Takes in what colleagues changed since the last look.
    func catchUp(_ state: inout AppState, source: StoreSource) {
        let changes = feed.changes()
        guard !changes.isEmpty else { return }
        if changes.team, source.store.refreshTeam() { state.adoptTeam(source.team) }
        let refreshed = changes.everything ? source.refreshAll() : source.refresh(changes.families.sorted())
        App.colleaguesSaved(&state, refreshed, source: source)
    }
}
