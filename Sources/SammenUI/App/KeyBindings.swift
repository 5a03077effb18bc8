/// What a key does. The help screen and the tests read the same table (`KeyBindings.all`).
public enum Action: Sendable, Equatable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom, open, back, nextPane, search, help, quit
    case sortNext, sortReverse, caseworkerNext, kindNext, showCaseload, showLeader, register
    case openWheel, prevMonth, nextMonth, addActivity, editActivity, moveActivity, toggleDone, deleteActivity, undo
    case propose, prevYear, nextYear, exportCalendar, exportHandout, retrySave, acceptAll, acceptAllDated
    case previousPane, openMeetings, newMeeting, prevColumn, nextColumn, addCard, editCard, deleteCard, redo, moveCardLeft
    case moveCardRight, moveCardUp, moveCardDown, passWord, addParticipant, rate, questions, present, exportSummary
    case openRecord, recordAdd, recordEdit, recordStatus, recordSubGoal, recordAction, recordComplaint, recordRemove
    case recordPrimary, agreementDone, writeBrief, writeMeetingNotes, sendInvitations
    case newFamily, importCaseload, openDetails, handover, addGuardian, addChild, newCase, addMeasure, closeCase
    case chooseMine, chooseTheirs, saveChoices
    case openTeam, addCaseworker, teamSettings, grantAccess, revokeAccess, toggleLeader
}

/// Where a binding applies.
public enum Scope: Sendable, Equatable { case global, dashboard, leader, family, wheel, meetings, board, record, details, conflict, team }

public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the help screen writes the keys: "↑ k".
    public var label: String
    public var action: Action
    public var help: UIText
    public var scope: Scope
}

public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", action: .moveUp, help: .helpMove, scope: .global),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", action: .moveDown, help: .helpMove, scope: .global),
        KeyBinding(keys: [.pageUp, .pageDown, .control("b"), .control("f")], label: "PgUp PgDn", action: .pageDown,
                   help: .helpPage, scope: .global),
        KeyBinding(keys: [.home, .character("g")], label: "Home g", action: .top, help: .helpTop, scope: .global),
        KeyBinding(keys: [.end, .character("G")], label: "End G", action: .bottom, help: .helpBottom, scope: .global),
        KeyBinding(keys: [.enter, .right, .character("l")], label: "Enter → l", action: .open, help: .helpOpen, scope: .dashboard),
        // A search kept with Enter stays until it is cleared: Esc clears it, as it does while typing.
        KeyBinding(keys: [.escape], label: "Esc", action: .back, help: .helpClearSearch, scope: .dashboard),
        KeyBinding(keys: [.escape, .left, .character("h")], label: "Esc ← h", action: .back, help: .helpBack, scope: .family),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextPane, help: .helpTab, scope: .family),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", action: .previousPane, help: .helpTabBack, scope: .family),
        KeyBinding(keys: [.character("f")], label: "f", action: .register, help: .helpRegister, scope: .family),
        KeyBinding(keys: [.character("å"), .character("a")], label: "å a", action: .openWheel, help: .helpWheel, scope: .family),
        KeyBinding(keys: [.character("m")], label: "m", action: .openMeetings, help: .helpMeetings, scope: .family),
        KeyBinding(keys: [.character("r")], label: "r", action: .openRecord, help: .helpRecord, scope: .family),
        KeyBinding(keys: [.character("e")], label: "e", action: .openDetails, help: .helpDetails, scope: .family),
        KeyBinding(keys: [.character("o")], label: "o", action: .handover, help: .helpHandover, scope: .family),
        KeyBinding(keys: [.enter, .character("e")], label: "Enter e", action: .recordEdit, help: .helpEditDetails, scope: .details),
        KeyBinding(keys: [.character("a")], label: "a", action: .addGuardian, help: .helpAddGuardian, scope: .details),
        KeyBinding(keys: [.character("b")], label: "b", action: .addChild, help: .helpAddChild, scope: .details),
        KeyBinding(keys: [.character("n")], label: "n", action: .newCase, help: .helpNewCase, scope: .details),
        KeyBinding(keys: [.character("i")], label: "i", action: .addMeasure, help: .helpAddMeasure, scope: .details),
        KeyBinding(keys: [.character("c")], label: "c", action: .closeCase, help: .helpCloseCase, scope: .details),
        KeyBinding(keys: [.character("x"), .delete], label: "x Del", action: .recordRemove, help: .helpRemoveDetail, scope: .details),
        KeyBinding(keys: [.character("u")], label: "u", action: .undo, help: .helpUndoChange, scope: .details),
        KeyBinding(keys: [.character("o")], label: "o", action: .handover, help: .helpHandover, scope: .details),
        KeyBinding(keys: [.character("f")], label: "f", action: .register, help: .helpRegister, scope: .details),
        KeyBinding(keys: [.escape, .left, .character("h")], label: "Esc ← h", action: .back, help: .helpBack, scope: .details),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextPane, help: .helpTabs, scope: .record),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", action: .previousPane, help: .helpTabBack, scope: .record),
        KeyBinding(keys: [.character("a")], label: "a", action: .recordAdd, help: .helpAddRecord, scope: .record),
        KeyBinding(keys: [.character("e"), .enter], label: "e Enter", action: .recordEdit, help: .helpEditRecord, scope: .record),
        KeyBinding(keys: [.character("d")], label: "d", action: .recordStatus, help: .helpStatus, scope: .record),
        KeyBinding(keys: [.character("s")], label: "s", action: .recordSubGoal, help: .helpSubGoal, scope: .record),
        KeyBinding(keys: [.character("t")], label: "t", action: .recordAction, help: .helpAction, scope: .record),
        KeyBinding(keys: [.character("k")], label: "k", action: .recordComplaint, help: .helpComplaint, scope: .record),
        KeyBinding(keys: [.character("x"), .delete], label: "x", action: .recordRemove, help: .helpRemoveActor, scope: .record),
        KeyBinding(keys: [.character("P")], label: "P", action: .recordPrimary, help: .helpPrimary, scope: .record),
        KeyBinding(keys: [.character("u")], label: "u", action: .undo, help: .helpUndoChange, scope: .record),
        KeyBinding(keys: [.character("f")], label: "f", action: .register, help: .helpRegister, scope: .record),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, help: .helpBack, scope: .record),
        KeyBinding(keys: [.enter, .right, .character("l")], label: "Enter → l", action: .open, help: .helpBoard, scope: .meetings),
        KeyBinding(keys: [.character("n")], label: "n", action: .newMeeting, help: .helpNewMeeting, scope: .meetings),
        KeyBinding(keys: [.escape, .left, .character("h")], label: "Esc ← h", action: .back, help: .helpBack, scope: .meetings),
        KeyBinding(keys: [.left, .character("h")], label: "← h", action: .prevColumn, help: .helpColumn, scope: .board),
        KeyBinding(keys: [.right, .character("l")], label: "→ l", action: .nextColumn, help: .helpColumn, scope: .board),
        KeyBinding(keys: [.character("a")], label: "a", action: .addCard, help: .helpCard, scope: .board),
        KeyBinding(keys: [.character("e"), .enter], label: "e Enter", action: .editCard, help: .helpEditCard, scope: .board),
        KeyBinding(keys: [.character("d")], label: "d", action: .agreementDone, help: .helpAgreementDone, scope: .board),
        KeyBinding(keys: [.character("x"), .delete], label: "x Del", action: .deleteCard, help: .helpDelete, scope: .board),
        KeyBinding(keys: [.character("u")], label: "u", action: .undo, help: .helpUndo, scope: .board),
        KeyBinding(keys: [.character("R"), .control("r")], label: "R Ctrl-R", action: .redo, help: .helpRedo, scope: .board),
        KeyBinding(keys: [.character("H")], label: "H", action: .moveCardLeft, help: .helpMoveCard, scope: .board),
        KeyBinding(keys: [.character("L")], label: "L", action: .moveCardRight, help: .helpMoveCard, scope: .board),
        KeyBinding(keys: [.character("K")], label: "K", action: .moveCardUp, help: .helpReorder, scope: .board),
        KeyBinding(keys: [.character("J")], label: "J", action: .moveCardDown, help: .helpReorder, scope: .board),
        KeyBinding(keys: [.character("o")], label: "o", action: .passWord, help: .helpPass, scope: .board),
        KeyBinding(keys: [.character("p")], label: "p", action: .addParticipant, help: .helpParticipant, scope: .board),
        KeyBinding(keys: [.character("s")], label: "s", action: .rate, help: .helpRate, scope: .board),
        KeyBinding(keys: [.character("i")], label: "i", action: .questions, help: .helpQuestions, scope: .board),
        KeyBinding(keys: [.function(5), .character("v")], label: "F5 v", action: .present, help: .helpPresent, scope: .board),
        KeyBinding(keys: [.character("t")], label: "t", action: .writeBrief, help: .helpBrief, scope: .board),
        KeyBinding(keys: [.character("N")], label: "N", action: .writeMeetingNotes, help: .helpMeetingNotes, scope: .board),
        KeyBinding(keys: [.character("w")], label: "w", action: .exportSummary, help: .helpSummary, scope: .board),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, help: .helpBack, scope: .board),
        KeyBinding(keys: [.left, .character("h")], label: "← h", action: .prevMonth, help: .helpMonth, scope: .wheel),
        KeyBinding(keys: [.right, .character("l")], label: "→ l", action: .nextMonth, help: .helpMonth, scope: .wheel),
        KeyBinding(keys: [.character("a")], label: "a", action: .addActivity, help: .helpAdd, scope: .wheel),
        KeyBinding(keys: [.character("e"), .enter], label: "e Enter", action: .editActivity, help: .helpEdit, scope: .wheel),
        KeyBinding(keys: [.character("m")], label: "m", action: .moveActivity, help: .helpMove2, scope: .wheel),
        KeyBinding(keys: [.character("d"), .character(" ")], label: "d", action: .toggleDone, help: .helpDone, scope: .wheel),
        KeyBinding(keys: [.character("x"), .delete], label: "x Del", action: .deleteActivity, help: .helpDelete, scope: .wheel),
        KeyBinding(keys: [.character("u")], label: "u", action: .undo, help: .helpUndo, scope: .wheel),
        KeyBinding(keys: [.character("p")], label: "p", action: .propose, help: .helpPropose, scope: .wheel),
        KeyBinding(keys: [.character("[")], label: "[", action: .prevYear, help: .helpYear, scope: .wheel),
        KeyBinding(keys: [.character("]")], label: "]", action: .nextYear, help: .helpYear, scope: .wheel),
        KeyBinding(keys: [.character("i")], label: "i", action: .exportCalendar, help: .helpExportCalendar, scope: .wheel),
        KeyBinding(keys: [.character("w")], label: "w", action: .exportHandout, help: .helpExportHandout, scope: .wheel),
        KeyBinding(keys: [.character("s")], label: "s", action: .sendInvitations, help: .helpSendInvitations, scope: .wheel),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, help: .helpBack, scope: .wheel),
        KeyBinding(keys: [.left, .character("h"), .character("1")], label: "← 1", action: .chooseMine, help: .helpChooseMine, scope: .conflict),
        KeyBinding(keys: [.right, .character("l"), .character("2")], label: "→ 2", action: .chooseTheirs, help: .helpChooseTheirs, scope: .conflict),
        KeyBinding(keys: [.enter, .control("s")], label: "Enter", action: .saveChoices, help: .helpSaveChoices, scope: .conflict),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, help: .helpChoiceLater, scope: .conflict),
        KeyBinding(keys: [.character("/")], label: "/", action: .search, help: .helpSearch, scope: .dashboard),
        KeyBinding(keys: [.character("s")], label: "s", action: .sortNext, help: .helpSort, scope: .dashboard),
        KeyBinding(keys: [.character("S")], label: "S", action: .sortReverse, help: .helpSortReverse, scope: .dashboard),
        KeyBinding(keys: [.character("c")], label: "c", action: .caseworkerNext, help: .helpCaseworker, scope: .dashboard),
        KeyBinding(keys: [.character("v")], label: "v", action: .kindNext, help: .helpKind, scope: .dashboard),
        KeyBinding(keys: [.character("n")], label: "n", action: .newFamily, help: .helpNewFamily, scope: .dashboard),
        KeyBinding(keys: [.character("i")], label: "i", action: .importCaseload, help: .helpImport, scope: .dashboard),
        KeyBinding(keys: [.character("t")], label: "t", action: .openTeam, help: .helpTeam, scope: .leader),
        KeyBinding(keys: [.character("a")], label: "a", action: .addCaseworker, help: .helpAddCaseworker, scope: .team),
        KeyBinding(keys: [.enter, .character("e")], label: "Enter e", action: .recordEdit, help: .helpEditCaseworker, scope: .team),
        KeyBinding(keys: [.character("m")], label: "m", action: .teamSettings, help: .helpTeamSettings, scope: .team),
        KeyBinding(keys: [.character("n")], label: "n", action: .grantAccess, help: .helpGrantAccess, scope: .team),
        KeyBinding(keys: [.character("x"), .delete], label: "x Del", action: .revokeAccess, help: .helpRevokeAccess, scope: .team),
        KeyBinding(keys: [.character("L")], label: "L", action: .toggleLeader, help: .helpToggleLeader, scope: .team),
        KeyBinding(keys: [.character("u")], label: "u", action: .undo, help: .helpUndoChange, scope: .team),
        KeyBinding(keys: [.escape, .left, .character("h")], label: "Esc ← h", action: .back, help: .helpBack, scope: .team),
        KeyBinding(keys: [.enter], label: "Enter", action: .open, help: .helpDrillDown, scope: .leader),
        KeyBinding(keys: [.escape, .left], label: "Esc ←", action: .back, help: .helpBack, scope: .leader),
        KeyBinding(keys: [.character("1")], label: "1", action: .showCaseload, help: .helpCaseload, scope: .global),
        KeyBinding(keys: [.character("2")], label: "2", action: .showLeader, help: .helpLeader, scope: .global),
        KeyBinding(keys: [.character("?"), .function(1)], label: "? F1", action: .help, help: .helpHelp, scope: .global),
        KeyBinding(keys: [.control("s")], label: "Ctrl-S", action: .retrySave, help: .helpRetry, scope: .global),
        KeyBinding(keys: [.character("q"), .control("c")], label: "q", action: .quit, help: .helpQuit, scope: .global),
    ]

    /// The action for `key` on a screen: the screen's own bindings first, then the global ones.
    public static func action(for key: Key, in scope: Scope) -> Action? {
        // While reviewing a proposal, A takes every proposed activity.
        if scope == .wheel && key == .character("A") { return .acceptAll }
        if scope == .wheel && key == .character("D") { return .acceptAllDated }
        if let binding = all.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
            return binding.action == .pageDown && (key == .pageUp || key == .control("b")) ? .pageUp : binding.action
        }
        if let binding = all.first(where: { $0.scope == .global && $0.keys.contains(key) }) {
            return binding.action == .pageDown && (key == .pageUp || key == .control("b")) ? .pageUp : binding.action
        }
        // Esc on the leader view goes back to the caseload, like everywhere else.
        if scope == .leader && (key == .escape || key == .left) { return .showCaseload }
        return nil
    }

    /// The bindings the help screen lists for a screen.
    public static func shown(in scope: Scope) -> [KeyBinding] {
        var seen = Set<String>()
        return all.filter { ($0.scope == scope || $0.scope == .global) && seen.insert($0.label).inserted }
    }
}
