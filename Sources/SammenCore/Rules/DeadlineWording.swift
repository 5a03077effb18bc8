/// What a deadline's rule says, kept as the facts it is made of; the words in Danish or English are written
/// when a screen, a table or `due --json` asks for them.
enum DeadlineWording: Equatable, Sendable {
    case followUp(Cadence)
    case investigation(LegalBasis)
    case transition
    case complaint
    case agreement(who: String, due: LocalDate)

    var danish: String {
        switch self {
        case .followUp(let cadence): return cadence.danishRule
        case .investigation(let basis): return "\(basis.bothNumberings): børnefaglig undersøgelse afsluttes inden 4 måneder"
        case .transition: return "Barnets Lov §§ 122–123: overgang til voksenlivet planlægges fra 16 år"
        case .complaint: return "Klage: genvurderes inden 4 uger efter modtagelsen"
        case let .agreement(who, due): return "Aftale fra møde: \(who) senest \(due.danish)"
        }
    }

    var english: String {
        switch self {
        case .followUp(let cadence): return cadence.englishRule
        case .investigation(let basis): return "\(basis.bothNumberings): child investigation finished within 4 months"
        case .transition: return "Barnets Lov §§ 122–123: transition to adult life planned from age 16"
        case .complaint: return "Complaint: reconsidered within 4 weeks of receipt"
        case let .agreement(who, due): return "Agreement from a meeting: \(who) by \(due.iso)"
        }
    }
}
