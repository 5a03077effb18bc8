import SammenCore

/// The choice after a colleague's change: for each place both changed, the two values side by side (mine
/// first, chosen until the person says otherwise), over everything else on the screen.
enum ConflictOverlay {
    static func draw(_ conflict: ConflictView, _ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let width = min(100, max(0, grid.width - 2))
        let blocks = conflict.conflicts.indices.map { lines(conflict, $0, state: state, width: width - 4) }
        // As tall as the choices need (intro, blank, choices, blank, keys), at most the screen.
        let rect = Popup.frame(width: width, height: blocks.reduce(0) { $0 + $1.count } + 9, in: grid)
        guard rect.width > 20, rect.height > 6 else { return }
        Popup.draw(rect, title: s[.conflictTitle], into: &grid)
        let inner = rect.inset(dx: 2, dy: 1)
        var y = inner.y
        for line in TextWidth.wrap(s.text(.conflictIntro, conflict.mine.name), to: inner.width).prefix(3) {
            grid.put(line, x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        y += 1
        let footerY = inner.maxY - 1
        grid.put(s[.conflictKeys], x: inner.x, y: footerY, style: .muted, maxWidth: inner.width)
        let room = footerY - 1 - y
        guard room > 0, !conflict.conflicts.isEmpty else { return }
        // Start where the selected block fits on screen, as far up as it can.
        var first = conflict.selected
        var used = blocks[first].count
        while first > 0 && used + blocks[first - 1].count <= room {
            first -= 1
            used += blocks[first].count
        }
        for i in first..<blocks.count {
            for line in blocks[i] {
                guard y < footerY - 1 else { break }
                grid.put(line.text, x: inner.x, y: y, style: line.style, maxWidth: inner.width)
                y += 1
            }
        }
        let count = s.text(.conflictCount, "\(conflict.selected + 1)", "\(conflict.conflicts.count)")
        grid.put(count, x: inner.maxX - TextWidth.of(count), y: footerY, style: .muted)
    }

    /// One conflict: where it is, then mine and theirs (the selected conflict shows long values in full lines).
    static func lines(_ conflict: ConflictView, _ index: Int, state: AppState, width: Int) -> [(text: String, style: Style)] {
        let item = conflict.conflicts[index]
        let selected = index == conflict.selected
        let choice = conflict.choice(index)
        var result: [(String, Style)] = [((selected ? "▸ " : "  ") + place(item, state.strings), selected ? .title : .plain)]
        let s = state.strings
        let labelWidth = max(TextWidth.of(s[.conflictMine]), TextWidth.of(s[.conflictTheirs])) + 1
        for (side, label, value) in [(MergeSide.mine, s[.conflictMine], item.mine), (.theirs, s[.conflictTheirs], item.theirs)] {
            let mark = choice == side ? "●" : "○"
            let head = "    \(mark) " + TextWidth.pad(label + ":", to: labelWidth) + " "
            let text = valueText(value, base: item.base, key: lastField(item.path), state.strings)
            let room = max(1, width - TextWidth.of(head))
            var wrapped = TextWidth.wrap(text, to: room)
            if wrapped.isEmpty { wrapped = [""] }
            let shown = selected ? Array(wrapped.prefix(4)) : [wrapped[0]]
            let style: Style = choice == side ? Style(bold: true) : .muted
            for (n, line) in shown.enumerated() {
                let cut = n == shown.count - 1 && wrapped.count > shown.count ? TextWidth.truncate(line + " …", to: room) : line
                result.append(((n == 0 ? head : String(repeating: " ", count: TextWidth.of(head))) + cut, style))
            }
        }
        return result
    }

    /// "Kontaktlog › 01.10.2026 Status › Note".
    static func place(_ conflict: MergeConflict, _ s: Strings) -> String {
        var parts: [String] = []
        for (step, label) in zip(conflict.path, conflict.labels) {
            switch step {
            case .field(let key): parts.append(s.fieldName(key))
            case .item(let id): parts.append(TextWidth.truncate(label.map { datesInWords($0, s) } ?? id, to: 32))
            }
        }
        return parts.isEmpty ? "–" : parts.joined(separator: " › ")
    }

    static func lastField(_ path: [MergeStep]) -> String? {
        if case .field(let key) = path.last { return key }
        return nil
    }

    /// A value as a person reads it: dates the language's way, CPR numbers masked, items by their own words.
    static func valueText(_ tree: JSONTree?, base: JSONTree?, key: String?, _ s: Strings) -> String {
        guard let tree else { return base == nil ? s[.conflictEmpty] : s[.conflictRemoved] }
        switch tree {
        case .null: return s[.conflictEmpty]
        case .bool(let value): return s.language == .da ? (value ? "ja" : "nej") : (value ? "yes" : "no")
        case .int(let value): return "\(value)"
        case .double(let value): return "\(value)"
        case .string(let text):
            if key == "cpr" {
                if case .success(let number) = CPRNumber.parse(text) { return number.masked }
                return "XXXXXX-XXXX"
            }
            if key == "channel", let channel = ContactChannel(rawValue: text) { return s.channel(channel) }
            if key == "style", let style = ContactStyle(rawValue: text) { return s.style(style) }
            return text.isEmpty ? s[.conflictEmpty] : datesInWords(text, s)
        case .array(let items):
            if items.isEmpty { return s[.conflictEmpty] }
            return items.map { valueText($0, base: nil, key: key, s) }.joined(separator: "; ")
        case .object(let fields):
            // An item: its own words; a value made of parts (a legal basis, a SMART goal): its parts.
            if let words = ThreeWayMerge.label(of: tree) { return datesInWords(words, s) }
            return fields.keys.sorted().compactMap { name in
                fields[name].map { s.fieldName(name) + ": " + valueText($0, base: nil, key: name, s) }
            }.joined(separator: ", ")
        }
    }

    /// "2026-10-01 Status" → "01.10.2026 Status" in Danish; English keeps ISO dates.
    static func datesInWords(_ text: String, _ s: Strings) -> String {
        guard s.language == .da, text.count >= 10, let date = LocalDate(iso: String(text.prefix(10))) else { return text }
        return s.date(date) + text.dropFirst(10)
    }
}
