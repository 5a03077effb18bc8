import Foundation
import SammenCore

/// The network map drawn as three rings around the family: the closest actors on the inner ring.
enum NetworkRings {
    static func draw(_ family: Family, strings s: Strings, into grid: inout Grid, rect: Rect) {
        let r = Double(min(rect.height / 2 - 1, (rect.width - 2) / 4))
        guard r >= 5 else { return }
        let cx = rect.x + rect.width / 2
        let cy = rect.y + rect.height / 2
        for ring in 1...3 {
            let radius = r * Double(ring) / 3
            var a = 0.0
            while a < 360 {
                let t = a * .pi / 180
                grid.put("·", x: cx + Int((2 * radius * sin(t)).rounded()), y: cy - Int((radius * cos(t)).rounded()), style: .muted)
                a += 3
            }
        }
        let centre = family.name.replacingOccurrences(of: "Familien ", with: "")
        grid.put(centre, x: cx - TextWidth.of(centre) / 2, y: cy, style: Style(bold: true))
        for ring in 1...3 {
            let actors = family.network.filter { $0.closeness == ring }
            let radius = r * (Double(ring) - 0.5) / 3 + r / 6
            for (i, actor) in actors.enumerated() {
                let t = (Double(i) + 0.5) / Double(max(1, actors.count)) * 2 * .pi + Double(ring) * 0.4
                let label = TextWidth.truncate(s.role(actor.role), to: 14)
                let x = cx + Int((2 * radius * sin(t)).rounded()) - TextWidth.of(label) / 2
                let y = cy - Int((radius * cos(t)).rounded())
                grid.put(label, x: max(rect.x, min(x, rect.maxX - TextWidth.of(label))), y: y,
                         style: actor.coordinatedBy == .family ? .ok : .accent)
            }
        }
    }
}
