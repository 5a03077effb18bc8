import SammenCore

/// The årshjul's keys: months, activities, moving, done, delete with undo, the proposed plan, export.
/// Every change is saved at once; a failed save keeps the change in memory (Ctrl-S retries).
extension App {
    static func performWheel(_ state: inout AppState, _ action: Action, source: CaseloadSource) -> Command {
        if action == .openWheel {
            guard state.family != nil else { return .none }
            state.wheel = WheelView.opening(today: state.today)
            state.screen = .wheel
            return .none
        }
        guard var wheel = state.wheel, let view = state.family else { return .none }
        let s = state.strings
        let plan = view.family.annualPlan
        let inMonth = WheelView.activities(in: plan, year: wheel.year, month: wheel.month)
        let current = inMonth.indices.contains(wheel.selected) ? inMonth[wheel.selected] : nil

        // Reviewing a proposal: the keys act on the proposed activities.
        if var proposals = wheel.proposals {
            let chosen = proposals.indices.contains(wheel.selected) ? proposals[wheel.selected] : nil
            switch action {
            case .editActivity, .toggleDone:
                guard let chosen else { break }
                proposals.remove(at: wheel.selected)
                wheel.proposals = proposals
                wheel.selected = min(wheel.selected, max(0, proposals.count - 1))
                state.wheel = wheel
                commit(&state, plan + [chosen], source: source, message: s.text(.wheelAdded, chosen.purpose))
            case .acceptAllDated:
                // Every proposal with a date: weekdays, no holidays, not on top of the family's other appointments.
                let dated = Scheduling.spreadDates(proposals, in: view.family, today: state.today)
                wheel.proposals = nil
                wheel.selected = 0
                state.wheel = wheel
                let undated = dated.filter { $0.date == nil }.count
                commit(&state, plan + dated, source: source,
                       message: s.text(.wheelAddedDated, "\(dated.count - undated)") + (undated > 0 ? " " + s.text(.wheelLeftUndated, "\(undated)") : ""))
            case .acceptAll:
                wheel.proposals = nil
                wheel.selected = 0
                state.wheel = wheel
                commit(&state, plan + proposals, source: source, message: s.text(.wheelAdded, "\(proposals.count)"))
            case .deleteActivity:
                guard chosen != nil else { break }
                proposals.remove(at: wheel.selected)
                wheel.proposals = proposals
                wheel.selected = min(wheel.selected, max(0, proposals.count - 1))
                state.wheel = wheel
            case .prevMonth, .nextMonth:
                guard var moved = chosen else { break }
                let step = action == .prevMonth ? -1 : 1
                (moved.year, moved.month) = WheelView.shift(year: moved.year, month: moved.month, by: step)
                moved.date = nil
                moved.time = nil
                proposals[wheel.selected] = moved
                wheel.proposals = proposals
                state.wheel = wheel
            case .back, .propose:
                wheel.proposals = nil
                wheel.selected = 0
                state.wheel = wheel
            default:
                break
            }
            return .none
        }

        // Moving an activity: ←/→ choose the month, Enter drops it, Esc cancels.
        if let moving = wheel.moving {
            switch action {
            case .prevMonth, .nextMonth:
                wheel.select(YearMonth(year: wheel.year, month: wheel.month).adding(months: action == .prevMonth ? -1 : 1))
                state.wheel = wheel
            case .editActivity:
                var moved = moving
                moved.year = wheel.year
                moved.month = wheel.month
                moved.date = nil
                moved.time = nil
                moved.sequence += 1
                wheel.moving = nil
                state.wheel = wheel
                commit(&state, plan.map { $0.id == moved.id ? moved : $0 }, source: source,
                       message: s.text(.wheelMovedTo, s.month(wheel.month)))
                selectActivity(&state, id: moved.id)
            case .back:
                wheel.moving = nil
                wheel.select(YearMonth(year: moving.year, month: moving.month))
                state.wheel = wheel
            default:
                break
            }
            return .none
        }

        switch action {
        case .prevMonth, .nextMonth:
            wheel.select(YearMonth(year: wheel.year, month: wheel.month).adding(months: action == .prevMonth ? -1 : 1))
            wheel.selected = 0
        case .prevYear, .nextYear:
            wheel.show(WheelView.step(wheel.period, by: action == .prevYear ? -1 : 1, today: state.today))
            wheel.selected = 0
        case .addActivity:
            if state.readOnlyReason != nil {
                state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
                return .none
            }
            state.activityForm = ActivityForm(year: wheel.year, month: wheel.month)
        case .editActivity:
            if let current { state.activityForm = ActivityForm(editing: current) }
        case .moveActivity:
            wheel.moving = current
        case .toggleDone:
            guard var changed = current else { break }
            // What has not happened yet cannot be done: a dated activity after today, or a month still to come.
            if !changed.done, isInFuture(changed, today: state.today) {
                state.status = .init(text: s[.wheelFutureNotDone], isError: true)
                break
            }
            changed.done.toggle()
            state.wheel = wheel
            commit(&state, plan.map { $0.id == changed.id ? changed : $0 }, source: source,
                   message: s.text(changed.done ? .markedDoneWhat : .markedNotDoneWhat, TextWidth.truncate(changed.purpose, to: 40)))
            // A follow-up held is registered in the contact log too: the form opens with its date, Esc skips it.
            if changed.done, changed.kind == .followUp, state.readOnlyReason == nil {
                state.form = FollowUpForm(familyID: view.family.id, today: min(changed.date ?? state.today, state.today),
                                          channel: view.family.contactPreference.channel,
                                          cases: view.family.cases.filter(\.isOpen).map(\.number))
                state.status = .init(text: s[.wheelRegisterFollowUp], isError: false)
            }
            return .none
        case .deleteActivity:
            guard let current else { break }
            state.wheel = wheel
            commit(&state, plan.filter { $0.id != current.id }, source: source, message: s.text(.wheelDeleted, current.purpose))
            return .none
        case .undo:
            guard let last = wheel.undo.popLast() else {
                state.status = .init(text: s[.wheelNothingToUndo], isError: false)
                break
            }
            state.wheel = wheel
            // Says what was undone, as every undo does.
            revert(&state, from: last.after, to: last.before, source: source,
                   message: last.description.isEmpty ? s[.wheelUndone] : s.text(.undone, last.description))
            return .none
        case .propose:
            // Open agreements already show in their month (from the meetings), so they are not proposed as copies.
            let proposals = proposals(view.family, period: wheel.period, today: state.today,
                                      settings: RuleSettings(team: state.team)).filter { $0.kind != .agreement }
            if proposals.isEmpty {
                state.status = .init(text: s[.wheelProposalEmpty], isError: false)
            } else {
                wheel.proposals = proposals
                wheel.selected = 0
            }
        case .exportCalendar:
            // An empty calendar is not written: say why instead of "Skrevet".
            if ICSExport.datedActivities(for: view.family, period: wheel.period).isEmpty {
                let undated = ICSExport.undatedActivities(for: view.family, period: wheel.period).count
                state.status = .init(text: s.text(.wheelCalendarEmpty, wheel.period.label(s.language), "\(undated)"), isError: true)
                break
            }
            return .export(.calendar(view.family.id, period: wheel.period))
        case .exportHandout:
            return .export(.handout(view.family.id, period: wheel.period))
        case .sendInvitations:
            if state.readOnlyReason != nil {
                state.status = .init(text: s[.cannotSaveReadOnly], isError: true)
                return .none
            }
            let plan = Invitations.plan(for: view.family, team: state.team, today: state.today)
            if let why = plan.organizerProblem {
                state.status = .init(text: s.text(.invitationsNoOrganizer, why.text(in: s.language)), isError: true)
                return .none
            }
            if plan.pending.isEmpty {
                state.status = .init(text: s[.invitationsNothingDue], isError: false)
                return .none
            }
            state.wheel = wheel
            return .sendInvitations(view.family.id)
        default:
            break
        }
        state.wheel = wheel
        return .none
    }

    /// Whether an activity lies after today: its date, or (without one) its month.
    static func isInFuture(_ a: AnnualActivity, today: LocalDate) -> Bool {
        if let date = a.date { return date > today }
        return a.year * 12 + a.month > today.year * 12 + today.month
    }

    /// The proposal for the wheel's twelve months: each calendar year they touch is planned in turn (the first
    /// year's proposal counts as planned for the next), and what falls outside the months is left out.
    static func proposals(_ family: Family, period: PlanPeriod, today: LocalDate,
                          settings: RuleSettings = .standard) -> [AnnualActivity] {
        var planned = family
        var result: [AnnualActivity] = []
        for year in period.years {
            let proposed = YearPlanner.propose(for: planned, year: year, today: today, settings: settings)
            planned.annualPlan += proposed
            result += proposed.filter { period.contains(year: $0.year, month: $0.month) }
        }
        return result
    }

    static func backFromWheel(_ state: inout AppState) {
        state.wheel = nil
        state.screen = .family
    }

    static func moveInWheel(_ state: inout AppState, by step: Int) {
        guard var wheel = state.wheel, let view = state.family else { return }
        let count = wheel.proposals?.count
            ?? (WheelView.activities(in: view.family.annualPlan, year: wheel.year, month: wheel.month).count
                + WheelScreen.agreementItems(view.family, year: wheel.year).filter { $0.month == wheel.month }.count)
        wheel.selected = count == 0 ? 0 : max(0, min(count - 1, wheel.selected + step))
        state.wheel = wheel
    }

    static func selectActivity(_ state: inout AppState, id: String) {
        guard var wheel = state.wheel, let view = state.family,
              let activity = view.family.annualPlan.first(where: { $0.id == id }) else { return }
        wheel.select(YearMonth(year: activity.year, month: activity.month))
        wheel.selected = WheelView.activities(in: view.family.annualPlan, year: activity.year, month: activity.month)
            .firstIndex { $0.id == id } ?? 0
        state.wheel = wheel
    }

    /// Replaces the family's plan and saves it at once. On failure the change stays in memory and on screen.
    static func commit(_ state: inout AppState, _ plan: [AnnualActivity], source: CaseloadSource, message: String,
                       recordUndo: Bool = true) {
        guard var view = state.family else { return }
        let before = view.family
        view.family.annualPlan = plan
        if recordUndo, var wheel = state.wheel {
            wheel.undo.append(RecordChange(familyID: before.id, before: before, after: view.family,
                                           description: withoutUndoHint(message, state.strings)))
            if wheel.undo.count > 50 { wheel.undo.removeFirst() }
            state.wheel = wheel
        }
        state.family = view
        save(&state, view.family, source: source, message: message)
    }

    /// Keys while the activity form is open.
    static func activityFormKey(_ state: inout AppState, _ key: Key, source: CaseloadSource) -> Command {
        guard var form = state.activityForm else { return .none }
        switch key {
        case .escape:
            if form.dirty { state.overlay = .confirmDiscard } else { state.activityForm = nil }
            return .none
        case .control("c"):
            if form.dirty { state.overlay = .confirmQuit; return .none }
            return .quit
        case .tab, .down: form.moveFocus(by: 1)
        case .backTab, .up: form.moveFocus(by: -1)
        case .left: if form.focus == .kind { form.cycle(by: -1) } else { form.cursorLeft() }
        case .right: if form.focus == .kind { form.cycle(by: 1) } else { form.cursorRight() }
        case .home, .control("a"): form.cursorHome()
        case .end, .control("e"): form.cursorEnd()
        case .backspace: form.backspace()
        case .delete, .control("d"): form.deleteText()
        case .enter, .control("s"):
            guard let view = state.family else { return .none }
            let old = form.editing.flatMap { id in view.family.annualPlan.first { $0.id == id } }
            let id = old?.id ?? newActivityID(in: view.family)
            switch form.activity(id: id, keeping: old, strings: state.strings) {
            case .failure(let error):
                form.error = error.message
                state.activityForm = form
            case .success(let activity):
                state.activityForm = nil
                var plan = view.family.annualPlan.filter { $0.id != activity.id }
                plan.append(activity)
                var family = view.family
                family.annualPlan = plan
                let warnings = Scheduling.warnings(for: activity, in: family).map(\.message)
                // A warning is what the caseworker must read, so it comes first and alone.
                let message = !warnings.isEmpty ? state.strings.text(.wheelWarnings, warnings.joined(separator: "; "))
                    : (old == nil ? state.strings.text(.wheelAdded, activity.purpose) : state.strings[.wheelSaved])
                commit(&state, plan, source: source, message: message)
                selectActivity(&state, id: activity.id)
            }
            return .none
        case .character(let c):
            if c == " " && form.focus == .kind { form.cycle(by: 1) } else { form.type(c) }
        default:
            break
        }
        state.activityForm = form
        return .none
    }

    static func newActivityID(in family: Family) -> String {
        let taken = Set(family.annualPlan.map(\.id))
        var n = family.annualPlan.count + 1
        while taken.contains("a\(n)") { n += 1 }
        return "a\(n)"
    }

    /// The event loop reports what an export wrote (or why it failed).
    /// What the event loop reports after sending: the family as saved (with what was sent recorded), and a line for
    /// the status bar naming the recipients that failed.
    public static func invitationsSent(_ state: inout AppState, family: Family?, summary: FamilySummary?, message: String,
                                       isError: Bool) {
        if let family, var view = state.family, view.family.id == family.id {
            // The saved record is the new base: what was sent is recorded there, not an unsaved change here.
            view.family = family
            view.base = family
            if let summary { view.summary = summary }
            state.family = view
        }
        if let summary { state.replace(summary) }
        state.status = .init(text: message, isError: isError)
    }

    public static func exported(_ state: inout AppState, result: Result<String, Error>) {
        switch result {
        case .success(let path): state.status = .init(text: state.strings.text(.exported, path), isError: false)
        case .failure(let error): state.status = .init(text: state.strings.text(.exportFailed, describe(error, in: state.strings.language)), isError: true)
        }
    }
}
