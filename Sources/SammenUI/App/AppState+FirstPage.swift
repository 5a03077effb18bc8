import Foundation
import SammenCore

/// The dashboard before the whole caseload has arrived (issue #18): the first rows a database picked
/// (`FirstPage`), made here from their families' summaries by the same rules as every row, and checked against
/// the server's order. Until the rest arrives (`App.caseloadArrived`), only moving through those rows, help and
/// quitting work; everything that needs every family (filters, sorts, counts, the leader view, opening a
/// family) says that the rest is still arriving instead of showing a wrong count or a wrong "no matches".
extension AppState {
    /// The first frame's state from `page`, or nil when the rows the server picked are not the first rows the
    /// whole caseload would give (then the caller waits for the whole caseload, as before).
    public init?(firstPage page: FirstPage, source: CaseloadSource, language: Language, today: LocalDate, user: String,
                 width: Int = 80, height: Int = 24) {
        // `source.summaries` are the page's families only: the rows below are theirs, made by CaseRow.rows.
        self.init(source: source, language: language, today: today, user: user, width: width, height: height)
        dashboard.caseworker = page.caseworker
        dashboard.filteredWith = nil
        dashboard.refilter(rows, order: order, keep: nil, index: rowSearch)
        // The server's rows, filtered by the dashboard's own rule (the server sent a superset for a caseworker).
        let served = page.rows.filter { row in
            guard let who = page.caseworker else { return true }
            return DashboardState.sameInitials(row.caseworker, who) || (row.buddy.map { DashboardState.sameInitials($0, who) } ?? false)
        }
        // Without every row up to the page's end, the first rows are not known.
        if !page.complete && served.count < page.requested { return nil }
        let count = min(served.count, page.requested)
        let mine = dashboard.visible.prefix(count).map { rows[$0] }
        guard mine.count == count, served.count >= count,
              zip(mine, served).allSatisfy({ $0.familyID == $1.familyID && $0.caseNumber.precomposedStringWithCanonicalMapping == $1.caseKey })
        else { return nil }
        // Only the page's rows: the families' other cases come later in the order, with the rest.
        rows = mine
        order = Array(rows.indices)
        dashboard.filteredWith = nil
        dashboard.refilter(rows, order: order, keep: nil, index: rowSearch)
        caseloadArriving = true
    }

    /// Whether an action can be done on the first rows alone: moving through them, help, quitting.
    static func worksWhileArriving(_ action: Action) -> Bool {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .help, .quit: return true
        default: return false
        }
    }
}

extension App {
    /// The rest of the caseload arrived: `whole` is the state made from every family (on another thread, by
    /// `AppState.init(source:…)`). What the person did meanwhile stays: the size, the help, the row they are on.
    public static func caseloadArrived(_ state: inout AppState, whole: AppState) {
        var next = whole
        next.width = state.width
        next.height = state.height
        next.overlay = state.overlay
        next.helpScroll = state.helpScroll
        if let status = state.status, status.text != state.strings[.caseloadArrivingWait] { next.status = status }
        if let selected = state.dashboard.selectedIndex {
            let row = state.rows[selected]
            if let position = next.dashboard.visible.firstIndex(where: { next.rows[$0].familyID == row.familyID && next.rows[$0].caseNumber == row.caseNumber }) {
                next.dashboard.selected = position
                next.dashboard.scroll = max(0, min(position - (state.dashboard.selected - state.dashboard.scroll), position))
            }
        }
        next.caseloadArriving = false
        state = next
        clampScroll(&state)
    }

    /// The rest of the caseload could not be read: said in words; the first rows stay, nothing else is possible.
    public static func caseloadFailed(_ state: inout AppState, reason: String) {
        state.caseloadFailure = reason
        state.status = .init(text: state.strings.text(.caseloadArrivalFailed, reason), isError: true)
    }

    /// A key while the rest is arriving: what works on the first rows is done, the rest is told to wait.
    static func pressWhileArriving(_ state: inout AppState, _ key: Key, source: CaseloadSource) -> Command? {
        if state.overlay != nil { return nil }
        let action = KeyBindings.action(for: key, in: .dashboard)
        if let action, state.screen == .dashboard, !state.dashboard.searching, AppState.worksWhileArriving(action) { return nil }
        state.status = state.caseloadFailure.map { .init(text: state.strings.text(.caseloadArrivalFailed, $0), isError: true) }
            ?? .init(text: state.strings[.caseloadArrivingWait], isError: false)
        return Command.none
    }
}
