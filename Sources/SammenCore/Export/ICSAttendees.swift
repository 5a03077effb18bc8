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
/// organizer. Nobody is invited twice. A participant who matches nobody, or someone without a usable address, is
/// listed as unreachable with the reason.
public enum ICSAttendees {
    /// Someone invited to a meeting, with an address that can be sent to.
    public struct Invitee: Equatable, Sendable {
        public var name: String
        public var address: EmailAddress
    }

    /// A participant who cannot be invited, and why: listed to the caseworker, never dropped in silence.
    public struct Unreachable: Equatable, Sendable {
        /// The participant as written, or the matched person's name.
        public var name: String
        public var reason: Phrase
    }

    /// Who of an activity's participants can be invited, and who cannot.
    public struct Resolution: Equatable, Sendable {
        public var invitees: [Invitee] = []
        public var unreachable: [Unreachable] = []
    }

    /// The invitees of an activity: participants matched to guardians and network actors with a usable address.
    /// The organizer (by address) is never invited; nobody is invited twice.
    public static func resolve(_ activity: AnnualActivity, in family: Family, organizer: EmailAddress?) -> Resolution {
        var result = Resolution()
        var seen = Set(organizer.map { [$0.asciiAddress.lowercased()] } ?? [])
        var reported = Set<String>()
        func person(_ name: String, _ email: String?) {
            guard let text = email?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                if reported.insert(name).inserted {
                    result.unreachable.append(Unreachable(name: name, reason: Phrase(da: "ingen e-mailadresse", en: "no e-mail address")))
                }
                return
            }
            switch EmailAddress.parse(text) {
            case .failure(let problem):
                if reported.insert(name).inserted {
                    result.unreachable.append(Unreachable(name: name, reason: problem.phrase.prefixed(
                        Phrase(da: "e-mailadressen «\(text)» kan ikke bruges: ", en: "the e-mail address «\(text)» cannot be used: "))))
                }
            case .success(let address):
                guard seen.insert(address.asciiAddress.lowercased()).inserted else { return }
                result.invitees.append(Invitee(name: name, address: address))
            }
        }
        let participants = activity.participants.filter { p in !caseworkerWords.contains { p.lowercased().contains($0) } }
        for participant in participants {
            let wanted = normalize(participant)
            guard !wanted.isEmpty else { continue }
            let guardians = family.guardians.filter { matches(wanted, $0) }
            let actors = family.network.filter { matches(wanted, $0) }
            if guardians.isEmpty && actors.isEmpty {
                if reported.insert(participant).inserted {
                    result.unreachable.append(Unreachable(name: participant, reason: Phrase(
                        da: "findes ikke blandt forældrene eller i netværket", en: "not found among the parents or in the network")))
                }
            }
            for guardian in guardians { person(guardian.name, guardian.email) }
            for actor in actors { person(displayName(actor), actor.email) }
        }
        return result
    }

    /// "Anne Holt (Søby Skole)", or the organisation alone.
    static func displayName(_ actor: NetworkActor) -> String {
        actor.contactName.map { "\($0) (\(actor.organisation))" } ?? actor.organisation
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
