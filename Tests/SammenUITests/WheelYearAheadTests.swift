import Testing
@testable import SammenCore
@testable import SammenUI

/// The wheel through the year: "today" in December, January and the middle of the year. From October the proposal
/// covers the coming twelve months; activities are dated at once by the scheduling rules; the future cannot be
/// done; a follow-up marked done offers its registration; a move across New Year does not duplicate.
@Suite struct WheelYearAheadTests {
    func wheel(_ source: MemorySource, today: String) -> AppState {
        var state = AppState(source: source, language: .da, today: d(today), user: "ukendt", width: 80, height: 24)
        // The Ahmed family (f-a), wherever the day puts it in the caseload's order.
        if let row = state.dashboard.visible.firstIndex(where: { state.rows[$0].familyID == "f-a" }) {
            state.dashboard.selected = row
        }
        press(&state, .enter, .character("å"), source: source)
        return state
    }

    @Test(arguments: ["2026-12-10", "2027-01-15", "2027-06-15"]) func theProposalLooksTwelveMonthsAhead(today: String) {
        let source = sampleSource()
        var state = wheel(source, today: today)
        press(&state, .character("p"), source: source)
        let proposals = state.wheel?.proposals ?? []
        let now = d(today)
        let months = Set(proposals.map { $0.year * 12 + $0.month })
        #expect(!proposals.isEmpty)
        // Nothing proposed in the past.
        #expect(proposals.allSatisfy { $0.year * 12 + $0.month >= now.year * 12 + now.month })
        if now.month >= 10 {
            // December: not just the weeks left, but the coming year up to November.
            #expect(months.contains((now.year + 1) * 12 + 6))
            #expect(proposals.allSatisfy { $0.year * 12 + $0.month < (now.year + 1) * 12 + now.month })
            let text = Renderer.render(state).text()
            #expect(text.contains("jun 27") || text.contains("jan 27"))
        } else {
            // January and June: the wheel's own year.
            #expect(proposals.allSatisfy { $0.year == now.year })
        }
        // The cadence in the proposal: a 6-week case gets follow-ups through the period.
        #expect(proposals.filter { $0.kind == .followUp }.count >= (now.month >= 10 ? 7 : (12 - now.month) * 4 / 6))
    }

    @Test(arguments: ["2026-12-10", "2027-01-15", "2027-06-15"]) func acceptingWithDatesUsesWeekdaysWithoutClashes(today: String) {
        let source = sampleSource()
        let now = d(today)
        // Another appointment on the family's calendar and a meeting held on a board: nothing may land on them.
        let busy = now.adding(days: 20)
        source.families["f-a"]!.annualPlan = [AnnualActivity(id: "x1", year: busy.year, month: busy.month, kind: .other,
                                                              purpose: "Tandlæge", date: busy)]
        var state = wheel(source, today: today)
        press(&state, .character("p"), source: source)
        let proposed = state.wheel?.proposals?.count ?? 0
        #expect(proposed > 0)
        press(&state, .character("D"), source: source)
        let plan = source.families["f-a"]!.annualPlan
        #expect(plan.count == proposed + 1)
        let dated = plan.filter { $0.id != "x1" }.compactMap(\.date)
        #expect(dated.count >= proposed - 1)
        for day in dated {
            #expect(day.isoWeekday <= 5, "\(day.iso) is a weekend day")
            #expect(DanishHolidays.holiday(on: day) == nil, "\(day.iso) is a holiday")
            #expect(day > now)
            #expect(day != busy)
        }
        #expect(Set(dated).count == dated.count, "two activities on one day")
        // Each stays in its month.
        for a in plan where a.id != "x1" { if let day = a.date { #expect(day.month == a.month && day.year == a.year) } }
        #expect(state.status?.text.contains("Tilføjet med datoer") == true)
    }

    @Test func theFutureCannotBeDoneAndAFollowUpDoneOffersItsRegistration() {
        let source = sampleSource()
        source.families["f-a"]!.annualPlan = [
            AnnualActivity(id: "f1", year: 2026, month: 12, kind: .followUp, purpose: "Opfølgning", date: d("2026-12-08")),
            AnnualActivity(id: "f2", year: 2027, month: 1, kind: .followUp, purpose: "Opfølgning", date: d("2027-01-12")),
        ]
        var state = wheel(source, today: "2026-12-10")
        press(&state, .character("d"), source: source)
        #expect(source.families["f-a"]!.annualPlan[0].done)
        // The follow-up form opens with the activity's date; Enter registers it in the contact log.
        #expect(state.form?.dateText == "08.12.2026")
        let before = source.families["f-a"]!.contacts.count
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.contacts.count == before + 1)
        #expect(source.families["f-a"]!.contacts.last?.date == d("2026-12-08"))
        // January's is in the future.
        press(&state, .right, source: source)
        press(&state, .character("d"), source: source)
        #expect(!source.families["f-a"]!.annualPlan[1].done)
        #expect(state.status?.text == "Aktiviteten ligger ude i fremtiden og kan ikke være udført endnu.")
        #expect(state.form == nil)
    }

    @Test func movingAcrossNewYearDoesNotDuplicate() {
        let source = sampleSource()
        var state = wheel(source, today: "2026-12-10")
        // Accept the proposal, move one December follow-up into January, and ask again for the year ahead.
        press(&state, .character("p"), .character("A"), source: source)
        let accepted = source.families["f-a"]!.annualPlan
        guard let december = accepted.first(where: { $0.year == 2026 && $0.month == 12 && $0.kind == .followUp }) else {
            Issue.record("no December follow-up proposed")
            return
        }
        App.selectActivity(&state, id: december.id)
        press(&state, .character("m"), .right, .enter, source: source)
        let plan = source.families["f-a"]!.annualPlan
        #expect(plan.count == accepted.count)
        #expect(plan.filter { $0.id == december.id }.count == 1)
        #expect(plan.first { $0.id == december.id }.map { $0.year == 2027 && $0.month == 1 } == true)
        // The wheel of 2027 shows it once; a new proposal does not propose it again.
        press(&state, .character("p"), source: source)
        let again = state.wheel?.proposals ?? []
        let januaryFollowUps = (plan + again).filter { $0.year == 2027 && $0.month == 1 && $0.kind == .followUp }
        #expect(januaryFollowUps.count == plan.filter { $0.year == 2027 && $0.month == 1 && $0.kind == .followUp }.count)
    }

    /// Seed 002: the wheel is the year ahead. From October it opens on the twelve months from this month, and what
    /// it prints (`w`) and exports (`i`) is what it shows; January to September it is the calendar year.
    @Test(arguments: [("2026-10-05", 10), ("2026-11-22", 11), ("2026-12-10", 12), ("2027-01-15", 1), ("2027-06-15", 1)])
    func theWheelOpensOnTheYearAhead(today: String, firstMonth: Int) {
        let source = sampleSource()
        let now = d(today)
        // A dated meeting next September: in the year ahead from October, not in the calendar year that is ending.
        source.families["f-a"]!.annualPlan = [AnnualActivity(id: "n1", year: now.year + 1, month: 9, kind: .networkMeeting,
                                                              purpose: "Netværksmøde", date: LocalDate(year: now.year + 1, month: 9, day: 14))]
        var state = wheel(source, today: today)
        let period = PlanPeriod(year: now.year, firstMonth: firstMonth)
        #expect(state.wheel?.period == period)
        #expect(state.wheel.map { ($0.year, $0.month) } ?? (0, 0) == (now.year, now.month))
        #expect(press(&state, .character("w"), source: source) == .export(.handout("f-a", period: period)))
        let text = Renderer.render(state).text()
        if firstMonth == 1 {
            #expect(text.contains("Årshjul \(now.year) — Familien Ahmed"))
            // September next year is not in this year's calendar: no empty calendar, a message.
            #expect(press(&state, .character("i"), source: source) == .none)
        } else {
            let first = DanishCalendarNames.month(firstMonth).prefix(3)
            let last = DanishCalendarNames.month(firstMonth - 1).prefix(3)
            #expect(text.contains("Årshjul \(first). \(now.year) – \(last). \(now.year + 1) — Familien Ahmed"))
            #expect(press(&state, .character("i"), source: source) == .export(.calendar("f-a", period: period)))
            // The next calendar year is one key away; `[` comes back to the year ahead, then the year ending.
            press(&state, .character("]"), source: source)
            #expect(state.wheel?.period == .calendarYear(now.year + 1))
            press(&state, .character("["), source: source)
            #expect(state.wheel?.period == period)
            press(&state, .character("["), source: source)
            #expect(state.wheel?.period == .calendarYear(now.year))
        }
    }

    /// Walking the months past the last one shows the next twelve months of the same shape, never a wheel
    /// whose selected month is not on it.
    @Test func walkingPastTheLastMonthTurnsTheWheel() {
        let source = sampleSource()
        var state = wheel(source, today: "2026-12-10")
        for _ in 0..<11 { press(&state, .right, source: source) }
        #expect(state.wheel?.period == PlanPeriod(year: 2026, firstMonth: 12))
        #expect(state.wheel.map { ($0.year, $0.month) } ?? (0, 0) == (2027, 11))
        press(&state, .right, source: source)
        #expect(state.wheel?.period == PlanPeriod(year: 2027, firstMonth: 12))
        press(&state, .left, source: source)
        #expect(state.wheel?.period == PlanPeriod(year: 2026, firstMonth: 12))
        #expect(Renderer.render(state).text().contains("November 2027"))
    }
}
