import SammenCore

/// The parents' årshjul handout in the format asked for.
enum HandoutFormats {
    static func render(family: Family, period: PlanPeriod, team: Team, format: String, training: Bool, language: Language) throws -> String {
        switch format {
        case "svg": return WheelHandout.svg(for: family, period: period, team: team, training: training, language: language)
        case "html": return WheelHandout.html(for: family, period: period, team: team, training: training, language: language)
        case "txt": return WheelHandout.text(for: family, period: period, team: team, training: training, language: language)
        default:
            throw StoreError.invalid(Phrase(da: "Formatet «\(format)» findes ikke for årshjulet (brug svg, html eller txt).",
                                            en: "The format «\(format)» does not exist for the annual wheel (use svg, html or txt)."))
        }
    }
}
