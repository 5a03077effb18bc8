import Foundation
import SammenCore

/// A kind of store the contract runs on (`StoreContractTests`). Each test asks for a new, empty store of its own
/// and reaches behind it only through `ContractStoreHandle` (to damage a record, or make the store look older or
/// newer), never through the kind's own types: the guarantees are tested through `CaseloadStore` alone.
protocol ContractStoreFactory: Sendable {
    /// "file", "postgresql": names the store in failure messages.
    var name: String { get }
    /// Why this kind's tests do not run here (no server to test against), or nil when they run. Printed.
    var skipReason: String? { get }
    /// A new store holding `team` and no family, made as a user makes one (`sammen init`), opened by `user`.
    func makeStore(team: Team, user: String) throws -> any ContractStoreHandle
}

/// One test's store, with what a test needs that the program never does.
protocol ContractStoreHandle: AnyObject {
    /// Opens the store as a new, separate instance: a colleague's program, or this one started again.
    func open(access: StoreAccess) throws -> any CaseloadStore
    /// The same, as the next program that writes it will be, except that its first write of a family record
    /// fails midway (a disk error, a broken connection): the write must leave nothing of itself.
    func openFailingNextWrite() throws -> any CaseloadStore
    /// Puts `bytes` in place of family `id`'s record behind the store's back (a damaged record, one with a field
    /// Sammen does not know, one from a newer or older schema). The id may be new.
    func writeRawRecord(_ id: FamilyID, _ bytes: Data) throws
    /// The record's bytes as the store holds them (the file; the row's JSON as text), nil when there is none.
    func rawRecord(_ id: FamilyID) throws -> Data?
    /// Makes the store look made by a Sammen of schema `version`: older is migrated on open for writing,
    /// newer is refused.
    func setStoreSchemaVersion(_ version: Int) throws
    /// Removes the store and everything it holds.
    func destroy()
}

/// The kinds the contract runs on. A PostgreSQL factory joins this list (skipped without `$SAMMEN_TEST_PG`).
enum ContractFactories {
    static let all: [any ContractStoreFactory] = [FileStoreFactory(), PostgresStoreFactory()]
    /// The tests' arguments: each contract test runs once per kind.
    static let names: [String] = all.map(\.name)
}
