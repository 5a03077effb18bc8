/// Tells an open program that colleagues wrote, so it reads again only what changed (`CaseloadStore.refreshFamilies`).
///
/// The event loop waits on `descriptor` (with the keyboard) and, when it is readable or after `pollInterval`,
/// calls `changes()`. A folder gives inotify's descriptor; a database gives its LISTEN connection's socket and
/// answers `changes()` from a change counter that follows commit order ("changes since counter N"), so a
/// notification lost while the connection was down is caught up by the counter.
public protocol StoreChangeFeed: AnyObject {
    /// A descriptor that becomes readable when there may be news, or nil: then call `changes()` every
    /// `pollInterval` milliseconds.
    var descriptor: Int32? { get }
    /// How long to wait without news before calling `changes()` anyway (nil: only when `descriptor` is readable).
    var pollInterval: Int32? { get }
    /// What changed since the last call. Never blocks; drains the descriptor.
    func changes() -> StoreChanges
}

/// What changed since the last look.
public struct StoreChanges: Sendable, Equatable {
    public var families: Set<FamilyID> = []
    /// The feed cannot say which families (an import, lost events): compare them all (`refreshAll`).
    public var everything = false
    public var team = false
    public var isEmpty: Bool { families.isEmpty && !everything && !team }

    public init(families: Set<FamilyID> = [], everything: Bool = false, team: Bool = false) {
        self.families = families
        self.everything = everything
        self.team = team
    }
}
