import Foundation

/// The file store as a `CaseloadStore`: where it is, its change feed (the folder watcher), and whether it is
/// empty. The whole-store copy is in Store+WholeStoreCopy.swift; the rest of the interface is Store's own methods.
extension Store {
    public var location: String { root }
    public var folder: String? { root }

    public func changeFeed(polling: Bool) -> any StoreChangeFeed {
        StoreWatcher(root: root, useInotify: !polling)
    }

    /// No readable family, and no family file that could not be read.
    public var isEmpty: Bool {
        loadCaseloadIfNeeded()
        return index.entries.isEmpty && missingFamilyFiles.isEmpty
    }
}
