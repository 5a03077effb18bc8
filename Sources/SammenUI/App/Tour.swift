import SammenCore

/// The guided tour: a few steps through the training caseload that show the model's core elements in the
/// program. Each step takes the screens where they need to be and explains in plain words. Skippable at
/// any step; the step reached is kept so the tour can be resumed.
public struct TourState: Sendable, Equatable {
    public var step: Int

    public init(step: Int = 0) { self.step = step }

    static let texts: [UIText] = [.tourStep1, .tourStep2, .tourStep3, .tourStep4, .tourStep5, .tourStep6, .tourStep7]
    public static var stepCount: Int { texts.count }
}

extension App {
    /// Starts (or resumes) the tour at `step`.
    public static func startTour(_ state: inout AppState, at step: Int, source: CaseloadSource) {
        state.tour = TourState(step: max(0, min(step, TourState.stepCount - 1)))
        arrangeTour(&state, source: source)
    }

    /// Keys during the tour: next, back, or end it. Other keys wait.
    static func tourKey(_ state: inout AppState, _ key: Key, source: CaseloadSource) -> Command {
        guard var tour = state.tour else { return .none }
        switch key {
        case .enter, .right, .character(" "), .character("l"), .tab:
            if tour.step + 1 >= TourState.stepCount {
                state.tour = nil
                state.tourFinished = true
                return .none
            }
            tour.step += 1
        case .left, .character("h"), .backTab:
            tour.step = max(0, tour.step - 1)
        case .escape, .character("q"):
            state.tourStoppedAt = tour.step
            state.tour = nil
            return .none
        default:
            return .none
        }
        state.tour = tour
        arrangeTour(&state, source: source)
        return .none
    }

    /// Puts the screens where the current step talks about.
    static func arrangeTour(_ state: inout AppState, source: CaseloadSource) {
        guard let tour = state.tour else { return }
        // Back to a clean dashboard showing everyone's cases.
        state.screen = .dashboard
        state.family = nil
        state.wheel = nil
        state.meetings = nil
        state.board = nil
        state.record = nil
        state.overlay = nil
        state.dashboard.caseworker = nil
        state.dashboard.search = ""
        state.dashboard.kind = .all
        refilter(&state)
        func open(_ pick: (FamilySummary) -> Bool) {
            if let row = state.dashboard.visible.firstIndex(where: { pick(state.summaries[state.rows[$0].familyID]!) }) {
                state.dashboard.selected = row
                clampScroll(&state)
                openFamily(&state, state.rows[state.dashboard.visible[row]].familyID, source: source)
            }
        }
        switch tour.step {
        case 1:
            open { _ in true }
        case 2:
            open { _ in true }
            _ = performWheel(&state, .openWheel, source: source)
        case 3:
            // A family with a LØFT meeting, on its newest board.
            let withLoft = state.summaries.values.filter { summary in
                (try? source.loadFamily(summary.id))?.meetings.contains { $0.method == .loft } ?? false
            }.map(\.id)
            open { withLoft.contains($0.id) }
            if let view = state.family, let meeting = sortedMeetings(view.family).first(where: { $0.method == .loft }) {
                state.meetings = MeetingsView()
                openBoard(&state, meeting)
            }
        case 4:
            let withGoals = state.summaries.values.filter { summary in
                ((try? source.loadFamily(summary.id))?.goals.count ?? 0) > 0
            }.map(\.id)
            open { withGoals.contains($0.id) }
            if state.family != nil {
                state.record = RecordView(tab: .goals)
                state.screen = .record
            }
        case 5:
            state.screen = .leader
        default:
            break
        }
    }
}
