import Foundation

/// One month's field of the printed wheel, an annular sector, and the placing of a block of text inside it so
/// no line crosses the field's edges.
struct WheelSector {
    let cx: Double
    let cy: Double
    let inner: Double
    let outer: Double
    /// Angles in radians, clockwise from twelve o'clock.
    let start: Double
    let end: Double
    /// Distance kept from every edge.
    let pad: Double

    /// A point at `radius` and `angle` (clockwise from twelve o'clock; SVG's y grows downwards).
    func point(radius: Double, angle: Double) -> (x: Double, y: Double) {
        (cx + radius * sin(angle), cy - radius * cos(angle))
    }

    /// The sector's centroid, where a block of text looks centred.
    var centroid: (x: Double, y: Double) {
        let half = (end - start) / 2
        let r = 2.0 / 3.0 * (pow(outer, 3) - pow(inner, 3)) / (pow(outer, 2) - pow(inner, 2)) * sin(half) / half
        return point(radius: r, angle: start + half)
    }

    /// The x-ranges where a box spanning `top`…`bottom` lies wholly inside the sector (with `pad` to spare).
    ///
    /// Wedge (30°, so convex) ∩ outer disk is convex: a box is inside when its four corners are, which gives
    /// linear bounds on x per corner row. The inner disk is then cut out of that range.
    func ranges(top: Double, bottom: Double) -> [ClosedRange<Double>] {
        let r = outer - pad
        func halfWidth(_ y: Double) -> Double? {
            let v = r * r - (y - cy) * (y - cy)
            return v >= 0 ? v.squareRoot() : nil
        }
        guard let a = halfWidth(top), let b = halfWidth(bottom) else { return [] }
        var lo = -min(a, b)
        var hi = min(a, b)
        let d0 = (x: sin(start), y: -cos(start))
        let d1 = (x: sin(end), y: -cos(end))
        for vy in [top - cy, bottom - cy] {
            // Inside the wedge: cross(d0, v) >= pad and cross(v, d1) >= pad, each linear in v.x: A * v.x >= B.
            for (coefficient, bound) in [(-d0.y, pad - d0.x * vy), (d1.y, pad + vy * d1.x)] {
                if coefficient > 1e-9 {
                    lo = max(lo, bound / coefficient)
                } else if coefficient < -1e-9 {
                    hi = min(hi, bound / coefficient)
                } else if bound > 0 {
                    return []
                }
            }
        }
        guard lo < hi else { return [] }
        var result = [lo...hi]
        let hole = inner + pad
        let dy = (top...bottom).contains(cy) ? 0 : min(abs(top - cy), abs(bottom - cy))
        if dy < hole {
            let f = (hole * hole - dy * dy).squareRoot()
            result = [(lo, min(hi, -f)), (max(lo, f), hi)].filter { $0.0 < $0.1 }.map { $0.0...$0.1 }
        }
        return result.map { ($0.lowerBound + cx)...($0.upperBound + cx) }
    }

    /// Where a left-aligned block of lines (each `height` tall and `width` wide) fits, as its left edge and top,
    /// as near the centroid as possible; nil when it does not fit anywhere.
    func place(_ lines: [(width: Double, height: Double)]) -> (x: Double, y: Double)? {
        let total = lines.reduce(0) { $0 + $1.height }
        let widest = lines.map(\.width).max() ?? 0
        let centre = centroid
        let idealX = centre.x - widest / 2
        let idealY = centre.y - total / 2
        var best: (x: Double, y: Double, score: Double)?
        var top = cy - outer
        while top + total <= cy + outer {
            if let x = leftEdge(lines, top: top, near: idealX) {
                let score = pow(top - idealY, 2) + pow(x - idealX, 2)
                if best == nil || score < best!.score { best = (x, top, score) }
            }
            top += 3
        }
        return best.map { ($0.x, $0.y) }
    }

    /// The left edge nearest `near` that fits every line of a block whose top is at `top`.
    func leftEdge(_ lines: [(width: Double, height: Double)], top: Double, near: Double) -> Double? {
        var feasible: [ClosedRange<Double>] = [-Double.infinity...Double.infinity]
        var y = top
        for line in lines {
            let starts = ranges(top: y, bottom: y + line.height).compactMap { range -> ClosedRange<Double>? in
                range.upperBound - line.width >= range.lowerBound ? range.lowerBound...(range.upperBound - line.width) : nil
            }
            feasible = feasible.flatMap { f in
                starts.compactMap { s -> ClosedRange<Double>? in
                    let lo = max(f.lowerBound, s.lowerBound)
                    let hi = min(f.upperBound, s.upperBound)
                    return lo <= hi ? lo...hi : nil
                }
            }
            if feasible.isEmpty { return nil }
            y += line.height
        }
        return feasible.map { min(max(near, $0.lowerBound), $0.upperBound) }
            .min { abs($0 - near) < abs($1 - near) }
    }
}
