/// The two numberings of Danish children's law. Since 1 January 2024 the rules are in Barnets Lov (BL);
/// older cases and the model's texts cite Serviceloven (SEL).
public enum Law: String, Codable, Sendable, CaseIterable {
    case sel = "SEL"
    case bl = "BL"

    public var danishName: String {
        switch self {
        case .sel: return "Serviceloven"
        case .bl: return "Barnets Lov"
        }
    }
}

/// One paragraph of one law, e.g. SEL § 50 or BL § 32, with its stk. and nr. when the decision names them
/// (the model text names SEL § 52a, stk. 1, nr. 1). Written in files as "SEL § 50" or "SEL § 52a, stk. 1, nr. 1".
public struct LegalBasis: Hashable, Sendable, Codable, CustomStringConvertible {
    public let law: Law
    /// The paragraph number with an optional letter, lower-case: "50", "52a".
    public let paragraph: String
    /// The stykke (stk.), when named.
    public let subsection: Int?
    /// The nummer (nr.) within the stykke, when named.
    public let item: Int?
    /// The catalogue role of the paragraph (nil when Sammen does not know it), looked up once when the value is
    /// made: the deadline engine asks for it for every measure of 10,000 families, and a catalogue lookup
    /// hashes the paragraph and copies the entry each time. Derived from the fields above.
    public let role: MeasureRole?

    public init(law: Law, paragraph: String, subsection: Int? = nil, item: Int? = nil) {
        self.law = law
        self.paragraph = paragraph.lowercased()
        self.subsection = subsection
        self.item = subsection == nil ? nil : item
        role = LegalCatalogue.role(law: law, paragraph: self.paragraph, subsection: subsection, item: self.item)
    }

    /// How often a case with an active measure on this paragraph is followed up, for what the measure does.
    public var cadence: Cadence { role?.cadence ?? .threeMonths }

    /// The paragraph without stk. and nr. ("SEL § 52a, stk. 1, nr. 1" → "SEL § 52a").
    public var wholeParagraph: LegalBasis {
        subsection == nil ? self : LegalBasis(law: law, paragraph: paragraph)
    }

    /// "SEL § 50", "SEL § 52a, stk. 1, nr. 1": the law's own way of citing.
    public var description: String {
        var text = "\(law.rawValue) § \(paragraph)"
        if let subsection { text += ", stk. \(subsection)" }
        if let item { text += ", nr. \(item)" }
        return text
    }

    /// The catalogue entry this paragraph belongs to, or nil when Sammen does not know it.
    public var entry: LegalBasisEntry? { LegalCatalogue.entry(for: self) }

    /// The same rule in the other numbering ("SEL § 50" ↔ "BL § 20"), when there is one. Stk. and nr. are not
    /// carried over: the two laws number them differently.
    public var counterpart: LegalBasis? {
        guard let entry else { return nil }
        switch law {
        case .sel: return entry.bl.first.map { LegalBasis(law: .bl, paragraph: $0) }
        case .bl: return entry.sel.first.map { LegalBasis(law: .sel, paragraph: $0) }
        }
    }

    /// "SEL § 50 / BL § 20": both numberings, the one on file first.
    public var bothNumberings: String {
        guard let counterpart else { return description }
        return "\(description) / \(counterpart.description)"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch LegalBasisParser.parseRemembered(text) {
        case .success(let basis): self = basis
        case .failure(let error):
            // The parser's error rides along so the file problem can say it in either language.
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: container.codingPath,
                                                                    debugDescription: error.danishMessage, underlyingError: error))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
