import Testing
@testable import SammenCore
@testable import SammenUI

@Suite struct WheelTests {
    func openWheel(_ source: MemorySource, width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(source, width: width, height: height)
        press(&state, .enter, .character("å"), source: source)
        return state
    }

    @Test func opensOnTheCurrentMonthAndMovesBetweenMonths() {
        let source = sampleSource()
        var state = openWheel(source)
        #expect(state.screen == .wheel && state.wheel?.month == 11 && state.wheel?.year == 2026)
        press(&state, .right, .right, source: source)
        #expect(state.wheel?.month == 1)
        press(&state, .character("h"), source: source)
        #expect(state.wheel?.month == 12)
        press(&state, .character("]"), source: source)
        #expect(state.wheel?.year == 2027)
        press(&state, .escape, source: source)
        #expect(state.screen == .family && state.wheel == nil)
    }

    @Test func addEditMoveDoneDeleteAndUndoAreSavedAtOnce() throws {
        let source = sampleSource()
        var state = openWheel(source)
        // Add a network meeting in November with a date and a time.
        press(&state, .character("a"), source: source)
        #expect(state.activityForm != nil)
        press(&state, .right, .tab, source: source)
        type(&state, "Netværksmøde med skole og PPR", source: source)
        press(&state, .tab, source: source)
        type(&state, "Mor, Far, Skolen, PPR", source: source)
        press(&state, .tab, source: source)
        type(&state, "26.11.2026", source: source)
        press(&state, .tab, source: source)
        type(&state, "09:30", source: source)
        press(&state, .enter, source: source)
        #expect(state.activityForm == nil)
        var plan = try #require(source.families["f-a"]?.annualPlan)
        #expect(plan.count == 1)
        #expect(plan[0].kind == .networkMeeting && plan[0].date == d("2026-11-26") && plan[0].time == "09:30")
        #expect(plan[0].participants == ["Mor", "Far", "Skolen", "PPR"])

        // Edit: the purpose changes and the calendar sequence goes up.
        press(&state, .character("e"), source: source)
        press(&state, .tab, source: source)
        type(&state, " (flyttet)", source: source)
        press(&state, .enter, source: source)
        plan = source.families["f-a"]!.annualPlan
        #expect(plan[0].purpose.hasSuffix("(flyttet)") && plan[0].sequence == 1)

        // Move to January: the date is dropped (month only again).
        press(&state, .character("m"), .right, .right, .enter, source: source)
        plan = source.families["f-a"]!.annualPlan
        #expect(plan[0].month == 1 && plan[0].date == nil && state.wheel?.month == 1)

        // January is still to come: it cannot be marked done (the status says why, nothing is saved).
        press(&state, .character("d"), source: source)
        #expect(!source.families["f-a"]!.annualPlan[0].done)
        #expect(state.status?.isError == true)
        // Back to November (this month): now it can.
        press(&state, .character("m"), .left, .left, .enter, source: source)
        press(&state, .character("d"), source: source)
        #expect(source.families["f-a"]!.annualPlan[0].done)

        press(&state, .character("x"), source: source)
        #expect(source.families["f-a"]!.annualPlan.isEmpty)
        #expect(state.status?.text.contains("u") == true)
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.annualPlan.count == 1)
        press(&state, .character("u"), .character("u"), .character("u"), .character("u"), .character("u"), source: source)
        #expect(source.families["f-a"]!.annualPlan.isEmpty)
        press(&state, .character("u"), source: source)
        #expect(state.status?.text == "Intet at fortryde.")
    }

    @Test func aFormWithoutPurposeOrWithABadTimeIsRefusedInWords() {
        let source = sampleSource()
        var state = openWheel(source)
        press(&state, .character("a"), .enter, source: source)
        #expect(state.activityForm?.error?.contains("formål") == true)
        press(&state, .tab, source: source)
        type(&state, "Børnesamtale", source: source)
        press(&state, .tab, .tab, .tab, source: source)
        type(&state, "25:00", source: source)
        press(&state, .enter, source: source)
        #expect(state.activityForm?.error?.contains("25:00") == true)
        #expect(source.saved.isEmpty)
    }

    @Test func aFailedSaveKeepsTheChangeAndCtrlSRetries() {
        let source = sampleSource()
        var state = openWheel(source)
        source.failSaves = StoreError.io(step: .syncToDisk, path: "families/f-a.json", errno: 5)
        press(&state, .character("a"), .tab, source: source)
        type(&state, "Opfølgning hjemme", source: source)
        press(&state, .enter, source: source)
        #expect(state.unsaved != nil && state.status?.isError == true)
        #expect(state.family?.family.annualPlan.count == 1)
        #expect(Renderer.render(state).text().contains("Opfølgning hjemme"))
        // Quitting now asks first.
        #expect(press(&state, .character("q"), source: source) == .none && state.overlay == .confirmQuit)
        press(&state, .character("n"), source: source)
        source.failSaves = nil
        press(&state, .control("s"), source: source)
        #expect(state.unsaved == nil && source.families["f-a"]!.annualPlan.count == 1)
        #expect(press(&state, .character("q"), source: source) == .quit)
    }

    @Test func exportKeysAskTheEventLoopToWriteFiles() {
        let source = sampleSource()
        var state = openWheel(source)
        // No dated activity in 2026: no empty calendar, a message instead.
        #expect(press(&state, .character("i"), source: source) == .none)
        #expect(state.status?.text.contains("Ingen kalender skrevet") == true)
        source.families["f-a"]!.annualPlan = [AnnualActivity(id: "a1", year: 2026, month: 12, kind: .followUp, purpose: "x",
                                                              date: d("2026-12-08"))]
        state = openWheel(source)
        // 22 November: the twelve months from November 2026.
        let ahead = PlanPeriod(year: 2026, firstMonth: 11)
        #expect(press(&state, .character("i"), source: source) == .export(.calendar("f-a", period: ahead)))
        #expect(press(&state, .character("w"), source: source) == .export(.handout("f-a", period: ahead)))
        // One key away: the calendar year 2027, and back to 2026.
        press(&state, .character("]"), source: source)
        #expect(press(&state, .character("w"), source: source) == .export(.handout("f-a", period: .calendarYear(2027))))
        press(&state, .character("["), .character("["), source: source)
        #expect(press(&state, .character("w"), source: source) == .export(.handout("f-a", period: .calendarYear(2026))))
    }

    @Test func aMouseClickOnTheWheelPicksTheMonth() {
        let r = 9
        #expect(WheelDrawing.month(atX: 20 + 2, y: 10 - 8, cx: 20, cy: 10, radius: r) == 1)
        #expect(WheelDrawing.month(atX: 20 + 16, y: 10, cx: 20, cy: 10, radius: r) == 3 || WheelDrawing.month(atX: 20 + 16, y: 10, cx: 20, cy: 10, radius: r) == 4)
        #expect(WheelDrawing.month(atX: 20 - 4, y: 10 - 8, cx: 20, cy: 10, radius: r) == 12)
        #expect(WheelDrawing.month(atX: 0, y: 0, cx: 20, cy: 10, radius: r) == nil)
    }

    /// At 80×24 a newcomer reads every key the wheel offers, in both languages: no hint is cut off.
    @Test(arguments: [false, true]) func everyHintIsReadableAt80Columns(english: Bool) {
        let source = sampleSource()
        var state = makeState(source, language: english ? .en : .da, width: 80, height: 24)
        press(&state, .enter, .character("å"), source: source)
        let strings = state.strings
        let screen = Renderer.render(state).text()
        for hint in strings[.wheelHints].components(separatedBy: " · ") {
            #expect(screen.contains(hint), "«\(hint)» is not on the screen")
        }
        #expect(!screen.contains("…\n") && !screen.hasSuffix("…"))
        press(&state, .character("p"), source: source)
        let proposal = Renderer.render(state).text()
        for hint in strings[.wheelProposalHints].components(separatedBy: " · ") {
            #expect(proposal.contains(hint), "«\(hint)» is not on the screen")
        }
        // Every line fits the width.
        for line in proposal.split(separator: "\n") { #expect(TextWidth.of(String(line)) <= 80) }
    }

    /// A long message (a failed send: the mail program's words and every recipient) is read whole at 80×24: it
    /// takes up to four lines above the hints until the next key.
    @Test func aLongMessageIsReadWhole() {
        let source = sampleSource()
        var state = makeState(source, width: 80, height: 24)
        press(&state, .enter, .character("å"), source: source)
        let message = "IKKE SENDT (postprogrammet «/usr/sbin/sendmail» sluttede med fejlkode 69: msmtp: cannot connect to "
            + "mail.soeby.dk, port 25: Connection refused) til camilla.noergaard@eksempel.dk, rasmus.noergaard@eksempel.dk, "
            + "anne.holt@soebyskole.dk; prøv igen med s"
        state.status = .init(text: message, isError: true)
        let lines = Renderer.render(state).text().split(separator: "\n", omittingEmptySubsequences: false)
        let bottom = lines.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(bottom == message)
        #expect(lines.allSatisfy { TextWidth.of(String($0)) <= 80 })
    }

    @Test func clickingASegmentSelectsItsMonth() throws {
        let source = sampleSource()
        var state = openWheel(source)
        let (cx, cy, r) = try #require(WheelScreen.geometry(width: 80, height: 24, strings: state.strings))
        // On 22.11.2026 the wheel shows the twelve months from November: just right of twelve o'clock is November
        // 2026, just left is October 2027, straight down-left is May 2027.
        _ = App.update(&state, .mouse(x: cx + 4, y: cy - r + 2, button: .left), source: source)
        #expect(state.wheel.map { ($0.year, $0.month) } ?? (0, 0) == (2026, 11))
        _ = App.update(&state, .mouse(x: cx - 4, y: cy - r + 2, button: .left), source: source)
        #expect(state.wheel.map { ($0.year, $0.month) } ?? (0, 0) == (2027, 10))
        _ = App.update(&state, .mouse(x: cx - 2, y: cy + r - 2, button: .left), source: source)
        #expect(state.wheel.map { ($0.year, $0.month) } ?? (0, 0) == (2027, 5))
        // In a calendar year (`[` goes back to 2026) January is at twelve o'clock.
        press(&state, .character("["), source: source)
        #expect(state.wheel?.period == .calendarYear(2026))
        _ = App.update(&state, .mouse(x: cx + 4, y: cy - r + 2, button: .left), source: source)
        #expect(state.wheel.map { ($0.year, $0.month) } ?? (0, 0) == (2026, 1))
    }

    @Test func aProposedPlanCanBeTakenMovedOrSkipped() throws {
        let source = sampleSource()
        var state = openWheel(source)
        press(&state, .character("]"), .character("p"), source: source)
        let proposals = try #require(state.wheel?.proposals)
        #expect(proposals.count >= 9)  // a 6-week case: about 9 follow-ups, plus network meetings
        #expect(proposals.allSatisfy { $0.year == 2027 })
        // Skip the first, move the next one a month on and take it, then take all the rest.
        press(&state, .character("x"), source: source)
        #expect(state.wheel?.proposals?.count == proposals.count - 1)
        let second = state.wheel!.proposals![0]
        press(&state, .right, .enter, source: source)
        let taken = try #require(source.families["f-a"]!.annualPlan.first)
        #expect(taken.id == second.id && taken.month == second.month % 12 + 1)
        press(&state, .character("A"), source: source)
        #expect(state.wheel?.proposals == nil)
        #expect(source.families["f-a"]!.annualPlan.count == proposals.count - 1)
        // Asking again proposes nothing new: the plan covers the year.
        press(&state, .character("p"), source: source)
        #expect(state.wheel?.proposals == nil || state.wheel!.proposals!.count < 3)
    }

    @Test func aDateOnAHolidayOrAWeekendIsSavedWithAWarning() {
        let source = sampleSource()
        var state = openWheel(source)
        press(&state, .right, source: source)  // December
        press(&state, .character("a"), .tab, source: source)
        type(&state, "Opfølgning", source: source)
        press(&state, .tab, .tab, source: source)
        type(&state, "25.12.2026", source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.annualPlan.count == 1)
        #expect(state.status?.text.contains("Bemærk") == true)
        #expect(state.status?.text.lowercased().contains("juledag") == true)
    }

    @Test func openAgreementsFromMeetingsShowInTheirMonthAndOnTheDashboard() {
        let source = sampleSource()
        let meeting = Meeting(id: "m1", date: d("2026-11-10"), kind: .network, method: .loft,
                              agreements: [Agreement(id: "ag1", what: "Skolen sender skema", who: "Skolen", due: d("2026-11-25")),
                                           Agreement(id: "ag2", what: "Gjort", who: "Mor", due: d("2026-11-12"), done: d("2026-11-12"))])
        source.families["f-a"]!.meetings = [meeting]
        var state = openWheel(source)
        let text = Renderer.render(state).text()
        #expect(text.contains("Skolen sender skema"))
        #expect(!text.contains("Gjort"))
        // Read-only in the wheel: delete does nothing to it.
        press(&state, .down, .character("x"), source: source)
        #expect(source.saved.isEmpty)
        press(&state, .escape, .escape, source: source)
        #expect(state.rows.first { $0.familyID == "f-a" }?.flags.agreementDue == true)
    }
}
