import SammenCore

/// What the UI reads and writes: the store, injected. `update` calls it synchronously; tests pass an
/// in-memory source. `render` never calls it (it draws from state alone).
public protocol CaseloadSource: AnyObject {
    var summaries: [FamilySummary] { get }
    var team: Team { get }
    var isTraining: Bool { get }
    /// Why nothing can be saved (another instance holds the store), or nil when writable.
    var readOnlyReason: String? { get }
    func loadFamily(_ id: FamilyID) throws -> Family
    /// The one save path: saves `mine`, edited from `base` (the family as it was loaded; nil for a new family),
    /// by reading it again under the store's lock and merging a colleague's change made meanwhile. Throws
    /// `MergeNeeded` and writes nothing when both changed the same thing and `choices` do not settle it.
    func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> SavedFamily
    /// Reads again the families a colleague changed (the watcher names them): what changed and what is gone.
    func refresh(_ ids: [FamilyID]) -> RefreshedFamilies
    /// Reads again every family whose file changed (when the watcher cannot say which).
    func refreshAll() -> RefreshedFamilies
    /// The summary of one family as the source knows it now.
    func summary(_ id: FamilyID) -> FamilySummary?
    /// Adds a new family (fails when its id is taken) and returns its summary.
    func create(_ family: Family) throws -> FamilySummary
    /// Changes team.json: `change` is applied to the team as it is on disk now, and the saved team returned.
    func updateTeam(_ change: (inout Team) throws -> Void) throws -> Team
    /// Whether this account may give and take away access to the store (team.json's members: login → initials,
    /// leader): root, a member marked as leader, or a private store's owner.
    var mayManageTeam: Bool { get }
    /// Gives the account `login` access as the caseworker with `initials` (added to the team when new, named
    /// `name`), as leader or not. Refused for an account the machine does not have, a login or initials already
    /// in the team, or an account that may not manage the team. Returns the team as saved.
    func addMember(login: String, initials: String, name: String?, leader: Bool) throws -> Team
    /// Takes the account `login` out of the team (its caseworker stays). Not the last leader, except by root.
    func removeMember(login: String) throws -> Team
    /// Marks `login` as leader or not. The last leader cannot step down, except by root.
    func setLeader(login: String, leader: Bool) throws -> Team
    /// Records a search with its criterion in the access log, and the families it found (the rows it showed),
    /// so a data subject's extract (`sammen log --family`) holds a search for a child's name too (#15.6).
    func logSearch(_ criterion: String, found: [FamilyID])
}

/// A family as saved: mine, or mine merged with a colleague's change (`merged`).
public struct SavedFamily: Sendable {
    public var family: Family
    public var summary: FamilySummary
    public var merged: Bool

    public init(family: Family, summary: FamilySummary, merged: Bool) {
        self.family = family
        self.summary = summary
        self.merged = merged
    }
}

/// An error a source reports, in words for the status line.
public func describe(_ error: Error, in language: Language = .da) -> String {
    if let storeError = error as? StoreError { return storeError.message(in: language) }
    return "\(error)"
}
