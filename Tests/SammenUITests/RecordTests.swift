import Testing
@testable import SammenCore
@testable import SammenUI

@Suite struct RecordTests {
    func openRecord(_ source: MemorySource, tab: Int = 0, width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(source, user: "MHA", width: width, height: height)
        press(&state, .enter, .character("r"), source: source)
        for _ in 0..<tab { press(&state, .tab, source: source) }
        return state
    }

    var f: (MemorySource) -> Family { { $0.families["f-a"]! } }

    @Test func theChildsVoiceAndTheContactPreference() {
        let source = sampleSource()
        var state = openRecord(source)
        #expect(state.screen == .record && state.record?.tab == .involvement)
        press(&state, .character("a"), .tab, .right, .right, .right, .tab, source: source)
        type(&state, "Jeg kan lide at tegne", source: source)
        press(&state, .enter, source: source)
        let voice = f(source).childVoices.first
        #expect(voice?.method == .alternativeCommunication && voice?.said == "Jeg kan lide at tegne" && voice?.by == "MHA")
        // The preference is the first item: e edits it.
        press(&state, .character("g"), .character("e"), .right, .tab, .right, .right, source: source)
        press(&state, .enter, source: source)
        #expect(f(source).contactPreference.channel == .email && f(source).contactPreference.style == .regular)
    }

    @Test func networkActorsTheContractAndRemoval() {
        let source = sampleSource()
        var state = openRecord(source, tab: 1)
        press(&state, .character("a"), .right, source: source)  // dagtilbud
        press(&state, .tab, source: source)
        type(&state, "Børnehuset Solsikken", source: source)
        press(&state, .enter, source: source)
        #expect(f(source).network.first?.role == .dayCare && f(source).network.first?.coordinatedBy == .caseworker)
        press(&state, .character("d"), source: source)
        #expect(f(source).network.first?.coordinatedBy == .family)
        #expect(Renderer.render(state).text().contains("koordinerer: familien"))
        press(&state, .character("x"), source: source)
        #expect(f(source).network.isEmpty)
        #expect(state.status?.text == "Aktøren er fjernet — u fortryder.")
        // u puts it back as it was; a second u has nothing left to undo.
        press(&state, .character("u"), source: source)
        #expect(f(source).network.map(\.organisation) == ["Børnehuset Solsikken"])
        #expect(f(source).network.first?.coordinatedBy == .family)
        #expect(state.status?.text == "Børnehuset Solsikken er sat ind igen i netværket.")
        press(&state, .character("u"), source: source)
        #expect(f(source).network.count == 1)
        #expect(state.status?.isError == false)
    }

    @Test func undoPutsARemovedActorBackWhereItStood() {
        let source = sampleSource()
        var state = openRecord(source, tab: 1)
        for name in ["Skolen", "PPR", "Fysioterapeuten"] {
            press(&state, .character("a"), .tab, source: source)
            type(&state, name, source: source)
            press(&state, .enter, source: source)
        }
        let before = f(source).network.map(\.organisation)
        #expect(before.count == 3)
        let middle = before[1]
        let items = RecordTabs.content(.network, family: f(source), summary: state.family!.summary, state: state).items
        state.record?.selected = items.firstIndex { entry in
            guard case .actor(let id) = entry.item else { return false }
            return f(source).network.first { $0.id == id }?.organisation == middle
        }!
        press(&state, .character("x"), source: source)
        #expect(f(source).network.map(\.organisation) == before.filter { $0 != middle })
        press(&state, .character("u"), source: source)
        #expect(f(source).network.map(\.organisation) == before)
    }

    @Test func aGoalWithASubGoalRevisedKeepsItsHistory() {
        let source = sampleSource()
        var state = openRecord(source, tab: 2)
        press(&state, .character("a"), source: source)
        type(&state, "Yasmin sover hele natten", source: source)
        press(&state, .tab, .tab, source: source)
        type(&state, "Fast sengetid kl. 19.30", source: source)
        press(&state, .enter, source: source)
        #expect(f(source).goals.first?.title == "Yasmin sover hele natten")
        press(&state, .character("s"), source: source)
        type(&state, "Billedskema til aftenen", source: source)
        press(&state, .enter, source: source)
        #expect(f(source).goals.first?.subGoals.first?.title == "Billedskema til aftenen")
        // Revise: a new title and the reason; the old title is kept in the history.
        press(&state, .character("e"), source: source)
        for _ in 0..<30 { press(&state, .backspace, source: source) }
        type(&state, "Yasmin sover fem nætter om ugen", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error != nil)  // no reason yet
        press(&state, .backTab, source: source)
        type(&state, "Hele natten var for meget på én gang", source: source)
        press(&state, .enter, source: source)
        let goal = f(source).goals.first!
        #expect(goal.title == "Yasmin sover fem nætter om ugen")
        #expect(goal.revisions.first?.previousTitle == "Yasmin sover hele natten")
        #expect(goal.revisions.first?.reason == "Hele natten var for meget på én gang")
        #expect(Renderer.render(state).text().contains("↺"))
        press(&state, .character("d"), source: source)
        #expect(f(source).goals.first?.status == .achieved)
    }

    @Test func followUpShowsCadenceWhyAndCompliance() {
        let source = sampleSource()
        var state = openRecord(source, tab: 3)
        let text = Renderer.render(state).text()
        #expect(text.contains("opfølgning hver 6. uge"))
        #expect(text.contains("SEL § 52 / BL § 32"))
        #expect(text.contains("Til tiden de seneste 12 måneder"))
        press(&state, .character("f"), source: source)
        #expect(state.form != nil)
    }

    @Test func challengesActionsAndComplaints() {
        let source = sampleSource()
        var state = openRecord(source, tab: 4)
        press(&state, .character("a"), .tab, .right, .right, .tab, .right, .tab, source: source)
        type(&state, "Uenighed om afslaget på aflastning", source: source)
        press(&state, .enter, source: source)
        let challenge = f(source).challenges.first
        #expect(challenge?.about == .decision && challenge?.explicit == false)
        press(&state, .character("t"), .right, .tab, source: source)
        type(&state, "Forventninger afstemt på møde", source: source)
        press(&state, .enter, source: source)
        #expect(f(source).challenges.first?.actions.first?.kind == .expectationAlignment)
        press(&state, .character("d"), source: source)
        #expect(f(source).challenges.first?.status == .easing)
        press(&state, .character("k"), source: source)
        type(&state, "Klage over afslag", source: source)
        press(&state, .enter, source: source)
        #expect(f(source).complaints.first?.received == d("2026-11-22"))
        #expect(state.summaries["f-a"]!.openComplaints.count == 1)
        // The reconsideration is a legal fact: d asks for its date and outcome instead of setting it at once.
        press(&state, .character("G"), .character("d"), source: source)
        #expect(f(source).complaints.first?.reconsidered == nil)
        #expect(state.fieldForm?.purpose == .reconsider(complaintID: f(source).complaints.first!.id))
        press(&state, .enter, source: source)
        #expect(f(source).complaints.first?.reconsidered == d("2026-11-22"))
        #expect(f(source).complaints.first?.outcome == .sentToAppealsBoard)
        #expect(state.status?.text == "Klagen er genvurderet 22.11.2026: fastholdt og sendt til Ankestyrelsen — u fortryder.")
        press(&state, .character("u"), source: source)
        #expect(f(source).complaints.first?.reconsidered == nil && f(source).complaints.first?.outcome == nil)
    }

    @Test func buddyAndTransitionSteps() {
        let source = sampleSource()
        var state = openRecord(source, tab: 5)
        press(&state, .character("d"), source: source)
        #expect(f(source).cases.first?.buddyCaseworker == "JBO")
        press(&state, .character("d"), source: source)
        #expect(f(source).cases.first?.buddyCaseworker == nil)
        // Bæk's Ærenfried turns 16 in December: the transition section lists him.
        var other = makeState(source, user: "MHA")
        other.dashboard.caseworker = nil
        App.refilterForRender(&other)
        other.dashboard.selected = other.dashboard.visible.firstIndex { other.rows[$0].familyID == "f-b" }!
        press(&other, .enter, .character("r"), source: source)
        for _ in 0..<5 { press(&other, .tab, source: source) }
        press(&other, .down, .character("a"), source: source)
        type(&other, "Møde med voksenområdet", source: source)
        press(&other, .enter, source: source)
        #expect(source.families["f-b"]!.children[0].transitionSteps.first?.title == "Møde med voksenområdet")
        press(&other, .down, .character("d"), source: source)
        #expect(source.families["f-b"]!.children[0].transitionSteps.first?.done == d("2026-11-22"))
    }

    @Test func tabsCycleBothWaysAndEscGoesBack() {
        let source = sampleSource()
        var state = openRecord(source)
        press(&state, .backTab, source: source)
        #expect(state.record?.tab == .buddy)
        press(&state, .tab, source: source)
        #expect(state.record?.tab == .involvement)
        press(&state, .escape, source: source)
        #expect(state.screen == .family && state.record == nil)
    }
}
