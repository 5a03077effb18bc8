import Foundation

/// The A4 page with the wheel, as SVG. Units are tenths of a millimetre (viewBox 2100 × 2970).
struct WheelSVG {
    let content: WheelHandout.Content

    static let width = 2100.0
    static let height = 2970.0
    static let margin = 90.0
    static let centre = (x: 1050.0, y: 1185.0)
    static let outer = 845.0
    static let inner = 185.0
    static let font = "DejaVu Sans, Verdana, sans-serif"

    /// Soft season colours, a lighter and a darker shade alternating so neighbours stand apart.
    static let monthFills = ["#dfeaf7", "#ecf2fb", "#e2f1dc", "#eef7ea", "#e2f1dc", "#fbf0cf",
                             "#fdf6e0", "#fbf0cf", "#f9e2d2", "#fcefe6", "#f9e2d2", "#ecf2fb"]

    static func colour(_ kind: ActivityKind) -> String {
        switch kind {
        case .followUp: return "#1f5fa8"
        case .networkMeeting: return "#2e7d32"
        case .childConversation: return "#e07a00"
        case .startMeeting: return "#6a3d9a"
        case .statusMeeting: return "#8d5524"
        case .deadline: return "#c62828"
        case .transition: return "#00838f"
        case .agreement: return "#616161"
        case .other: return "#9e9d24"
        }
    }

    /// The whole document, with its XML declaration.
    func document() -> String { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element() }

    /// The <svg> element alone, to embed in HTML.
    func element() -> String {
        var out: [String] = []
        let title = "\(content.title) – \(content.familyName)"
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 2100 2970\" role=\"img\" aria-labelledby=\"hjul-titel hjul-beskrivelse\" xml:lang=\"\(content.words.language.rawValue)\" font-family=\"\(Self.font)\">")
        out.append("<title id=\"hjul-titel\">\(Self.xml(title))</title>")
        out.append("<desc id=\"hjul-beskrivelse\">\(Self.xml(content.words.wheelDescription(from: content.period.firstMonth)))</desc>")
        out.append("<rect x=\"0\" y=\"0\" width=\"2100\" height=\"2970\" fill=\"#ffffff\"/>")
        if content.training {
            out.append("<rect x=\"0\" y=\"0\" width=\"2100\" height=\"110\" fill=\"#b00020\"/>")
            out.append(text(content.words.trainingNotice, x: 1050, y: 72, size: 46, bold: true, fill: "#ffffff", anchor: "middle"))
        }
        out += header(title)
        out += wheel()
        out += legend()
        out += contact()
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Header

    func header(_ title: String) -> [String] {
        let size = min(76, (Self.width - 2 * Self.margin) / TextMetrics.width(title, size: 1, bold: true))
        var out = [text(title, x: Self.margin, y: 215, size: size.rounded(.down), bold: true, fill: "#1a1a1a")]
        out.append(text(content.words.intro, x: Self.margin, y: 275, size: 34, fill: "#333333"))
        out.append(text(content.words.datesMayMove, x: Self.margin, y: 320, size: 34, fill: "#333333"))
        return out
    }

    // MARK: The wheel

    func sector(_ index: Int) -> WheelSector {
        let step = Double.pi / 6
        return WheelSector(cx: Self.centre.x, cy: Self.centre.y, inner: Self.inner, outer: Self.outer,
                           start: Double(index) * step, end: Double(index + 1) * step, pad: 14)
    }

    func wheel() -> [String] {
        var out: [String] = []
        for index in 0..<12 {
            let s = sector(index)
            let a = s.point(radius: s.outer, angle: s.start), b = s.point(radius: s.outer, angle: s.end)
            let c = s.point(radius: s.inner, angle: s.end), d = s.point(radius: s.inner, angle: s.start)
            out.append("<path d=\"M \(n(a.x)) \(n(a.y)) A \(n(s.outer)) \(n(s.outer)) 0 0 1 \(n(b.x)) \(n(b.y)) L \(n(c.x)) \(n(c.y)) A \(n(s.inner)) \(n(s.inner)) 0 0 0 \(n(d.x)) \(n(d.y)) Z\" fill=\"\(Self.monthFills[content.slots[index].month - 1])\" stroke=\"#ffffff\" stroke-width=\"6\"/>")
        }
        out.append("<circle cx=\"\(n(Self.centre.x))\" cy=\"\(n(Self.centre.y))\" r=\"\(n(Self.outer))\" fill=\"none\" stroke=\"#7a7a7a\" stroke-width=\"3\"/>")
        out.append("<circle cx=\"\(n(Self.centre.x))\" cy=\"\(n(Self.centre.y))\" r=\"\(n(Self.inner))\" fill=\"#ffffff\" stroke=\"#7a7a7a\" stroke-width=\"3\"/>")
        if content.training {
            out.append("<text x=\"1050\" y=\"1300\" font-size=\"330\" font-weight=\"bold\" fill=\"#b00020\" fill-opacity=\"0.09\" text-anchor=\"middle\" transform=\"rotate(-30 1050 1185)\">ØVELSE</text>")
        }
        out.append(text(content.words.wheel, x: Self.centre.x, y: Self.centre.y - 22, size: 38, fill: "#333333", anchor: "middle"))
        out.append(text(content.period.shortLabel, x: Self.centre.x, y: Self.centre.y + 58, size: content.period.isCalendarYear ? 76 : 58, bold: true, fill: "#1a1a1a", anchor: "middle"))
        for index in 0..<12 { out += month(index) }
        return out
    }

    /// A line of a month's block: its text, size and style, and a coloured dot before it for an activity.
    struct Line {
        var text: String
        var size: Double
        var bold = false
        var fill = "#1a1a1a"
        var marker: ActivityKind?
        /// Indented to line up with the text after a dot.
        var indented = false

        var indent: Double { marker != nil || indented ? size * 1.0 : 0 }
        var width: Double { indent + TextMetrics.width(text, size: size, bold: bold) }
        var height: Double { size * 1.25 }
    }

    /// The ways to write a month's block, roomiest first; the first that fits its field is used.
    func variants(_ index: Int) -> [[Line]] {
        let activities = content.months[index]
        let name = content.words.monthTitle(content.slots[index].month)
        let short = { (kind: ActivityKind) in content.words.language == .da ? kind.danishShortName : kind.englishName }
        func label(_ a: AnnualActivity) -> String { short(a.kind) + (a.done ? " ✓" : "") }
        func more(_ shown: Int, _ size: Double) -> [Line] {
            shown < activities.count
                ? [Line(text: content.words.more(activities.count - shown), size: size, fill: "#444444")] : []
        }
        // Name and date on two lines: narrow, for the fields at twelve and six o'clock.
        func twoLines(_ title: Double, _ size: Double, _ small: Double, _ shown: Int) -> [Line] {
            [Line(text: name, size: title, bold: true)] + activities.prefix(shown).flatMap { a -> [Line] in
                var lines = [Line(text: label(a), size: size, marker: a.kind)]
                if let when = content.shortWhen(a) {
                    lines.append(Line(text: when, size: small, fill: "#444444", indented: true))
                }
                return lines
            } + more(shown, small)
        }
        // Name and date on one line: low, for the fields at three and nine o'clock.
        func oneLine(_ title: Double, _ size: Double, _ shown: Int) -> [Line] {
            [Line(text: name, size: title, bold: true)] + activities.prefix(shown).map { a in
                Line(text: label(a) + (content.shortWhen(a).map { " " + $0 } ?? ""), size: size, marker: a.kind)
            } + more(shown, size)
        }
        if activities.isEmpty {
            return [[Line(text: name, size: 44, bold: true), Line(text: content.words.nothingPlanned, size: 30, fill: "#666666")]]
        }
        let all = activities.count
        var result = [twoLines(44, 36, 30, all), oneLine(42, 34, all), twoLines(38, 31, 27, all), oneLine(36, 29, all),
                      twoLines(33, 27, 24, all), oneLine(31, 25, all), twoLines(28, 23, 20, all), oneLine(28, 21, all)]
        for shown in stride(from: all - 1, through: 0, by: -1) {
            result += [twoLines(28, 23, 20, shown), oneLine(28, 21, shown)]
        }
        return result
    }

    /// The roomiest way to write month `index` that fits its field, and where (left edge, top).
    func layout(_ index: Int) -> (lines: [Line], x: Double, y: Double)? {
        let s = sector(index)
        for lines in variants(index) {
            if let place = s.place(lines.map { ($0.width, $0.height) }) { return (lines, place.x, place.y) }
        }
        return nil
    }

    func month(_ index: Int) -> [String] {
        // Nothing fits only if the page were far smaller; never draw outside the field.
        guard let block = layout(index) else { return [] }
        return render(block.lines, x: block.x, y: block.y)
    }

    func render(_ lines: [Line], x: Double, y top: Double) -> [String] {
        var out: [String] = []
        var y = top
        for line in lines {
            let baseline = y + line.size * 0.97
            if let kind = line.marker {
                out.append("<circle cx=\"\(n(x + line.size * 0.36))\" cy=\"\(n(baseline - line.size * 0.34))\" r=\"\(n(line.size * 0.27))\" fill=\"\(Self.colour(kind))\"/>")
            }
            out.append(text(line.text, x: x + line.indent, y: baseline, size: line.size, bold: line.bold, fill: line.fill))
            y += line.height
        }
        return out
    }

    // MARK: Legend and contact

    func legend() -> [String] {
        var out = [text(content.words.whatAreMeetingsFor, x: Self.margin, y: 2110, size: 42, bold: true, fill: "#1a1a1a")]
        let kinds = content.kinds
        guard !kinds.isEmpty else {
            out.append(text(content.words.nothingThisYear, x: Self.margin, y: 2170, size: 32, fill: "#333333"))
            return out
        }
        let columnWidth = 940.0
        // The largest size (down to 20) at which every explanation fits, two to a row, above the contact box.
        func layout(_ size: Double) -> (blocks: [[String]], rows: [Double]) {
            let blocks = kinds.map { TextMetrics.wrap($0.parentExplanation(in: content.words.language), width: columnWidth - size * 1.1, size: size) }
            let heights = blocks.map { Double($0.count + 1) * size * 1.3 + size * 0.6 }
            let rows = stride(from: 0, to: kinds.count, by: 2).map { i in
                max(heights[i], i + 1 < kinds.count ? heights[i + 1] : 0)
            }
            return (blocks, rows)
        }
        let size = stride(from: 30.0, to: 20.0, by: -1.0).first { layout($0).rows.reduce(0, +) <= 2680 - 2140 } ?? 20
        let (blocks, rows) = layout(size)
        var y = 2140.0
        for (row, rowHeight) in rows.enumerated() {
            for column in 0..<2 where row * 2 + column < kinds.count {
                let i = row * 2 + column
                let x = Self.margin + Double(column) * (columnWidth + 40)
                let baseline = y + size
                out.append("<circle cx=\"\(n(x + size * 0.4))\" cy=\"\(n(baseline - size * 0.36))\" r=\"\(n(size * 0.32))\" fill=\"\(Self.colour(kinds[i]))\"/>")
                out.append(text(content.kindName(kinds[i]), x: x + size * 1.1, y: baseline, size: size * 1.05, bold: true, fill: "#1a1a1a"))
                for (k, line) in blocks[i].enumerated() {
                    out.append(text(line, x: x + size * 1.1, y: baseline + Double(k + 1) * size * 1.3, size: size, fill: "#333333"))
                }
            }
            y += rowHeight
        }
        return out
    }

    func contact() -> [String] {
        var out = ["<rect x=\"90\" y=\"2705\" width=\"1920\" height=\"210\" rx=\"18\" fill=\"#f2f2f2\" stroke=\"#9a9a9a\" stroke-width=\"3\"/>"]
        let lines = content.contactLines
        let heading = content.caseworker == nil ? lines[0] : "\(content.words.yourCaseworker): \(lines[0])"
        out.append(text(heading, x: 130, y: 2765, size: fit(heading, 38, bold: true), bold: true, fill: "#1a1a1a"))
        let reach = lines.dropFirst().joined(separator: "   ·   ")
        if !reach.isEmpty { out.append(text(reach, x: 130, y: 2820, size: fit(reach, 36), fill: "#1a1a1a")) }
        out.append(text(content.words.reachOut, x: 130, y: 2880, size: fit(content.words.reachOut, 30), fill: "#333333"))
        return out
    }

    /// `size`, or smaller so the text fits inside the contact box.
    func fit(_ text: String, _ size: Double, bold: Bool = false) -> Double {
        min(size, (1840 / TextMetrics.width(text, size: 1, bold: bold)).rounded(.down))
    }

    // MARK: SVG text

    func text(_ value: String, x: Double, y: Double, size: Double, bold: Bool = false, fill: String,
              anchor: String? = nil) -> String {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\""
        if bold { attributes += " font-weight=\"bold\"" }
        attributes += " fill=\"\(fill)\""
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        return "<text \(attributes)>\(Self.xml(value))</text>"
    }

    /// A number with at most one decimal, so the output is stable and short.
    func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}

extension WheelSVG {
    /// XML text and attribute escaping; characters XML 1.0 does not allow are dropped.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
