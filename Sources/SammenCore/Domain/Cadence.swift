/// How often a case is followed up under "Sammen om familien". The model fixes these; a municipality may not
/// change them.
public enum Cadence: String, Codable, Sendable, CaseIterable {
    /// Cases with a child investigation or support measures (SEL §§ 50, 52 / BL §§ 20, 32): every 42 days.
    case sixWeeks
    /// Cases with compensation or support only (SEL §§ 41, 42, 44…): every 3 calendar months.
    case threeMonths

    /// The next follow-up after `date`.
    public func next(after date: LocalDate) -> LocalDate {
        switch self {
        case .sixWeeks: return date.adding(days: 42)
        case .threeMonths: return date.adding(months: 3)
        }
    }

    /// The rule in the Danish words a caseworker knows it by.
    public var danishRule: String {
        switch self {
        case .sixWeeks: return "Sammen om familien: opfølgning hver 6. uge"
        case .threeMonths: return "Sammen om familien: opfølgning hver 3. måned"
        }
    }

    public var englishRule: String {
        switch self {
        case .sixWeeks: return "Sammen om familien: follow-up every 6 weeks"
        case .threeMonths: return "Sammen om familien: follow-up every 3 months"
        }
    }

    /// Short label for tables: "6 uger", "3 mdr."
    public var danishShort: String {
        switch self {
        case .sixWeeks: return "6 uger"
        case .threeMonths: return "3 mdr."
        }
    }

    public var englishShort: String {
        switch self {
        case .sixWeeks: return "6 wks"
        case .threeMonths: return "3 mo."
        }
    }
}
