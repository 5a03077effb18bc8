extension LocalDate {
    /// Reads the date forms caseworkers and case systems write: YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY and
    /// D.M.YYYY. Nil when the text is not a date or the date does not exist (30 February).
    public init?(lenient raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: text) { self = iso; return }
        let separator: Character = text.contains(".") ? "." : "-"
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

import Foundation
