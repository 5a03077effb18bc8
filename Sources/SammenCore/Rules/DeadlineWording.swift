/// What a deadline's rule says, kept as the facts it is made of; the words in Danish or English are written
/// when a screen, a table or `due --json` asks for them.
enum DeadlineWording: Equatable, Sendable {
    case followUp(Cadence)
    case investigation(LegalBasis)
    case transition
    case complaint
    case agreement(who: String, due: LocalDate)
    case childsPlan
    case firstFollowUp
    case investigationWithoutEnd(LegalBasis)
    case networkMeeting(months: Int)
    case adult

    /// An agreement's rule in Danish is these words around who and the day: `due --json` writes it from its
    /// pieces, without making a String per agreement (DeadlineJSON).
    static let agreementLead: StaticString = "Aftale fra møde: "
    static let agreementBy: StaticString = " senest "

    var danish: String {
        switch self {
        case .followUp(let cadence): return cadence.danishRule
        case .investigation(let basis): return "\(basis.bothNumberings): børnefaglig undersøgelse afsluttes inden 4 måneder"
        case .transition: return "Barnets Lov §§ 122–123: overgang til voksenlivet planlægges fra 16 år"
        case .complaint: return "Klage: genvurderes inden 4 uger efter modtagelsen"
        case let .agreement(who, due): return "\(Self.agreementLead)\(who)\(Self.agreementBy)\(due.danish)"
        case .childsPlan: return "Barnets Lov § 91, stk. 2: barnets plan senest 3 måneder efter afgørelsen om anbringelse"
        case .firstFollowUp: return "Barnets Lov § 95, stk. 2: første opfølgning senest 3 måneder efter, at indsatsen er iværksat"
        case .investigationWithoutEnd(let basis):
            return "\(basis.bothNumberings): undersøgelsen begyndte for over 4 måneder siden og har ingen slutdato – skriv slutdatoen, eller afslut den"
        case .networkMeeting(let months): return "Sammen om familien: netværksmøde hver \(months). måned (teamets indstilling)"
        case .adult: return "Barnets Lov §§ 86–87: hjælpen efter børneområdets regler stopper ved 18 år – sagen er stadig åben"
        }
    }

    var english: String {
        switch self {
        case .followUp(let cadence): return cadence.englishRule
        case .investigation(let basis): return "\(basis.bothNumberings): child investigation finished within 4 months"
        case .transition: return "Barnets Lov §§ 122–123: transition to adult life planned from age 16"
        case .complaint: return "Complaint: reconsidered within 4 weeks of receipt"
        case let .agreement(who, due): return "Agreement from a meeting: \(who) by \(due.iso)"
        case .childsPlan: return "Barnets Lov § 91(2): the child's plan within 3 months of the placement decision"
        case .firstFollowUp: return "Barnets Lov § 95(2): first follow-up at the latest 3 months after the measure started"
        case .investigationWithoutEnd(let basis):
            return "\(basis.bothNumberings): the investigation began more than 4 months ago and has no end date – record the end, or finish it"
        case .networkMeeting(let months): return "Sammen om familien: network meeting every \(months) months (team setting)"
        case .adult: return "Barnets Lov §§ 86–87: help under the children's rules stops at 18 – the case is still open"
        }
    }
}
