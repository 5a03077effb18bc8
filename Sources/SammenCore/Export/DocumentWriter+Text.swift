/// Plain text for a screen reader or a plain mail: no markup, no tables, no ruler lines or box drawing, wrapped at
/// 78 columns with hanging indents. Headings are lines of their own after a blank line; a sub-heading ends in a
/// colon. A table row becomes one list item with "Header: cell" lines, so each value is read with its name.
struct PlainTextWriter {
    static let width = 78

    /// The section numbers so far: [3] in section 3, [3, 1] in its first sub-section.
    private var counters: [Int] = []
    /// "Kun til kolleger. Giv ikke …" in the document's language.
    private var internalOnly = ""

    mutating func render(_ doc: ExportDocument) -> String {
        internalOnly = doc.internalOnlyLead + " " + doc.internalOnlyText
        var out: [String] = []
        if let notice = doc.trainingNotice {
            out += wrap("ØVELSE – " + ExportText.oneLine(notice))
            out.append("")
        }
        out += wrap(ExportText.oneLine(doc.title))
        for block in doc.blocks {
            if !block.isSection { out.append("") }
            render(block, depth: 2, into: &out)
        }
        if let notice = doc.trainingNotice {
            out.append("")
            out += wrap("ØVELSE – " + ExportText.oneLine(notice))
        }
        if !doc.footer.isEmpty {
            out.append("")
            for line in doc.footer { out += wrap(ExportText.oneLine(line)) }
        }
        // No trailing spaces, no run of blank lines.
        var tidy: [String] = []
        for line in out.map({ String($0.reversed().drop(while: { $0 == " " }).reversed()) }) {
            if line.isEmpty && (tidy.last?.isEmpty ?? true) { continue }
            tidy.append(line)
        }
        while tidy.last?.isEmpty == true { tidy.removeLast() }
        return tidy.joined(separator: "\n") + "\n"
    }

    private mutating func render(_ block: ExportBlock, depth: Int, into out: inout [String]) {
        switch block {
        case .section(let title, let blocks, let style):
            // Sections and their sub-sections are numbered ("3.", "3.1."), which reads well aloud and shows the
            // structure without markup; deeper headings end in a colon.
            let heading = ExportText.oneLine(title)
            out.append("")
            switch depth {
            case 2:
                counters = [counters.first.map { $0 + 1 } ?? 1]
                out += wrap(heading, first: "\(counters[0]). ", rest: "   ")
                out.append("")
            case 3:
                counters = [counters.first ?? 0, (counters.count > 1 ? counters[1] : 0) + 1]
                let number = "\(counters[0]).\(counters[1]). "
                out += wrap(heading, first: number, rest: String(repeating: " ", count: number.count))
            default:
                let ends = heading.last.map { "?:!.".contains($0) } ?? true
                out += wrap(ends ? heading : heading + ":")
            }
            if style == .internalOnly {
                out += wrap(internalOnly)
                out.append("")
            }
            for (i, b) in blocks.enumerated() {
                // A sub-heading's first block follows it directly; later blocks get a blank line before them
                // (a nested section adds its own).
                if i > 0, !b.isSection { out.append("") }
                render(b, depth: depth + 1, into: &out)
            }
        case .paragraph(let body):
            for (i, lines) in ExportText.paragraphs(body).enumerated() {
                if i > 0 { out.append("") }
                for line in lines { out += wrap(line) }
            }
        case .notice(let body):
            out += wrap(ExportText.oneLine(body))
        case .fields(let fields):
            for f in fields {
                out += wrap(ExportText.oneLine(f.label) + ": " + ExportText.oneLine(f.value), rest: "  ")
            }
        case .items(let items):
            for item in items {
                let lead = item.lead.map { ExportText.oneLine($0) + " " } ?? ""
                let body = lead + ExportText.oneLine(item.text)
                out += wrap(body.isEmpty ? "–" : body, first: "- ", rest: "  ")
            }
        case .table(let table):
            if let lines = table.textLines {
                for line in lines { out += wrap(ExportText.oneLine(line), first: "- ", rest: "  ") }
                return
            }
            for row in table.rows {
                var first = true
                for (header, cell) in zip(table.headers, row) {
                    let value = ExportText.oneLine(cell)
                    if value.isEmpty { continue }
                    let line = ExportText.oneLine(header) + ": " + value
                    out += wrap(line, first: first ? "- " : "  ", rest: "    ")
                    first = false
                }
            }
        }
    }

    /// Greedy word wrap at `width`: the first line starts with `first`, the others with `rest`. A word longer than
    /// a whole line is split.
    func wrap(_ text: String, first: String = "", rest: String = "", width: Int = PlainTextWriter.width) -> [String] {
        var lines: [String] = []
        var line = first
        var length = first.count
        var hasWord = false
        func newLine() {
            lines.append(line)
            line = rest
            length = rest.count
            hasWord = false
        }
        for word in text.split(separator: " ") {
            var w = Substring(word)
            while !w.isEmpty {
                if length + w.count + (hasWord ? 1 : 0) <= width {
                    if hasWord {
                        line += " "
                        length += 1
                    }
                    line += w
                    length += w.count
                    hasWord = true
                    w = ""
                } else if hasWord {
                    newLine()
                } else {
                    let room = max(1, width - length)
                    line += w.prefix(room)
                    length += min(room, w.count)
                    hasWord = true
                    w = w.dropFirst(room)
                    if !w.isEmpty { newLine() }
                }
            }
        }
        if hasWord || lines.isEmpty { lines.append(line) }
        return lines
    }
}

extension ExportBlock {
    var isSection: Bool {
        if case .section = self { return true }
        return false
    }
}
