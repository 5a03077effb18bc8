/// What a paragraph is for, which decides its cadence and the deadlines it brings.
public enum MeasureRole: String, Codable, Sendable {
    case preventive, compensation, investigation, support, placement, financialSupport, plan, transition
    /// An afdækning (BL § 19): the lighter look at a child's needs that leads to support under § 32. It is not
    /// the børnefaglig undersøgelse the model's 6-week cadence names, and BL § 19 sets no 4-month limit.
    case assessment

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

    /// "SEL § 41", "SEL §§ 32, 32a, 36", "–" when the law has none: for the catalogue tables in the docs.
    public func paragraphs(in law: Law) -> String {
        let list = law == .sel ? sel : bl
        switch list.count {
        case 0: return "–"
        case 1: return "\(law.rawValue) § \(list[0])"
        default: return "\(law.rawValue) §§ " + list.joined(separator: ", ")
        }
    }
}

/// The catalogue of legal bases Sammen knows, as data. Barnets Lov as in force since 1 January 2024 (the
/// paragraph texts were read on lovguiden.dk/retsinformation.dk: § 89 ledsagelse, formerly SEL § 45; § 91 the
/// child's plan; § 95 the first follow-up; §§ 82–84 the special day care and club offers
/// of chapter 8, § 85 home training).
public enum LegalCatalogue {
    public static let entries: [LegalBasisEntry] = [
        LegalBasisEntry(id: "preventive", sel: ["11"], bl: ["30", "28", "29", "31"],
                        danishTitle: "Forebyggende indsatser", englishTitle: "Preventive measures",
                        role: .preventive),
        LegalBasisEntry(id: "family-guide", sel: [], bl: ["81"],
                        danishTitle: "Rådgivning og familievejleder", englishTitle: "Counselling and family guide",
                        role: .preventive),
        // Barnets Lov chapter 8: §§ 82–84 the special day care and club offers, § 85 home training (the
        // delvejledning's chapters 3 and 4). One title for all four would call home training a day care offer.
        LegalBasisEntry(id: "special-day-care", sel: [], bl: ["82", "83", "84"],
                        danishTitle: "Særlige dag- og klubtilbud", englishTitle: "Special day care and club offers",
                        role: .compensation),
        LegalBasisEntry(id: "home-training", sel: [], bl: ["85"],
                        danishTitle: "Hjemmetræning", englishTitle: "Home training", role: .compensation),
        LegalBasisEntry(id: "additional-costs", sel: ["41"], bl: ["86"],
                        danishTitle: "Merudgifter", englishTitle: "Additional costs", role: .compensation),
        LegalBasisEntry(id: "lost-earnings", sel: ["42"], bl: ["87", "88"],
                        danishTitle: "Tabt arbejdsfortjeneste", englishTitle: "Lost earnings", role: .compensation),
        LegalBasisEntry(id: "escort", sel: ["45"], bl: ["89"],
                        danishTitle: "Ledsagelse", englishTitle: "Escort", role: .compensation),
        LegalBasisEntry(id: "personal-help", sel: ["44"], bl: ["90"],
                        danishTitle: "Personlig hjælp og aflastning",
                        englishTitle: "Personal help and respite", role: .compensation),
        LegalBasisEntry(id: "assessment", sel: [], bl: ["19"],
                        danishTitle: "Afdækning af barnets behov", englishTitle: "Assessment of the child's needs",
                        role: .assessment),
        LegalBasisEntry(id: "investigation", sel: ["50"], bl: ["20", "22"],
                        danishTitle: "Børnefaglig undersøgelse", englishTitle: "Child investigation",
                        role: .investigation),
        LegalBasisEntry(id: "support", sel: ["52"], bl: ["32"],
                        danishTitle: "Støttende indsatser", englishTitle: "Support measures", role: .support),
        LegalBasisEntry(id: "placement", sel: [], bl: ["46"],
                        danishTitle: "Anbringelse uden for hjemmet", englishTitle: "Placement outside the home",
                        role: .placement),
        LegalBasisEntry(id: "placement-without-consent", sel: ["58"], bl: ["47"],
                        danishTitle: "Anbringelse uden samtykke", englishTitle: "Placement without consent",
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

    /// A paragraph without stk. and nr.: the catalogue knows whole paragraphs.
    private struct Key: Hashable {
        let law: Law
        let paragraph: String
    }

    private static let index: [Key: LegalBasisEntry] = {
        var map: [Key: LegalBasisEntry] = [:]
        for entry in entries {
            for p in entry.sel { map[Key(law: .sel, paragraph: p)] = entry }
            for p in entry.bl { map[Key(law: .bl, paragraph: p)] = entry }
        }
        return map
    }()

    public static func entry(for basis: LegalBasis) -> LegalBasisEntry? {
        index[Key(law: basis.law, paragraph: basis.paragraph)]
    }

    /// The role of a paragraph, found in `entries` without a LegalBasis (LegalBasis asks this when it is made).
    /// SEL § 52, stk. 3, nr. 7 is a placement outside the home (the rest of SEL § 52 is support).
    static func role(law: Law, paragraph: String, subsection: Int? = nil, item: Int? = nil) -> MeasureRole? {
        if law == .sel && paragraph == "52" && subsection == 3 && item == 7 { return .placement }
        return entries.first { (law == .sel ? $0.sel : $0.bl).contains(paragraph) }?.role
    }

    public static func isKnown(_ basis: LegalBasis) -> Bool { entry(for: basis) != nil }

    /// Every paragraph Sammen knows, for help texts: "SEL § 11, § 41, …; BL § 20, …".
    public static var knownParagraphs: [LegalBasis] {
        index.keys.map { LegalBasis(law: $0.law, paragraph: $0.paragraph) }
            .sorted { ($0.law.rawValue, $0.paragraph.count, $0.paragraph) < ($1.law.rawValue, $1.paragraph.count, $1.paragraph) }
    }
}
