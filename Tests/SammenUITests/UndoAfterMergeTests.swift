import Testing
@testable import SammenCore
@testable import SammenUI

/// `u` after a colleague's change was merged in undoes only this program's change: the årshjul's and the board's
/// undo (and the board's redo) apply the one change to the family as it is, never a snapshot from before the merge.
@Suite struct UndoAfterMergeTests {
    func activity(_ id: String, _ purpose: String, month: Int = 12) -> AnnualActivity {
        AnnualActivity(id: id, year: 2026, month: month, kind: .followUp, purpose: purpose)
    }

    func openWheel(_ source: MemorySource) -> AppState {
        var state = makeState(source, user: "MHA")
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("a"), source: source)
        #expect(state.screen == .wheel)
        return state
    }

    @Test func undoInTheWheelKeepsAColleaguesActivityMergedIn() {
        let source = sampleSource()
        var state = openWheel(source)
        App.commit(&state, [activity("a1", "Mit første")], source: source, message: "Tilføjet.")
        // A colleague adds an activity and a contact; this program's next change merges both in.
        source.colleagueSaves("f-a") {
            $0.annualPlan.append(activity("a9", "Kollegas aktivitet"))
            $0.registerContact(date: d("2026-11-21"), channel: .sms, note: "Kollegas", by: "JBO")
        }
        App.commit(&state, state.family!.family.annualPlan + [activity("a2", "Mit andet")], source: source, message: "Tilføjet.")
        #expect(Set(source.families["f-a"]!.annualPlan.map(\.id)) == ["a1", "a9", "a2"])

        press(&state, .character("u"), source: source)
        #expect(state.conflict == nil)
        #expect(Set(source.families["f-a"]!.annualPlan.map(\.id)) == ["a1", "a9"], "only «Mit andet» is undone")
        #expect(source.families["f-a"]!.contacts.map(\.note).contains("Kollegas"))
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.annualPlan.map(\.id) == ["a9"], "the colleague's activity stays after both undos")
        #expect(source.families["f-a"]!.contacts.map(\.note).contains("Kollegas"))
        #expect(state.family!.family == source.families["f-a"]!)
    }

    @Test func undoInTheWheelAfterAColleagueChangedTheSameActivityAsks() {
        let source = sampleSource()
        var state = openWheel(source)
        App.commit(&state, [activity("a1", "Mit")], source: source, message: "Tilføjet.")
        var changed = state.family!.family.annualPlan
        changed[0].purpose = "Min rettelse"
        App.commit(&state, changed, source: source, message: "Rettet.")
        // The colleague then changes the very same purpose: undoing mine would throw theirs away, so it asks.
        source.colleagueSaves("f-a") { $0.annualPlan[0].purpose = "Kollegas rettelse" }
        press(&state, .character("u"), source: source)
        #expect(state.conflict != nil)
        #expect(source.families["f-a"]!.annualPlan[0].purpose == "Kollegas rettelse", "nothing written before the choice")
    }

    func newMeeting(_ source: MemorySource) -> AppState {
        var state = makeState(source, user: "MHA")
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("m"), .character("n"), .enter, source: source)
        #expect(state.screen == .board)
        return state
    }

    func meeting(_ source: MemorySource) -> Meeting { source.families["f-a"]!.meetings.last! }

    @Test func undoAndRedoOnTheBoardKeepAColleaguesCardMergedIn() {
        let source = sampleSource()
        var state = newMeeting(source)
        press(&state, .character("a"), source: source)
        type(&state, "Mit kort", source: source)
        press(&state, .enter, source: source)
        // A colleague adds a card to the same meeting; this program's next card merges it in.
        source.colleagueSaves("f-a") {
            $0.meetings[$0.meetings.count - 1].cards.append(BoardCard(id: "kollega", column: .working, text: "Kollegas kort", author: "JBO"))
        }
        press(&state, .character("a"), source: source)
        type(&state, "Mit andet kort", source: source)
        press(&state, .enter, source: source)
        #expect(meeting(source).cards.map(\.text).sorted() == ["Kollegas kort", "Mit andet kort", "Mit kort"])

        press(&state, .character("u"), source: source)
        #expect(state.conflict == nil)
        #expect(meeting(source).cards.map(\.text).sorted() == ["Kollegas kort", "Mit kort"])
        press(&state, .character("u"), source: source)
        #expect(meeting(source).cards.map(\.text) == ["Kollegas kort"], "the colleague's card stays after both undos")
        press(&state, .character("R"), .character("R"), source: source)
        #expect(meeting(source).cards.map(\.text).sorted() == ["Kollegas kort", "Mit andet kort", "Mit kort"])
        // A colleague's card added after the undo is kept by the redo too.
        press(&state, .character("u"), source: source)
        source.colleagueSaves("f-a") {
            $0.meetings[$0.meetings.count - 1].cards.append(BoardCard(id: "kollega2", column: .worries, text: "Kollegas andet", author: "JBO"))
        }
        press(&state, .character("R"), source: source)
        #expect(meeting(source).cards.map(\.text).sorted() == ["Kollegas andet", "Kollegas kort", "Mit andet kort", "Mit kort"])
        #expect(state.family!.family == source.families["f-a"]!)
    }
}
