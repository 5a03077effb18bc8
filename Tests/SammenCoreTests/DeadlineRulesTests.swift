import Foundation
import Testing
@testable import SammenCore

/// The rules' second pass (issue 16), each at its edges, written from the law (Barnets Lov as in force since
/// 1 January 2024) and seed 002, not from what the program did before.
@Suite struct DeadlineRulesTests {
    static let today = date("2026-11-02")
    static let off = RuleSettings(networkMeetingMonths: nil)

    static func basis(_ text: String) -> LegalBasis { try! LegalBasisParser.parse(text).get() }
    static func measure(_ id: String, _ text: String, _ start: String, ended: String? = nil) -> Measure {
        Measure(id: id, legalBasis: basis(text), description: text, started: date(start), ended: ended.map(date))
    }
    static func followUp(_ day: String) -> Contact {
        Contact(id: "k-\(day)", date: date(day), channel: .phone, kind: .followUp)
    }

    /// One child, one case opened on `opened` with `measures`, follow-ups on `followUps`.
    static func family(opened: String = "2026-01-05", measures: [Measure] = [], followUps: [String] = [],
                       born: String = "2015-04-02") -> Family {
        let c = ChildCase(number: "2026-0001", primaryCaseworker: "MHA", opened: date(opened), measures: measures)
        var f = Family(id: "f-rules", name: "Familien Regel", children: [Child(id: "c1", name: "Emma", birthDate: date(born), cases: [c])])
        f.contacts = followUps.map(followUp)
        return f
    }

    static func status(_ f: Family, on day: String) -> FollowUpRule.Status {
        FollowUpRule.status(of: FamilySummary(f).cases[0], on: date(day))
    }

    static func found(_ f: Family, on day: String = "2026-11-02", settings: RuleSettings = off) -> [Deadline] {
        DeadlineEngine.deadlines(for: FamilySummary(f), today: date(day), settings: settings)
    }

    /// A family with every kind of deadline on `today` (2026-11-02).
    static func everyKindFamily() -> Family {
        var f = family(opened: "2026-05-01", measures: [
            measure("m1", "BL § 20", "2026-06-01"),
            measure("m2", "BL § 46", "2026-10-01"),
        ], followUps: ["2026-09-20"], born: "2008-05-01")
        f.children.append(Child(id: "c2", name: "Noah", birthDate: date("2011-01-01"), cases: [
            ChildCase(number: "2026-0002", primaryCaseworker: "JBO", opened: date("2026-03-01"),
                      measures: [measure("m1", "BL § 20", "2026-09-01")]),
        ]))
        f.complaints = [Complaint(id: "q1", received: date("2026-10-20"), about: "Afslag")]
        f.meetings = [Meeting(id: "n1", date: date("2026-01-10"), kind: .network, method: .loft,
                              agreements: [Agreement(id: "a1", what: "Skema", who: "Skolen", due: date("2026-11-20"))])]
        return f
    }

    @Test func theEveryKindFamilyHasEveryKind() {
        let kinds = Set(DeadlineEngine.deadlines(for: FamilySummary(Self.everyKindFamily()), today: Self.today).map(\.kind))
        #expect(kinds == Set(DeadlineKind.allCases))
    }

    // MARK: 1. One cadence rule; a 6-week measure is never dated back

    @Test func aSixWeekMeasureStartedAfterTheLastFollowUpCountsFromItsStart() {
        // Seed 002: 6 weeks with § 52 / BL § 32. Last follow-up 1 March (3-month case); support from 15 April.
        // 1 March + 42 days is 12 April, before the support existed: the follow-up is due 42 days after 15 April.
        let f = Self.family(measures: [Self.measure("m1", "BL § 86", "2026-01-05"), Self.measure("m2", "BL § 32", "2026-04-15")],
                            followUps: ["2026-03-01"])
        let s = Self.status(f, on: "2026-04-20")
        #expect(s.due == date("2026-05-27") && s.cadence == .sixWeeks)
        #expect(s.due >= date("2026-04-15"))
        #expect(Self.found(f, on: "2026-04-20").first { $0.kind == .followUp }?.overdueDays(on: date("2026-04-20")) == 0)
    }

    @Test func theThreeMonthFollowUpAlreadyOwedIsNotPutOff() {
        // Support from 20 March; the 3-month follow-up after 5 January (5 April) comes before 20 March + 42 days.
        let f = Self.family(measures: [Self.measure("m1", "BL § 86", "2026-01-05"), Self.measure("m2", "BL § 32", "2026-03-20")])
        let s = Self.status(f, on: "2026-03-25")
        // The pace is 6 weeks from 20 March; the follow-up owed first is the 3-month one.
        #expect(s.due == date("2026-04-05") && s.cadence == .sixWeeks)
    }

    @Test func sixWeekMeasuresThatFollowOnFromEachOtherAreOnePeriod() {
        // An investigation 10–31 January, then support from 1 February: 6 weeks from 10 January, 21 February.
        let f = Self.family(measures: [Self.measure("m1", "BL § 20", "2026-01-10", ended: "2026-01-31"),
                                       Self.measure("m2", "BL § 32", "2026-02-01")])
        #expect(Self.status(f, on: "2026-02-10").due == date("2026-02-21"))
        // With a day's gap they are two periods: the first ended before its 42 days.
        let gap = Self.family(measures: [Self.measure("m1", "BL § 20", "2026-01-10", ended: "2026-01-31"),
                                         Self.measure("m2", "BL § 32", "2026-02-02")])
        #expect(Self.status(gap, on: "2026-02-10").due == date("2026-03-16"))
    }

    @Test func theCadenceOnADayIsWhatTheRuleSays() {
        let f = Self.family(measures: [Self.measure("m1", "SEL § 41", "2026-01-05"), Self.measure("m2", "SEL § 50", "2026-02-01", ended: "2026-02-20")])
        let c = FamilySummary(f).cases[0]
        // While the investigation runs the pace is 6 weeks; it ends after 19 days, before its 42 days, so it sets
        // no 6-week follow-up and the 3-month one stands. After it ended the pace is 3 months again.
        #expect(c.cadence(on: date("2026-02-10")) == .sixWeeks)
        #expect(DeadlineEngine.nextFollowUp(for: c, today: date("2026-02-10")) == date("2026-04-05"))
        #expect(c.cadence(on: date("2026-02-21")) == .threeMonths)
        #expect(DeadlineEngine.nextFollowUp(for: c, today: date("2026-02-21")) == date("2026-04-05"))
    }

    // MARK: 2. A follow-up dated after today is not held

    @Test func aFollowUpDatedAfterTodayIsPlannedNotHeld() {
        let f = Self.family(measures: [Self.measure("m1", "BL § 86", "2026-01-05")], followUps: ["2026-06-01", "2026-12-01"])
        let before = Self.found(f).first { $0.kind == .followUp }!
        #expect(before.due == date("2026-09-01"))
        #expect(before.overdueDays(on: Self.today) == 62)
        #expect(before.from == date("2026-06-01"))
        // On the day itself it is held.
        #expect(Self.found(f, on: "2026-12-01").first { $0.kind == .followUp }?.due == date("2027-03-01"))
        // The leader figure does not count it either.
        let occasions = Compliance.occasions(for: FamilySummary(f).cases[0], today: Self.today)
        #expect(occasions.last.map { !$0.onTime && $0.held == nil } == true)
    }

    // MARK: 3. No duplicate deadlines

    @Test func bl20AndBl22AreOneInvestigation() {
        // BL § 22 is the content of the investigation under § 20: one deadline, 4 months from the first start.
        let f = Self.family(measures: [Self.measure("m1", "BL § 20", "2026-09-10"), Self.measure("m2", "BL § 22", "2026-09-12")])
        let d = Self.found(f).filter { $0.kind == .investigation || $0.kind == .investigationWithoutEnd }
        #expect(d.map(\.due) == [date("2027-01-10")])
        #expect(d.map(\.kind) == [.investigation])
    }

    @Test func aYoungPersonWithTwoOpenCasesHasOneTransitionAndOneEighteenFlag() {
        var f = Self.family(born: "2010-12-01")
        f.children[0].cases.append(ChildCase(number: "2026-0009", primaryCaseworker: "JBO", opened: date("2026-02-01")))
        let transitions = Self.found(f).filter { $0.kind == .transition }
        #expect(transitions.map(\.due) == [date("2026-12-01")])
        var adult = Self.family(born: "2008-10-01")
        adult.children[0].cases.append(ChildCase(number: "2026-0009", primaryCaseworker: "JBO", opened: date("2026-02-01")))
        #expect(Self.found(adult).filter { $0.kind == .adult }.count == 1)
    }

    // MARK: 4. Complaints without an open case

    @Test func aComplaintOnAFamilyWithNoOpenCaseGetsItsFourWeeks() {
        var f = Self.family()
        f.children[0].cases[0].status = .closed
        f.children[0].cases[0].closed = date("2026-10-01")
        f.complaints = [Complaint(id: "q1", caseNumber: "2026-0001", received: date("2026-10-10"), about: "Afgørelsen om lukning")]
        let d = Self.found(f)
        #expect(d.map(\.kind) == [.complaint])
        #expect(d[0].due == date("2026-11-07") && d[0].caseNumber == "2026-0001" && d[0].caseworker == "MHA")
        // A family with no case at all keeps the complaint too, with the case number it names.
        var none = Family(id: "f-none", name: "Familien Uden")
        none.complaints = [Complaint(id: "q1", caseNumber: "2019-0004", received: date("2026-10-10"), about: "Afslag")]
        let alone = Self.found(none)
        #expect(alone.map(\.due) == [date("2026-11-07")])
        #expect(alone[0].caseNumber == "2019-0004" && alone[0].caseworker == "")
        // Reconsidered: gone.
        f.complaints[0].reconsidered = date("2026-10-20")
        #expect(Self.found(f).isEmpty)
    }

    // MARK: 5. 18 or over with an open case in the children's area

    @Test func eighteenOrOverWithAnOpenCaseIsFlagged() {
        // BL §§ 86–87 stop at 18: the flag is due on the 18th birthday and stays while the case is open.
        #expect(Self.found(Self.family(born: "2008-11-02")).filter { $0.kind == .adult }.map(\.due) == [date("2026-11-02")])
        #expect(Self.found(Self.family(born: "2008-11-03")).filter { $0.kind == .adult }.isEmpty)
        // Born 29 February: 18 on 28 February in a common year.
        #expect(Self.found(Self.family(born: "2008-02-29")).filter { $0.kind == .adult }.map(\.due) == [date("2026-02-28")])
        var closed = Self.family(born: "2000-01-01")
        closed.children[0].cases[0].status = .closed
        #expect(Self.found(closed).isEmpty)
        let flagged = Self.found(Self.family(born: "2008-11-02")).first { $0.kind == .adult }!
        #expect(flagged.rule.contains("§§ 86–87"))
    }

    // MARK: 8. The law's other deadlines

    @Test func theChildsPlanWithinThreeMonthsOfAPlacement() {
        // BL § 91, stk. 2: a placement (§ 46 or § 47) needs the child's plan within 3 months.
        let placed = Self.family(measures: [Self.measure("m1", "BL § 46", "2026-08-31")])
        #expect(Self.found(placed).filter { $0.kind == .childsPlan }.map(\.due) == [date("2026-11-30")])
        let forced = Self.family(measures: [Self.measure("m1", "BL § 47", "2026-08-31")])
        #expect(Self.found(forced).filter { $0.kind == .childsPlan }.count == 1)
        let old = Self.family(measures: [Self.measure("m1", "SEL § 52, stk. 3, nr. 7", "2023-08-31")])
        #expect(Self.found(old).filter { $0.kind == .childsPlan }.map(\.due) == [date("2023-11-30")])
        // § 91, stk. 1: support under § 32 alone leaves the plan to the municipality: no deadline.
        let support = Self.family(measures: [Self.measure("m1", "BL § 32", "2026-08-31")])
        #expect(Self.found(support).filter { $0.kind == .childsPlan }.isEmpty)
        // Made: gone.
        var made = placed
        made.children[0].cases[0].childPlanMade = date("2026-10-01")
        #expect(Self.found(made).filter { $0.kind == .childsPlan }.isEmpty)
    }

    @Test func theFirstFollowUpAtTheLatestThreeMonthsAfterAMeasureStarts() {
        // BL § 95, stk. 2, nr. 2: 3 months after the support measure started.
        let f = Self.family(measures: [Self.measure("m1", "BL § 32", "2026-09-15")], followUps: ["2026-09-01"])
        let first = Self.found(f).filter { $0.kind == .firstFollowUp }
        #expect(first.map(\.due) == [date("2026-12-15")])
        #expect(first[0].from == date("2026-09-15"))
        // Held the day the measure started: done. A follow-up dated after today does not count.
        #expect(Self.found(Self.family(measures: [Self.measure("m1", "BL § 32", "2026-09-15")], followUps: ["2026-09-15"]))
            .filter { $0.kind == .firstFollowUp }.isEmpty)
        #expect(Self.found(Self.family(measures: [Self.measure("m1", "BL § 32", "2026-09-15")], followUps: ["2026-11-20"]))
            .filter { $0.kind == .firstFollowUp }.count == 1)
        // § 95, stk. 2, nr. 1: sooner when an investigation running beside it ends first.
        let beside = Self.family(measures: [Self.measure("m1", "BL § 20", "2026-09-01", ended: "2026-10-20"),
                                            Self.measure("m2", "BL § 32", "2026-09-15")])
        #expect(Self.found(beside).filter { $0.kind == .firstFollowUp }.map(\.due) == [date("2026-10-20")])
        // Compensation (§ 86) is not a § 95 measure.
        #expect(Self.found(Self.family(measures: [Self.measure("m1", "BL § 86", "2026-09-15")])).filter { $0.kind == .firstFollowUp }.isEmpty)
    }

    @Test func anInvestigationPastFourMonthsWithoutEndIsAWarning() {
        // BL § 20: finished within 4 months. Started 1 July: due 1 November; on that day still a deadline, the day
        // after a warning that it has no end (the import cannot know when it ended).
        let f = Self.family(measures: [Self.measure("m1", "SEL § 50", "2026-07-01")])
        #expect(Self.found(f, on: "2026-11-01").filter { $0.kind == .investigation }.map(\.due) == [date("2026-11-01")])
        let warned = Self.found(f, on: "2026-11-02")
        #expect(warned.filter { $0.kind == .investigation }.isEmpty)
        #expect(warned.filter { $0.kind == .investigationWithoutEnd }.map(\.due) == [date("2026-11-01")])
        var ended = f
        ended.children[0].cases[0].measures[0].ended = date("2026-10-15")
        #expect(Self.found(ended).filter { $0.kind == .investigationWithoutEnd || $0.kind == .investigation }.isEmpty)
    }

    // MARK: 9. The network meeting, a team setting

    @Test func networkMeetingsAtTheTeamsInterval() throws {
        // Seed 002: one municipality holds them every 6 months, the default.
        var f = Self.family(opened: "2025-01-10")
        f.meetings = [Meeting(id: "n1", date: date("2026-05-02"), kind: .network, method: .loft),
                      Meeting(id: "n2", date: date("2026-12-01"), kind: .network, method: .loft)]
        let standard = Self.found(f, settings: .standard).filter { $0.kind == .networkMeeting }
        #expect(standard.map(\.due) == [date("2026-11-02")])
        #expect(standard[0].childName == nil && standard[0].rule.contains("hver 6. måned"))
        #expect(Self.found(f, settings: RuleSettings(networkMeetingMonths: 3)).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2026-08-02")])
        #expect(Self.found(f, settings: Self.off).filter { $0.kind == .networkMeeting }.isEmpty)
        // None held: counted from the day the first open case opened.
        f.meetings = []
        #expect(Self.found(f, settings: .standard).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2025-07-10")])
        // None recorded, and the case opened 2 months ago: not overdue from day one (counted from the opening).
        var recent = Self.family(opened: "2026-09-02")
        recent.meetings = []
        let fresh = Self.found(recent, settings: .standard).filter { $0.kind == .networkMeeting }
        #expect(fresh.map(\.due) == [date("2027-03-02")])
        #expect(fresh[0].overdueDays(on: Self.today) == 0)
        // team.json: absent means 6, 0 means off.
        let absent = try JSONDecoder().decode(Team.self, from: Data(#"{"schemaVersion":\#(StoreFormat.currentSchemaVersion),"name":"T","targetCaseload":20}"#.utf8))
        #expect(RuleSettings(team: absent).networkMeetingMonths == 6)
        let zero = try JSONDecoder().decode(Team.self, from: Data(#"{"schemaVersion":\#(StoreFormat.currentSchemaVersion),"name":"T","targetCaseload":20,"networkMeetingIntervalMonths":0}"#.utf8))
        #expect(RuleSettings(team: zero).networkMeetingMonths == nil)
    }

    @Test func aNetworkMeetingMarkedDoneInTheArshjulIsHeld() {
        // Seed 002 (årshjulet): the caseworker fills in the year's activities, "opfølgninger med familien,
        // netværksmøder mv.", and marks them done. A network meeting done there was held, as the årshjul's own
        // proposal counts it: the 6 months (seed 002, one municipality's interval) run from it.
        var f = Self.family(opened: "2024-01-10")
        f.annualPlan = [AnnualActivity(id: "w1", year: 2026, month: 9, kind: .networkMeeting, purpose: "Netværksmøde",
                                       date: date("2026-09-14"), done: true)]
        #expect(Self.found(f, settings: .standard).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2027-03-14")])
        // Done without a date: held in its month, counted from the first (as the årshjul's proposal reads it).
        f.annualPlan[0].date = nil
        #expect(Self.found(f, settings: .standard).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2027-03-01")])
        // Planned, not done: not held. The interval runs from the case's opening.
        f.annualPlan[0].done = false
        #expect(Self.found(f, settings: .standard).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2024-07-10")])
        // A meeting recorded in Sammen and the same meeting marked done in the årshjul are one meeting.
        f.annualPlan[0].done = true
        f.annualPlan[0].date = date("2026-09-14")
        f.meetings = [Meeting(id: "n1", date: date("2026-09-14"), kind: .network, method: .loft)]
        #expect(FamilySummary(f).networkMeetings == [date("2026-09-14")])
    }

    @Test func theTrainingCaseloadsArshjulAndDueAgreeOnNetworkMeetings() {
        // The training families hold their network meetings every 6 months and mark them done in the årshjul.
        // `due` must not call a family overdue whose årshjul shows one held within the 6 months.
        let today = date("2026-12-03")
        let (team, families) = TrainingCaseload.make(today: today)
        var checked = 0
        for family in families {
            let held = family.annualPlan.filter { $0.kind == .networkMeeting && $0.done }
                .compactMap { $0.date ?? LocalDate(year: $0.year, month: $0.month, day: 1) }.max()
            guard let held, held.adding(months: 6) >= today else { continue }
            let overdue = DeadlineEngine.deadlines(for: FamilySummary(family), today: today, settings: RuleSettings(team: team))
                .filter { $0.kind == .networkMeeting && $0.overdueDays(on: today) > 0 }
            #expect(overdue.isEmpty, "\(family.name): held \(held)")
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test func networkMeetingsNeverCountFromBeforeTheTeamBeganUsingSammen() throws {
        // Seed 002: one municipality holds them every 6 months. A case open since 2019 with no meeting recorded,
        // in a store made on 1 October 2026: Sammen cannot know of meetings before that day, so the first is due
        // 6 months after it, not 6 months after 2019.
        let started = RuleSettings(networkMeetingMonths: 6, networkMeetingsFrom: date("2026-10-01"))
        let old = Self.family(opened: "2019-03-04")
        let due = Self.found(old, settings: started).filter { $0.kind == .networkMeeting }
        #expect(due.map(\.due) == [date("2027-04-01")])
        #expect(due[0].overdueDays(on: Self.today) == 0)
        // From then on the interval holds in full: on 2 April 2027 the family is overdue.
        #expect(Self.found(old, on: "2027-04-02", settings: started).first { $0.kind == .networkMeeting }?.overdueDays(on: date("2027-04-02")) == 1)
        // A case opened after the team began counts from its own opening; a meeting held after either, from it.
        #expect(Self.found(Self.family(opened: "2026-10-20"), settings: started).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2027-04-20")])
        var met = old
        met.meetings = [Meeting(id: "n1", date: date("2026-10-15"), kind: .network, method: .loft)]
        #expect(Self.found(met, settings: started).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2027-04-15")])
        // A meeting recorded from before the team began (typed in afterwards) does not move it before that day.
        met.meetings[0].date = date("2026-02-01")
        #expect(Self.found(met, settings: started).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2027-04-01")])
        // Without the day (a store made before the rule) it counts from the opening, as before.
        #expect(Self.found(old, settings: .standard).filter { $0.kind == .networkMeeting }.map(\.due) == [date("2019-09-04")])
        // team.json carries the day; absent is nil.
        let team = try JSONDecoder().decode(Team.self, from: Data(#"{"schemaVersion":\#(StoreFormat.currentSchemaVersion),"name":"T","targetCaseload":20,"networkMeetingsFrom":"2026-10-01"}"#.utf8))
        #expect(RuleSettings(team: team) == started)
        let absent = try JSONDecoder().decode(Team.self, from: Data(#"{"schemaVersion":\#(StoreFormat.currentSchemaVersion),"name":"T","targetCaseload":20}"#.utf8))
        #expect(RuleSettings(team: absent).networkMeetingsFrom == nil)
    }
}
