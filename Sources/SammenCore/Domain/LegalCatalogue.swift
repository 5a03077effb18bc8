/// What a paragraph is for, which decides its cadence and the deadlines it brings.
public enum MeasureRole: String, Codable, Sendable {
    case preventive, compensation, investigation, support, placement, financialSupport, plan, transition

    /// A case with an investigation or a support measure is followed up every 6 weeks; otherwise every 3 months.
    public var cadence: Cadence {
        switch self {
        case .investigation, .support, .placement: return .sixWeeks
        default: return .threeMonths
        }
    }
}

/// One rule of the law, known in both numberings (DOMAIN.md, "The law today").
public struct LegalBasisEntry: Sendable, Equatable {
    public let id: String
    /// Serviceloven paragraphs, the first one the main one.
    public let sel: [String]
    /// Barnets Lov paragraphs, the first one the main one.
    public let bl: [String]
    public let danishTitle: String
    public let englishTitle: String
    public let role: MeasureRole

    /// A case with an investigation or a support measure is followed up every 6 weeks; otherwise every 3 months.
    public var cadence: Cadence { role.cadence }
}

/// The catalogue of legal bases Sammen knows, as data.
public enum LegalCatalogue {
    public static let entries: [LegalBasisEntry] = [
        LegalBasisEntry(id: "preventive", sel: ["11"], bl: ["30", "28", "29", "31"],
                        danishTitle: "Forebyggende indsatser", englishTitle: "Preventive measures",
                        role: .preventive),
        LegalBasisEntry(id: "family-guide", sel: [], bl: ["81"],
                        danishTitle: "Rådgivning og familievejleder", englishTitle: "Counselling and family guide",
                        role: .preventive),
        LegalBasisEntry(id: "additional-costs", sel: ["41"], bl: ["86"],
                        danishTitle: "Merudgifter", englishTitle: "Additional costs", role: .compensation),
        LegalBasisEntry(id: "lost-earnings", sel: ["42"], bl: ["87", "88"],
                        danishTitle: "Tabt arbejdsfortjeneste", englishTitle: "Lost earnings", role: .compensation),
        LegalBasisEntry(id: "personal-help", sel: ["44"], bl: ["90"],
                        danishTitle: "Personlig hjælp, aflastning og ledsagelse",
                        englishTitle: "Personal help, respite and escort", role: .compensation),
        LegalBasisEntry(id: "investigation", sel: ["50"], bl: ["20", "22"],
                        danishTitle: "Børnefaglig undersøgelse", englishTitle: "Child investigation",
                        role: .investigation),
        LegalBasisEntry(id: "support", sel: ["52"], bl: ["32"],
                        danishTitle: "Støttende indsatser", englishTitle: "Support measures", role: .support),
        LegalBasisEntry(id: "placement", sel: [], bl: ["46"],
                        danishTitle: "Anbringelse uden for hjemmet", englishTitle: "Placement outside the home",
                        role: .placement),
        LegalBasisEntry(id: "financial-support", sel: ["52a"], bl: ["35"],
                        danishTitle: "Økonomisk støtte", englishTitle: "Financial support",
                        role: .financialSupport),
        LegalBasisEntry(id: "childs-plan", sel: ["140"], bl: ["91", "92", "108"],
                        danishTitle: "Barnets plan", englishTitle: "The child's plan", role: .plan),
        LegalBasisEntry(id: "transition", sel: ["19a"], bl: ["122", "123"],
                        danishTitle: "Overgang til voksenlivet", englishTitle: "Transition to adult life",
                        role: .transition),
    ]

    private static let index: [LegalBasis: LegalBasisEntry] = {
        var map: [LegalBasis: LegalBasisEntry] = [:]
        for entry in entries {
            for p in entry.sel { map[LegalBasis(law: .sel, paragraph: p)] = entry }
            for p in entry.bl { map[LegalBasis(law: .bl, paragraph: p)] = entry }
        }
        return map
    }()

    public static func entry(for basis: LegalBasis) -> LegalBasisEntry? { index[basis] }

    /// The role of a paragraph, found in `entries` without a LegalBasis (LegalBasis asks this when it is made,
    /// and `index` is built of LegalBasis values).
    static func role(law: Law, paragraph: String) -> MeasureRole? {
        entries.first { (law == .sel ? $0.sel : $0.bl).contains(paragraph) }?.role
    }

    public static func isKnown(_ basis: LegalBasis) -> Bool { index[basis] != nil }

    /// Every paragraph Sammen knows, for help texts: "SEL § 11, § 41, …; BL § 20, …".
    public static var knownParagraphs: [LegalBasis] {
        index.keys.sorted { ($0.law.rawValue, $0.paragraph.count, $0.paragraph)
            < ($1.law.rawValue, $1.paragraph.count, $1.paragraph) }
    }
}
