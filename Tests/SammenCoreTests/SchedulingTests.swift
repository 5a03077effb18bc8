import Testing
@testable import SammenCore

/// Warnings when an årshjul activity gets a date: weekends, holidays, clashes, the wrong month.
@Suite struct SchedulingTests {
    static func activity(_ id: String, _ day: String?, time: String? = nil, minutes: Int? = nil,
                         kind: ActivityKind = .followUp, month: Int? = nil) -> AnnualActivity {
        let d = day.map(date)
        return AnnualActivity(id: id, year: d?.year ?? 2026, month: month ?? d?.month ?? 1, kind: kind,
                              purpose: "Formål", date: d, time: time, durationMinutes: minutes)
    }

    static func family(_ plan: [AnnualActivity]) -> Family {
        var f = sampleFamily()
        f.annualPlan = plan
        return f
    }

    func warnings(_ a: AnnualActivity, _ plan: [AnnualActivity] = []) -> [SchedulingWarning] {
        Scheduling.warnings(for: a, in: Self.family(plan))
    }

    @Test func anOrdinaryTuesdayHasNoWarnings() {
        #expect(warnings(Self.activity("a", "2026-03-10", time: "10:00")).isEmpty)
        #expect(warnings(Self.activity("a", nil)).isEmpty)
    }

    @Test func weekend() {
        let w = warnings(Self.activity("a", "2026-03-14"))
        #expect(w.map(\.kind) == [.weekend])
        #expect(w[0].message == "Lørdag den 14. marts 2026 er en weekenddag.")
    }

    @Test func publicHolidayIsNamed() {
        let w = warnings(Self.activity("a", "2026-04-06"))
        #expect(w.map(\.kind) == [.publicHoliday("2. påskedag")])
        #expect(w[0].message == "Mandag den 6. april 2026 er 2. påskedag – en helligdag.")
        // Kristi himmelfartsdag 2027 is a Thursday; store bededag 2024 is no longer a holiday.
        #expect(warnings(Self.activity("a", "2027-05-06")).map(\.kind) == [.publicHoliday("Kristi himmelfartsdag")])
        #expect(warnings(Self.activity("a", "2024-04-26")).isEmpty)
        #expect(warnings(Self.activity("a", "2023-05-05")).map(\.kind) == [.publicHoliday("Store bededag")])
    }

    @Test func holidayOnASundayGivesBoth() {
        let w = warnings(Self.activity("a", "2026-04-05"))
        #expect(w.map(\.kind) == [.weekend, .publicHoliday("Påskedag")])
    }

    @Test func usuallyClosedDays() {
        let w = warnings(Self.activity("a", "2026-06-05"))
        #expect(w.map(\.kind) == [.usuallyClosed("Grundlovsdag")])
        #expect(w[0].message == "Fredag den 5. juni 2026 er grundlovsdag, hvor de fleste har lukket.")
        #expect(warnings(Self.activity("a", "2026-12-24")).map(\.kind) == [.usuallyClosed("Juleaftensdag")])
    }

    @Test func overlappingTimesClash() {
        let meeting = Self.activity("n1", "2026-03-10", time: "13:00", minutes: 90, kind: .networkMeeting)
        let w = warnings(Self.activity("a", "2026-03-10", time: "14:00"), [meeting])
        #expect(w.map(\.kind) == [.clash(activityID: "n1")])
        #expect(w[0].message == "Overlapper med netværksmøde kl. 13.00–14.30 samme dag.")
        // Touching is not overlapping: 14:30 starts when the meeting ends.
        #expect(warnings(Self.activity("a", "2026-03-10", time: "14:30"), [meeting]).isEmpty)
        // The default duration is 60 minutes: 12:00 without a duration ends at 13:00.
        #expect(warnings(Self.activity("a", "2026-03-10", time: "12:00"), [meeting]).isEmpty)
        #expect(warnings(Self.activity("a", "2026-03-10", time: "12:01"), [meeting]).count == 1)
        // The other one with the default duration: 10:00-11:00 against 10:30.
        let call = Self.activity("c1", "2026-03-10", time: "10:00")
        #expect(warnings(Self.activity("a", "2026-03-10", time: "10:30", minutes: 15), [call]).count == 1)
    }

    @Test func sameDateWithoutTimesClashes() {
        let other = Self.activity("x", "2026-03-10", kind: .childConversation)
        let w = warnings(Self.activity("a", "2026-03-10", time: "09:00"), [other])
        #expect(w.map(\.kind) == [.clash(activityID: "x")])
        #expect(w[0].message == "Samme dag som børnesamtale (uden tidspunkt).")
        let timed = Self.activity("y", "2026-03-10", time: "15:00")
        #expect(warnings(Self.activity("a", "2026-03-10"), [timed])[0].message == "Samme dag som opfølgning kl. 15.00.")
    }

    @Test func itselfAndOtherDatesDoNotClash() {
        let a = Self.activity("a", "2026-03-10", time: "10:00")
        let moved = Self.activity("a", "2026-03-10", time: "10:30")
        #expect(warnings(moved, [a]).isEmpty)
        #expect(warnings(a, [Self.activity("b", "2026-03-11", time: "10:00"), Self.activity("c", nil)]).isEmpty)
    }

    @Test func dateOutsideTheActivitysMonth() {
        let w = warnings(Self.activity("a", "2026-04-07", month: 3))
        #expect(w.map(\.kind) == [.outsideMonth])
        #expect(w[0].message == "Datoen 07.04.2026 ligger ikke i marts 2026, hvor aktiviteten står i årshjulet.")
        var otherYear = Self.activity("a", "2027-03-09")
        otherYear.year = 2026
        #expect(warnings(otherYear).map(\.kind) == [.outsideMonth])
    }

    @Test func invalidTimeIsReportedAndTreatedAsNoTime() {
        let other = Self.activity("x", "2026-03-10", time: "10:00")
        let w = warnings(Self.activity("a", "2026-03-10", time: "25:00"), [other])
        #expect(w.map(\.kind) == [.invalidTime, .clash(activityID: "x")])
        #expect(Scheduling.minutesAfterMidnight("9:05") == 545)
        #expect(Scheduling.minutesAfterMidnight("09:5") == nil)
        #expect(Scheduling.minutesAfterMidnight("24:00") == nil)
    }

    @Test func everythingAtOnce() {
        let other = Self.activity("x", "2026-12-26", kind: .other, month: 12)
        let w = warnings(Self.activity("a", "2026-12-26", month: 11), [other])
        #expect(w.map(\.kind) == [.outsideMonth, .weekend, .publicHoliday("2. juledag"), .clash(activityID: "x")])
    }
}
