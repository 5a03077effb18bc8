import Testing
@testable import SammenCore

/// Issue 14.3: dates that cannot be true, each rule at its edges (today, yesterday, tomorrow; the opening day;
/// the birth day). "Today" is a fixed day chosen to sit next to a month and a year end.
@Suite struct DateRulesTests {
    let today = date("2026-12-31")
    var yesterday: LocalDate { today.adding(days: -1) }
    var tomorrow: LocalDate { today.adding(days: 1) }

    // MARK: follow-ups and contacts

    @Test func contactTodayAndYesterdayAreTrueTomorrowIsNot() {
        #expect(DateRules.contact(today, caseOpened: nil, today: today) == nil)
        #expect(DateRules.contact(yesterday, caseOpened: nil, today: today) == nil)
        #expect(DateRules.contact(tomorrow, caseOpened: nil, today: today) == .contactInFuture(date: tomorrow, today: today))
        // Across the year end, and far ahead.
        #expect(DateRules.contact(date("2027-01-01"), caseOpened: nil, today: today) != nil)
        #expect(DateRules.contact(date("2099-06-01"), caseOpened: nil, today: today) != nil)
    }

    @Test func contactOnTheOpeningDayIsTrueTheDayBeforeIsNot() {
        let opened = date("2026-03-01")
        #expect(DateRules.contact(opened, caseOpened: opened, today: today) == nil)
        #expect(DateRules.contact(opened.adding(days: 1), caseOpened: opened, today: today) == nil)
        #expect(DateRules.contact(date("2026-02-28"), caseOpened: opened, today: today)
                == .contactBeforeCaseOpened(date: date("2026-02-28"), opened: opened))
    }

    @Test func aCaseOpenedTodayTakesAFollowUpToday() {
        #expect(DateRules.contact(today, caseOpened: today, today: today) == nil)
        #expect(DateRules.contact(yesterday, caseOpened: today, today: today) != nil)
    }

    // MARK: birth dates

    @Test func birthTodayAndYesterdayAreTrueTomorrowIsNot() {
        #expect(DateRules.birthDate(today, today: today) == nil)
        #expect(DateRules.birthDate(yesterday, today: today) == nil)
        #expect(DateRules.birthDate(tomorrow, today: today) == .birthInFuture(date: tomorrow, today: today))
    }

    @Test func birthMoreThanTwentyFiveYearsAgoIsATypingError() {
        let earliest = date("2001-12-31")
        #expect(DateRules.earliestBirthDate(today: today) == earliest)
        #expect(DateRules.birthDate(earliest, today: today) == nil)
        #expect(DateRules.birthDate(earliest.adding(days: -1), today: today)
                == .birthTooLongAgo(date: date("2001-12-30"), earliest: earliest))
        // The wrong century: 1916 typed for 2016.
        #expect(DateRules.birthDate(date("1916-05-04"), today: today) != nil)
        #expect(DateRules.birthDate(date("2016-05-04"), today: today) == nil)
    }

    @Test func earliestBirthOnALeapDay() {
        // 25 years before 29 February 2028 is 28 February 2003 (no 29th that year).
        #expect(DateRules.earliestBirthDate(today: date("2028-02-29")) == date("2003-02-28"))
        #expect(DateRules.birthDate(date("2003-02-28"), today: date("2028-02-29")) == nil)
        #expect(DateRules.birthDate(date("2003-02-27"), today: date("2028-02-29")) != nil)
    }

    // MARK: case openings

    @Test func caseOpenedTodayAndYesterdayAreTrueTomorrowIsNot() {
        let birth = date("2015-04-01")
        #expect(DateRules.caseOpened(today, birthDate: birth, today: today) == nil)
        #expect(DateRules.caseOpened(yesterday, birthDate: birth, today: today) == nil)
        #expect(DateRules.caseOpened(tomorrow, birthDate: birth, today: today) == .caseOpenedInFuture(opened: tomorrow, today: today))
    }

    @Test func caseOpenedOnTheBirthDayIsTrueTheDayBeforeIsNot() {
        let birth = date("2020-01-01")
        #expect(DateRules.caseOpened(birth, birthDate: birth, today: today) == nil)
        #expect(DateRules.caseOpened(date("2019-12-31"), birthDate: birth, today: today)
                == .caseOpenedBeforeBirth(opened: date("2019-12-31"), birth: birth))
        #expect(DateRules.caseOpened(date("2019-12-31"), birthDate: nil, today: today) == nil)
    }

    // MARK: measure ends

    @Test func anInvestigationEndedTodayIsTrueTomorrowIsNot() {
        let started = date("2026-09-01")
        #expect(DateRules.measureEnded(today, started: started, today: today, mustHaveHappened: true) == nil)
        #expect(DateRules.measureEnded(yesterday, started: started, today: today, mustHaveHappened: true) == nil)
        #expect(DateRules.measureEnded(tomorrow, started: started, today: today, mustHaveHappened: true)
                == .endInFuture(date: tomorrow, today: today))
        // A planned end of a time-limited measure may lie ahead.
        #expect(DateRules.measureEnded(tomorrow, started: started, today: today, mustHaveHappened: false) == nil)
    }

    @Test func aMeasureEndsOnItsStartDayAtTheEarliest() {
        let started = date("2026-09-01")
        #expect(DateRules.measureEnded(started, started: started, today: today, mustHaveHappened: true) == nil)
        #expect(DateRules.measureEnded(date("2026-08-31"), started: started, today: today, mustHaveHappened: false)
                == .endBeforeStart(ended: date("2026-08-31"), started: started))
    }

    // MARK: a whole record (sammen check)

    @Test func findingsNameEachImpossibleDateByItsPath() {
        var family = Family(id: "f-1", name: "Familien Test", children: [
            Child(id: "c1", name: "Ida", birthDate: date("2018-02-02"), cases: [
                ChildCase(number: "S-1", primaryCaseworker: "AB", opened: date("2017-01-01")),
                ChildCase(number: "S-2", primaryCaseworker: "AB", opened: date("2026-03-01")),
            ]),
            Child(id: "c2", name: "Bo", birthDate: date("2027-01-01")),
        ])
        family.contacts = [
            Contact(id: "k1", date: date("2026-03-01"), channel: .phone, kind: .followUp, caseNumber: "S-2"),
            Contact(id: "k2", date: date("2026-02-28"), channel: .phone, kind: .followUp, caseNumber: "S-2"),
            Contact(id: "k3", date: date("2027-01-01"), channel: .phone, kind: .informal),
            Contact(id: "k4", date: date("2016-12-31"), channel: .phone, kind: .followUp),
        ]
        let findings = DateRules.findings(in: family, today: today)
        #expect(findings.map(\.path) == [
            [.key("children"), .index(0), .key("cases"), .index(0), .key("opened")],
            [.key("children"), .index(1), .key("birthDate")],
            [.key("contacts"), .index(1), .key("date")],
            [.key("contacts"), .index(2), .key("date")],
            [.key("contacts"), .index(3), .key("date")],
        ])
        #expect(findings[0].problem == .caseOpenedBeforeBirth(opened: date("2017-01-01"), birth: date("2018-02-02")))
        #expect(findings[3].problem == .contactInFuture(date: date("2027-01-01"), today: today))
        // A contact for the whole family is measured against the earliest case.
        #expect(findings[4].problem == .contactBeforeCaseOpened(date: date("2016-12-31"), opened: date("2017-01-01")))
    }

    @Test func everyReasonNamesItsDatesInBothLanguages() {
        let problems: [DateRules.Problem] = [
            .contactInFuture(date: tomorrow, today: today),
            .contactBeforeCaseOpened(date: yesterday, opened: today),
            .birthInFuture(date: tomorrow, today: today),
            .birthTooLongAgo(date: date("1916-05-04"), earliest: date("2001-12-31")),
            .caseOpenedBeforeBirth(opened: yesterday, birth: today),
            .caseOpenedInFuture(opened: tomorrow, today: today),
            .endInFuture(date: tomorrow, today: today),
            .endBeforeStart(ended: yesterday, started: today),
        ]
        for problem in problems {
            #expect(problem.phrase.da != problem.phrase.en)
            #expect(problem.phrase.da.contains("."), "the Danish names dates the Danish way")
            #expect(problem.phrase.en.contains("-"))
        }
        #expect(DateRules.Problem.contactInFuture(date: tomorrow, today: today).phrase.da.contains("01.01.2027"))
        #expect(DateRules.Problem.contactInFuture(date: tomorrow, today: today).phrase.en.contains("2027-01-01"))
    }
}
