import Foundation

/// Why a legal reference could not be read.
public enum LegalBasisError: Error, Equatable, Sendable {
    case empty
    case bareParagraph(String)
    case unknownLaw(String)
    case malformed(String)
    case unknownParagraph(LegalBasis)

    public var danishMessage: String { phrase.da }
    public var englishMessage: String { phrase.en }

    public var phrase: Phrase {
        switch self {
        case .empty:
            return Phrase(da: "paragraffen er tom", en: "the legal basis is empty")
        case .bareParagraph(let text):
            return Phrase(da: "«\(text)» siger ikke hvilken lov (skriv fx «SEL § 50» eller «BL § 20», eller brug --law sel|bl)",
                          en: "«\(text)» does not say which law (write e.g. «SEL § 50» or «BL § 20», or use --law sel|bl)")
        case .unknownLaw(let text):
            return Phrase(da: "«\(text)»: ukendt lov (Sammen kender Serviceloven/SEL og Barnets Lov/BL)",
                          en: "«\(text)»: unknown law (Sammen knows Serviceloven/SEL and Barnets Lov/BL)")
        case .malformed(let text):
            return Phrase(da: "«\(text)» er ikke en paragraf (skriv fx «SEL § 50» eller «BL § 20»)",
                          en: "«\(text)» is not a legal reference (write e.g. «SEL § 50» or «BL § 20»)")
        case .unknownParagraph(let basis):
            return Phrase(da: "\(basis) er ikke en paragraf Sammen kender", en: "\(basis) is not a section Sammen knows")
        }
    }
}

/// Reads "SEL § 50", "SEL §50", "Serviceloven § 50", "BL § 20", "Barnets lov § 20", "§ 52a stk. 1"…
public enum LegalBasisParser {
    private static let lawNames: [(String, Law)] = [
        ("servicelovens", .sel), ("serviceloven", .sel), ("servl", .sel), ("sel", .sel),
        ("barnets lovs", .bl), ("barnets lov", .bl), ("barnetslov", .bl), ("bl", .bl),
    ]

    /// Parses one reference. `defaultLaw` is used for a bare "§ 50"; without it a bare paragraph is an error.
    public static func parse(_ raw: String, defaultLaw: Law? = nil) -> Result<LegalBasis, LegalBasisError> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(.empty) }
        var rest = Substring(text.lowercased())

        var law: Law?
        for (name, candidate) in lawNames where rest.hasPrefix(name) {
            let after = rest.dropFirst(name.count)
            // "sel50" and "sel § 50" are fine; "selskab" is not a law.
            if let next = after.first, next.isLetter { continue }
            law = candidate
            rest = after
            break
        }
        rest = rest.drop(while: { $0 == " " || $0 == "." })
        let hadSectionSign = rest.hasPrefix("§")
        rest = rest.drop(while: { $0 == "§" || $0 == " " })

        if law == nil, let first = text.first, first.isLetter {
            return .failure(.unknownLaw(text))
        }

        // The paragraph: digits and at most one letter ("52a"); anything after "stk." is ignored.
        let digits = rest.prefix(while: { $0.isASCIIDigit })
        guard !digits.isEmpty else { return .failure(.malformed(text)) }
        rest = rest.dropFirst(digits.count)
        var paragraph = String(digits)
        if let letter = rest.first, letter.isLetter, letter.isASCII {
            let afterLetter = rest.dropFirst()
            if afterLetter.isEmpty || afterLetter.first == " " || afterLetter.first == "," {
                paragraph.append(letter)
                rest = afterLetter
            }
        }
        let tail = rest.trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty && !tail.hasPrefix("stk") && !tail.hasPrefix(",") {
            return .failure(.malformed(text))
        }

        guard let resolvedLaw = law ?? defaultLaw else {
            return .failure(hadSectionSign || law == nil ? .bareParagraph(text) : .malformed(text))
        }
        let basis = LegalBasis(law: resolvedLaw, paragraph: paragraph)
        guard LegalCatalogue.isKnown(basis) else { return .failure(.unknownParagraph(basis)) }
        return .success(basis)
    }

    /// Splits a list such as "SEL § 41 + SEL § 44" or "SEL § 50, 52" into references.
    /// A paragraph with no law after a named one inherits it ("SEL §§ 50, 52" → SEL § 50 and SEL § 52).
    public static func parseList(_ raw: String, defaultLaw: Law? = nil)
        -> Result<[LegalBasis], LegalBasisError>
    {
        let pieces = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "+" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return .failure(.empty) }
        var result: [LegalBasis] = []
        var inherited = defaultLaw
        for piece in pieces {
            let normalised = piece.replacingOccurrences(of: "§§", with: "§")
            switch parse(normalised, defaultLaw: inherited) {
            case .success(let basis):
                result.append(basis)
                inherited = basis.law
            case .failure(let error):
                return .failure(error)
            }
        }
        return .success(result)
    }
}
