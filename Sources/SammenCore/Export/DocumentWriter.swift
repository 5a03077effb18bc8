import Foundation

/// A small document model the exports build once and render as Markdown, XHTML or plain text, so the meeting
/// summary and the handover document say the same thing in every format.
///
/// Every piece of text passes `ExportText.clean` on the way out: control characters (and so terminal escape
/// sequences) are removed, and anything shaped like a CPR number is masked, whatever a caseworker typed in a card
/// or a note.
struct ExportDocument {
    /// The document's title: `<h1>`, `# …`, or the first line of the text.
    var title: String
    /// "ØVELSE" when the document comes from the training caseload: shown first and last, prominently.
    var trainingNotice: String?
    var blocks: [ExportBlock]
    /// Small print at the end ("Lavet med Sammen …").
    var footer: [String] = []
    /// The language Sammen's own words are in (the writers' few words and the HTML `lang`); what a caseworker
    /// typed stays as typed.
    var language: Language = .da

    /// The marker before the internal notes in every format.
    var internalOnlyLead: String { language.pick(da: "Kun til kolleger.", en: "For colleagues only.") }
    var internalOnlyText: String {
        language.pick(da: "Giv ikke dette afsnit til familien eller samarbejdspartnere.",
                      en: "Do not give this section to the family or to partners.")
    }

    func render(_ format: ExportFormat) -> String {
        switch format {
        case .md: return MarkdownWriter().render(self)
        case .html: return HTMLWriter().render(self)
        case .txt:
            var writer = PlainTextWriter()
            return writer.render(self)
        }
    }
}

enum ExportBlock {
    /// A section with a heading; sections nest (h2, h3, h4).
    case section(String, [ExportBlock], style: ExportSectionStyle = .plain)
    /// Running text. Blank lines separate paragraphs; a single line break is kept as one.
    case paragraph(String)
    /// Something the reader must not miss (confidentiality, internal notes inside).
    case notice(String)
    /// "Label: value" lines.
    case fields([ExportField])
    /// A bulleted list; an item may start with a lead in bold ("Camilla Nørgaard (mor):").
    case items([ExportItem])
    case table(ExportTable)
}

enum ExportSectionStyle {
    case plain
    /// Internal notes: boxed in HTML, marked in the other formats.
    case internalOnly
}

struct ExportField {
    var label: String
    var value: String
    init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

struct ExportItem {
    var lead: String?
    var text: String
    init(lead: String? = nil, _ text: String) {
        self.lead = lead
        self.text = text
    }
}

/// A table. Plain text has no tables (a screen reader reads them cell by cell with no headers): each row becomes a
/// list item, written as `textLines` when given, else as "Header: cell" lines.
struct ExportTable {
    var headers: [String]
    var rows: [[String]]
    var textLines: [String]? = nil
}

/// Text helpers shared by the writers and the documents.
enum ExportText {
    /// Removes control characters (keeping line breaks and tabs as spaces) and masks CPR-shaped numbers.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A: scalars.append(s)
            case 0x09: scalars.append(" ")
            case 0x0D: continue
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
            default: scalars.append(s)
            }
        }
        return CPRNumber.redact(String(scalars))
    }

    /// One line: line breaks and runs of spaces become single spaces.
    static func oneLine(_ text: String) -> String {
        clean(text).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The text as a sentence: a full stop added unless it already ends in one (or "?", "!", ":").
    static func sentence(_ text: String) -> String {
        let t = oneLine(text)
        guard let last = t.last else { return t }
        return ".?!:".contains(last) ? t : t + "."
    }

    /// Paragraphs (split on blank lines), each a list of lines with spaces tidied.
    static func paragraphs(_ text: String) -> [[String]] {
        var result: [[String]] = []
        var current: [String] = []
        for raw in clean(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.split(separator: " ").joined(separator: " ")
            if line.isEmpty {
                if !current.isEmpty { result.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

// MARK: - Markdown

/// CommonMark with GitHub tables. Text is escaped so nothing a caseworker typed turns into markup; `|` in a cell is
/// written `\|`, so every table row has the same number of columns.
struct MarkdownWriter {
    /// The words before internal notes (the document's language).
    private var internalOnly = (lead: "", text: "")

    func render(_ doc: ExportDocument) -> String {
        var writer = self
        writer.internalOnly = (doc.internalOnlyLead, doc.internalOnlyText)
        return writer.renderDocument(doc)
    }

    private func renderDocument(_ doc: ExportDocument) -> String {
        var out: [String] = []
        if let notice = doc.trainingNotice { out.append("> **ØVELSE** – \(inline(notice))") }
        out.append("# \(inline(doc.title))")
        for block in doc.blocks { out.append(contentsOf: render(block, depth: 2)) }
        if let notice = doc.trainingNotice { out.append("> **ØVELSE** – \(inline(notice))") }
        if !doc.footer.isEmpty {
            out.append("---")
            out.append(doc.footer.map { "*\(inline($0))*" }.joined(separator: "  \n"))
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    private func render(_ block: ExportBlock, depth: Int) -> [String] {
        switch block {
        case .section(let title, let blocks, let style):
            var out = [String(repeating: "#", count: min(depth, 6)) + " " + inline(title)]
            if style == .internalOnly {
                out.append("> **\(internalOnly.lead)** \(internalOnly.text)")
            }
            for b in blocks { out.append(contentsOf: render(b, depth: depth + 1)) }
            return out
        case .paragraph(let text):
            return ExportText.paragraphs(text).map { lines in lines.map { escapeLine($0) }.joined(separator: "\\\n") }
        case .notice(let text):
            return ["> " + inline(text, startsBlock: true)]
        case .fields(let fields):
            guard !fields.isEmpty else { return [] }
            return [fields.map { "- **\(inline($0.label)):** \(inline($0.value))" }.joined(separator: "\n")]
        case .items(let items):
            guard !items.isEmpty else { return [] }
            return [items.map { item in
                guard let lead = item.lead else {
                    let text = inline(item.text, startsBlock: true)
                    return "- " + (text.isEmpty ? "–" : text)
                }
                return "- **\(inline(lead))** \(inline(item.text))"
            }.joined(separator: "\n")]
        case .table(let table):
            return [renderTable(table)]
        }
    }

    private func renderTable(_ table: ExportTable) -> String {
        let width = table.headers.count
        func row(_ cells: [String]) -> String {
            let padded = (cells + Array(repeating: "", count: max(0, width - cells.count))).prefix(width)
            return "| " + padded.map { cell in
                let text = inline(cell)
                return text.isEmpty ? " " : text
            }.joined(separator: " | ") + " |"
        }
        var lines = [row(table.headers), "|" + Array(repeating: " --- |", count: width).joined()]
        lines += table.rows.map(row)
        return lines.joined(separator: "\n")
    }

    /// Text on one line with every character Markdown could read as markup escaped. `startsBlock`: the text
    /// begins a line or a list item, where "- " or "3. " would start a list.
    func inline(_ text: String, startsBlock: Bool = false) -> String {
        escapeLine(ExportText.oneLine(text), startsBlock: startsBlock)
    }

    private func escapeLine(_ line: String, startsBlock: Bool = true) -> String {
        var out = ""
        for ch in line {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        // A line that starts like a list item or a numbered list ("3. maj") must stay text.
        guard startsBlock else { return out }
        if let first = out.first, first == "-" || first == "+" || first == "=" {
            out = "\\" + out
        } else if let dot = out.firstIndex(where: { !$0.isASCIIDigit }), dot != out.startIndex,
                  out[dot] == "." || out[dot] == ")" {
            out.replaceSubrange(dot...dot, with: "\\" + String(out[dot]))
        }
        return out
    }
}
