/// The årshjul's kinds of activity in the words families read (handout, calendar).
extension ActivityKind {
    /// "Opfølgning", "Netværksmøde"…: the name on a calendar event and in the wheel.
    public var danishName: String {
        switch self {
        case .followUp: return "Opfølgning"
        case .networkMeeting: return "Netværksmøde"
        case .childConversation: return "Børnesamtale"
        case .startMeeting: return "Startmøde"
        case .statusMeeting: return "Statusmøde"
        case .deadline: return "Frist"
        case .transition: return "Overgang til voksenlivet"
        case .agreement: return "Aftale"
        case .other: return "Andet"
        }
    }

    /// A shorter name for tight places (a segment of the wheel).
    public var danishShortName: String {
        switch self {
        case .transition: return "Overgang"
        default: return danishName
        }
    }

    /// What this kind of activity is for, in words a parent understands.
    public var parentExplanation: String {
        switch self {
        case .followUp:
            return "Vi taler sammen om, hvordan det går, om jeres mål, og om hjælpen stadig passer. Opfølgningerne ligger fast, så ingen bliver glemt."
        case .networkMeeting:
            return "Alle omkring jeres barn – fx skole, dagtilbud, PPR og terapeuter – mødes med jer, så I ikke selv skal koordinere. Vi aftaler, hvem gør hvad."
        case .childConversation:
            return "Vi taler med jeres barn på den måde, der passer til barnet – med ord, billeder eller ved at være sammen – om hvad der er godt, og hvad der er svært."
        case .startMeeting:
            return "Det første møde, hvor vi lærer hinanden at kende og aftaler, hvordan vi arbejder sammen."
        case .statusMeeting:
            return "Vi ser tilbage på, hvad der er nået, og aftaler, hvad der skal ske nu."
        case .deadline:
            return "En dato, hvor kommunen efter loven skal være færdig med noget, fx en undersøgelse eller barnets plan."
        case .transition:
            return "Forberedelsen af livet efter 18 år: uddannelse, bolig, arbejde og den hjælp, der skal være klar, når jeres barn bliver voksen."
        case .agreement:
            return "Noget, vi aftalte på et møde, og som skal være gjort senest på datoen."
        case .other:
            return "Andre aftaler i løbet af året."
        }
    }
}
