/// The dates that cannot be true, in ONE place: the forms, `sammen followup`, the CSV import and `sammen check`
/// all ask these functions, so a date refused in one place is refused everywhere, with the same reason.
///
/// "Today" is always passed in (the caller reads the clock once). Every rule compares whole days: a date ON the
/// boundary (today; the opening day; the birth day) is allowed, the day after (or before) is not.
public enum DateRules {
    /// A birth date more than this many years before today is refused as a typing error (1916 for 2016).
    /// Sammen's records are children's cases; the children's area ends at 23 at the latest (efterværn), so 25
    /// leaves room for a case that is being closed without letting a wrong century through.
    public static let oldestAgeInYears = 25

    /// Why a date cannot be true. Each case carries the dates it compares, so the message can name them.
    public enum Problem: Equatable, Sendable {
        /// A follow-up or contact dated after today: a planned one belongs in the årshjul.
        case contactInFuture(date: LocalDate, today: LocalDate)
        /// A follow-up or contact dated before the case it concerns was opened.
        case contactBeforeCaseOpened(date: LocalDate, opened: LocalDate)
        /// A birth date after today.
        case birthInFuture(date: LocalDate, today: LocalDate)
        /// A birth date more than `oldestAgeInYears` years ago.
        case birthTooLongAgo(date: LocalDate, earliest: LocalDate)
        /// A case opened before the child was born.
        case caseOpenedBeforeBirth(opened: LocalDate, birth: LocalDate)
        /// A case opened after today.
        case caseOpenedInFuture(opened: LocalDate, today: LocalDate)
        /// A measure (an investigation) said to have ended after today: an end that has not happened yet.
        case endInFuture(date: LocalDate, today: LocalDate)
        /// A measure that ends before it starts.
        case endBeforeStart(ended: LocalDate, started: LocalDate)

        /// The reason in plain words, in both languages, naming the dates.
        public var phrase: Phrase {
            switch self {
            case .contactInFuture(let date, let today):
                return Phrase(
                    da: "datoen \(date.danish) ligger efter i dag (\(today.danish)); en planlagt opfølgning hører til i årshjulet",
                    en: "the date \(date.iso) is after today (\(today.iso)); a planned follow-up belongs in the annual wheel")
            case .contactBeforeCaseOpened(let date, let opened):
                return Phrase(
                    da: "datoen \(date.danish) ligger før sagen blev åbnet (\(opened.danish))",
                    en: "the date \(date.iso) is before the case was opened (\(opened.iso))")
            case .birthInFuture(let date, let today):
                return Phrase(
                    da: "fødselsdatoen \(date.danish) ligger efter i dag (\(today.danish))",
                    en: "the date of birth \(date.iso) is after today (\(today.iso))")
            case .birthTooLongAgo(let date, let earliest):
                return Phrase(
                    da: "fødselsdatoen \(date.danish) er mere end \(DateRules.oldestAgeInYears) år siden (tidligst \(earliest.danish)); er årstallet skrevet forkert?",
                    en: "the date of birth \(date.iso) is more than \(DateRules.oldestAgeInYears) years ago (earliest \(earliest.iso)); is the year mistyped?")
            case .caseOpenedBeforeBirth(let opened, let birth):
                return Phrase(
                    da: "sagen er åbnet \(opened.danish), før barnet blev født (\(birth.danish))",
                    en: "the case was opened on \(opened.iso), before the child was born (\(birth.iso))")
            case .caseOpenedInFuture(let opened, let today):
                return Phrase(
                    da: "sagen er åbnet \(opened.danish), efter i dag (\(today.danish))",
                    en: "the case was opened on \(opened.iso), after today (\(today.iso))")
            case .endInFuture(let date, let today):
                return Phrase(
                    da: "slutdatoen \(date.danish) ligger efter i dag (\(today.danish)); en undersøgelse er først afsluttet, når den er det",
                    en: "the end date \(date.iso) is after today (\(today.iso)); an investigation has ended only once it has")
            case .endBeforeStart(let ended, let started):
                return Phrase(
                    da: "slutdatoen \(ended.danish) ligger før indsatsen begyndte (\(started.danish))",
                    en: "the end date \(ended.iso) is before the measure started (\(started.iso))")
            }
        }
    }

    /// The earliest birth date accepted on `today`.
    public static func earliestBirthDate(today: LocalDate) -> LocalDate {
        today.adding(years: -oldestAgeInYears)
    }

    /// A child's birth date: not after today, not more than `oldestAgeInYears` years before it.
    public static func birthDate(_ date: LocalDate, today: LocalDate) -> Problem? {
        if date > today { return .birthInFuture(date: date, today: today) }
        let earliest = earliestBirthDate(today: today)
        if date < earliest { return .birthTooLongAgo(date: date, earliest: earliest) }
        return nil
    }

    /// The day a case was opened: not after today, not before the child was born (the birth day itself is allowed).
    /// The birth date is optional for callers that do not know the child yet.
    public static func caseOpened(_ opened: LocalDate, birthDate: LocalDate?, today: LocalDate) -> Problem? {
        if opened > today { return .caseOpenedInFuture(opened: opened, today: today) }
        if let birthDate, opened < birthDate { return .caseOpenedBeforeBirth(opened: opened, birth: birthDate) }
        return nil
    }

    /// A follow-up or contact that has taken place: not after today, not before its case was opened (the opening
    /// day itself is allowed). For a contact that concerns all the family's cases, pass the earliest opening.
    public static func contact(_ date: LocalDate, caseOpened: LocalDate?, today: LocalDate) -> Problem? {
        if date > today { return .contactInFuture(date: date, today: today) }
        if let caseOpened, date < caseOpened { return .contactBeforeCaseOpened(date: date, opened: caseOpened) }
        return nil
    }

    /// The day a measure ended. An end that is a fact (an investigation finished) may not lie after today;
    /// a planned end of a time-limited measure may (`mustHaveHappened: false`). Never before the start.
    public static func measureEnded(_ ended: LocalDate, started: LocalDate, today: LocalDate,
                                    mustHaveHappened: Bool) -> Problem? {
        if ended < started { return .endBeforeStart(ended: ended, started: started) }
        if mustHaveHappened, ended > today { return .endInFuture(date: ended, today: today) }
        return nil
    }

    /// One date in a family record that breaks a rule, with the JSON path of the value (for `sammen check`,
    /// which names the line and column of files written before the rules existed).
    public struct Finding: Equatable, Sendable {
        public var path: [JSONLocator.PathElement]
        public var problem: Problem
    }

    /// Every impossible date in a family: birth dates, case openings and follow-ups/contacts. Measure ends are
    /// checked for order only (a planned end may lie ahead), as `FamilyValidator` already does.
    public static func findings(in family: Family, today: LocalDate) -> [Finding] {
        var findings: [Finding] = []
        var openedByCase: [String: LocalDate] = [:]
        for (ci, child) in family.children.enumerated() {
            let childPath: [JSONLocator.PathElement] = [.key("children"), .index(ci)]
            if let problem = birthDate(child.birthDate, today: today) {
                findings.append(Finding(path: childPath + [.key("birthDate")], problem: problem))
            }
            for (ki, c) in child.cases.enumerated() {
                openedByCase[c.number] = min(openedByCase[c.number] ?? c.opened, c.opened)
                if let problem = caseOpened(c.opened, birthDate: child.birthDate, today: today) {
                    findings.append(Finding(path: childPath + [.key("cases"), .index(ki), .key("opened")], problem: problem))
                }
            }
        }
        let earliestOpening = openedByCase.values.min()
        for (i, contact) in family.contacts.enumerated() {
            let opened = contact.caseNumber.flatMap { openedByCase[$0] } ?? earliestOpening
            if let problem = DateRules.contact(contact.date, caseOpened: opened, today: today) {
                findings.append(Finding(path: [.key("contacts"), .index(i), .key("date")], problem: problem))
            }
        }
        return findings
    }
}
