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
    /// Saves and returns the family's new summary.
    func save(_ family: Family) throws -> FamilySummary
    /// Adds a new family (fails when its id is taken) and returns its summary.
    func create(_ family: Family) throws -> FamilySummary
    /// Records a search with its criterion in the access log.
    func logSearch(_ criterion: String)
}

/// An error a source reports, in words for the status line.
public func describe(_ error: Error, in language: Language = .da) -> String {
    if let storeError = error as? StoreError { return storeError.message(in: language) }
    return "\(error)"
}
