import Testing
@testable import SammenCore

/// The proposed year plan at its edges: the year change, a case opened mid-year, a child turning 16, mixed cadences.
@Suite struct YearPlannerTests {
    static let today = date("2026-11-22")

    static func sag(_ number: String, _ basis: String, opened: String, status: CaseStatus = .open,
                    investigation: String? = nil) -> ChildCase {
        var measures = [Measure(id: "m1", legalBasis: try! LegalBasisParser.parse(basis).get(), description: "Hjælp",
                                started: date(opened))]
        if let investigation {
            measures.append(Measure(id: "m2", legalBasis: LegalBasis(law: .bl, paragraph: "20"),
                                    description: "Børnefaglig undersøgelse", started: date(investigation)))
        }
        var c = ChildCase(number: number, primaryCaseworker: "MHA", opened: date(opened), status: status, measures: measures)
        c.childPlanMade = date(opened)
        return c
    }

    static func family(_ children: [Child], followUps: [String] = [], plan: [AnnualActivity] = []) -> Family {
        var f = Family(id: "f-plan", name: "Familien Plan",
                       guardians: [Guardian(name: "Lise Plan", relation: "mor", email: "lise@eksempel.dk")],
                       children: children)
        for d in followUps { f.registerContact(date: date(d), channel: .phone) }
        f.annualPlan = plan
        return f
    }

    static func child(id: String = "b1", name: String = "Emma", born: String = "2015-04-02", _ cases: [ChildCase]) -> Child {
        Child(id: id, name: name, birthDate: date(born), cases: cases)
    }

    func propose(_ f: Family, _ year: Int, today: LocalDate = YearPlannerTests.today) -> [AnnualActivity] {
        YearPlanner.propose(for: f, year: year, today: today)
    }

    func of(_ plan: [AnnualActivity], _ kind: ActivityKind) -> [AnnualActivity] { plan.filter { $0.kind == kind } }

    // MARK: Cadences

    @Test func threeMonthFamilyGetsFourFollowUps() {
        let f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])], followUps: ["2026-11-10"])
        let ups = of(propose(f, 2027), .followUp)
        #expect(ups.map(\.month) == [2, 5, 8, 11])
        #expect(ups.allSatisfy { $0.date == nil && $0.purpose.contains("hver 3. måned") })
        #expect(ups.map(\.id) == ["p-2027-followUp-1", "p-2027-followUp-2", "p-2027-followUp-3", "p-2027-followUp-4"])
    }

    @Test func sixWeekFamilyGetsAboutNine() {
        // Planned as seen on 5 December, after the follow-up of 1 December was held (one dated after today is not).
        let f = Self.family([Self.child([Self.sag("s1", "BL § 32", opened: "2025-01-10")])], followUps: ["2026-12-01"])
        let ups = of(propose(f, 2027, today: date("2026-12-05")), .followUp)
        #expect(ups.map(\.month) == [1, 2, 4, 5, 6, 8, 9, 11, 12])
        #expect(ups.allSatisfy { $0.purpose.contains("hver 6. uge") })
    }

    /// A 6-week series crosses the new year: December in this year's plan, the next one 6 weeks on in next year's.
    @Test func sixWeekSeriesCrossesTheYearChange() {
        let f = Self.family([Self.child([Self.sag("s1", "SEL § 52", opened: "2023-01-10")])], followUps: ["2026-11-10"])
        let thisYear = of(propose(f, 2026), .followUp)
        #expect(thisYear.map(\.month) == [12])  // 2026-12-22
        let nextYear = of(propose(f, 2027), .followUp)
        #expect(nextYear.first?.month == 2)  // 2027-02-02, 42 days after 2026-12-22
        #expect(nextYear.map(\.month) == [2, 3, 4, 6, 7, 8, 10, 11])
        #expect(!nextYear.contains { $0.month == 1 })
    }

    /// One child on 3 months and one on 6 weeks: one family follow-up every 6 weeks covers both.
    @Test func sixWeeksWinsInAMixedFamily() {
        let mixed = Self.family([
            Self.child(id: "b1", name: "Emma", [Self.sag("s1", "SEL § 41", opened: "2023-01-10")]),
            Self.child(id: "b2", name: "Noah", born: "2018-02-02", [Self.sag("s2", "BL § 32", opened: "2025-03-01")]),
        ], followUps: ["2026-12-01"])
        let sixOnly = Self.family([Self.child([Self.sag("s1", "BL § 32", opened: "2025-01-10")])], followUps: ["2026-12-01"])
        let ups = of(propose(mixed, 2027), .followUp)
        #expect(ups.map(\.month) == of(propose(sixOnly, 2027), .followUp).map(\.month))
        #expect(ups.allSatisfy { $0.purpose.contains("hver 6. uge") })
        // One child conversation per child, one network meeting series for the family.
        #expect(of(propose(mixed, 2027), .childConversation).count == 2)
        #expect(of(propose(mixed, 2027), .networkMeeting).count == 2)
    }

    /// An overdue follow-up is proposed in today's month; the series goes on from there.
    @Test func overdueFollowUpComesNow() {
        let f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])], followUps: ["2026-06-01"])
        let ups = of(propose(f, 2026), .followUp)
        #expect(ups.map(\.month) == [11])
        #expect(of(propose(f, 2027), .followUp).map(\.month) == [2, 5, 8, 11])
    }

    // MARK: Windows and cases

    @Test func caseOpenedMidYearGetsNothingBeforeItOpens() {
        var c = Self.sag("s1", "BL § 32", opened: "2027-06-15")
        c.childPlanMade = nil
        let plan = propose(Self.family([Self.child([c])]), 2027)
        #expect(!plan.isEmpty)
        #expect(plan.allSatisfy { $0.month >= 6 })
        #expect(of(plan, .followUp).first?.month == 7)  // 2027-07-27
        #expect(of(plan, .networkMeeting).map(\.month) == [6, 12])
        #expect(of(plan, .childConversation).map(\.month) == [6])
        // Support under BL § 32 alone needs no child's plan deadline (BL § 91, stk. 1: the municipality decides).
        #expect(of(plan, .deadline).filter { $0.purpose.contains("Barnets plan") }.isEmpty)
        // A placement does: 3 months after it began, with its date (BL § 91, stk. 2).
        var placed = Self.sag("s1", "BL § 46", opened: "2027-06-15")
        placed.childPlanMade = nil
        let plans = of(propose(Self.family([Self.child([placed])]), 2027), .deadline).filter { $0.purpose.contains("Barnets plan") }
        #expect(plans.map(\.date) == [date("2027-09-15")])
        #expect(plans.first?.purpose.contains("§ 91, stk. 2") == true)
    }

    @Test func currentYearStartsInTodaysMonth() {
        let f = Self.family([Self.child([Self.sag("s1", "BL § 32", opened: "2025-01-10")])], followUps: ["2026-04-20"])
        let plan = propose(f, 2026, today: date("2026-05-15"))
        #expect(plan.allSatisfy { $0.month >= 5 && $0.year == 2026 })
        #expect(of(plan, .followUp).first?.month == 6)  // 2026-06-01
    }

    @Test func closedCaseAndPastYearGetNothing() {
        let closed = Self.family([Self.child([Self.sag("s1", "BL § 32", opened: "2025-01-10", status: .closed)])])
        #expect(propose(closed, 2027).isEmpty)
        let open = Self.family([Self.child([Self.sag("s1", "BL § 32", opened: "2025-01-10")])])
        #expect(propose(open, 2025).isEmpty)
        #expect(propose(Self.family([]), 2027).isEmpty)
    }

    // MARK: Meetings, conversations, deadlines, agreements

    @Test func networkMeetingsEverySixMonthsFromTheLast() {
        var f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])])
        // Never held: one now, then every 6 months, the same series whichever year is planned.
        #expect(of(propose(f, 2026), .networkMeeting).map(\.month) == [11])
        #expect(of(propose(f, 2027), .networkMeeting).map(\.month) == [5, 11])
        f.meetings = [Meeting(id: "m1", date: date("2026-09-10"), kind: .network, method: .loft)]
        #expect(of(propose(f, 2027), .networkMeeting).map(\.month) == [3, 9])
        // A meeting marked done in the årshjul counts as held too.
        f.annualPlan = [AnnualActivity(id: "a1", year: 2026, month: 10, kind: .networkMeeting, purpose: "", done: true)]
        #expect(of(propose(f, 2027), .networkMeeting).map(\.month) == [4, 10])
    }

    @Test func networkMeetingsAtTheTeamsIntervalAsDueCountsThem() {
        // Seed 002's one municipality holds them every 6 months; a team that chose 4 (team.json) gets them every 4
        // months in the proposal too, so the årshjul never plans a meeting after `due` calls it overdue.
        var f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])])
        f.meetings = [Meeting(id: "m1", date: date("2026-09-10"), kind: .network, method: .loft)]
        let four = RuleSettings(networkMeetingMonths: 4)
        let proposed = of(YearPlanner.propose(for: f, year: 2027, today: Self.today, settings: four), .networkMeeting)
        #expect(proposed.map(\.month) == [1, 5, 9])
        let due = DeadlineEngine.deadlines(for: FamilySummary(f), today: Self.today, settings: four)
            .first { $0.kind == .networkMeeting }?.due
        #expect(due.map { $0.year == 2027 && $0.month == proposed.first?.month } == true)
        // Not tracked (0): still proposed every 6 months, as the model's municipality does.
        #expect(of(YearPlanner.propose(for: f, year: 2027, today: Self.today, settings: RuleSettings(networkMeetingMonths: nil)),
                   .networkMeeting).map(\.month) == [3, 9])
    }

    /// A meeting already planned in the årshjul (or scheduled) carries the series: no second one beside it.
    @Test func plannedMeetingsCarryTheSeries() {
        var f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])])
        f.meetings = [Meeting(id: "m1", date: date("2026-06-10"), kind: .network, method: .loft)]
        // Due in December 2026; the caseworker planned it for January instead.
        f.annualPlan = [AnnualActivity(id: "a1", year: 2027, month: 1, kind: .networkMeeting, purpose: "Netværksmøde")]
        #expect(of(propose(f, 2027), .networkMeeting).map(\.month) == [7])
        #expect(of(propose(f, 2026), .networkMeeting).isEmpty)
        // A meeting scheduled in the meetings list but not yet in the årshjul is proposed in its month.
        f.annualPlan = []
        f.meetings.append(Meeting(id: "m2", date: date("2027-02-03"), kind: .network, method: .signsOfSafety))
        #expect(of(propose(f, 2027), .networkMeeting).map(\.month) == [2, 8])
    }

    @Test func childConversationOnceAYearAfterTheChildWasLastHeard() {
        var f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])])
        f.childVoices = [ChildVoice(id: "v1", childID: "b1", date: date("2026-04-03"), method: .conversation, said: "Godt")]
        let talks = of(propose(f, 2027), .childConversation)
        #expect(talks.map(\.month) == [4])
        #expect(talks[0].purpose.contains("Emma"))
        #expect(talks[0].participants == ["Emma", "Sagsbehandler"])
        // Never heard: now.
        f.childVoices = []
        #expect(of(propose(f, 2026), .childConversation).map(\.month) == [11])
        #expect(of(propose(f, 2027), .childConversation).map(\.month) == [11])
    }

    @Test func statutoryDeadlinesKeepTheirDates() {
        var c = Self.sag("s1", "BL § 46", opened: "2026-10-01", investigation: "2027-01-10")
        c.childPlanMade = nil
        var f = Self.family([Self.child([c])])
        f.complaints = [Complaint(id: "c1", received: date("2026-11-20"), about: "Afslag")]
        let next = of(propose(f, 2027), .deadline)
        #expect(next.map(\.date) == [date("2027-01-01"), date("2027-05-10")])
        #expect(next[1].purpose.contains("Barnets Lov § 20"))
        #expect(next[0].purpose.contains("Barnets Lov § 91"))
        let now = of(propose(f, 2026), .deadline)
        #expect(now.map(\.date) == [date("2026-12-18")])
        #expect(now[0].purpose.contains("Ankestyrelsen"))
    }

    @Test func openAgreementsInTheirMonth() {
        var f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])])
        f.meetings = [Meeting(id: "m1", date: date("2026-10-01"), kind: .network, method: .loft, agreements: [
            Agreement(id: "a1", what: "Skolen laver et pauseskema", who: "Søby Skole", due: date("2027-03-15")),
            Agreement(id: "a2", what: "Allerede gjort", who: "PPR", due: date("2027-03-20"), done: date("2026-11-01")),
        ])]
        let agreed = of(propose(f, 2027), .agreement)
        #expect(agreed.count == 1)
        #expect(agreed[0].month == 3 && agreed[0].date == date("2027-03-15"))
        #expect(agreed[0].purpose.contains("Skolen laver et pauseskema"))
        #expect(agreed[0].participants == ["Søby Skole"])
    }

    // MARK: Transition to adult life

    @Test func childTurningSixteenInTheYear() {
        let young = Self.child(born: "2011-09-01", [Self.sag("s1", "SEL § 41", opened: "2020-01-10")])
        let steps = of(propose(Self.family([young]), 2027), .transition)
        #expect(steps.map(\.month) == [3, 9])
        #expect(steps[0].purpose.hasPrefix("Overgangsmøde med voksenområdet"))
        #expect(steps[0].participants.contains("Voksenområdet"))
        #expect(steps[1].purpose.contains("fylder 16"))
        #expect(steps.allSatisfy { $0.purpose.contains("Barnets Lov § 122") && $0.date == nil })
    }

    @Test func sixteenYearOldWithoutStepsStartsNow() {
        let young = Self.child(born: "2010-02-01", [Self.sag("s1", "SEL § 41", opened: "2020-01-10")])
        let now = of(propose(Self.family([young]), 2026), .transition)
        #expect(now.map(\.month) == [11])
        #expect(now[0].purpose.contains("skal i gang nu"))
        let next = of(propose(Self.family([young]), 2027), .transition)
        #expect(next.map(\.month) == [2, 8])  // 17 years; 17½: preparation finished (BL § 123, stk. 3)
        #expect(next[1].purpose.contains("§ 123, stk. 3"))
        #expect(of(propose(Self.family([young]), 2028), .transition).map(\.month) == [2])  // 18: help after 18 begins
    }

    @Test func recordedTransitionStepsReplaceTheGenericOnes() {
        var young = Self.child(born: "2010-02-01", [Self.sag("s1", "SEL § 41", opened: "2020-01-10")])
        young.transitionSteps = [
            TransitionStep(id: "t1", title: "Samtale om ønsker", due: date("2026-03-01"), done: date("2026-03-02")),
            TransitionStep(id: "t2", title: "Afklaring af bolig", due: date("2027-04-01")),
            TransitionStep(id: "t3", title: "Ansøgning sendt", due: nil),
        ]
        #expect(of(propose(Self.family([young]), 2027), .transition).map(\.purpose) == ["Afklaring af bolig"])
    }

    // MARK: The existing plan

    @Test func existingActivitiesAreNotProposedTwiceAndIDsDoNotCollide() {
        let existing = [
            AnnualActivity(id: "p-2027-followUp-2", year: 2027, month: 5, kind: .followUp, purpose: "Opfølgning"),
            AnnualActivity(id: "a1", year: 2027, month: 1, kind: .networkMeeting, purpose: "Netværksmøde", done: true),
            AnnualActivity(id: "a2", year: 2026, month: 8, kind: .followUp, purpose: "Sidste år"),
        ]
        let f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])],
                            followUps: ["2026-11-10"], plan: existing)
        let plan = propose(f, 2027)
        #expect(of(plan, .followUp).map(\.month) == [2, 8, 11])
        #expect(of(plan, .networkMeeting).map(\.month) == [7])
        let ids = plan.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids).isDisjoint(with: existing.map(\.id)))
        // Ids are numbered before covered proposals are dropped, so they stay put.
        #expect(of(plan, .followUp).map(\.id) == ["p-2027-followUp-1", "p-2027-followUp-3", "p-2027-followUp-4"])
        // Accepting the whole proposal leaves nothing more to propose.
        var accepted = f
        accepted.annualPlan += plan
        #expect(propose(accepted, 2027).isEmpty)
    }

    @Test func idCollisionGetsASuffix() {
        let existing = [AnnualActivity(id: "p-2027-followUp-1", year: 2026, month: 2, kind: .other, purpose: "x")]
        let f = Self.family([Self.child([Self.sag("s1", "SEL § 41", opened: "2023-01-10")])],
                            followUps: ["2026-11-10"], plan: existing)
        #expect(of(propose(f, 2027), .followUp).first?.id == "p-2027-followUp-1-2")
    }

    // MARK: The training caseload

    @Test(arguments: [date("2026-11-22"), date("2027-01-02"), date("2028-02-29")])
    func trainingFamiliesGetSaneProposals(today: LocalDate) {
        for f in TrainingCaseload.make(today: today).families {
            for year in [today.year, today.year + 1] {
                let plan = YearPlanner.propose(for: f, year: year, today: today)
                #expect(plan == YearPlanner.propose(for: f, year: year, today: today), "deterministic \(f.id)")
                let ids = plan.map(\.id)
                #expect(Set(ids).count == ids.count, "\(f.id)")
                #expect(Set(ids).isDisjoint(with: f.annualPlan.map(\.id)), "\(f.id)")
                for a in plan {
                    #expect(a.year == year && (1...12).contains(a.month), "\(f.id) \(a.id)")
                    #expect(year > today.year || a.month >= today.month, "\(f.id) \(a.id)")
                    if let d = a.date { #expect(d.year == year && d.month == a.month, "\(f.id) \(a.id)") }
                    #expect(!a.purpose.isEmpty && !a.participants.isEmpty, "\(f.id) \(a.id)")
                }
                if !f.cases.contains(where: \.isOpen) { #expect(plan.isEmpty, "\(f.id)") }
                let ups = of(plan, .followUp)
                #expect(Set(ups.map(\.month)).count == ups.count, "one follow-up a month at most: \(f.id)")
            }
            // Next year's follow-ups: 4 at 3 months, about 9 at 6 weeks, counting those the plan already has.
            guard f.cases.contains(where: \.isOpen) else { continue }
            let year = today.year + 1
            let proposed = of(YearPlanner.propose(for: f, year: year, today: today), .followUp)
            let total = proposed.count + f.annualPlan.filter { $0.year == year && $0.kind == .followUp }.count
            #expect((4...10).contains(total), "\(f.id): \(total)")
        }
    }
}
