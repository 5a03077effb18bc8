import Foundation
import Testing
@testable import SammenCore

/// The deadline engine's rules at their edges, and its fast ordering (slots, packed keys, byte-wise name
/// ranks) against a plain statement of the same rules and order.
@Suite struct DeadlineEngineTests {
    static let today = date("2026-11-02")

    func family(_ build: (inout Family) -> Void) -> FamilySummary {
        var f = sampleFamily(basis: "SEL § 41", opened: "2026-05-31")
        build(&f)
        return FamilySummary(f)
    }

    func contact(_ day: String, case number: String? = nil, kind: ContactKind = .followUp) -> Contact {
        Contact(id: "k-\(day)", date: date(day), channel: .phone, kind: kind, caseNumber: number)
    }

    /// The deadlines without the network meeting (a team setting, tested on its own).
    func found(_ f: FamilySummary, today: LocalDate = Self.today) -> [Deadline] {
        DeadlineEngine.deadlines(for: f, today: today, settings: RuleSettings(networkMeetingMonths: nil))
    }

    @Test func threeMonthsClampsToTheMonthsEnd() {
        // Opened 31 May, compensation only: 3 calendar months, 31 August; then 30 November after a follow-up.
        let opened = found(family { _ in })
        #expect(opened.map(\.due) == [date("2026-08-31")])
        #expect(opened[0].rule == "Sammen om familien: opfølgning hver 3. måned")
        let followed = found(family { $0.contacts = [contact("2026-08-31")] })
        #expect(followed.map(\.due) == [date("2026-11-30")])
        #expect(followed[0].from == date("2026-08-31"))
    }

    @Test func anInformalContactDoesNotMoveTheFollowUp() {
        let f = family { $0.contacts = [contact("2026-08-31", kind: .informal)] }
        #expect(found(f).map(\.due) == [date("2026-08-31")])
    }

    @Test func anActiveSupportMeasureMeansSixWeeksCountedFromWhenItBegan() {
        // Seed 002: support measures (§ 52 / BL § 32) mean a follow-up every 6 weeks. The support began on 1 June,
        // the day after the case opened: 42 days from then, 13 July (FollowUpRule).
        let support = try! LegalBasisParser.parse("BL § 32").get()
        let active = family { $0.children[0].cases[0].measures.append(Measure(id: "m2", legalBasis: support, description: "Støtte", started: date("2026-06-01"))) }
        let d = found(active).filter { $0.kind == .followUp }
        #expect(d.map(\.due) == [date("2026-07-13")])
        #expect(d[0].englishRule == "Sammen om familien: follow-up every 6 weeks")
        // Ended on 1 October, after its 42 days had passed: the follow-up it required by 13 July is still owed.
        let ended = family { $0.children[0].cases[0].measures.append(Measure(id: "m2", legalBasis: support, description: "Støtte", started: date("2026-06-01"), ended: date("2026-10-01"))) }
        #expect(found(ended).filter { $0.kind == .followUp }.map(\.due) == [date("2026-07-13")])
        // Ended before its 42 days: it required no 6-week follow-up, and the 3 months stand.
        let short = family { $0.children[0].cases[0].measures.append(Measure(id: "m2", legalBasis: support, description: "Støtte", started: date("2026-06-01"), ended: date("2026-07-12"))) }
        #expect(found(short).filter { $0.kind == .followUp }.map(\.due) == [date("2026-08-31")])
    }

    @Test func aRunningInvestigationIsDueFourMonthsAfterItsStart() {
        let investigation = try! LegalBasisParser.parse("SEL § 50").get()
        let f = family { $0.children[0].cases[0].measures.append(Measure(id: "m2", legalBasis: investigation, description: "Undersøgelse", started: date("2026-10-31"))) }
        let running = found(f).filter { $0.kind == .investigation }
        #expect(running.map(\.due) == [date("2027-02-28")])
        #expect(running[0].rule == "SEL § 50 / BL § 20: børnefaglig undersøgelse afsluttes inden 4 måneder")
    }

    @Test func transitionIsListedFromSixMonthsBeforeSixteenUntilEighteen() {
        func transitions(born: String, on today: String, planned: Bool = false) -> [LocalDate] {
            let f = family {
                $0.children[0].birthDate = date(born)
                if planned { $0.children[0].transitionSteps = [TransitionStep(id: "t1", title: "Møde med voksenområdet")] }
            }
            return DeadlineEngine.deadlines(for: f, today: date(today)).filter { $0.kind == .transition }.map(\.due)
        }
        #expect(transitions(born: "2011-05-02", on: "2026-11-01") == [])
        #expect(transitions(born: "2011-05-02", on: "2026-11-02") == [date("2027-05-02")])
        #expect(transitions(born: "2008-11-03", on: "2026-11-02") == [date("2024-11-03")])
        #expect(transitions(born: "2008-11-02", on: "2026-11-02") == [])
        #expect(transitions(born: "2011-05-02", on: "2026-11-02", planned: true) == [])
        // Born 29 February: 16 in a common year is 28 February.
        #expect(transitions(born: "2012-02-29", on: "2027-11-02") == [date("2028-02-29")])
        #expect(transitions(born: "2011-02-28", on: "2026-11-02") == [date("2027-02-28")])
    }

    @Test func complaintsAndAgreementsBelongToTheirCase() {
        var f = sampleFamily(basis: "SEL § 41", opened: "2026-05-31")
        f.children.append(Child(id: "c2", name: "Noah", birthDate: date("2018-01-01"), cases: [
            ChildCase(number: "2025-0002", primaryCaseworker: "JBO", opened: date("2026-06-01")),
        ]))
        f.complaints = [Complaint(id: "q1", caseNumber: "2025-0002", received: date("2026-10-30"), about: "Afslag"),
                        Complaint(id: "q2", caseNumber: nil, received: date("2026-10-01"), about: "Sagsbehandlingstid"),
                        Complaint(id: "q3", caseNumber: nil, received: date("2026-09-01"), about: "Gammel", reconsidered: date("2026-09-10"))]
        f.meetings = [Meeting(id: "m1", date: date("2026-10-01"), kind: .network, method: .loft,
                              agreements: [Agreement(id: "a1", what: "Skolen sender skema", who: "Skolen", due: date("2026-11-10")),
                                           Agreement(id: "a2", what: "Færdig", who: "PPR", due: date("2026-10-10"), done: date("2026-10-09"))])]
        let d = DeadlineEngine.deadlines(for: FamilySummary(f), today: Self.today)
        let complaints = d.filter { $0.kind == .complaint }
        #expect(complaints.map(\.due) == [date("2026-10-29"), date("2026-11-27")])
        #expect(complaints.map(\.caseNumber) == ["2025-0001", "2025-0002"])
        #expect(complaints.map(\.childName) == ["Emma", "Noah"])
        #expect(complaints.map(\.caseworker) == ["MHA", "JBO"])
        let agreements = d.filter { $0.kind == .agreement }
        #expect(agreements.count == 1)
        #expect(agreements[0].childName == nil && agreements[0].detail == "Skolen sender skema")
        #expect(agreements[0].rule == "Aftale fra møde: Skolen senest \(date("2026-11-10").danish)")
        #expect(agreements[0].englishRule == "Agreement from a meeting: Skolen by 2026-11-10")
    }

    @Test func aClosedCaseHasNoFollowUpButItsComplaintIsStillReconsidered() {
        // A complaint about the decision that closed the case is reconsidered within 4 weeks all the same.
        var f = sampleFamily()
        f.children[0].cases[0].status = .closed
        f.complaints = [Complaint(id: "q1", received: date("2026-10-30"), about: "Afslag")]
        let d = found(FamilySummary(f))
        #expect(d.map(\.kind) == [.complaint])
        #expect(d.map(\.due) == [date("2026-11-27")])
        #expect(d[0].caseNumber == "2025-0001" && d[0].caseworker == "MHA")
    }

    // MARK: The order

    @Test(arguments: [50, 700])
    func theCaseloadIsInTheOrderOfAPlainSort(families n: Int) {
        let municipality = SyntheticMunicipality(families: n, seed: 7, today: Self.today)
        let team = municipality.team()
        var caseload = (0..<n).map { FamilySummary(municipality.family($0, team: team)) }
        // Names shared by several families, so ties on day and name are decided by case number and kind.
        for i in stride(from: 0, to: n, by: 5) { caseload[i].name = "Familien Ø" }
        // And one family with every kind the synthetic municipality does not make.
        caseload.append(FamilySummary(DeadlineRulesTests.everyKindFamily()))
        let fast = DeadlineEngine.deadlines(for: caseload, today: Self.today)
        let plain = DeadlineEngine.sorted(caseload.flatMap { DeadlineEngine.deadlines(for: $0, today: Self.today) })
        #expect(fast == plain)
        #expect(fast.count > n)
        #expect(Set(DeadlineKind.allCases).isSubset(of: Set(fast.map(\.kind))))
    }

    @Test func sortedKeepsTheOrderOfEqualDeadlines() {
        let a = DeadlineEngine.deadlines(for: family { _ in }, today: Self.today)[0]
        var b = a
        b.detail = "second"
        #expect(DeadlineEngine.sorted([a, b]).map(\.detail) == [nil, "second"])
        #expect(DeadlineEngine.sorted([b, a]).map(\.detail) == ["second", nil])
    }
}

/// Family names ranked as bytes must give the ranks String's `<` gives.
@Suite struct StringRanksTests {
    func stringRanks(_ names: [String]) -> [Int] {
        let order = names.indices.sorted { names[$0] < names[$1] }
        var rank = [Int](repeating: 0, count: names.count)
        for k in order.indices.dropFirst() {
            rank[order[k]] = names[order[k]] == names[order[k - 1]] ? rank[order[k - 1]] : k
        }
        return rank
    }

    @Test func bytesRankAsStringsDo() {
        var generator = SyntheticRandom(seed: 11)
        let parts = ["Familien ", "Ærø", "Østergaard", "Åberg", "Aabenraa", "Zink", "Hansen", "é", "ü", "ß", "Ǆ", "ſ", " ", "-", "a", "A", ""]
        let names = (0..<2_000).map { _ in (0..<generator.int(1...4)).map { _ in parts[generator.int(0...(parts.count - 1))] }.joined() }
        #expect(StringRanks.ranks(names) == stringRanks(names))
    }

    @Test func aNameThatNeedsNormalisingIsRankedAsAString() {
        // "e" + combining acute equals "é" as a String; as bytes it would not.
        let names = ["Familien Le\u{301}on", "Familien Léon", "Familien Leon", "Familien Lf"]
        #expect(StringRanks.ranks(names) == stringRanks(names))
        #expect(StringRanks.ranks(names)[0] == StringRanks.ranks(names)[1])
    }

    @Test func emptyAndSingle() {
        #expect(StringRanks.ranks([]) == [])
        #expect(StringRanks.ranks([""]) == [0])
        #expect(StringRanks.ranks(["", ""]) == [0, 0])
    }
}
