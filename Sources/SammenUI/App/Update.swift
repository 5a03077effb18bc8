import SammenCore

/// What the event loop must do after an update.
public enum Command: Sendable, Equatable {
    case none, quit
    /// Write a file for the family (the event loop does it and reports back through `App.exported`).
    case export(ExportRequest)
    /// Send the family's due meeting invitations (the event loop does it and reports back through
    /// `App.invitationsSent`).
    case sendInvitations(FamilyID)
    /// Read a caseload file, or write what its preview showed (the event loop does it; see ImportPreview.swift).
    case importCaseload(ImportRequest)
}

public enum ExportRequest: Sendable, Equatable {
    /// The handover document (overlevering) for the next caseworker, as of `today`.
    case handover(FamilyID, today: LocalDate)
    /// A family's calendar or årshjul handout for twelve months: a calendar year, or the year ahead from October.
    case calendar(FamilyID, period: PlanPeriod)
    case handout(FamilyID, period: PlanPeriod)
    case meetingSummary(FamilyID, meetingID: String)
}

/// `update(state, event)`: the only place state changes. Reads and saves go through the injected source.
public enum App {
    public static func update(_ state: inout AppState, _ event: Event, source: CaseloadSource) -> Command {
        let command = dispatch(&state, event, source: source)
        catchUp(&state, source: source)
        return command
    }

    static func dispatch(_ state: inout AppState, _ event: Event, source: CaseloadSource) -> Command {
        switch event {
        case let .resize(width, height):
            state.width = width
            state.height = height
            clampScroll(&state)
            return .none
        case .tick:
            return .none
        case .paste(let text):
            paste(&state, text)
            return .none
        case let .mouse(x, y, button):
            mouse(&state, x: x, y: y, button: button, source: source)
            return .none
        case .key(let key):
            return press(&state, key, source: source)
        }
    }

    // MARK: Keys

    static func press(_ state: inout AppState, _ key: Key, source: CaseloadSource) -> Command {
        if state.caseloadArriving, let command = pressWhileArriving(&state, key, source: source) { return command }
        if state.tour != nil { return tourKey(&state, key, source: source) }
        if state.conflict != nil { return conflictKey(&state, key, source: source) }
        // Dialogs answer first.
        if let overlay = state.overlay {
            switch overlay {
            case .help:
                switch key {
                case .escape, .character("?"), .function(1), .character("q"): state.overlay = nil
                case .down, .character("j"): state.helpScroll = HelpOverlay.scrolled(state, by: 1)
                case .up, .character("k"): state.helpScroll = HelpOverlay.scrolled(state, by: -1)
                case .pageDown, .character(" "), .control("f"): state.helpScroll = HelpOverlay.scrolled(state, by: state.height / 2)
                case .pageUp, .control("b"): state.helpScroll = HelpOverlay.scrolled(state, by: -state.height / 2)
                case .home, .character("g"): state.helpScroll = 0
                case .end, .character("G"): state.helpScroll = HelpOverlay.scrolled(state, by: Int.max / 2)
                default: break
                }
                return .none
            case .confirmQuit, .confirmDiscard:
                if key == .character("j") || key == .character("y") || key == .character("J") || key == .character("Y") {
                    state.overlay = nil
                    state.form = nil
                    state.activityForm = nil
                    state.fieldForm = nil
                    return overlay == .confirmQuit ? .quit : .none
                }
                if key == .character("n") || key == .escape || key == .character("N") { state.overlay = nil }
                return .none
            case .confirmMember(let question):
                answerMember(&state, question, key, source: source)
                return .none
            }
        }
        if state.form != nil { return formKey(&state, key, source: source) }
        if state.activityForm != nil { return activityFormKey(&state, key, source: source) }
        if state.importPreview != nil { return importPreviewKey(&state, key) }
        if state.fieldForm != nil { return fieldFormKey(&state, key, source: source) }
        if state.board?.showQuestions == true {
            var board = state.board!
            board.showQuestions = false
            state.board = board
            if key == .escape || key == .character("i") { return .none }
        }
        if state.screen == .dashboard && state.dashboard.searching { searchKey(&state, key, source: source); return .none }

        let scope: Scope
        switch state.screen {
        case .dashboard: scope = .dashboard
        case .leader: scope = .leader
        case .family: scope = .family
        case .wheel: scope = .wheel
        case .meetings: scope = .meetings
        case .board: scope = .board
        case .record: scope = .record
        case .details: scope = .details
        case .team: scope = .team
        }
        guard let action = KeyBindings.action(for: key, in: scope) else { return .none }
        state.status = nil
        if state.screen == .leader, leaderKey(&state, action) { return .none }
        return perform(&state, action, source: source)
    }

    /// Enter on a caseworker opens the drill-down; Esc (or ←) closes it, or leaves the leader view.
    static func leaderKey(_ state: inout AppState, _ action: Action) -> Bool {
        switch action {
        case .open:
            guard state.leaderDrillDown == nil else { return true }
            let figures = LeaderScreen.figures(summaries: Array(state.summaries.values), team: state.team, today: state.today)
            guard figures.indices.contains(state.leaderSelected) else { return true }
            state.leaderDrillDown = figures[state.leaderSelected].initials
            state.leaderScroll = 0
            return true
        case .back:
            if state.leaderDrillDown != nil {
                state.leaderDrillDown = nil
                state.leaderScroll = 0
                LeaderScreen.select(&state, by: 0)
            } else {
                state.screen = .dashboard
            }
            return true
        default:
            return false
        }
    }

    static func perform(_ state: inout AppState, _ action: Action, source: CaseloadSource) -> Command {
        switch action {
        case .quit:
            if state.unsaved != nil {
                state.overlay = .confirmQuit
                return .none
            }
            return .quit
        case .help:
            state.overlay = .help
            state.helpScroll = 0
        case .showCaseload:
            state.screen = .dashboard
            state.family = nil
            state.wheel = nil
            state.meetings = nil
            state.board = nil
        case .showLeader:
            state.screen = .leader
            state.leaderDrillDown = nil
            state.family = nil
            state.wheel = nil
            state.meetings = nil
            state.board = nil
        case .moveUp: move(&state, by: -1)
        case .moveDown: move(&state, by: 1)
        case .pageUp: move(&state, by: -state.dashboardPageSize)
        case .pageDown: move(&state, by: state.dashboardPageSize)
        case .top: move(&state, by: -Int.max / 2)
        case .bottom: move(&state, by: Int.max / 2)
        case .open:
            if state.screen == .meetings { return performBoard(&state, .open, source: source) }
            if state.screen == .dashboard, let index = state.dashboard.selectedIndex {
                openFamily(&state, state.rows[index].familyID, source: source)
            }
        case .back:
            if state.screen == .team {
                return performTeam(&state, .back, source: source)
            } else if state.screen == .details {
                return performDetails(&state, .back, source: source)
            } else if state.screen == .record {
                state.record = nil
                state.screen = .family
            } else if state.screen == .board || state.screen == .meetings {
                return performBoard(&state, .back, source: source)
            } else if state.screen == .wheel {
                backFromWheel(&state)
            } else if state.screen == .family {
                state.screen = .dashboard
                state.family = nil
            } else if state.screen == .dashboard && !state.dashboard.search.isEmpty {
                state.dashboard.search = ""
                state.dashboard.searchEditing.reset(to: "")
                refilter(&state)
                state.status = .init(text: state.strings[.searchCleared], isError: false)
            }
        case .nextPane, .previousPane:
            if state.screen == .record, var record = state.record {
                let all = RecordView.Tab.allCases
                record.tab = all[(record.tab.rawValue + (action == .nextPane ? 1 : all.count - 1)) % all.count]
                record.selected = 0
                state.record = record
            } else if var view = state.family {
                view.pane = (view.pane + (action == .nextPane ? 1 : FamilyScreen.paneCount - 1)) % FamilyScreen.paneCount
                view.scroll = 0
                state.family = view
            }
        case .search:
            state.dashboard.searching = true
        case .sortNext:
            let all = DashboardState.SortColumn.allCases
            state.dashboard.sort = all[(all.firstIndex(of: state.dashboard.sort)! + 1) % all.count]
            resort(&state)
        case .sortReverse:
            state.dashboard.descending.toggle()
            resort(&state)
        case .caseworkerNext:
            let choices = state.caseworkerChoices
            let i = choices.firstIndex(of: state.dashboard.caseworker) ?? 0
            state.dashboard.caseworker = choices[(i + 1) % choices.count]
            refilter(&state)
        case .kindNext:
            let all = DashboardState.KindFilter.allCases
            state.dashboard.kind = all[(all.firstIndex(of: state.dashboard.kind)! + 1) % all.count]
            refilter(&state)
        case .undo:
            if state.screen == .board { return performBoard(&state, .undo, source: source) }
            if state.screen == .team { return performTeam(&state, .undo, source: source) }
            if state.screen == .record || state.screen == .details {
                undoChange(&state, source: source)
                return .none
            }
            return performWheel(&state, .undo, source: source)
        case .openWheel, .prevMonth, .nextMonth, .addActivity, .editActivity, .moveActivity, .toggleDone,
             .deleteActivity, .propose, .prevYear, .nextYear, .exportCalendar, .exportHandout, .acceptAll, .acceptAllDated,
             .sendInvitations:
            return performWheel(&state, action, source: source)
        case .openMeetings, .newMeeting, .prevColumn, .nextColumn, .addCard, .editCard, .deleteCard, .redo, .moveCardLeft,
             .moveCardRight, .moveCardUp, .moveCardDown, .passWord, .addParticipant, .rate, .questions, .present, .exportSummary,
             .agreementDone, .writeBrief, .writeMeetingNotes:
            return performBoard(&state, action, source: source)
        case .openTeam, .addCaseworker, .teamSettings, .grantAccess, .revokeAccess, .toggleLeader:
            return performTeam(&state, action, source: source)
        case .recordEdit where state.screen == .team:
            return performTeam(&state, action, source: source)
        case .newFamily, .importCaseload, .openDetails, .handover, .addGuardian, .addChild, .newCase, .addMeasure, .closeCase:
            return performDetails(&state, action, source: source)
        case .recordEdit where state.screen == .details, .recordRemove where state.screen == .details:
            return performDetails(&state, action, source: source)
        case .openRecord, .recordAdd, .recordEdit, .recordStatus, .recordSubGoal, .recordAction, .recordComplaint, .recordRemove,
             .recordPrimary:
            return performRecord(&state, action, source: source)
        case .retrySave:
            retrySave(&state, source: source)
        case .chooseMine, .chooseTheirs, .saveChoices:
            break  // Only while the choice after a colleague's change is open (conflictKey).
        case .register:
            guard let view = state.family else { break }
            if state.readOnlyReason != nil {
                state.status = .init(text: state.strings[.cannotSaveReadOnly], isError: true)
                break
            }
            state.form = FollowUpForm(familyID: view.family.id, today: state.today,
                                      channel: view.family.contactPreference.channel,
                                      cases: view.family.cases.filter(\.isOpen).map(\.number))
        }
        return .none
    }

    static func openFamily(_ state: inout AppState, _ id: FamilyID, source: CaseloadSource) {
        do {
            let family = try source.loadFamily(id)
            forgetChanges(unlessFor: id, &state)
            state.family = AppState.FamilyView(family: family, summary: state.summaries[id] ?? FamilySummary(family))
            state.screen = .family
        } catch {
            state.status = .init(text: state.strings.text(.familyUnreadable, describe(error, in: state.strings.language)), isError: true)
        }
    }

    static func move(_ state: inout AppState, by rawStep: Int) {
        // Home/End move by "everything"; clamp so repeated presses can never overflow a scroll offset.
        let step = max(-100_000, min(100_000, rawStep))
        switch state.screen {
        case .dashboard:
            let count = state.dashboard.visible.count
            guard count > 0 else { return }
            state.dashboard.selected = min(max(0, state.dashboard.selected + step), count - 1)
        case .leader:
            if state.leaderDrillDown != nil {
                let room = max(0, LeaderScreen.lines(state, width: state.width).count - (state.height - 2))
                state.leaderScroll = max(0, min(room, state.leaderScroll + step))
            } else {
                LeaderScreen.select(&state, by: step)
            }
        case .wheel:
            moveInWheel(&state, by: step)
        case .meetings, .board:
            moveInMeetings(&state, by: step)
        case .details:
            moveInDetails(&state, by: step)
        case .team:
            moveInTeam(&state, by: step)
        case .record:
            if var record = state.record, let view = state.family {
                let count = RecordTabs.content(record.tab, family: view.family, summary: view.summary, state: state).items.count
                record.selected = count == 0 ? 0 : max(0, min(count - 1, record.selected + step))
                state.record = record
            }
        case .family:
            if var view = state.family {
                // Scroll within the overview: from its top to where its last line is at the bottom.
                let (lines, headings) = FamilyScreen.body(view, state: state)
                let anchor = headings.indices.contains(view.pane) ? headings[view.pane] : 0
                let room = max(0, lines.count - (state.height - 2))
                view.scroll = max(-anchor, min(room - anchor, view.scroll + step))
                state.family = view
            }
        }
        clampScroll(&state)
    }

    /// Keeps the selected row on screen.
    static func clampScroll(_ state: inout AppState) {
        let page = state.dashboardPageSize
        var d = state.dashboard
        d.selected = min(d.selected, max(0, d.visible.count - 1))
        if d.selected < d.scroll { d.scroll = d.selected }
        if d.selected >= d.scroll + page { d.scroll = d.selected - page + 1 }
        d.scroll = max(0, min(d.scroll, max(0, d.visible.count - page)))
        state.dashboard = d
    }

    static func resort(_ state: inout AppState) {
        let keep = state.dashboard.selectedIndex.map { state.rows[$0].caseNumber }
        state.order = DashboardState.order(state.rows, by: state.dashboard.sort, descending: state.dashboard.descending)
        state.dashboard.filteredWith = nil
        state.dashboard.refilter(state.rows, order: state.order, keep: keep, index: state.rowSearch)
        clampScroll(&state)
    }

    static func refilter(_ state: inout AppState) {
        let keep = state.dashboard.selectedIndex.map { state.rows[$0].caseNumber }
        state.dashboard.filteredWith = nil
        state.dashboard.refilter(state.rows, order: state.order, keep: keep, index: state.rowSearch)
        clampScroll(&state)
    }

    // MARK: Search

    static func searchKey(_ state: inout AppState, _ key: Key, source: CaseloadSource) {
        var editing = state.dashboard.searchEditing
        var search = state.dashboard.search
        defer {
            if let notice = state.dashboard.searchEditing.notice {
                state.status = .init(text: notice.text(in: state.strings.language), isError: true)
            }
        }
        switch key {
        case .enter:
            state.dashboard.searching = false
            if !state.dashboard.search.isEmpty {
                var found: [FamilyID] = []
                var seen = Set<FamilyID>()
                for i in state.dashboard.visible where seen.insert(state.rows[i].familyID).inserted { found.append(state.rows[i].familyID) }
                source.logSearch(state.dashboard.search, found: found)
            }
        case .escape:
            state.dashboard.searching = false
            state.dashboard.search = ""
            state.dashboard.searchEditing.reset(to: "")
            refilter(&state)
        case .backspace, .delete, .control("d"):
            let changed = key == .backspace ? editing.backspace(&search) : editing.delete(&search)
            state.dashboard.searchEditing = editing
            if changed {
                state.dashboard.search = search
                refilter(&state)
            }
        case .left: editing.left(search); state.dashboard.searchEditing = editing
        case .right: editing.right(search); state.dashboard.searchEditing = editing
        case .home, .control("a"): editing.home(); state.dashboard.searchEditing = editing
        case .end, .control("e"): editing.end(search); state.dashboard.searchEditing = editing
        case .up: move(&state, by: -1)
        case .down: move(&state, by: 1)
        case .character(let c):
            let atEnd = editing.cursor >= search.count
            let changed = editing.type(c, into: &search)
            state.dashboard.searchEditing = editing
            guard changed else { return }
            state.dashboard.search = search
            if atEnd {
                // Incremental: typed at the end, only the rows still visible are filtered again.
                let keep = state.dashboard.selectedIndex.map { state.rows[$0].caseNumber }
                state.dashboard.refilter(state.rows, order: state.order, keep: keep, index: state.rowSearch)
                clampScroll(&state)
            } else {
                refilter(&state)
            }
        default:
            break
        }
    }

    // MARK: The follow-up form

    static func formKey(_ state: inout AppState, _ key: Key, source: CaseloadSource) -> Command {
        guard var form = state.form else { return .none }
        switch key {
        case .escape:
            if form.dirty { state.overlay = .confirmDiscard } else { state.form = nil }
            return .none
        case .control("c"):
            if form.dirty { state.overlay = .confirmQuit; return .none }
            return .quit
        case .tab, .down: form.moveFocus(by: 1)
        case .backTab, .up: form.moveFocus(by: -1)
        case .left: form.left()
        case .right: form.right()
        case .home, .control("a"): form.cursorHome()
        case .end, .control("e"): form.cursorEnd()
        case .backspace: form.backspace()
        case .delete, .control("d"): form.deleteText()
        case .enter, .control("s"):
            state.form = form
            saveForm(&state, source: source)
            return .none
        case .character(let c):
            if c == " " && form.focus != .note && form.focus != .date { form.cycle(by: 1) } else { form.type(c) }
        default: break
        }
        state.form = form
        return .none
    }

    /// Saves the form. On any error the form stays open with everything typed, and the status says why.
    static func saveForm(_ state: inout AppState, source: CaseloadSource) {
        guard var form = state.form, let view = state.family else { return }
        guard let date = form.date else {
            form.error = state.strings.text(.formInvalidDate, form.dateText)
            state.form = form
            return
        }
        // A follow-up that has not happened yet belongs in the årshjul; one before its case opened cannot be true.
        let concerned = view.family.cases.filter { c in form.caseNumber.map { $0 == c.number } ?? c.isOpen }
        let opened = (concerned.isEmpty ? view.family.cases : concerned).map(\.opened).min()
        if let problem = DateRules.contact(date, caseOpened: opened, today: state.today) {
            form.error = state.strings.language.pick(da: "Ikke gemt: ", en: "Not saved: ") + problem.phrase.text(in: state.strings.language)
            state.form = form
            return
        }
        var family = view.family
        family.registerContact(date: date, channel: form.channel, kind: form.kind,
                               note: form.note.trimmingCharacters(in: .whitespaces), caseNumber: form.caseNumber,
                               by: state.user)
        switch attemptSave(&state, family, source: source, message: state.strings[.wheelSaved]) {
        case .saved(let saved):
            state.form = nil
            let next = saved.summary.cases.filter(\.isOpen).map { DeadlineEngine.nextFollowUp(for: $0, today: state.today) }.min()
            let message = state.strings.text(.formSaved, saved.family.name, next.map(state.strings.date) ?? "–")
            state.status = .init(text: saved.merged ? state.strings.text(.savedMerged, message) : message, isError: false)
        case .needsChoice:
            // The registration is in the choice (and kept as unsaved): the form's work is done.
            state.form = nil
        case .failed(let error):
            form.error = state.strings.text(.saveFailed, describe(error, in: state.strings.language))
            state.form = form
            state.status = .init(text: form.error!, isError: true)
        }
        _ = view
    }

    // MARK: Mouse

    static func mouse(_ state: inout AppState, x: Int, y: Int, button: MouseButton, source: CaseloadSource) {
        // Until the rest of the caseload is here, the wheel scrolls the first rows; a click does nothing.
        if state.caseloadArriving, button != .scrollUp, button != .scrollDown { return }
        switch button {
        case .scrollUp: move(&state, by: -3)
        case .scrollDown: move(&state, by: 3)
        case .left:
            if y == 0 {
                // The tab bar: click a tab.
                if let tab = ChromeLayout.tab(atColumn: x, strings: state.strings) { _ = perform(&state, tab, source: source) }
                return
            }
            if state.screen == .wheel, state.overlay == nil, state.activityForm == nil, var wheel = state.wheel,
               wheel.proposals == nil, let (cx, cy, r) = WheelScreen.geometry(width: state.width, height: state.height, strings: state.strings),
               let slot = WheelDrawing.month(atX: x, y: y, cx: cx, cy: cy, radius: r) {
                wheel.select(wheel.period.months[slot - 1])
                wheel.selected = 0
                state.wheel = wheel
                return
            }
            guard state.screen == .dashboard, state.overlay == nil, state.form == nil else { return }
            let row = y - DashboardScreen.firstRowY + state.dashboard.scroll
            guard y >= DashboardScreen.firstRowY, row < state.dashboard.visible.count,
                  y < DashboardScreen.firstRowY + state.dashboardPageSize else { return }
            if row == state.dashboard.selected {
                _ = perform(&state, .open, source: source)
            } else {
                state.dashboard.selected = row
            }
        case .right:
            break
        }
    }
}

import Foundation

extension App {
    /// For `sammen render`: apply filter changes made directly on the state.
    public static func refilterForRender(_ state: inout AppState) { refilter(&state) }

    /// For `sammen render followup`: open the form as `f` would, even on a read-only store.
    public static func openFormForRender(_ state: inout AppState) {
        guard let view = state.family else { return }
        state.form = FollowUpForm(familyID: view.family.id, today: state.today, channel: view.family.contactPreference.channel,
                                  cases: view.family.cases.filter(\.isOpen).map(\.number))
    }
}
