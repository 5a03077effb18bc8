/// The roles a meeting participant can have, in Danish (as stored) and English (as shown with --lang en). A role
/// outside the list ("anden" with free text) is stored and shown as typed.
public enum ParticipantRoles {
    public static let all: [(da: String, en: String)] = [
        ("mor", "mother"), ("far", "father"), ("barnet", "the child"), ("plejeforælder", "foster parent"),
        ("lærer", "teacher"), ("pædagog", "pedagogue"), ("PPR", "PPR psychologist"),
        ("fysioterapeut", "physiotherapist"), ("ergoterapeut", "occupational therapist"),
        ("talepædagog", "speech therapist"), ("sundhedsplejerske", "health visitor"), ("læge", "doctor"),
        ("familiebehandler", "family therapist"), ("tolk", "interpreter"), ("UU-vejleder", "UU youth guidance counsellor"),
        ("sagsbehandler", "caseworker"), ("anden", "other"),
    ]

    /// The word for "another role, written in the field beside it".
    public static let other = (da: "anden", en: "other")

    /// A stored role in `language`: a known Danish role in English, anything else as it is.
    public static func name(_ stored: String, in language: Language) -> String {
        guard language == .en else { return stored }
        let key = stored.lowercased()
        return all.first { $0.da.lowercased() == key }?.en ?? english[key] ?? stored
    }

    /// The stored (Danish) role for a choice made in either language.
    public static func stored(_ chosen: String) -> String {
        all.first { $0.en == chosen || $0.da == chosen }?.da ?? chosen
    }

    /// Relations and roles that are written without the list (a guardian's relation, a network actor's kind).
    static let english: [String: String] = [
        "plejemor": "foster mother", "plejefar": "foster father", "værge": "guardian", "mormor": "grandmother",
        "farmor": "grandmother", "morfar": "grandfather", "farfar": "grandfather",
    ]
}
