import SammenCore

/// Everything the screens draw from. Built once from the source, then changed only by `App.update`.
public struct AppState: Sendable {
    public enum Screen: Sendable, Equatable { case dashboard, leader, family, wheel, meetings, board, record, details, team }
    public enum Overlay: Sendable, Equatable {
        case help, confirmQuit, confirmDiscard
        /// The team screen asks before taking an account's access away or changing who leads.
        case confirmMember(MemberQuestion)
    }

    public struct Status: Sendable, Equatable {
        public var text: String
        public var isError: Bool

        public init(text: String, isError: Bool) {
            self.text = text
            self.isError = isError
        }
    }

    /// The family overview: the record loaded whole, and which pane has focus.
    public struct FamilyView: Sendable, Equatable {
        /// The family as shown and edited here.
        public var family: Family
        /// The family as it was last read from or written to the store: what a save merges against.
        public var base: Family
        public var summary: FamilySummary
        public var pane = 0
        public var scroll = 0

        public init(family: Family, summary: FamilySummary) {
            self.family = family
            self.base = family
            self.summary = summary
        }
    }

    public var strings: Strings
    public var today: LocalDate
    public var user: String
    public var width: Int
    public var height: Int
    public var screen: Screen = .dashboard
    public var overlay: Overlay?
    /// The first line of the help shown: a screen with more keys than the window has lines scrolls its help.
    public var helpScroll = 0
    public var status: Status?
    public var training: Bool
    public var readOnlyReason: String?
    /// Whether this account may give and take away access (root, a leader, a private store's owner): the team
    /// screen shows the keys for it only then.
    public var mayManageTeam: Bool

    public var team: Team
    public var summaries: [FamilyID: FamilySummary]
    public var rows: [CaseRow] {
        didSet { rowSearch = RowSearchIndex(rows) }
    }
    /// The rows' search keys in one block (typing a filter searches it, not 10,000 rows one by one).
    public private(set) var rowSearch = RowSearchIndex()
    /// All rows in the current sort order (indices into `rows`).
    public var order: [Int]
    public var dashboard = DashboardState()
    public var leaderScroll = 0
    /// The caseworker row selected in the leader view (Enter lists their families).
    public var leaderSelected = 0
    /// The caseworker whose families the leader view lists (the drill-down), or nil for the table.
    public var leaderDrillDown: String?
    public var family: FamilyView?
    public var form: FollowUpForm?
    public var wheel: WheelView?
    public var activityForm: ActivityForm?
    public var meetings: MeetingsView?
    public var board: BoardView?
    public var fieldForm: FieldForm?
    /// The screen before an import started from the program (`i`): what it will do, until Enter or Esc.
    public var importPreview: ImportPreview?
    public var record: RecordView?
    /// The family's details (stamdata) screen: which item is selected.
    public var details: DetailsView?
    /// Changes to the open family's record, newest last, so `u` can undo them (a slip of a finger never changes
    /// a case for good).
    public var changes: [RecordChange] = []
    /// The team screen (from the leader view): which caseworker is selected, and its changes for `u`.
    public var teamView: TeamView?
    /// The guided tour, while it runs; where it was stopped (to resume) or that it was finished.
    public var tour: TourState?
    public var tourStoppedAt: Int?
    public var tourFinished = false
    /// A family whose last change could not be saved: kept here until a save goes through (Ctrl-S retries).
    public var unsaved: Family?
    /// What `unsaved` was edited from (the merge's base).
    public var unsavedBase: Family?
    /// Both this program and a colleague changed the same thing: the choice, over everything else.
    public var conflict: ConflictView?
    /// A colleague saved the open family while a form was open here: said in the status, and the family is
    /// read again when the form closes (a save from the form merges).
    public var changedUnderneath = false
    /// Files the store could not read: shown so no family is silently missing.
    public var problemCount = 0
    /// Only the dashboard's first rows are here; the rest of the caseload is still arriving (AppState+FirstPage).
    public internal(set) var caseloadArriving = false
    /// Why the rest could not be read, when it could not.
    public internal(set) var caseloadFailure: String?

    public init(source: CaseloadSource, language: Language, today: LocalDate, user: String,
                width: Int = 80, height: Int = 24, problemCount: Int = 0) {
        strings = Strings(language)
        self.today = today
        self.user = user
        self.width = width
        self.height = height
        training = source.isTraining
        readOnlyReason = source.readOnlyReason
        mayManageTeam = source.mayManageTeam
        team = source.team
        let all = source.summaries.sorted { $0.id < $1.id }
        summaries = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        rows = CaseRow.rows(for: all, today: today, settings: RuleSettings(team: team))
        rowSearch = RowSearchIndex(rows)
        order = DashboardState.order(rows, by: .next, descending: false)
        self.problemCount = problemCount
        // The caseworker's own caseload first, when Sammen knows who is at the keyboard.
        if let me = team.caseworker(user), rows.contains(where: { $0.caseworker == me.initials || $0.buddy == me.initials }) {
            dashboard.caseworker = me.initials
        }
        dashboard.refilter(rows, order: order, keep: nil, index: rowSearch)
    }

    /// The rows visible on the dashboard.
    public var visibleRows: [CaseRow] { dashboard.visible.map { rows[$0] } }

    /// How many table rows fit on the dashboard at this size.
    public var dashboardPageSize: Int { max(1, height - 6) }

    /// Replaces one family's rows after a save, keeping the filters and the cursor's position: the row just
    /// followed up moves down the list, and the cursor stays on the next one due.
    /// Incremental when the family keeps its number of open cases (a follow-up, an edit): its rows are
    /// replaced where they are and moved to their place in the order by binary search, instead of sorting
    /// 10,000 rows again.
    public mutating func replace(_ summary: FamilySummary) {
        let keep: String? = nil
        summaries[summary.id] = summary
        let fresh = CaseRow.rows(for: summary, today: today, settings: RuleSettings(team: team))
        let old = rows.indices.filter { rows[$0].familyID == summary.id }
        if old.count == fresh.count {
            let moved = Set(old)
            order.removeAll { moved.contains($0) }
            for (i, row) in zip(old, fresh) {
                rows[i] = row
                let key = DashboardState.key(row, by: dashboard.sort)
                order.insert(i, at: DashboardState.insertionPoint(of: key, in: order, rows: rows, by: dashboard.sort,
                                                                  descending: dashboard.descending))
            }
        } else {
            rows.removeAll { $0.familyID == summary.id }
            rows.append(contentsOf: fresh)
            order = DashboardState.order(rows, by: dashboard.sort, descending: dashboard.descending)
        }
        dashboard.filteredWith = nil
        dashboard.refilter(rows, order: order, keep: keep, index: rowSearch)
    }

    /// Takes a family out of the overview (a colleague deleted or moved it).
    mutating func remove(_ id: FamilyID) {
        let keep = dashboard.selectedIndex.flatMap { rows[$0].familyID == id ? nil : rows[$0].caseNumber }
        summaries[id] = nil
        rows.removeAll { $0.familyID == id }
        order = DashboardState.order(rows, by: dashboard.sort, descending: dashboard.descending)
        dashboard.filteredWith = nil
        dashboard.refilter(rows, order: order, keep: keep, index: rowSearch)
    }

    /// The caseworkers to cycle through on the dashboard: nil (all) and each one with cases.
    var caseworkerChoices: [String?] {
        let withCases = Set(rows.flatMap { [$0.caseworker] + ($0.buddy.map { [$0] } ?? []) })
        return [nil] + team.caseworkers.map(\.initials).filter(withCases.contains)
            + withCases.subtracting(team.caseworkers.map(\.initials)).sorted()
    }
}
