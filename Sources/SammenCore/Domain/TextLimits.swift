/// How long a text may be, the same in the program's forms, `sammen followup --note` and the import, so a note
/// that fits in one place fits everywhere. A text over its limit is refused with a message that says so; it is
/// never cut.
public enum TextLimits {
    /// A note on a follow-up or contact, a child's words, a card on the board.
    public static let note = 2_000
    /// The internal notes on a family (a running text the caseworker keeps).
    public static let internalNotes = 10_000
    /// A description: a measure, a challenge, a complaint, a goal's SMART line.
    public static let description = 500
    /// A reason given for a change: closing a case, abandoning or revising a goal.
    public static let reason = 300
    /// A name of a person, a family, an organisation; a title.
    public static let name = 120
    /// An address.
    public static let address = 200
    /// A phone number as written ("+45 12 34 56 78").
    public static let phone = 40
    /// An e-mail address (RFC 5321's limit on a path).
    public static let email = 254
    /// A case number (sagsnr) from the case system.
    public static let caseNumber = 40
    /// A caseworker's initials.
    public static let initials = 10
    /// A date typed as text ("24.11.2026").
    public static let date = 10

    /// Why `text` is too long for its limit, or nil when it fits. Counted in characters as a person sees them.
    public static func problem(_ text: String, limit: Int, field: Phrase) -> Phrase? {
        let count = text.count
        guard count > limit else { return nil }
        return Phrase(da: "\(field.da) er \(danishNumber(count)) tegn; der er højst plads til \(danishNumber(limit)) (\(danishNumber(count - limit)) for mange); intet er gemt",
                      en: "\(field.en) is \(englishNumber(count)) characters; it holds at most \(englishNumber(limit)) (\(englishNumber(count - limit)) too many); nothing was saved")
    }

    /// "Feltet er fuldt" for a form: the limit reached, and how many characters were not taken.
    public static func reached(limit: Int, refused: Int) -> Phrase {
        if refused <= 1 {
            return Phrase(da: "Feltet er fuldt: højst \(danishNumber(limit)) tegn.",
                          en: "The field is full: at most \(englishNumber(limit)) characters.")
        }
        return Phrase(da: "Feltet er fuldt: højst \(danishNumber(limit)) tegn; \(danishNumber(refused)) tegn blev ikke taget med.",
                      en: "The field is full: at most \(englishNumber(limit)) characters; \(englishNumber(refused)) characters were not taken.")
    }

    /// A paste that would not fit: refused whole, so nothing is cut.
    public static func pasteTooLong(pasted: Int, room: Int, limit: Int) -> Phrase {
        Phrase(da: "Den indsatte tekst er \(danishNumber(pasted)) tegn, men feltet rummer højst \(danishNumber(limit)) (plads til \(danishNumber(room)) mere). Intet er sat ind.",
               en: "The pasted text is \(englishNumber(pasted)) characters, but the field holds at most \(englishNumber(limit)) (room for \(englishNumber(room)) more). Nothing was pasted.")
    }

    static func danishNumber(_ n: Int) -> String { Language.da.number(n) }
    static func englishNumber(_ n: Int) -> String { Language.en.number(n) }
}
