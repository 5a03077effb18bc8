import Foundation

/// Who is invited to a calendar event: the guardians and network actors with an e-mail whose name or role
/// appears among the activity's participants.
///
/// The participants are free text ("Camilla", "Forældrene", "PPR Søby", "Mette (sagsbehandler)"), so matching
/// is by words, case-insensitive, after dropping anything in parentheses:
/// - a guardian matches their full name, their first name, their relation ("mor", "far", "plejemor"), or a word
///   for the parents together ("forældrene", "forældre", "familien");
/// - a network actor matches their contact name with or without a leading title ("Lærer Anne Holt", "Anne Holt"),
///   the organisation itself or all the words of the participant found in the organisation's name ("PPR Søby"
///   and "Søby Skole" match "Søby Skole, 1.B"), or a Danish word for their role ("skolen", "PPR", "fysioterapeuten").
/// A participant naming the caseworker ("… (sagsbehandler)", "rådgiver") is skipped: the caseworker is the
/// organizer. Nobody is invited twice.
enum ICSAttendees {
    struct Invitee: Equatable {
        var name: String
        var email: String
    }

    static func invitees(for activity: AnnualActivity, in family: Family, organizerEmail: String?) -> [Invitee] {
        // The caseworker ("Mette (sagsbehandler)") organises; such a participant must not match a guardian "Mette".
        let wanted = activity.participants.filter { p in !caseworkerWords.contains { p.lowercased().contains($0) } }
            .map(normalize).filter { !$0.isEmpty }
        var result: [Invitee] = []
        var seen = Set(organizerEmail.map { [$0.lowercased()] } ?? [])
        func add(_ name: String, _ email: String?) {
            guard let email = ICSFormat.mailAddress(email), !seen.contains(email.lowercased()) else { return }
            seen.insert(email.lowercased())
            result.append(Invitee(name: name, email: email))
        }
        for guardian in family.guardians where wanted.contains(where: { matches($0, guardian) }) {
            add(guardian.name, guardian.email)
        }
        for actor in family.network where wanted.contains(where: { matches($0, actor) }) {
            add(actor.contactName.map { "\($0) (\(actor.organisation))" } ?? actor.organisation, actor.email)
        }
        return result
    }

    static let caseworkerWords = ["sagsbehandler", "rådgiver"]

    static let parentsWords: Set<String> = ["forældrene", "forældre", "familien", "begge forældre"]

    static func matches(_ participant: String, _ guardian: Guardian) -> Bool {
        let name = normalize(guardian.name)
        return participant == name || participant == words(name).first || participant == normalize(guardian.relation)
            || parentsWords.contains(participant)
    }

    static func matches(_ participant: String, _ actor: NetworkActor) -> Bool {
        let p = words(participant)
        guard !p.isEmpty else { return false }
        if let contact = actor.contactName.map(normalize) {
            let c = words(contact)
            if participant == contact || (p.count >= 2 && c.count > p.count && Array(c.suffix(p.count)) == p) { return true }
        }
        let organisation = normalize(actor.organisation)
        if participant == organisation { return true }
        let orgWords = Set(words(organisation))
        if p.allSatisfy(orgWords.contains) && p.contains(where: { !stopWords.contains($0) }) { return true }
        return roleWords[actor.role, default: []].contains(participant)
    }

    /// Words too common in organisation names to identify one on their own.
    static let stopWords: Set<String> = ["kommune", "kommunen", "og", "i", "på", "for", "af"]

    static let roleWords: [ActorRole: Set<String>] = [
        .school: ["skole", "skolen", "lærer", "læreren", "lærerne", "klasselærer", "klasselæreren"],
        .dayCare: ["dagtilbud", "dagtilbuddet", "børnehave", "børnehaven", "vuggestue", "vuggestuen", "institutionen"],
        .ppr: ["ppr"],
        .physiotherapist: ["fysioterapeut", "fysioterapeuten"],
        .occupationalTherapist: ["ergoterapeut", "ergoterapeuten"],
        .speechTherapist: ["talepædagog", "talepædagogen"],
        .healthVisitor: ["sundhedsplejerske", "sundhedsplejersken"],
        .doctor: ["læge", "lægen", "egen læge"],
        .hospital: ["hospital", "hospitalet", "sygehus", "sygehuset"],
        .psychiatry: ["psykiatrien", "børne- og ungdomspsykiatrien"],
        .viso: ["viso"],
        .respiteCare: ["aflastning", "aflastningen"],
        .residentialCare: ["opholdssted", "opholdsstedet", "bosted", "bostedet"],
        .familyGuide: ["familievejleder", "familievejlederen"],
        .adultServices: ["voksenområdet", "voksenhandicap"],
    ]

    /// Lower case, parentheses removed, whitespace collapsed: "Mette (sagsbehandler)" -> "mette".
    static func normalize(_ text: String) -> String {
        var out = ""
        var depth = 0
        for ch in text.lowercased() {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?"))
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." }).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }.filter { !$0.isEmpty }
    }
}
