import Testing
@testable import SammenCore
@testable import SammenUI

@Suite struct TourTests {
    @Test func theTourWalksThroughTheCoreElementsAndCanBeStoppedAndResumed() {
        let source = sampleSource()
        source.families["f-b"]!.meetings = [Meeting(id: "m1", date: d("2026-10-01"), kind: .network, method: .loft)]
        source.families["f-c"]!.goals = [Goal(id: "g1", title: "Åse leger med andre", horizon: .short,
                                              smart: SMART(specific: "", measurable: "", acceptedBy: "", realistic: "", deadline: nil),
                                              owner: Responsible(kind: .family), created: d("2026-11-01"))]
        var state = makeState(source)
        App.startTour(&state, at: 0, source: source)
        let screens: [AppState.Screen] = [.dashboard, .family, .wheel, .board, .record, .leader, .dashboard]
        for (step, screen) in screens.enumerated() {
            #expect(state.tour?.step == step)
            #expect(state.screen == screen, "step \(step + 1)")
            #expect(Renderer.render(state).text().contains("Rundvisning \(step + 1)/7"))
            press(&state, .enter, source: source)
        }
        #expect(state.tour == nil && state.tourFinished)
        // Stopped half-way, it says where; started again there, it goes on.
        App.startTour(&state, at: 2, source: source)
        press(&state, .left, source: source)
        #expect(state.tour?.step == 1)
        press(&state, .character("x"), source: source)  // other keys wait
        #expect(state.tour?.step == 1)
        press(&state, .escape, source: source)
        #expect(state.tour == nil && state.tourStoppedAt == 1)
        App.startTour(&state, at: 99, source: source)
        #expect(state.tour?.step == TourState.stepCount - 1)
    }
}
