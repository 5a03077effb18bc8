/// The title bar every screen shares (tabs, the ØVELSE marker, read-only, the date) and the status line.
enum ChromeLayout {
    static let appLabel = " Sammen "

    /// The tabs and the columns they occupy, for drawing and for mouse clicks.
    static func tabs(_ strings: Strings) -> [(label: String, x: Int, action: Action)] {
        var x = TextWidth.of(appLabel) + 1
        var result: [(String, Int, Action)] = []
        for (text, action) in [(strings[.tabCaseload], Action.showCaseload), (strings[.tabLeader], .showLeader)] {
            let label = " \(text) "
            result.append((label, x, action))
            x += TextWidth.of(label) + 1
        }
        return result
    }

    static func tab(atColumn column: Int, strings: Strings) -> Action? {
        tabs(strings).first { column >= $0.x && column < $0.x + TextWidth.of($0.label) }?.action
    }

    static func drawTitleBar(_ state: AppState, into grid: inout Grid) {
        let bar = Style.statusBar
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: bar)
        grid.put(appLabel, x: 0, y: 0, style: Style(foreground: .black, background: .cyan, bold: true))
        for tab in tabs(state.strings) {
            let active = (tab.action == .showCaseload && state.screen != .leader) || (tab.action == .showLeader && state.screen == .leader)
            grid.put(tab.label, x: tab.x, y: 0, style: active ? Style(foreground: .white, background: .blue, bold: true) : bar)
        }
        // Right side, by priority: the ØVELSE marker is never cut; then the date and help hint; the
        // read-only notice takes what is left (cut with "…"), and tabs give way to all of them.
        let tabsEnd = tabs(state.strings).last.map { $0.x + TextWidth.of($0.label) + 1 } ?? 0
        var x = grid.width
        if state.training {
            let marker = state.strings[.training]
            x -= TextWidth.of(marker)
            grid.put(marker, x: max(0, x), y: 0, style: .training)
        }
        let date = " \(state.strings.date(state.today)) · \(state.strings[.helpHint]) "
        let readOnly = state.readOnlyReason.map { " \(state.strings[.readOnly]) \($0) " }
        let readOnlyMinimum = readOnly.map { _ in TextWidth.of(state.strings[.readOnly]) + 2 } ?? 0
        let readOnlyWidth = readOnly.map { TextWidth.of($0) } ?? 0
        if x - TextWidth.of(date) - readOnlyWidth >= tabsEnd || (readOnly == nil && x - TextWidth.of(date) >= 0) {
            x -= TextWidth.of(date)
            grid.put(date, x: x, y: 0, style: bar)
        }
        if let readOnly {
            let room = max(0, x - min(tabsEnd, max(0, x - readOnlyMinimum)))
            let shown = TextWidth.truncate(readOnly, to: room)
            x -= TextWidth.of(shown)
            grid.put(shown, x: x, y: 0, style: Style(foreground: .white, background: .red, bold: true))
        }
    }

    /// The bottom line: a message when there is one, else the screen's key hints.
    /// Key hints broken at their " · " separators into lines of at most `width` columns (at most `maxLines`; the
    /// last one is cut with "…" only if even that many lines cannot hold them), so that a newcomer at 80 columns
    /// can read every key instead of losing the end of one long line.
    static func hintLines(_ hints: String, width: Int, maxLines: Int = 2) -> [String] {
        let room = max(1, width - 1)
        var lines: [String] = []
        var current = ""
        for part in hints.components(separatedBy: " · ") {
            let candidate = current.isEmpty ? part : current + " · " + part
            if TextWidth.of(candidate) <= room || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = part
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines }
        let kept = Array(lines.prefix(maxLines - 1))
        return kept + [TextWidth.truncate(lines.dropFirst(maxLines - 1).joined(separator: " · "), to: room)]
    }

    static let longStatusRows = 4

    /// Hints over as many bottom lines as `hintLines` gives; a status message takes the last line, or up to four
    /// when it is longer than one (`drawLongStatus`).
    static func drawStatusLines(_ state: AppState, hints: [String], into grid: inout Grid) {
        let top = grid.height - hints.count
        if drawLongStatus(state, hintRows: hints.count, into: &grid) { return }
        for (i, line) in hints.dropLast().enumerated() where top + i > 0 {
            grid.fill(x: 0, y: top + i, width: grid.width, height: 1)
            grid.put(" " + line, x: 0, y: top + i, style: .muted, maxWidth: grid.width)
        }
        drawStatusLine(state, hints: hints.last ?? "", into: &grid)
    }

    /// A message longer than the line is written whole over up to four lines at the bottom of the screen (it
    /// stays until the next key): "— u fortryder" at its end is how a change says it can be undone, and a failed
    /// send names who and why, so neither may be cut off. False when the message fits on one line.
    @discardableResult
    static func drawLongStatus(_ state: AppState, hintRows: Int, into grid: inout Grid) -> Bool {
        guard let status = state.status, TextWidth.of(" " + status.text) > grid.width else { return false }
        var lines = TextWidth.wrap(status.text, to: max(1, grid.width - 2))
        let rows = min(max(hintRows, lines.count), Self.longStatusRows, max(1, grid.height - 2))
        if lines.count > rows {
            lines = Array(lines.prefix(rows - 1))
                + [TextWidth.truncate(lines.dropFirst(rows - 1).joined(separator: " "), to: max(1, grid.width - 2))]
        }
        let top = grid.height - rows
        for i in 0..<rows where top + i > 0 {
            grid.fill(x: 0, y: top + i, width: grid.width, height: 1)
            if i < lines.count {
                grid.put(" " + lines[i], x: 0, y: top + i, style: status.isError ? .warning : .ok, maxWidth: grid.width)
            }
        }
        return true
    }

    static func drawStatusLine(_ state: AppState, hints: String, into grid: inout Grid) {
        let y = grid.height - 1
        guard y > 0 else { return }
        if drawLongStatus(state, hintRows: 1, into: &grid) { return }
        grid.fill(x: 0, y: y, width: grid.width, height: 1)
        if let status = state.status {
            grid.put(" " + status.text, x: 0, y: y, style: status.isError ? .warning : .ok, maxWidth: grid.width)
        } else {
            grid.put(TextWidth.truncate(" " + hints, to: grid.width), x: 0, y: y, style: .muted, maxWidth: grid.width)
        }
    }
}
