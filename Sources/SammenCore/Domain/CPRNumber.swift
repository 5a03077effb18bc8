import Foundation

/// A Danish CPR number (DDMMYY-SSSS), checked for structure and a real birth date only.
///
/// Numbers issued since 2007 need not pass the modulus-11 check, so it is never required. The number is
/// personal data: it is shown masked (`masked`) and never written to logs or file names.
public struct CPRNumber: Hashable, Sendable {
    public let digits: String
    public let birthDate: LocalDate

    public enum ParseError: Error, Equatable, Sendable {
        case wrongShape
        case impossibleDate

        public var danishMessage: String { phrase.da }
        public var englishMessage: String { phrase.en }

        public var phrase: Phrase {
            switch self {
            case .wrongShape: return Phrase(da: "et CPR-nummer skal have 10 cifre (DDMMÅÅ-LLLL)",
                                            en: "a CPR number has 10 digits (DDMMYY-SSSS)")
            case .impossibleDate: return Phrase(da: "CPR-nummerets fødselsdato findes ikke",
                                                en: "the CPR number's date of birth does not exist")
            }
        }
    }

    public static func parse(_ raw: String) -> Result<CPRNumber, ParseError> {
        let compact = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: " ", with: "")
        guard compact.count == 10, compact.allSatisfy(\.isASCIIDigit) else { return .failure(.wrongShape) }
        let d = Array(compact).map { Int(String($0))! }
        let day = d[0] * 10 + d[1]
        let month = d[2] * 10 + d[3]
        let yy = d[4] * 10 + d[5]
        // The century follows from the 7th digit (CPR-kontoret's table).
        let century: Int
        switch d[6] {
        case 0...3: century = 1900
        case 4, 9: century = yy <= 36 ? 2000 : 1900
        case 5...8: century = yy <= 57 ? 2000 : 1800
        default: century = 1900
        }
        guard let date = LocalDate(year: century + yy, month: month, day: day) else {
            return .failure(.impossibleDate)
        }
        return .success(CPRNumber(digits: compact, birthDate: date))
    }

    /// "DDMMYY-XXXX": the birth date part only, for screens.
    public var masked: String { String(digits.prefix(6)) + "-XXXX" }

    /// "DDMMYY-SSSS", for the one place a caseworker asks to see it.
    public var formatted: String { String(digits.prefix(6)) + "-" + String(digits.suffix(4)) }

    /// Masks anything that looks like a CPR number inside free text (notes, cards, error messages, log
    /// entries), whatever separates the date from the serial and whatever script the digits are in
    /// (`CPRRedaction`). Everything that leaves the program as free text goes through this one function.
    public static func redact(_ text: String) -> String { CPRRedaction.redact(text) }
}
