/// The HTML handout: the wheel page as inline SVG, then the month-by-month list on a second page, with print CSS
/// for A4. Well-formed XML as well as HTML5, so it can be checked with an XML parser.
struct HandoutHTML {
    let content: WheelHandout.Content

    static let style = """
    @page { size: A4; margin: 0; }
    html, body { margin: 0; padding: 0; background: #ffffff; color: #1a1a1a; }
    body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 11pt; line-height: 1.45; }
    .side { width: 210mm; margin: 0 auto; box-sizing: border-box; }
    .hjul { height: 297mm; overflow: hidden; }
    .hjul svg { display: block; width: 210mm; height: 297mm; }
    .liste { padding: 12mm 16mm; break-before: page; page-break-before: always; }
    .oevelse { background: #b00020; color: #ffffff; font-weight: bold; padding: 2mm 4mm; }
    h1 { font-size: 18pt; margin: 0 0 3mm 0; }
    h2 { font-size: 13pt; margin: 4mm 0 1mm 0; break-after: avoid; page-break-after: avoid; }
    .maaneder { columns: 2; column-gap: 9mm; font-size: 10pt; line-height: 1.35; }
    .maaned { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3mm 0; }
    .maaned h2 { font-size: 11.5pt; margin: 0 0 1mm 0; }
    .maaned h2 .intet { font-weight: normal; }
    ul { margin: 0; padding-left: 6mm; }
    li { margin: 0 0 1.5mm 0; break-inside: avoid; page-break-inside: avoid; }
    .naar { font-weight: bold; }
    .med, .intet { color: #555555; }
    dl { margin: 0; font-size: 10pt; line-height: 1.35; } dt { font-weight: bold; margin-top: 1.5mm; } dd { margin: 0 0 0 6mm; }
    @media screen {
      body { background: #e6e6e6; }
      .side { background: #ffffff; margin: 8mm auto; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.25); }
    }
    """

    func document() -> String {
        let words = content.words
        let title = WheelSVG.xml("\(content.title) – \(content.familyName)")
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"\(words.language.rawValue)\" xmlns=\"http://www.w3.org/1999/xhtml\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(title)</title>",
            "<style>",
            Self.style,
            "</style>",
            "</head>",
            "<body>",
            "<div class=\"side hjul\">",
            WheelSVG(content: content).element(),
            "</div>",
            "<div class=\"side liste\">",
        ]
        if content.training { out.append("<p class=\"oevelse\">\(WheelSVG.xml(words.trainingNotice))</p>") }
        out.append("<h1>\(title)</h1>")
        out.append("<p>\(WheelSVG.xml(words.intro + " " + words.datesMayMove))</p>")
        // The twelve months in two columns, an empty month on one line: the list fits one A4 page.
        out.append("<div class=\"maaneder\">")
        for (index, activities) in content.months.enumerated() {
            if activities.isEmpty {
                out.append("<div class=\"maaned\"><h2>\(content.monthHeading(index)) <span class=\"intet\">– \(words.nothingPlanned.lowercased())</span></h2></div>")
                continue
            }
            out.append("<div class=\"maaned\">")
            out.append("<h2>\(content.monthHeading(index))</h2>")
            out.append("<ul>")
            for a in activities {
                var head = content.kindName(a.kind)
                if let when = content.when(a) { head += ", " + when }
                if let done = content.doneWord(a) { head += " (\(done))" }
                var item = "<li><span class=\"naar\">\(WheelSVG.xml(head))</span>"
                let purpose = WheelHandout.Content.purpose(a)
                if !purpose.isEmpty { item += "<br/>\(WheelSVG.xml(purpose))" }
                if let people = WheelHandout.Content.participants(a) {
                    item += "<br/><span class=\"med\">\(words.with): \(WheelSVG.xml(people))</span>"
                }
                out.append(item + "</li>")
            }
            out.append("</ul>")
            out.append("</div>")
        }
        out.append("</div>")
        if !content.kinds.isEmpty {
            out.append("<h2>\(words.whatAreMeetingsFor)</h2>")
            out.append("<dl>")
            for kind in content.kinds {
                out.append("<dt>\(WheelSVG.xml(content.kindName(kind)))</dt><dd>\(WheelSVG.xml(kind.parentExplanation(in: words.language)))</dd>")
            }
            out.append("</dl>")
        }
        out.append("<h2>\(content.caseworker == nil ? words.questions : words.yourCaseworker)</h2>")
        out.append("<p>" + content.contactLines.map(WheelSVG.xml).joined(separator: "<br/>") + "</p>")
        out.append("<p>\(WheelSVG.xml(words.reachOut))</p>")
        if content.training { out.append("<p class=\"oevelse\">\(WheelSVG.xml(words.trainingNotice))</p>") }
        out += ["</div>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}
