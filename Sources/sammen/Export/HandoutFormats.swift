import SammenCore

/// The parents' årshjul handout in the format asked for.
enum HandoutFormats {
    static func render(family: Family, year: Int, team: Team, format: String, training: Bool) throws -> String {
        switch format {
        case "svg": return WheelHandout.svg(for: family, year: year, team: team, training: training)
        case "html": return WheelHandout.html(for: family, year: year, team: team, training: training)
        case "txt": return WheelHandout.text(for: family, year: year, team: team, training: training)
        default: throw StoreError.invalid("Formatet «\(format)» findes ikke for årshjulet (brug svg, html eller txt).")
        }
    }
}
