import Foundation
import SammenCore
import SammenUI

/// Shows colleagues' saves while the program is open: the store watcher says which families changed, the store
/// reads those again, the UI replaces their rows and the open family. `SAMMEN_WATCH=poll` forces the stat poll
/// (what a store without inotify gets), for tests.
struct ColleagueWatch {
    let watcher: StoreWatcher

    init(source: StoreSource, environment: [String: String]) {
        watcher = StoreWatcher(root: source.store.root, useInotify: environment["SAMMEN_WATCH"] != "poll")
    }

    /// How long the event loop may sleep without a key: for ever with inotify, a second when polling.
    var wait: Int32? { watcher.descriptor == nil ? 1000 : nil }

    /// Takes in what colleagues changed since the last look.
    func catchUp(_ state: inout AppState, source: StoreSource) {
        let changes = watcher.changes()
        guard !changes.isEmpty else { return }
        if changes.team, source.store.refreshTeam() { state.team = source.team }
        let refreshed = changes.everything ? source.refreshAll() : source.refresh(changes.families.sorted())
        App.colleaguesSaved(&state, refreshed, source: source)
    }
}
