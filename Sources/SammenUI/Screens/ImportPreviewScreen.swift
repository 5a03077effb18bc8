import SammenCore

/// The import preview, drawn over the whole screen below the title bar: the file, "nothing is written yet",
/// the report per family (new and changed lines marked), and the keys.
enum ImportPreviewScreen {
    /// Rows for the report: the screen less the title bar, the heading, its note and the footer.
    static func listHeight(_ state: AppState) -> Int { max(1, state.height - 5) }

    /// Columns for the report's text (a margin of one on each side).
    static func textWidth(_ state: AppState) -> Int { max(1, state.width - 2) }

    static func draw(_ preview: ImportPreview, _ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let width = grid.width
        for y in 1..<grid.height { grid.put(String(repeating: " ", count: width), x: 0, y: y) }
        grid.put(TextWidth.truncate(s.text(.importTitle, preview.fileName), to: width - 2), x: 1, y: 1, style: Style(bold: true))
        let ready: Bool
        if case .ready = preview.outcome { ready = true } else { ready = false }
        grid.put(TextWidth.truncate(ready ? s[.importDryRun] : "", to: width - 2), x: 1, y: 2, style: .muted)
        let lines = preview.displayLines(s, width: textWidth(state))
        let height = listHeight(state)
        for (row, line) in lines.dropFirst(preview.scroll).prefix(height).enumerated() {
            grid.put(TextWidth.truncate(line, to: width - 2), x: 1, y: 3 + row, style: style(line, ready: ready), maxWidth: width - 2)
        }
        if lines.count > height {
            let shown = "\(preview.scroll + 1)–\(min(lines.count, preview.scroll + height))/\(lines.count)"
            grid.put(shown, x: max(1, width - 1 - TextWidth.of(shown)), y: 2, style: .muted)
        }
        grid.put(TextWidth.truncate(s[ready ? .importFooterReady : .importFooterRefused], to: width - 2), x: 1,
                 y: grid.height - 1, style: .accent)
    }

    /// Families stand out; what is refused is an error; the rest is plain.
    private static func style(_ line: String, ready: Bool) -> Style {
        if !ready { return .warning }
        return line.hasPrefix(" ") ? Style() : Style(bold: true)
    }
}
