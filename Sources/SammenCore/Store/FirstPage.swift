import Foundation

/// A caseload that arrives in two steps (issue #18): a database with 100,000 families cannot send every summary
/// before the first frame, so the server picks the families of the dashboard's first rows, the first frame is
/// drawn from them, and the whole caseload follows (`CaseloadStore.loadRest`).
public struct FirstPageRequest: Sendable, Equatable {
    /// The day the dashboard is drawn for: the server's stored next follow-ups must hold on it.
    public var today: LocalDate
    /// How many rows of the default order (next follow-up, family, case number) to pick.
    public var rows: Int

    public init(today: LocalDate, rows: Int) {
        self.today = today
        self.rows = rows
    }
}

/// What the server picked: the families of the first rows in the dashboard's default order, and the rows as the
/// server ordered them, so the UI can check them against the rows it makes itself from the summaries.
public struct FirstPage: Sendable, Equatable {
    /// One row as the server ordered it.
    public struct Row: Sendable, Equatable {
        public var familyID: FamilyID
        /// The case number in composed form (NFC).
        public var caseKey: String
        public var caseworker: String
        public var buddy: String?

        public init(familyID: FamilyID, caseKey: String, caseworker: String, buddy: String?) {
            self.familyID = familyID
            self.caseKey = caseKey
            self.caseworker = caseworker
            self.buddy = buddy
        }
    }

    /// The summaries of every family with a row among `rows`.
    public var summaries: [FamilySummary]
    /// The first rows in the server's order: exactly the first ones of every row when `caseworker` is nil;
    /// otherwise the first ones that may be the caseworker's (a superset the UI filters with its own rule).
    public var rows: [Row]
    /// How many rows were asked for.
    public var requested: Int
    /// Every row there is came (the server sent fewer than it could): `rows` is all of them.
    public var complete: Bool
    /// The caseworker whose own cases the dashboard shows first (the user has some), or nil for everyone's.
    public var caseworker: String?

    public init(summaries: [FamilySummary], rows: [Row], requested: Int, complete: Bool, caseworker: String?) {
        self.summaries = summaries
        self.rows = rows
        self.requested = requested
        self.complete = complete
        self.caseworker = caseworker
    }
}
