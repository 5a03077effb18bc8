import Foundation

/// Opening a store by where it is: a folder is the file store (`Store`); a `postgresql://` or `postgres://` URI
/// is a database, opened by the opener the program registered at start (SammenCore cannot link libpq, so the
/// `sammen` executable registers SammenPostgres's). Commands and screens call this and get `any CaseloadStore`.
public enum StoreOpeners {
    /// What a database store's target registers.
    public struct DatabaseOpener: Sendable {
        /// The engine's name for messages ("PostgreSQL").
        public var name: String
        /// Opens the store at `uri`. Identity is the database's (the authenticated role): no user name is passed.
        /// Throws `StoreError` in words (which server, what failed, what to do).
        public var open: @Sendable (_ uri: String, _ access: StoreAccess) throws -> any CaseloadStore
        /// Creates the schema of an empty store in the database at `uri` with `meta` and `team`, and opens it for
        /// writing. Throws `.alreadyAStore` when the database holds a Sammen store already.
        public var create: @Sendable (_ uri: String, _ meta: StoreMeta, _ team: Team) throws -> any CaseloadStore
        /// Whether the database at `uri` holds a Sammen store (its schema), without opening it.
        public var exists: @Sendable (_ uri: String) throws -> Bool
        /// Opens the store reading only the dashboard's first rows when the database can pick them (the store's
        /// `firstPage`; `loadRest` reads the rest), else everything, as `open`.
        public var openFirst: (@Sendable (_ uri: String, _ access: StoreAccess, _ page: FirstPageRequest) throws -> any CaseloadStore)?

        public init(name: String,
                    open: @escaping @Sendable (_ uri: String, _ access: StoreAccess) throws -> any CaseloadStore,
                    create: @escaping @Sendable (_ uri: String, _ meta: StoreMeta, _ team: Team) throws -> any CaseloadStore,
                    exists: @escaping @Sendable (_ uri: String) throws -> Bool,
                    openFirst: (@Sendable (_ uri: String, _ access: StoreAccess, _ page: FirstPageRequest) throws -> any CaseloadStore)? = nil) {
            self.name = name
            self.open = open
            self.create = create
            self.exists = exists
            self.openFirst = openFirst
        }
    }

    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var database: DatabaseOpener?
    }
    private static let registry = Registry()

    /// Registers the database opener (the `sammen` executable does, first thing).
    public static func register(_ opener: DatabaseOpener) {
        registry.lock.lock(); defer { registry.lock.unlock() }
        registry.database = opener
    }

    static var database: DatabaseOpener? {
        registry.lock.lock(); defer { registry.lock.unlock() }
        return registry.database
    }

    /// Whether `location` names a database (a libpq URI) rather than a folder.
    public static func isDatabase(_ location: String) -> Bool { StoreLocation.isDatabaseURI(location) }

    /// Opens the store at `location`. `user` is the name for a private file store; a team folder and a database
    /// take the identity from the operating system or the database instead.
    /// `caseload: .onDemand` lets a folder store read only the families asked for (a database reads summaries
    /// by the query it needs anyway).
    public static func open(_ location: String, user: String, access: StoreAccess,
                            caseload: CaseloadLoading = .whole) throws -> any CaseloadStore {
        if isDatabase(location) { return try databaseOpener(for: location).open(location, access) }
        return try Store.open(at: location, user: user, access: access, caseload: caseload)
    }

    /// Opens the store at `location` for a dashboard that can be drawn before the whole caseload has arrived:
    /// a database that can pick the first rows reads only those (`firstPage`, then `loadRest` on any thread while
    /// nothing else uses the store); anything else opens whole, as `open`.
    public static func open(_ location: String, user: String, access: StoreAccess, firstPage: FirstPageRequest) throws -> any CaseloadStore {
        if isDatabase(location) {
            let opener = try databaseOpener(for: location)
            if let openFirst = opener.openFirst { return try openFirst(location, access, firstPage) }
            return try opener.open(location, access)
        }
        return try Store.open(at: location, user: user, access: access)
    }

    /// Creates an empty store at `location` (an empty or new folder; a database without a Sammen schema).
    public static func create(_ location: String, meta: StoreMeta, team: Team, user: String) throws -> any CaseloadStore {
        if isDatabase(location) { return try databaseOpener(for: location).create(location, meta, team) }
        return try Store.create(at: location, meta: meta, team: team, user: user)
    }

    /// Whether a store is at `location` (a folder with store.json; a database with Sammen's schema).
    public static func exists(_ location: String) throws -> Bool {
        if isDatabase(location) { return try databaseOpener(for: location).exists(location) }
        return POSIX.exists(location + "/" + StoreFormat.metaFile)
    }

    private static func databaseOpener(for uri: String) throws -> DatabaseOpener {
        guard let opener = database else {
            let shown = StoreLocation.shown(uri)
            throw StoreError.invalid(Phrase(
                da: "Arkivet «\(shown)» er en PostgreSQL-adresse, men PostgreSQL-arkivet kunne ikke åbnes: denne udgave af Sammen er bygget uden PostgreSQL. Brug en Sammen med PostgreSQL, eller angiv en mappe med --store.",
                en: "The store «\(shown)» is a PostgreSQL address, but the PostgreSQL store could not be opened: this build of Sammen has no PostgreSQL. Use a Sammen with PostgreSQL, or give a folder with --store."))
        }
        return opener
    }
}
