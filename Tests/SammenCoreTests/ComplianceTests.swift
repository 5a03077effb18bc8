import Testing
@testable import SammenCore

/// The leader figure "til tiden" (issue 16.10): of the follow-ups the cadence required in the last 12 months,
/// how many were held by their due date. Seed 002: leaders asked for a tool to see whether follow-up happens
/// as planned; the cadence is every 6 weeks with support (§ 52 / BL § 32), else every 3 months.
@Suite struct ComplianceTests {
    static let today = date("2026-11-02")

    static func sag(_ basis: String, opened: String, followUps: [String], status: CaseStatus = .open,
                    closed: String? = nil) -> FamilySummary.CaseSummary {
        var c = ChildCase(number: "2024-0001", primaryCaseworker: "MHA", opened: date(opened), status: status,
                          measures: [Measure(id: "m1", legalBasis: try! LegalBasisParser.parse(basis).get(), description: "x", started: date(opened))])
        c.closed = closed.map(date)
        var f = Family(id: "f", name: "F", children: [Child(id: "c1", name: "Emma", birthDate: date("2015-01-01"), cases: [c])])
        f.contacts = followUps.enumerated().map { Contact(id: "k\($0.offset)", date: date($0.element), channel: .phone, kind: .followUp) }
        return FamilySummary(f).cases[0]
    }

    @Test func fourteenMonthsWithoutAFollowUpIsAMissForEveryPeriod() {
        // 6-week case last followed up 2025-09-01: every 42-day period since is a miss; those due in the window
        // (from 2025-11-02) count, each once.
        let c = Self.sag("BL § 32", opened: "2024-01-10", followUps: ["2025-09-01"])
        let o = Compliance.occasions(for: c, today: Self.today)
        #expect(o.allSatisfy { !$0.onTime })
        // Due 2025-10-13 (outside), then every 42 days: 2025-11-24 … 2026-10-26 is 9 periods.
        #expect(o.first?.due == date("2025-11-24"))
        #expect(o.count == 9)
        #expect(o.last?.due == date("2026-10-26"))
        // The first miss after the last follow-up is the date `due` shows as overdue.
        #expect(DeadlineEngine.nextFollowUp(for: c, today: Self.today) == date("2025-10-13"))
    }

    @Test func followUpsMoreOftenThanTheCadenceDoNotAddRequirements() {
        // Every 2 weeks in a 6-week case: the periods are still about 6 weeks long, all answered on time.
        var days: [String] = []
        var d = date("2025-10-01")
        while d <= Self.today { days.append(d.iso); d = d.adding(days: 14) }
        let frequent = Compliance.occasions(for: Self.sag("BL § 32", opened: "2025-10-01", followUps: days), today: Self.today)
        #expect(frequent.allSatisfy { $0.onTime })
        #expect(frequent.count <= 9)
        // The same count as following up exactly every 6 weeks.
        var exact: [String] = []
        d = date("2025-10-01").adding(days: 42)
        while d <= Self.today { exact.append(d.iso); d = d.adding(days: 42) }
        let steady = Compliance.occasions(for: Self.sag("BL § 32", opened: "2025-10-01", followUps: exact), today: Self.today)
        #expect(frequent.count == steady.count)
    }

    @Test func aLateFollowUpIsOneMissAndTheClockRestartsThere() {
        // 3-month case: due 2026-05-10, held 2026-05-20 (late); next due 2026-08-20, held on the day.
        let c = Self.sag("BL § 86", opened: "2026-02-10", followUps: ["2026-05-20", "2026-08-20"])
        let o = Compliance.occasions(for: c, today: Self.today)
        #expect(o.map(\.due) == [date("2026-05-10"), date("2026-08-20")])
        #expect(o.map(\.onTime) == [false, true])
        #expect(o[0].held == date("2026-05-20"))
    }

    @Test func closingANeglectedCaseKeepsItsMisses() {
        // Closed 2026-09-01 without a follow-up since 2026-01-05: its misses up to the closing day still count.
        let closed = Self.sag("BL § 86", opened: "2025-10-05", followUps: ["2026-01-05"], status: .closed, closed: "2026-09-01")
        let o = Compliance.occasions(for: closed, today: Self.today)
        #expect(o.map(\.due) == [date("2026-01-05"), date("2026-04-05"), date("2026-07-05")])
        #expect(o.map(\.onTime) == [true, false, false])
        let share = Compliance.share(of: [closed], today: Self.today)
        #expect(share.onTime == 1 && share.due == 3)
        // Closed before the window: nothing.
        let old = Self.sag("BL § 86", opened: "2020-01-05", followUps: [], status: .closed, closed: "2025-10-01")
        #expect(Compliance.occasions(for: old, today: Self.today).isEmpty)
    }

    @Test func aDueDateNotYetReachedIsNotCounted() {
        let c = Self.sag("BL § 86", opened: "2026-09-01", followUps: [])
        #expect(Compliance.occasions(for: c, today: Self.today).isEmpty)
        // Due today and not held yet: it can still be held today, so not missed (`due` shows it as due today).
        #expect(Compliance.occasions(for: c, today: date("2026-12-01")).isEmpty)
        #expect(Compliance.occasions(for: c, today: date("2026-12-02")).map(\.due) == [date("2026-12-01")])
        let held = Self.sag("BL § 86", opened: "2026-09-01", followUps: ["2026-12-01"])
        #expect(Compliance.occasions(for: held, today: date("2026-12-01")).map(\.onTime) == [true])
    }
}
