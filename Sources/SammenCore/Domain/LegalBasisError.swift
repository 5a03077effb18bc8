/// Why a legal reference could not be read. Every message shows the value as typed with anything a reader
/// cannot see made visible (a no-break space, a zero-width space, a Cyrillic letter that looks Latin), so a
/// refused value never looks identical to an accepted one.
public enum LegalBasisError: Error, Equatable, Sendable {
    case empty
    case bareParagraph(String)
    case unknownLaw(String)
    case malformed(String)
    case unknownParagraph(LegalBasis)
    /// A range ("§§ 86–87") whose ends are not two plain numbers in order, or that spans too many paragraphs.
    case badRange(String)

    public var danishMessage: String { phrase.da }
    public var englishMessage: String { phrase.en }

    public var phrase: Phrase {
        switch self {
        case .empty:
            return Phrase(da: "paragraffen er tom", en: "the legal basis is empty")
        case .bareParagraph(let text):
            let v = VisibleText(text)
            return Phrase(da: "«\(v.shown)» siger ikke hvilken lov (skriv fx «SEL § 50» eller «BL § 20», eller brug --law sel|bl)\(v.danishNote)",
                          en: "«\(v.shown)» does not say which law (write e.g. «SEL § 50» or «BL § 20», or use --law sel|bl)\(v.englishNote)")
        case .unknownLaw(let text):
            let v = VisibleText(text)
            return Phrase(da: "«\(v.shown)»: ukendt lov (Sammen kender Serviceloven/SEL og Barnets Lov/BL)\(v.danishNote)",
                          en: "«\(v.shown)»: unknown law (Sammen knows Serviceloven/SEL and Barnets Lov/BL)\(v.englishNote)")
        case .malformed(let text):
            let v = VisibleText(text)
            return Phrase(da: "«\(v.shown)» er ikke en paragraf (skriv fx «SEL § 50», «BL § 32, stk. 1, nr. 2» eller «SEL § 52 a»)\(v.danishNote)",
                          en: "«\(v.shown)» is not a legal reference (write e.g. «SEL § 50», «BL § 32, stk. 1, nr. 2» or «SEL § 52 a»)\(v.englishNote)")
        case .unknownParagraph(let basis):
            return Phrase(da: "\(basis) er ikke en paragraf Sammen kender", en: "\(basis) is not a section Sammen knows")
        case .badRange(let text):
            let v = VisibleText(text)
            return Phrase(da: "«\(v.shown)»: et interval skal gå fra et lavere til et højere paragrafnummer uden bogstav, højst \(LegalBasisParser.longestRange) paragraffer (fx «BL §§ 86–87»)\(v.danishNote)",
                          en: "«\(v.shown)»: a range must go from a lower to a higher section number without a letter, at most \(LegalBasisParser.longestRange) sections (e.g. «BL §§ 86–87»)\(v.englishNote)")
        }
    }
}

/// A value with the characters a reader cannot tell apart made visible: each becomes «⟨U+00A0⟩» in the text,
/// and a note after the message names them. Printable ASCII, Danish letters and the signs a citation uses
/// (§, en dash) are shown as they are.
struct VisibleText {
    let shown: String
    /// (position counted from 1, code point, Unicode name) of each character made visible.
    let odd: [(position: Int, code: String, name: String)]

    init(_ text: String) {
        var shown = ""
        var odd: [(Int, String, String)] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if VisibleText.isPlain(scalar) {
                shown.unicodeScalars.append(scalar)
            } else {
                var hex = String(scalar.value, radix: 16, uppercase: true)
                while hex.count < 4 { hex = "0" + hex }
                let code = "U+" + hex
                shown += "⟨\(code)⟩"
                odd.append((offset + 1, code, scalar.properties.name ?? scalar.properties.nameAlias ?? "control character"))
            }
        }
        self.shown = shown
        self.odd = odd
    }

    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        if s.value >= 0x20 && s.value < 0x7F { return true }
        switch s {
        case "æ", "ø", "å", "Æ", "Ø", "Å", "§", "–", "é": return true
        default: return false
        }
    }

    var danishNote: String {
        guard !odd.isEmpty else { return "" }
        let list = odd.map { "tegn \($0.position) er \($0.code) \($0.name)" }.joined(separator: "; ")
        return " – teksten har tegn, der ikke ses eller ligner andre: \(list)"
    }

    var englishNote: String {
        guard !odd.isEmpty else { return "" }
        let list = odd.map { "character \($0.position) is \($0.code) \($0.name)" }.joined(separator: "; ")
        return " – the text has characters that cannot be seen or look like others: \(list)"
    }
}
