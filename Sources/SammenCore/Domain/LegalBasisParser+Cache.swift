import Foundation

extension LegalBasisParser {
    /// `parse(raw)` (no default law), each distinct text parsed once per process. A caseload cites few distinct
    /// paragraphs, so a cold parse of 10,000 family files reads the same handful of texts tens of thousands of
    /// times; the catalogue the parser checks against is fixed, so a remembered answer stays right.
    public static func parseRemembered(_ raw: String) -> Result<LegalBasis, LegalBasisError> {
        ParsedTexts.shared.result(for: raw)
    }
}

/// The texts parsed so far and their answers, shared by the threads of a parallel parse. Bounded: a file full of
/// made-up paragraphs is parsed the slow way once the table is full, and costs no more memory.
private final class ParsedTexts: @unchecked Sendable {
    static let shared = ParsedTexts()
    static let most = 4_096

    private var known: [ExactText: Result<LegalBasis, LegalBasisError>] = [:]
    private let lock = NSLock()

    func result(for raw: String) -> Result<LegalBasis, LegalBasisError> {
        lock.lock()
        let found = known[ExactText(raw)]
        lock.unlock()
        if let found { return found }
        let parsed = LegalBasisParser.parse(raw)
        lock.lock()
        if known.count < Self.most { known[ExactText(raw)] = parsed }
        lock.unlock()
        return parsed
    }
}

/// A text known by its exact bytes. Swift's String equality is canonical equivalence ("st\u{212A}" with a Kelvin
/// sign equals "stK"), while the parser reads scalars and refuses the Kelvin sign: the answer for one must never
/// be handed to the other.
private struct ExactText: Hashable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
