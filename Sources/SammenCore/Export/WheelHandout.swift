import Foundation

/// The parents' handout of the årshjul: a printable A4 page in plain Danish or English (SVG, or HTML around the SVG with
/// a month-by-month list on a second page) and a plain text version for e-mail and screen readers.
///
/// What goes in: the family's name, the year's activities by month (kind, date and time when set, what it is for,
/// who takes part), what each kind of meeting is for, and the primary caseworker's name, phone and e-mail. What never
/// goes in: CPR numbers (free text is masked with `CPRNumber.redact` too), the family's or meetings' internal notes,
/// case numbers, legal measures, other families. `training` marks everything "ØVELSE".
public enum WheelHandout {
    public static func svg(for family: Family, period: PlanPeriod, team: Team, training: Bool, language: Language = .da) -> String {
        WheelSVG(content: Content(family: family, period: period, team: team, training: training, language: language)).document()
    }

    public static func html(for family: Family, period: PlanPeriod, team: Team, training: Bool, language: Language = .da) -> String {
        HandoutHTML(content: Content(family: family, period: period, team: team, training: training, language: language)).document()
    }

    public static func text(for family: Family, period: PlanPeriod, team: Team, training: Bool, language: Language = .da) -> String {
        HandoutText(content: Content(family: family, period: period, team: team, training: training, language: language)).document()
    }

    public static func svg(for family: Family, year: Int, team: Team, training: Bool, language: Language = .da) -> String {
        svg(for: family, period: .calendarYear(year), team: team, training: training, language: language)
    }

    public static func html(for family: Family, year: Int, team: Team, training: Bool, language: Language = .da) -> String {
        html(for: family, period: .calendarYear(year), team: team, training: training, language: language)
    }

    public static func text(for family: Family, year: Int, team: Team, training: Bool, language: Language = .da) -> String {
        text(for: family, period: .calendarYear(year), team: team, training: training, language: language)
    }

    /// The agreements made at the family's meetings, due in the period, as the handout's items: what, who, by when
    /// (kept, with "klaret", once done). The board's other cards and the internal notes stay out.
    static func agreements(of family: Family, in period: PlanPeriod) -> [AnnualActivity] {
        family.meetings.flatMap { meeting in
            meeting.agreements.filter { period.contains(year: $0.due.year, month: $0.due.month) }.map { a in
                AnnualActivity(id: "agreement-\(a.id)", year: a.due.year, month: a.due.month, kind: .agreement,
                               purpose: a.what, participants: [a.who], date: a.due, done: a.done != nil)
            }
        }
    }

    /// What every format shows, gathered once, already cleaned.
    struct Content {
        let familyName: String
        let period: PlanPeriod
        let training: Bool
        /// The period's twelve months in order, each with its year.
        let slots: [YearMonth]
        /// Twelve months, each with its activities: dated ones first by day, then the rest by kind.
        let months: [[AnnualActivity]]
        /// The kinds that occur in the year, in the catalogue's order, for the legend.
        let kinds: [ActivityKind]
        let caseworker: Caseworker?
        let words: HandoutWords

        init(family: Family, period: PlanPeriod, team: Team, training: Bool, language: Language) {
            words = HandoutWords(language: language)
            familyName = Self.clean(family.name)
            self.period = period
            self.training = training
            slots = period.months
            let order = ActivityKind.allCases
            let planned = family.annualPlan.filter { period.contains(year: $0.year, month: $0.month) }
                + WheelHandout.agreements(of: family, in: period)
            months = period.months.map { slot in
                planned.filter { $0.year == slot.year && $0.month == slot.month }.sorted {
                    ($0.date?.day ?? 99, order.firstIndex(of: $0.kind)!, $0.id)
                        < ($1.date?.day ?? 99, order.firstIndex(of: $1.kind)!, $1.id)
                }
            }
            kinds = order.filter { kind in planned.contains { $0.kind == kind } }
            caseworker = FamilyContact.caseworker(of: family, in: team)
        }

        var title: String { "\(words.wheel) \(period.label(words.language))" }

        /// A slot's heading: "Oktober", or "Oktober 2026" when the period spans two years.
        func monthHeading(_ index: Int) -> String {
            let slot = slots[index]
            return words.monthTitle(slot.month) + (period.isCalendarYear ? "" : " \(slot.year)")
        }

        /// Free text on its way out: one line, no control characters, CPR-shaped numbers masked.
        static func clean(_ text: String) -> String {
            let scalars = CPRNumber.redact(text).unicodeScalars.map { s -> Character in
                s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? " " : Character(s)
            }
            return String(scalars).split(separator: " ").joined(separator: " ")
        }

        /// The purpose without a leading "Opfølgning:" that only repeats the kind, starting with a capital.
        static func purpose(_ a: AnnualActivity) -> String {
            var text = clean(a.purpose)
            for name in [a.kind.danishName, a.kind.danishShortName] {
                let prefix = name + ":"
                if text.lowercased().hasPrefix(prefix.lowercased()) {
                    text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                    break
                }
            }
            return text.prefix(1).uppercased() + text.dropFirst()
        }

        /// "fredag den 2. januar kl. 10.00" / "Friday 2 January at 10:00", or nil without a date.
        func when(_ a: AnnualActivity) -> String? {
            guard let date = a.date else { return nil }
            var text = (a.kind == .agreement ? words.byDay + " " : "") + words.day(date)
            if let time = a.time, let minutes = Scheduling.minutesAfterMidnight(time) {
                text += " " + words.at(clock(minutes))
            }
            return text
        }

        /// "15/4 kl. 13" / "15 Apr at 13", short for the wheel.
        func shortWhen(_ a: AnnualActivity) -> String? {
            guard let date = a.date else { return nil }
            var text = words.dayMonth(date)
            if let time = a.time, let minutes = Scheduling.minutesAfterMidnight(time) {
                text += " " + words.at(minutes % 60 == 0 ? "\(minutes / 60)" : clock(minutes))
            }
            return text
        }

        /// "10.00" in Danish, "10:00" in English.
        private func clock(_ minutes: Int) -> String {
            let danish = Scheduling.clock(minutes)
            return words.language == .da ? danish : danish.replacingOccurrences(of: ".", with: ":")
        }

        /// "holdt"/"held" for a meeting that took place, "klaret"/"done" for a deadline or agreement met; nil when not done.
        func doneWord(_ a: AnnualActivity) -> String? {
            a.done ? words.done(a.kind) : nil
        }

        func kindName(_ kind: ActivityKind) -> String { kind.name(in: words.language) }

        static func participants(_ a: AnnualActivity) -> String? {
            let names = a.participants.map(clean).filter { !$0.isEmpty }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }

        /// The caseworker's name, phone and e-mail as lines: "Telefon 72 34 51 10".
        var contactLines: [String] {
            guard let caseworker else { return [words.contactMunicipality] }
            var lines = [Self.clean(caseworker.name)]
            if let phone = caseworker.phone.map(Self.clean), !phone.isEmpty { lines.append("\(words.phone) \(phone)") }
            if let email = caseworker.email.map(Self.clean), !email.isEmpty { lines.append("\(words.email) \(email)") }
            return lines
        }
    }
}

/// The text version: month by month, no drawing, lines of at most 72 characters, for e-mail and screen readers.
struct HandoutText {
    let content: WheelHandout.Content
    static let width = 72

    func document() -> String {
        var out: [String] = []
        let words = content.words
        if content.training { out += [words.trainingNotice, ""] }
        out += ["\(content.title) – \(content.familyName)", ""]
        out += wrap(words.intro + " " + words.datesMayMove) + [""]
        for (index, activities) in content.months.enumerated() {
            out.append(content.monthHeading(index))
            if activities.isEmpty { out.append("  \(words.nothingPlanned).") }
            for a in activities {
                var head = content.kindName(a.kind)
                if let when = content.when(a) { head += ", " + when }
                if let done = content.doneWord(a) { head += " (\(done))" }
                out += wrap(head, first: "  - ", rest: "    ")
                let purpose = WheelHandout.Content.purpose(a)
                if !purpose.isEmpty { out += wrap(purpose, first: "    ", rest: "    ") }
                if let people = WheelHandout.Content.participants(a) {
                    out += wrap("\(words.with): " + people, first: "    ", rest: "    ")
                }
            }
            out.append("")
        }
        if !content.kinds.isEmpty {
            out += [words.whatAreMeetingsFor, ""]
            for kind in content.kinds {
                out += wrap("\(content.kindName(kind)): \(kind.parentExplanation(in: words.language))", first: "  ", rest: "  ")
            }
            out.append("")
        }
        out.append(content.caseworker == nil ? words.questions : words.yourCaseworker)
        out += content.contactLines.flatMap { wrap($0, first: "  ", rest: "  ") }
        out += wrap(words.reachOut, first: "  ", rest: "  ")
        if content.training { out += ["", words.trainingNotice] }
        return out.joined(separator: "\n") + "\n"
    }

    /// Word-wrapped lines with a first-line and a continuation prefix.
    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var current = first
        var empty = true
        for word in text.split(separator: " ") {
            if !empty && current.count + 1 + word.count > Self.width {
                lines.append(current)
                current = rest
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        if !empty { lines.append(current) }
        return lines
    }
}
