import SammenCore

/// A store (files or a database, `CaseloadStore`) as the UI's injected source: what the interactive program and the benchmark both use. The
/// UI only calls it through `CaseloadSource` from `update`; `render` never does.
public final class StoreSource: CaseloadSource {
    public let store: any CaseloadStore
    public let readOnlyReason: String?

    public init(store: any CaseloadStore, readOnlyReason: String?) {
        self.store = store
        self.readOnlyReason = readOnlyReason
    }

    public var summaries: [FamilySummary] { store.summaries }
    public var team: Team { store.team }
    public var isTraining: Bool { store.meta.training }

    public func loadFamily(_ id: FamilyID) throws -> Family { try store.loadFamily(id) }

    public func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> SavedFamily {
        let saved = try store.save(mine, base: base, choices: choices)
        return SavedFamily(family: saved.family, summary: store.summary(mine.id) ?? FamilySummary(saved.family), merged: saved.merged)
    }

    public func create(_ family: Family) throws -> FamilySummary {
        try store.create(family)
        return store.summary(family.id) ?? FamilySummary(family)
    }

    public func refresh(_ ids: [FamilyID]) -> RefreshedFamilies { store.refreshFamilies(ids) }
    public func refreshAll() -> RefreshedFamilies { store.refreshAll() }
    public func summary(_ id: FamilyID) -> FamilySummary? { store.summary(id) }
    /// Applied to team.json as it is on disk, under the lock (`Store.updateTeam`): a colleague's change to the team
    /// made since this program read it is kept, never overwritten with the team as this program remembers it.
    public func updateTeam(_ change: (inout Team) throws -> Void) throws -> Team {
        try store.updateTeam(change)
        return store.team
    }

    public var mayManageTeam: Bool { store.mayManageTeam }

    public func addMember(login: String, initials: String, name: String?, leader: Bool) throws -> Team {
        guard OSAccount.exists(login: login) else {
            throw StoreError.invalid(Phrase(da: "der er ingen bruger «\(login)» på maskinen; IT-kontakten opretter den først (docs/it-kontakt.md).",
                                            en: "there is no account «\(login)» on this machine; the IT contact creates it first (docs/it-kontakt.md)."))
        }
        try store.addMember(login: login, initials: initials, name: name, leader: leader)
        return store.team
    }

    public func removeMember(login: String) throws -> Team {
        try store.removeMember(login: login)
        return store.team
    }

    public func setLeader(login: String, leader: Bool) throws -> Team {
        try store.setLeader(login: login, leader: leader)
        return store.team
    }

    /// A search that found few enough families to point at someone is logged for each of them too.
    public static let searchLoggedPerFamily = 25

    public func logSearch(_ criterion: String, found: [FamilyID]) {
        Self.logSearch(criterion, found: found, in: store)
    }

    /// The search with its criterion, then, when it found at most `searchLoggedPerFamily` families, one entry
    /// per family found (a search for a child's name is in that family's extract). A broader search names
    /// nobody in particular; `sammen log --family` still matches its criterion against the family's names.
    /// A failure to log is reported on the next save.
    public static func logSearch(_ criterion: String, found: [FamilyID], in store: any CaseloadStore) {
        try? store.log(.search, detail: "søgning i sagsstammen: «\(criterion)» (\(found.count) familier)")
        guard found.count <= searchLoggedPerFamily else { return }
        for id in found {
            try? store.log(.search, family: id, detail: "søgning i sagsstammen: «\(criterion)» fandt familien")
        }
    }
}
