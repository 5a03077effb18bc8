/// The words of the parents' årshjul handout in one language: Danish (the default) or English.
struct HandoutWords {
    let language: Language

    private func say(_ da: String, _ en: String) -> String { language.pick(da: da, en: en) }

    var trainingNotice: String {
        say("ØVELSE – fiktiv familie til træning. Må ikke udleveres.", "ØVELSE (training) – a fictional family for training. Not to be handed out.")
    }
    var intro: String { say("Her kan I se, hvad der skal ske i løbet af året, og hvorfor.", "Here you can see what will happen during the year, and why.") }
    var datesMayMove: String { say("Datoerne kan flytte sig. Vi giver jer altid besked i god tid.", "The dates may move. We always let you know in good time.") }
    var reachOut: String {
        say("Ring eller skriv, hvis I har spørgsmål, eller hvis noget ændrer sig – også mellem møderne.",
            "Call or write if you have questions, or if something changes – also between the meetings.")
    }
    var wheel: String { say("Årshjul", "Annual wheel") }
    var nothingPlanned: String { say("Intet planlagt", "Nothing planned") }
    var nothingThisYear: String { say("Der er endnu ikke planlagt noget for året.", "Nothing is planned for the year yet.") }
    var whatAreMeetingsFor: String { say("Hvad er møderne til?", "What are the meetings for?") }
    var yourCaseworker: String { say("Jeres sagsbehandler", "Your caseworker") }
    var questions: String { say("Spørgsmål", "Questions") }
    var with: String { say("Med", "With") }
    /// Before an agreement's date: it is to be done by then.
    var byDay: String { say("senest", "by") }
    var contactMunicipality: String { say("Kontakt kommunen, hvis I har spørgsmål.", "Contact the municipality if you have questions.") }
    /// "+ 3 mere (se listen)": what a crowded month on the wheel could not show.
    func more(_ count: Int) -> String { say("+ \(count) mere (se listen)", "+ \(count) more (see the list)") }
    var phone: String { say("Telefon", "Phone") }
    var email: String { "E-mail" }
    var wheelDescription: String {
        say("Årshjul med et felt for hver måned, januar øverst og videre med uret. I hvert felt står månedens aftaler.",
            "Annual wheel with a field for each month, January at the top and on clockwise. Each field holds the month's arrangements.")
    }

    /// The description of a wheel that starts in another month than January.
    func wheelDescription(from month: Int) -> String {
        month == 1 ? wheelDescription
            : say("Årshjul med et felt for hver måned, \(DanishCalendarNames.month(month)) øverst og videre med uret. I hvert felt står månedens aftaler.",
                  "Annual wheel with a field for each month, \(EnglishCalendarNames.month(month)) at the top and on clockwise. Each field holds the month's arrangements.")
    }

    /// "Januar" / "January": a month as a heading.
    func monthTitle(_ month: Int) -> String {
        language == .da ? DanishCalendarNames.monthTitle(month) : EnglishCalendarNames.month(month)
    }

    /// "kl. 10.00" / "at 10:00".
    func at(_ clock: String) -> String { say("kl. \(clock)", "at \(clock)") }

    /// "fredag den 2. januar" / "Friday 2 January": the day without its year (the handout is for one year).
    func day(_ date: LocalDate) -> String {
        language == .da
            ? DanishCalendarNames.longWithWeekday(date).replacingOccurrences(of: " \(date.year)", with: "")
            : "\(EnglishCalendarNames.weekday(date)) \(date.day) \(EnglishCalendarNames.month(date.month))"
    }

    /// "15/4" in Danish, "15 Apr" in English (day before month both ways, so the wheel reads alike).
    func dayMonth(_ date: LocalDate) -> String {
        language == .da ? DanishCalendarNames.dayMonth(date) : "\(date.day) \(EnglishCalendarNames.month(date.month).prefix(3))"
    }

    /// "holdt" for a meeting that took place, "klaret" for a deadline or agreement met.
    func done(_ kind: ActivityKind) -> String {
        switch kind {
        case .deadline, .agreement, .other: return say("klaret", "done")
        default: return say("holdt", "held")
        }
    }
}
