import Foundation

/// The one storage interface: what the screens, the commands and the exports call. The JSON-file store (`Store`)
/// and the PostgreSQL store (target SammenPostgres) implement it; nothing above SammenCore knows which it has.
/// Open one with `StoreOpeners.open` (a folder or a `postgresql://` URI).
///
/// Promises every implementation keeps (Tests/SammenStoreContractTests checks them on each store):
/// - **Identity.** `user` is who the access log and new entries name: never a name the client can forge where the
///   store can know better (a team folder: the OS login's initials; a database: the authenticated role,
///   `session_user`, mapped to initials by the team's members when listed there).
/// - **Whole or nothing.** Every write (a save, a team change, an import, a whole-store copy) is one transaction
///   together with its access-log entry: a failure leaves the store exactly as before and throws.
/// - **Optimistic check.** A store remembers the version of each record it loaded (or wrote). Writing a record
///   that someone else changed since throws `StoreError.conflict(path:)` and writes nothing. The path is the
///   record's name in every store: `StoreFormat.familyPath(id)` ("families/<id>.json") or `StoreFormat.teamFile`.
/// - **Records are decoded by `RecordCodec`.** A record it refuses (damaged, unknown fields, a newer schema) is
///   reported in `problems` (path `StoreFormat.familyPath(id)`), left out of `summaries`, and never overwritten;
///   `loadFamily` of it throws the codec's error (`.unreadable` or `.newerSchema`).
/// - **Schema.** A store written by a newer Sammen is refused on open (`StoreError.newerSchema` for a record,
///   `.programTooOld` for the store); an older one is migrated forward on open for writing, whole, once.
/// - **Access log append-only.** Entries are only ever added; nothing the program calls changes or removes one.
/// - **Errors** are `StoreError` (messages in words) or `MergeNeeded` (the merging save); never a raw
///   driver error.
///
/// Instances are used from one thread at a time (the event loop, a command).
public protocol CaseloadStore: AnyObject {
    // MARK: Where and who

    /// Where the store is, for messages: a folder's path, or a database URI without its password.
    var location: String { get }
    /// The folder of a store kept in files; nil for a database. Only for what is about files as such: refusing an
    /// export into the store's folder, the team group's hint.
    var folder: String? { get }
    /// The name in the access log and on what this user records (initials in a team store).
    var user: String { get }
    /// The account or role the program runs as (the OS login; a database's `session_user`).
    var login: String { get }
    /// A store shared by a team (identity from the OS or the database, never from `--user`).
    var isTeamStore: Bool { get }
    /// False when opened read-only (or when this account may only read): every write throws `.readOnly`.
    var isWritable: Bool { get }
    var meta: StoreMeta { get }
    var team: Team { get }
    /// Records that could not be read, with where and why. The rest of the store keeps working.
    var problems: [FileProblem] { get }
    /// Notes for the user that are not errors (a migration done, a network file system…), shown once on open.
    var notices: [Phrase] { get }

    // MARK: Reading

    /// Every readable family's summary, in no particular order, without decoding whole records. Not logged
    /// (the caller logs its action: a list, a search).
    var summaries: [FamilySummary] { get }
    /// One family's summary as this instance knows it now (after its own writes and the last refresh).
    func summary(_ id: FamilyID) -> FamilySummary?
    /// The whole record; remembers its version for the optimistic check. Logged as `action` (nil: not logged,
    /// for reads that are part of a logged write). Throws `.unknownFamily(id)` when there is none.
    func loadFamily(_ id: FamilyID, logAs action: AccessAction?) throws -> Family
    /// A new family id that no family has, readable or not, nor one in `reserved`.
    func newFamilyID(reserved: Set<FamilyID>) -> FamilyID

    // MARK: Writing (each one transaction with its log entry; `.readOnly` when not writable)

    /// Saves a family loaded by this instance (`.conflict` when changed since), stamping what it adds with
    /// `user`/`login` (`Family.stampAuthorship`) and the current schema version. Logged as `.change`.
    func save(_ family: Family) throws
    /// Adds a new family; `.conflict(path: familyPath(id))` when the id is taken (even by an unreadable record).
    /// Logged as `.create`.
    func create(_ family: Family) throws
    /// Loads the family as it is now, applies `change` and saves it, with no other write in between (a lock,
    /// or a row lock in one transaction). Logged as a read and a change. Returns the family as saved.
    func update(_ id: FamilyID, _ change: (inout Family) throws -> Void) throws -> Family
    /// The one save path of the program: `mine` was edited from `base` (as loaded; nil for a new family, then
    /// `create`). With no other write in between it reads the family as it is now; writes mine when it is still
    /// `base`, the three-way merge (`FamilyMerge.decide`) when a colleague changed it, and throws `MergeNeeded`
    /// (writing nothing) when both changed the same thing and `choices` do not settle it.
    func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> MergedSave
    /// Saves the team (`.conflict(path: StoreFormat.teamFile)` when changed since it was read).
    func saveTeam(_ team: Team) throws
    /// Reads the team as it is now, applies `change` and saves it, with no other write in between.
    func updateTeam(_ change: (inout Team) throws -> Void) throws
    /// Whether this account may add and remove members (a leader, root, the owner of a private store).
    var mayManageTeam: Bool { get }
    /// Adds a member (refused for a login or initials already taken); logged.
    func addMember(login: String, initials: String, name: String?, leader: Bool) throws
    /// Removes a member (never the last leader, except by root); logged.
    func removeMember(login: String) throws
    /// Makes a member the team's leader or not (the last leader does not step down, except by root); logged.
    func setLeader(login: String, leader: Bool) throws
    /// New families (`.conflict` when an id is taken), additions to loaded ones (`.conflict` when changed since)
    /// and the team, as given (no authorship stamping: the import planned them), with one `.import` entry
    /// carrying `detail`. One transaction.
    func commitImport(newFamilies: [Family], changedFamilies: [Family], team: Team?, detail: String) throws
    /// The same, with the new families made one at a time (a streamed import, #15.17): `nextNewFamily` returns the
    /// family with `newFamilyIDs[n]` on its n-th call and may throw (nothing is then written). A store that can
    /// write each family as it comes holds one at a time; the default gathers them and calls the array form.
    func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilies: [Family],
                      team: Team?, detail: String) throws
    /// The same, with the changed families made one at a time too (a streamed re-import, #15.17):
    /// `nextChangedFamily` returns the family with `changedFamilyIDs[n]` on its n-th call, after every new family,
    /// and may throw (nothing is then written). The changed families must have been loaded since this instance
    /// last saw them change (`.conflict` otherwise, as for `changedFamilies`). The default gathers them.
    func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilyIDs: [FamilyID],
                      nextChangedFamily: () throws -> Family, team: Team?, detail: String) throws
    /// A family read for an import: not logged (the import is one entry) and, where the store can, not kept by
    /// it, so that reading every family holds one at a time. `remembersFingerprint`: the import may write it
    /// (read strictly, and a later commit checks that nobody saved it since).
    func loadFamilyForImport(_ id: FamilyID, remembersFingerprint: Bool) throws -> Family
    /// Every readable family's id, in no particular order.
    var familyIDs: [FamilyID] { get }
    /// The CSV column mapping remembered for `sammen import csv`; empty when none was saved.
    func importColumnMapping() throws -> ImportColumnMapping
    func saveImportColumnMapping(_ mapping: ImportColumnMapping) throws

    // MARK: Moving a whole store (`sammen store copy`)

    /// True when the store holds no family and no unreadable record: the only store a copy writes into.
    var isEmpty: Bool { get }
    /// Writes a whole store into this empty one, in one transaction, taking each family and each part of the log
    /// as it comes (memory flat in the number of families): the families exactly as given (no stamping; each
    /// must encode to the same JSON when loaded back), the team, the meta's `created`, `training` and
    /// `municipality`, and the access-log entries verbatim (their own time, user and login: a database lets only
    /// an administrative role do that), followed by one `.import` entry with `detail`. Throws `.invalid` (in
    /// words) and writes nothing when the store is not empty; a stream that throws part-way writes no family.
    func importWholeStore(_ stream: WholeStoreStream, detail: String) throws
    /// Families decoded as `loadFamily` decodes them (the same errors), in the order asked, but neither logged
    /// nor remembered for a later save: for reading every family once (a copy, its check) without holding them.
    func readFamilies(_ ids: [FamilyID]) throws -> [Family]
    /// The whole access log as `accessLogEntries(family: nil)` gives it, oldest first, a part of at most about
    /// `partSize` entries at each call of the function returned, nil after the last.
    func accessLogParts(partSize: Int) throws -> () throws -> [AccessLogEntry]?

    // MARK: Access log

    /// Appends an entry (time and user filled by the store, never by the caller). A read that cannot be logged
    /// is not shown: the failure is thrown. Read-only instances log too. (Callers use the `log(_:family:detail:)`
    /// convenience below.)
    func log(_ action: AccessAction, family: FamilyID?, detail: String?) throws
    /// The access log, oldest first (a folder: in the order appended, so lines a whole-store copy brought in come
    /// after the new store's own first line); with `family`, only the entries about that family (a data
    /// subject's request).
    func accessLogEntries(family: FamilyID?) throws -> [AccessLogEntry]

    // MARK: Colleagues' changes

    /// What tells this program that colleagues wrote: inotify for folders, LISTEN/NOTIFY plus a commit-ordered
    /// change counter for a database. `polling: true` asks for the fallback without notifications (tests).
    func changeFeed(polling: Bool) -> any StoreChangeFeed
    /// Reads again the families named (the feed said they changed), in one query or one file each: which have a
    /// new version since this instance last saw them (`changed`, summary changed or not) and which are gone
    /// (deleted, or unreadable now: then in `problems`). Not logged.
    func refreshFamilies(_ ids: [FamilyID]) -> RefreshedFamilies
    /// Every family that changed since this instance last looked (when the feed cannot say which). Not logged.
    func refreshAll() -> RefreshedFamilies
    /// Reads the team again when it changed. True when it is different now.
    func refreshTeam() -> Bool

    // MARK: Checking and closing

    /// Every problem in the store (`problems`, plus what `FamilyValidator` finds in each readable family, and with
    /// `today` dates that cannot be true, `DateRules`). Changes nothing; logs nothing.
    func check(today: LocalDate?) -> [FileProblem]
    /// Ends the session: writes derived caches, closes connections. Safe to call twice.
    func close()
}

/// What a store holds, for `sammen store copy` (`CaseloadStore.importWholeStore`).
public struct StoreContents: Sendable {
    public var meta: StoreMeta
    public var team: Team
    public var families: [Family]
    /// Oldest first.
    public var accessLog: [AccessLogEntry]

    public init(meta: StoreMeta, team: Team, families: [Family], accessLog: [AccessLogEntry]) {
        self.meta = meta
        self.team = team
        self.families = families
        self.accessLog = accessLog
    }
}

/// The outcome of a merging save (`CaseloadStore.save(_:base:choices:)`).
public struct MergedSave: Sendable {
    /// The family as written (mine, or mine merged with a colleague's change).
    public var family: Family
    /// A colleague had saved the family meanwhile; their change is kept beside mine.
    public var merged: Bool

    public init(family: Family, merged: Bool) {
        self.family = family
        self.merged = merged
    }
}

/// What a refresh found.
public struct RefreshedFamilies: Sendable, Equatable {
    /// Families whose record is new or changed (a new version), whether or not their summary changed: the
    /// program reloads the open family from this (a colleague's note changes no summary, and must still show).
    public var changed: [FamilyID] = []
    /// Families no longer in the caseload (deleted, moved away, or unreadable now).
    public var removed: [FamilyID] = []
    public var isEmpty: Bool { changed.isEmpty && removed.isEmpty }

    public init(changed: [FamilyID] = [], removed: [FamilyID] = []) {
        self.changed = changed
        self.removed = removed
    }
}

/// How a store is opened: to look only, or to write (each write a short transaction or lock).
public enum StoreAccess: Sendable, Equatable {
    /// Look, never write. Needs no lock.
    case readOnly
    /// Take the lock (or a transaction) for each write only.
    case perOperation
}

// The conveniences every caller uses; implementations provide the requirements above.
/// Two-step opening (FirstPage.swift): a store that can pick the dashboard's first rows before the whole caseload.
/// A folder store reads everything at once and has no first page.
extension CaseloadStore {
    /// The first page read by `StoreOpeners.open(…, firstPage:)`, while the rest has not arrived; nil otherwise.
    public var firstPage: FirstPage? { (self as? TwoStepCaseload)?.pendingFirstPage }

    /// Reads the rest of the caseload when only the first page was read (then `summaries`, `team`, `problems`
    /// are whole, as after an ordinary open). Nothing to do otherwise.
    public func loadRest() throws {
        try (self as? TwoStepCaseload)?.loadPendingRest()
    }
}

/// A store that can open with the first page only.
public protocol TwoStepCaseload: AnyObject {
    var pendingFirstPage: FirstPage? { get }
    func loadPendingRest() throws
}

extension CaseloadStore {
    /// Loads a family, logged as a read.
    public func loadFamily(_ id: FamilyID) throws -> Family { try loadFamily(id, logAs: .read) }

    /// Logs an action. `required` is kept for callers that say so explicitly: every entry is required (a read
    /// that cannot be logged is not shown).
    public func log(_ action: AccessAction, family: FamilyID? = nil, detail: String? = nil, required: Bool = false) throws {
        try log(action, family: family, detail: detail)
    }

    public func accessLogEntries() throws -> [AccessLogEntry] { try accessLogEntries(family: nil) }

    public func check() -> [FileProblem] { check(today: nil) }

    /// Gathers the new families, then commits them as one array (a store that cannot stream them).
    public func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilies: [Family],
                             team: Team?, detail: String) throws {
        var families: [Family] = []
        families.reserveCapacity(newFamilyIDs.count)
        for id in newFamilyIDs {
            let family = try nextNewFamily()
            guard family.id == id else { throw StoreError.invalid(Phrase(verbatim: "import: family \(family.id) came in place of \(id)")) }
            families.append(family)
        }
        try commitImport(newFamilies: families, changedFamilies: changedFamilies, team: team, detail: detail)
    }

    /// Without changed families: the new ones as they come. With them: both gathered (the changed families come
    /// after the new ones, and the array form takes them first), then committed as arrays.
    public func commitImport(newFamilyIDs: [FamilyID], nextNewFamily: () throws -> Family, changedFamilyIDs: [FamilyID],
                             nextChangedFamily: () throws -> Family, team: Team?, detail: String) throws {
        if changedFamilyIDs.isEmpty {
            try commitImport(newFamilyIDs: newFamilyIDs, nextNewFamily: nextNewFamily, changedFamilies: [], team: team, detail: detail)
            return
        }
        func gather(_ ids: [FamilyID], _ next: () throws -> Family) throws -> [Family] {
            var families: [Family] = []
            families.reserveCapacity(ids.count)
            for id in ids {
                let family = try next()
                guard family.id == id else { throw StoreError.invalid(Phrase(verbatim: "import: family \(family.id) came in place of \(id)")) }
                families.append(family)
            }
            return families
        }
        let newFamilies = try gather(newFamilyIDs, nextNewFamily)
        let changed = try gather(changedFamilyIDs, nextChangedFamily)
        try commitImport(newFamilies: newFamilies, changedFamilies: changed, team: team, detail: detail)
    }

    public func loadFamilyForImport(_ id: FamilyID, remembersFingerprint: Bool) throws -> Family {
        try loadFamily(id, logAs: nil)
    }

    public var familyIDs: [FamilyID] { summaries.map(\.id) }

    public func newFamilyID() -> FamilyID { newFamilyID(reserved: []) }

    /// A whole store already in memory (`importWholeStore(_:detail:)` with it as a stream).
    public func importWholeStore(_ contents: StoreContents, detail: String) throws {
        try importWholeStore(WholeStoreStream(contents), detail: detail)
    }

    public func save(_ mine: Family, base: Family?) throws -> MergedSave { try save(mine, base: base, choices: [:]) }

    /// Finds a family by id, sagsnr or name (case-insensitive; "Familien " may be left out); nil when none or
    /// several match by name.
    public func findFamily(_ query: String) -> FamilySummary? {
        let q = query.trimmingCharacters(in: .whitespaces)
        if let byID = summary(q) { return byID }
        let all = summaries
        if let byCase = all.first(where: { $0.cases.contains { $0.number == q } }) { return byCase }
        let byName = all.filter { $0.name.caseInsensitiveCompare(q) == .orderedSame }
        if byName.count == 1 { return byName[0] }
        let bare = all.filter { $0.name.caseInsensitiveCompare("Familien " + q) == .orderedSame }
        return bare.count == 1 ? bare[0] : nil
    }

    /// The family records (`families/<id>.json`) that are not in the caseload because they could not be read,
    /// sorted (#15.15: an answer without them says so). A readable family with a problem is not counted.
    public var missingFamilyFiles: [String] {
        // Nearly always nothing is missing: then no path is made for each of 10,000 families.
        guard !problems.isEmpty else { return [] }
        let prefix = StoreFormat.familiesFolder + "/"
        let loaded = Set(summaries.map { StoreFormat.familyPath($0.id) })
        var missing = Set<String>()
        for problem in problems where problem.path.hasPrefix(prefix) && problem.path.hasSuffix(".json") && !loaded.contains(problem.path) {
            missing.insert(problem.path)
        }
        return missing.sorted()
    }
}
