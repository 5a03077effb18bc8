import Foundation

/// Draws the årshjul as a real circle: 12 segments clockwise from January at twelve o'clock, each month's
/// name inside its segment with a marker per activity (● to do, ✓ done). Terminal cells are about twice as
/// tall as wide, so the circle is twice as wide as it is tall in cells.
enum WheelDrawing {
    struct Month {
        var label: String
        var open: Int
        var done: Int
    }

    /// The radius (in rows) that fits a width × height area, or nil when a wheel would be unreadable there.
    static func radius(width: Int, height: Int) -> Int? {
        let r = min((height - 1) / 2, (width - 3) / 4)
        return r >= 6 ? r : nil
    }

    /// The month (1…12) under a cell, for mouse clicks; nil outside the wheel.
    static func month(atX x: Int, y: Int, cx: Int, cy: Int, radius r: Int) -> Int? {
        let dx = Double(x - cx) / 2
        let dy = Double(y - cy)
        guard (dx * dx + dy * dy).squareRoot() <= Double(r) + 0.5 else { return nil }
        var angle = atan2(dx, -dy) * 180 / .pi
        if angle < 0 { angle += 360 }
        return min(12, Int(angle / 30) + 1)
    }

    static func draw(into grid: inout Grid, cx: Int, cy: Int, radius r: Int, months: [Month], selected: Int,
                     current: Int?, moving: Bool) {
        let R = Double(r)
        // The rim: a thin outline plotted by angle, so it stays one cell thick all round.
        var step = 0.0
        while step < 360 {
            let theta = step * .pi / 180
            let x = cx + Int((2 * R * sin(theta)).rounded())
            let y = cy - Int((R * cos(theta)).rounded())
            let month = min(12, Int(step / 30) + 1)
            let style: Style = month == selected
                ? (moving ? Style(foreground: .yellow, bold: true) : Style(foreground: .cyan, bold: true))
                : (month == current ? Style(foreground: .green, bold: true) : .muted)
            grid.put(month == selected || month == current ? "●" : "·", x: x, y: y, style: style)
            step += 0.5
        }
        // Spokes between the months, from near the hub to the rim.
        for k in 0..<12 {
            let theta = Double(k) * 30 * .pi / 180
            var t = 0.25
            while t < 0.97 {
                let x = cx + Int((2 * R * t * sin(theta)).rounded())
                let y = cy - Int((R * t * cos(theta)).rounded())
                grid.put("·", x: x, y: y, style: .muted)
                t += 1.0 / R
            }
        }
        // Month names and markers, in the middle of each segment.
        for (i, m) in months.enumerated() {
            let theta = (Double(i) * 30 + 15) * .pi / 180
            let lx = cx + Int((2 * 0.66 * R * sin(theta)).rounded())
            let ly = cy - Int((0.66 * R * cos(theta)).rounded())
            let monthNumber = i + 1
            var style: Style = monthNumber == current ? Style(foreground: .green, bold: true) : .plain
            if monthNumber == selected { style = moving ? Style(foreground: .black, background: .yellow, bold: true) : .selected }
            let label = monthNumber == current ? m.label.uppercased() : m.label
            grid.put(label, x: lx - TextWidth.of(label) / 2, y: ly, style: style)
            var markers = String(repeating: "●", count: min(m.open, 4)) + String(repeating: "✓", count: min(m.done, max(0, 4 - min(m.open, 4))))
            if m.open + m.done > 4 { markers = String(markers.prefix(3)) + "+" }
            grid.put(markers, x: lx - TextWidth.of(markers) / 2, y: ly + 1, style: m.open > 0 ? .accent : .muted)
        }
        let center = "\(months.reduce(0) { $0 + $1.open + $1.done })"
        grid.put(center, x: cx - TextWidth.of(center) / 2, y: cy, style: .muted)
    }
}
