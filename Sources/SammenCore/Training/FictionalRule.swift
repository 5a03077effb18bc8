/// The catalogue rules the fictional families (the training caseload and the synthetic municipality) are
/// granted measures on, each with its Serviceloven and Barnets Lov paragraph.
enum FictionalRule {
    case preventive, familyGuide, additionalCosts, lostEarnings, personalHelp, investigation, support,
         placement, financialSupport, childsPlan, transition, escort, assessment, specialDayCare

    var paragraphs: (sel: String?, bl: String) {
        switch self {
        case .preventive: return ("11", "30")
        case .familyGuide: return (nil, "81")
        case .additionalCosts: return ("41", "86")
        case .lostEarnings: return ("42", "87")
        case .personalHelp: return ("44", "90")
        case .investigation: return ("50", "20")
        case .support: return ("52", "32")
        case .placement: return (nil, "46")
        case .financialSupport: return ("52a", "35")
        case .childsPlan: return ("140", "91")
        case .transition: return ("19a", "122")
        case .escort: return ("45", "89")
        case .assessment: return (nil, "19")
        case .specialDayCare: return (nil, "83")
        }
    }

    static let barnetsLov = LocalDate(year: 2024, month: 1, day: 1)!

    /// Decisions made before Barnets Lov took effect (1 January 2024) cite Serviceloven; later ones Barnets Lov.
    func basis(from start: LocalDate) -> LegalBasis {
        let p = paragraphs
        if let sel = p.sel, start < Self.barnetsLov { return LegalBasis(law: .sel, paragraph: sel) }
        return LegalBasis(law: .bl, paragraph: p.bl)
    }
}

/// Contact details for fictional people.
enum FictionalContact {
    /// "Camilla Nørgaard" -> "camilla.noergaard@eksempel.dk" (eksempel.dk is reserved for examples).
    static func mailAddress(_ name: String) -> String {
        var local = ""
        for ch in name.lowercased() {
            switch ch {
            case "æ": local += "ae"
            case "ø": local += "oe"
            case "å": local += "aa"
            case "é": local += "e"
            case " ": local += "."
            case "-": local += "-"
            default: if ch.isASCII, ch.isLetter { local.append(ch) }
            }
        }
        return local + "@eksempel.dk"
    }
}
