/// One standalone HTML5 document that is also well-formed XML (XHTML syntax: every element closed, `<meta … />`,
/// only the five XML escapes), so it opens in any browser, prints on A4, and can be checked with an XML parser.
/// No scripts, no external fonts, images or style sheets.
struct HTMLWriter {
    /// The words before internal notes (the document's language).
    private var internalOnly = (lead: "", text: "")

    func render(_ doc: ExportDocument) -> String {
        var writer = self
        writer.internalOnly = (doc.internalOnlyLead, doc.internalOnlyText)
        return writer.renderDocument(doc)
    }

    private func renderDocument(_ doc: ExportDocument) -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        let lang = doc.language.rawValue
        out.append(#"<html xmlns="http://www.w3.org/1999/xhtml" lang=""# + lang + #"" xml:lang=""# + lang + #"">"#)
        out.append("<head>")
        out.append(#"<meta charset="utf-8" />"#)
        out.append(#"<meta name="viewport" content="width=device-width, initial-scale=1" />"#)
        let title = (doc.trainingNotice == nil ? "" : "ØVELSE – ") + ExportText.oneLine(doc.title)
        out.append("<title>\(escape(title))</title>")
        out.append("<style>\n\(Self.css)</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<main>")
        if let notice = doc.trainingNotice { out.append(trainingBanner(notice)) }
        out.append("<h1>\(text(doc.title))</h1>")
        for block in doc.blocks { render(block, depth: 2, into: &out) }
        if let notice = doc.trainingNotice { out.append(trainingBanner(notice)) }
        out.append("</main>")
        if !doc.footer.isEmpty {
            out.append("<footer>")
            for line in doc.footer { out.append("<p>\(text(line))</p>") }
            out.append("</footer>")
        }
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    private func trainingBanner(_ notice: String) -> String {
        #"<p class="ovelse" role="note"><strong>ØVELSE</strong> – "# + text(notice) + "</p>"
    }

    private func render(_ block: ExportBlock, depth: Int, into out: inout [String]) {
        switch block {
        case .section(let title, let blocks, let style):
            let level = min(depth, 6)
            out.append(style == .internalOnly ? #"<section class="interne">"# : "<section>")
            out.append("<h\(level)>\(text(title))</h\(level)>")
            if style == .internalOnly {
                out.append(#"<p class="notice"><strong>"# + escape(internalOnly.lead) + "</strong> "
                    + escape(internalOnly.text) + "</p>")
            }
            for b in blocks { render(b, depth: depth + 1, into: &out) }
            out.append("</section>")
        case .paragraph(let body):
            for lines in ExportText.paragraphs(body) {
                out.append("<p>" + lines.map(escape).joined(separator: "<br />") + "</p>")
            }
        case .notice(let body):
            out.append(#"<p class="notice">"# + text(body) + "</p>")
        case .fields(let fields):
            guard !fields.isEmpty else { return }
            out.append(#"<dl class="fields">"#)
            for f in fields { out.append("<dt>\(text(f.label))</dt><dd>\(text(f.value))</dd>") }
            out.append("</dl>")
        case .items(let items):
            guard !items.isEmpty else { return }
            out.append("<ul>")
            for item in items {
                let lead = item.lead.map { "<strong>\(text($0))</strong> " } ?? ""
                out.append("<li>\(lead)\(text(item.text))</li>")
            }
            out.append("</ul>")
        case .table(let table):
            out.append("<table>")
            out.append("<thead><tr>" + table.headers.map { #"<th scope="col">"# + text($0) + "</th>" }.joined()
                + "</tr></thead>")
            out.append("<tbody>")
            for row in table.rows {
                let cells = (row + Array(repeating: "", count: max(0, table.headers.count - row.count)))
                    .prefix(table.headers.count)
                out.append("<tr>" + cells.map { "<td>" + text($0) + "</td>" }.joined() + "</tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }
    }

    /// One line of text, cleaned and escaped.
    private func text(_ raw: String) -> String { escape(ExportText.oneLine(raw)) }

    func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Plain, high-contrast, readable on screen and on paper. No `<` or `&` in here: the document is also XML.
    static let css = """
        body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.45;
               color: #111; background: #fff; max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
        h2 { font-size: 1.25rem; margin-top: 1.8rem; border-bottom: 2px solid #444; padding-bottom: 0.15rem; }
        h3 { font-size: 1.08rem; margin: 1.2rem 0 0.4rem; }
        h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; }
        th, td { border: 1px solid #777; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        ul { padding-left: 1.4rem; }
        li { margin: 0.15rem 0; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.4rem 0 1rem; }
        dl.fields dt { font-weight: bold; }
        dl.fields dd { margin: 0; }
        .ovelse { border: 4px solid #a00000; color: #a00000; font-size: 1.3rem; text-align: center;
                  padding: 0.5rem 1rem; margin: 0.5rem 0 1rem; }
        .notice { border-left: 4px solid #444; padding: 0.2rem 0.8rem; }
        .interne { border: 3px dashed #a00000; padding: 0 1rem 0.5rem; margin-top: 1.8rem; }
        footer { margin-top: 2rem; border-top: 1px solid #777; font-size: 0.9rem; color: #333; }
        @page { size: A4; margin: 2cm 1.8cm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          tr, li, dl.fields { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          th { background: none; }
          .ovelse, .interne { color: #000; border-color: #000; }
        }

        """
}
