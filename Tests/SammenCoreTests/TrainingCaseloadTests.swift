import Foundation
import Testing
@testable import SammenCore

/// The training caseload keeps its promises on any day: the same mix of overdue, due-soon and later deadlines.
@Suite struct TrainingCaseloadTests {
    /// Today's date in these tests, a month end (clamping) and a day in a leap year's February.
    static let days: [LocalDate] = [
        LocalDate(year: 2026, month: 11, day: 22)!, LocalDate(year: 2027, month: 5, day: 31)!,
        LocalDate(year: 2028, month: 2, day: 29)!, LocalDate(year: 2026, month: 1, day: 15)!,
    ]

    static let today = days[0]

    func make(_ today: LocalDate = TrainingCaseloadTests.today) -> (team: Team, families: [Family]) {
        TrainingCaseload.make(today: today)
    }

    /// Every id in a family that must be unique within its list, by list.
    func idLists(_ f: Family) -> [String: [String]] {
        var lists: [String: [String]] = [
            "children": f.children.map(\.id), "contacts": f.contacts.map(\.id), "goals": f.goals.map(\.id),
            "subGoals": f.goals.flatMap { $0.subGoals.map(\.id) }, "network": f.network.map(\.id),
            "annualPlan": f.annualPlan.map(\.id), "meetings": f.meetings.map(\.id),
            "cards": f.meetings.flatMap { $0.cards.map(\.id) },
            "agreements": f.meetings.flatMap { $0.agreements.map(\.id) },
            "voices": f.childVoices.map(\.id), "challenges": f.challenges.map(\.id), "complaints": f.complaints.map(\.id),
        ]
        for child in f.children {
            lists["steps-\(child.id)"] = child.transitionSteps.map(\.id)
            for c in child.cases { lists["measures-\(c.number)"] = c.measures.map(\.id) }
        }
        for m in f.meetings { lists["participants-\(m.id)"] = m.participants.map(\.id) }
        return lists
    }

    @Test func teamHasFourCaseworkersWithGoalsAndStopOpMeetings() {
        let (team, _) = make()
        #expect(team.name.contains("Handicapteamet"))
        #expect(team.targetCaseload == 30)
        #expect(team.caseworkers.count >= 4)
        #expect(Set(team.caseworkers.map(\.initials)).count == team.caseworkers.count)
        for cw in team.caseworkers {
            #expect((1...3).contains(cw.learningGoals.count), "\(cw.initials)")
            #expect(cw.email == cw.initials.lowercased() + "@soeby.dk")
            #expect(cw.phone != nil)
        }
        #expect((2...3).contains(team.stopOpMeetings.count))
        let last = team.stopOpMeetings.max()!
        #expect((28...62).contains(last.days(until: Self.today)))
        #expect(team.nextStopOp! > Self.today)
    }

    @Test func familiesHaveValidUniqueIDs() {
        let (team, families) = make()
        #expect(families.count >= 32)
        #expect(Set(families.map(\.id)).count == families.count)
        for f in families {
            #expect(Family.isValidID(f.id), "\(f.id)")
            #expect(f.name.hasPrefix("Familien "), "\(f.id)")
            #expect(!f.guardians.isEmpty, "\(f.id)")
            #expect((1...3).contains(f.children.count), "\(f.id)")
            for (list, ids) in idLists(f) {
                #expect(Set(ids).count == ids.count, "\(f.id): duplicate id in \(list)")
                for id in ids { #expect(Family.isValidID(id), "\(f.id): «\(id)» in \(list)") }
            }
            #expect(FamilyValidator.validate(f, team: team).isEmpty, "\(f.id): \(FamilyValidator.validate(f, team: team))")
        }
        let numbers = families.flatMap { $0.cases.map(\.number) }
        #expect(Set(numbers).count == numbers.count)
        for number in numbers { #expect(number.wholeMatch(of: /\d{4}-\d{5}/) != nil, "\(number)") }
    }

    @Test func casesBelongToTheTeamAndOneCaseworkerCarriesMore() {
        let (team, families) = make()
        var load: [String: Int] = [:]
        for f in families {
            for c in f.cases {
                #expect(team.caseworker(c.primaryCaseworker) != nil, "\(f.id)")
                if let buddy = c.buddyCaseworker {
                    #expect(team.caseworker(buddy) != nil && buddy != c.primaryCaseworker, "\(f.id)")
                }
            }
            if let primary = f.cases.first(where: \.isOpen)?.primaryCaseworker { load[primary, default: 0] += 1 }
        }
        #expect(Set(load.keys) == Set(team.caseworkers.map(\.initials)))
        let counts = load.values.sorted(by: >)
        #expect(counts[0] >= counts[1] + 3, "\(load)")
        #expect(families.flatMap(\.cases).contains { $0.buddyCaseworker != nil })
        #expect(families.flatMap(\.cases).contains { !$0.isOpen && $0.closed != nil })
        #expect(families.contains { !$0.cases.isEmpty && $0.cases.allSatisfy { !$0.isOpen } })
    }

    @Test func everyCatalogueEntryAndBothNumberingsAreUsed() {
        let (_, families) = make()
        let measures = families.flatMap { $0.cases.flatMap(\.measures) }
        for m in measures { #expect(LegalCatalogue.isKnown(m.legalBasis), "\(m.legalBasis)") }
        let used = Set(measures.compactMap { $0.legalBasis.entry?.id })
        // Families of children with disabilities: none is placed without consent (BL § 47 / SEL § 58), and no
        // parents train their child at home instead of a special day care offer (BL § 85, hjemmetræning).
        #expect(used == Set(LegalCatalogue.entries.map(\.id)).subtracting(["placement-without-consent", "home-training"]))
        // Decisions before 1 January 2024 cite Serviceloven, later ones Barnets Lov.
        #expect(measures.contains { $0.legalBasis.law == .sel })
        #expect(measures.contains { $0.legalBasis.law == .bl })
        for m in measures where m.legalBasis.law == .sel { #expect(m.started < LocalDate(year: 2024, month: 1, day: 1)!) }
    }

    @Test(arguments: TrainingCaseloadTests.days)
    func deadlinesShowTheSameSituationOnAnyDay(today: LocalDate) {
        let (_, families) = make(today)
        let deadlines = DeadlineEngine.deadlines(for: families.map(FamilySummary.init), today: today)
        func count(_ kind: DeadlineKind, _ test: (Deadline) -> Bool) -> Int {
            deadlines.filter { $0.kind == kind && test($0) }.count
        }
        let soon = today.adding(days: 14)
        #expect((6...8).contains(count(.followUp) { $0.due < today }))
        #expect(count(.followUp) { $0.due < today && today.days(until: $0.due) < -45 } >= 1)
        #expect((4...6).contains(count(.followUp) { $0.due >= today && $0.due <= soon }))
        #expect(count(.followUp) { $0.due > soon } >= 15)
        #expect(count(.transition) { _ in true } >= 3)
        #expect(count(.transition) { $0.due > today && $0.due <= today.adding(months: 2) } >= 1)
        // Past its 4 months with no end date: the warning kind (BL § 20), never also the plain deadline.
        #expect(count(.investigationWithoutEnd) { $0.due < today } >= 1)
        #expect(count(.investigation) { $0.due < today } == 0)
        #expect(count(.investigation) { $0.due >= today && $0.due <= soon } >= 1)
        #expect(count(.complaint) { $0.due < today } >= 1)
        #expect(count(.complaint) { $0.due >= today } >= 1)
        #expect((1...2).contains(count(.agreement) { $0.due < today }))
        #expect(count(.agreement) { $0.due >= today && $0.due <= soon } >= 1)
    }

    @Test func deterministic() {
        let a = make()
        let b = make()
        #expect(a.team == b.team)
        #expect(a.families == b.families)
        #expect(make(Self.days[1]).families != a.families)
    }

    @Test func survivesJSON() throws {
        let (team, families) = make()
        let data = try JSONEncoder().encode(families)
        #expect(try JSONDecoder().decode([Family].self, from: data) == families)
        #expect(try JSONDecoder().decode(Team.self, from: JSONEncoder().encode(team)) == team)
    }

    @Test func childrenSpanTheAgesAndCPRNumbersParse() {
        let (_, families) = make()
        let children = families.flatMap(\.children)
        let ages = Set(children.map { $0.birthDate.age(on: Self.today) })
        #expect(ages.min()! <= 1 && ages.max()! >= 17)
        let withCPR = children.filter { $0.cpr != nil }
        #expect(Double(withCPR.count) >= 0.4 * Double(children.count))
        #expect(Double(withCPR.count) <= 0.7 * Double(children.count))
        for child in withCPR {
            guard case .success(let number) = CPRNumber.parse(child.cpr!) else {
                Issue.record("CPR of \(child.name) does not parse")
                continue
            }
            #expect(number.birthDate == child.birthDate, "\(child.name)")
        }
        // 15½–17 with an open case: the transition deadline shows for those without steps.
        let teens = children.filter { c in
            let months = c.birthDate.adding(years: 15).adding(months: 6)
            return months <= Self.today && Self.today < c.birthDate.adding(years: 17) && c.cases.contains(where: \.isOpen)
        }
        #expect(teens.filter { $0.transitionSteps.isEmpty }.count >= 3)
        #expect(children.contains { $0.sixteenthBirthday > Self.today && $0.sixteenthBirthday <= Self.today.adding(months: 2) })
        #expect(children.contains {
            $0.birthDate.age(on: Self.today) >= 16 && $0.transitionSteps.contains { $0.done != nil }
                && $0.transitionSteps.contains { $0.done == nil }
        })
    }

    @Test func followUpsFollowTheCaseHistory() {
        let (_, families) = make()
        for f in families {
            let followUps = f.contacts.filter { $0.kind == .followUp }
            #expect(f.contacts.map(\.date) == f.contacts.map(\.date).sorted(), "\(f.id)")
            for c in f.cases where c.isOpen {
                let mine = followUps.filter { $0.followsUp(caseNumber: c.number) }
                if let last = mine.map(\.date).max() { #expect(last >= c.opened, "\(f.id) \(c.number)") }
                for contact in mine { #expect(contact.date <= Self.today, "\(f.id)") }
            }
            #expect(f.contacts.allSatisfy { !$0.note.isEmpty })
        }
        #expect(families.flatMap(\.contacts).contains { $0.kind == .informal && $0.channel == .sms })
        #expect(families.flatMap(\.contacts).contains { $0.kind == .informal && $0.channel == .phone })
    }

    @Test func meetingsCardsAndRatingsBelongToTheirParticipants() {
        let (_, families) = make()
        var sosFamiliesWithTwo = 0
        for f in families {
            for m in f.meetings {
                let ids = Set(m.participants.map(\.id))
                for card in m.cards { #expect(ids.contains(card.author), "\(f.id) \(m.id) \(card.author)") }
                for rating in m.ratings {
                    #expect(ids.contains(rating.participant), "\(f.id) \(m.id)")
                    #expect((0...10).contains(rating.value))
                }
                switch m.method {
                case .loft:
                    #expect(Set(m.cards.map(\.column)) == Set(BoardColumn.allCases), "\(f.id) \(m.id)")
                case .signsOfSafety:
                    #expect(m.cards.allSatisfy { $0.safetyKind != nil }, "\(f.id) \(m.id)")
                    #expect(!m.ratings.isEmpty, "\(f.id) \(m.id)")
                }
                #expect(m.summary != nil)
                #expect(!m.agreements.isEmpty)
            }
            let sos = f.meetings.filter { $0.method == .signsOfSafety }
            if Set(sos.map(\.date)).count >= 2 { sosFamiliesWithTwo += 1 }
        }
        #expect(sosFamiliesWithTwo >= 2)
        let meetings = families.flatMap(\.meetings)
        #expect(families.filter { !$0.meetings.isEmpty }.count >= 10)
        #expect(meetings.contains { $0.method == .loft })
        #expect(meetings.contains { $0.wellbeingWording })
        #expect(meetings.contains { $0.method == .signsOfSafety && !$0.wellbeingWording })
        #expect(meetings.flatMap(\.agreements).contains { $0.done != nil })
    }

    @Test func theContentPromisesAreKept() {
        let (_, families) = make()
        func count(_ has: (Family) -> Bool) -> Int { families.filter(has).count }
        #expect(count { !$0.goals.isEmpty } >= 12)
        #expect(count { $0.goals.contains { !$0.revisions.isEmpty } } >= 4)
        let goals = families.flatMap(\.goals)
        #expect(Set(goals.map(\.horizon)) == Set(GoalHorizon.allCases))
        #expect(Set(goals.flatMap { $0.subGoals.map(\.owner.kind) }) == Set(ResponsibleKind.allCases))
        #expect(goals.contains { $0.status == .achieved })
        #expect(count { !$0.network.isEmpty } >= 15)
        #expect(Set(families.flatMap { $0.network.map(\.role) }).isSuperset(of: [
            .school, .dayCare, .ppr, .physiotherapist, .occupationalTherapist, .speechTherapist, .healthVisitor,
            .doctor, .hospital, .psychiatry, .viso, .respiteCare, .familyGuide,
        ]))
        #expect(families.flatMap(\.network).allSatisfy { (1...3).contains($0.closeness) })
        #expect(count { $0.annualPlan.contains { $0.year == Self.today.year } } >= 10)
        let plan = families.flatMap(\.annualPlan)
        #expect(plan.contains { $0.done } && plan.contains { !$0.done })
        #expect(plan.contains { $0.date != nil } && plan.contains { $0.date == nil })
        #expect(plan.contains { $0.kind == .networkMeeting } && plan.contains { $0.kind == .childConversation })
        #expect(plan.allSatisfy { $0.year == Self.today.year || $0.year == Self.today.year + 1 })
        #expect(count { !$0.childVoices.isEmpty } >= 8)
        #expect(Set(families.flatMap { $0.childVoices.map(\.method) }).isSuperset(of: [.conversation, .observation, .alternativeCommunication]))
        #expect(count { !$0.challenges.isEmpty } >= 4)
        #expect(Set(families.flatMap { $0.challenges.map(\.about) }) == Set(ChallengeTopic.allCases))
        #expect(count { !$0.complaints.isEmpty } >= 3)
        #expect(families.flatMap(\.complaints).contains { $0.reconsidered != nil })
        #expect(count { $0.internalNotes != nil } >= 3)
        #expect(Set(families.map(\.contactPreference.style)) == Set(ContactStyle.allCases))
    }

    @Test func lateInTheYearTheWheelReachesIntoNextYear() {
        let (_, families) = make(LocalDate(year: 2026, month: 11, day: 22)!)
        #expect(families.flatMap(\.annualPlan).contains { $0.year == 2027 })
        let (_, spring) = make(LocalDate(year: 2027, month: 3, day: 10)!)
        #expect(spring.flatMap(\.annualPlan).allSatisfy { $0.year == 2027 })
    }
}
