import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// Issue 16.1: one function (FollowUpRule) decides a case's follow-up, and `due`, the dashboard, the family
/// screen, the årshjul's proposal and the leader figure all agree with it, on every case of the training
/// caseload and the synthetic municipality, for every day of a year.
@Suite struct OneCadenceTests {
    static let start = d("2026-01-01")

    static func caseloads() -> [(name: String, team: Team, families: [Family])] {
        let training = TrainingCaseload.make(today: d("2026-11-02"))
        let municipality = SyntheticMunicipality(families: 60, seed: 16, today: d("2026-11-02"))
        let team = municipality.team()
        return [("training", training.team, training.families),
                ("synthetic", team, (0..<60).map { municipality.family($0, team: team) })]
    }

    @Test func everyCallerAgreesOnEveryCaseEveryDayOfAYear() {
        for caseload in Self.caseloads() {
            let summaries = caseload.families.map(FamilySummary.init)
            let settings = RuleSettings(team: caseload.team)
            var checked = 0
            for offset in 0..<365 {
                let day = Self.start.adding(days: offset)
                // `due`: the follow-up deadline of each open case.
                let due = DeadlineEngine.deadlines(for: summaries, today: day, settings: settings).filter { $0.kind == .followUp }
                var dueByCase: [String: Deadline] = [:]
                for d in due { dueByCase[d.familyID + "/" + d.caseNumber] = d }
                // The dashboard.
                var rowByCase: [String: CaseRow] = [:]
                for row in CaseRow.rows(for: summaries, today: day, settings: settings) { rowByCase[row.familyID + "/" + row.caseNumber] = row }
                // The leader figure's overdue count per caseworker.
                let figures = LeaderScreen.figures(summaries: summaries, team: caseload.team, today: day)
                var overdueByWorker: [String: Int] = [:]

                for family in summaries {
                    for c in family.cases where c.isOpen {
                        let key = family.id + "/" + c.number
                        let status = FollowUpRule.status(of: c, on: day)
                        #expect(dueByCase[key]?.due == status.due, "\(caseload.name) \(key) \(day): due")
                        #expect(dueByCase[key]?.rule == status.cadence.danishRule, "\(caseload.name) \(key) \(day): due's rule")
                        #expect(rowByCase[key]?.nextDue == status.due, "\(caseload.name) \(key) \(day): dashboard")
                        #expect(rowByCase[key]?.cadence == status.cadence, "\(caseload.name) \(key) \(day): dashboard cadence")
                        #expect(c.cadence(on: day) == status.cadence)
                        if status.due < day { overdueByWorker[c.primaryCaseworker, default: 0] += 1 }
                        // The leader figure: the first requirement after the last follow-up held is the one `due`
                        // shows; missed when it has passed, and none after it has been answered.
                        // (An occasion the last follow-up itself answered is not "after" it.)
                        let after = Compliance.occasions(for: c, today: day).filter { o in
                            o.due > status.base && (o.held.map { $0 > status.base } ?? true)
                        }
                        if status.due < day && status.due >= day.adding(months: -12) {
                            #expect(after.first?.due == status.due && after.first?.onTime == false,
                                    "\(caseload.name) \(key) \(day): leader figure")
                        }
                        if status.due >= day { #expect(after.isEmpty, "\(caseload.name) \(key) \(day): leader figure") }
                        checked += 1
                    }
                }
                for f in figures {
                    #expect(f.overdue == overdueByWorker[f.initials, default: 0], "\(caseload.name) \(f.initials) \(day): leader overdue")
                }
                // The årshjul's proposal: its first follow-up is in the month of the earliest case's due date (or
                // today's, when that has passed), unless the plan already has a follow-up that month.
                for family in caseload.families where offset % 7 == 0 {
                    let summary = FamilySummary(family)
                    let open = summary.cases.filter(\.isOpen)
                    guard let earliest = open.map({ FollowUpRule.status(of: $0, on: day).due }).min() else { continue }
                    let expected = max(earliest, day)
                    guard expected.year == day.year,
                          !family.annualPlan.contains(where: { $0.kind == .followUp && $0.year == expected.year && $0.month == expected.month })
                    else { continue }
                    let proposal = YearPlanner.propose(for: family, year: day.year, today: day).filter { $0.kind == .followUp }
                    #expect(proposal.first.map { $0.month } == expected.month, "\(caseload.name) \(family.id) \(day): årshjul")
                }
            }
            #expect(checked > 1_000)
        }
    }

    @Test func theFamilyScreenShowsTheSameDate() {
        let (team, families) = TrainingCaseload.make(today: d("2026-11-02"))
        let source = MemorySource(families: families, team: team)
        for offset in stride(from: 0, to: 365, by: 29) {
            let day = Self.start.adding(days: offset)
            let state = AppState(source: source, language: .da, today: day, user: "MHA", width: 160, height: 48)
            for family in families {
                let summary = FamilySummary(family)
                let view = AppState.FamilyView(family: family, summary: summary)
                let text = FamilyScreen.body(view, state: state).0.map { $0.pieces.map(\.text).joined() }
                for c in summary.cases where c.isOpen {
                    let status = FollowUpRule.status(of: c, on: day)
                    let line = text.first { $0.contains(c.number) && $0.contains(state.strings.cadence(status.cadence)) }
                    #expect(line?.contains(state.strings.date(status.due)) == true, "\(family.id) \(c.number) \(day)")
                }
            }
        }
    }

    @Test func theRecordAndTheHandoverShowTheNetworkMeetingDueLists() {
        // Seed 002: network meetings every 6 months in one municipality (the team's interval). The family record's
        // network tab and the handover document give the same latest date as `due`'s netvaerksmoede.
        let (team, families) = TrainingCaseload.make(today: d("2026-11-02"))
        let source = MemorySource(families: families, team: team)
        var checked = 0
        for offset in stride(from: 0, to: 365, by: 61) {
            let day = Self.start.adding(days: offset)
            let state = AppState(source: source, language: .da, today: day, user: "MHA", width: 160, height: 48)
            for family in families {
                guard let due = DeadlineEngine.deadlines(for: FamilySummary(family), today: day, settings: RuleSettings(team: team))
                    .first(where: { $0.kind == .networkMeeting })?.due else { continue }
                let tab = RecordTabs.network(family, state).lines.map { $0.pieces.map(\.text).joined() }
                #expect(tab.contains { $0.contains(state.strings.date(due)) }, "\(family.id) \(day): record")
                let handover = HandoverDocument.render(family: family, team: team, today: day, format: .md, training: true)
                // A meeting already dated after the day is shown as the next instead (the training families' are
                // dated by the day they were made, so earlier days see them ahead).
                let planned = FamilySummary(family).networkMeetings.contains { $0 > day }
                if !planned { #expect(handover.contains("senest \(state.strings.date(due))"), "\(family.id) \(day): handover") }
                checked += 1
            }
        }
        #expect(checked > 50)
    }
}
