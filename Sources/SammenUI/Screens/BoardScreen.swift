import SammenCore

/// The meeting board: four columns of cards in the participants' own words, whose turn it is, who has spoken
/// on which column, and the 0–10 scale. The projector view shows the board alone, large and high-contrast:
/// no CPR numbers, no other families, no internal notes — it never reads them. The board is a shared screen
/// in both views, so every word typed on it (cards, names, roles, «Kort fortalt») is drawn through `shown`:
/// a CPR number a participant dictated into a card is masked before it is wrapped (wrapping could split it).
enum BoardScreen {
    /// Free text on its way to a shared screen.
    static func shown(_ text: String) -> String { CPRNumber.redact(text) }

    /// Below this the four columns cannot hold a word each: the screen says so instead of garbling them.
    static let minimumWidth = 60
    static let minimumHeight = 14

    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let view = state.family, let board = state.board,
              let meeting = view.family.meetings.first(where: { $0.id == board.meetingID }) else { return }
        let s = state.strings
        if grid.width < minimumWidth || grid.height < minimumHeight {
            let lines = TextWidth.wrap(s.text(.boardTooSmall, "\(minimumWidth)", "\(minimumHeight)", "\(grid.width)", "\(grid.height)"),
                                       to: max(1, grid.width - 2))
            let top = max(1, (grid.height - lines.count) / 2)
            for (i, line) in lines.enumerated() where top + i < grid.height {
                grid.put(line, x: 1, y: top + i, style: .warning, maxWidth: grid.width - 2)
            }
            return
        }
        let presenting = board.presenting
        let method = meeting.method == .loft ? s[.methodLoft] : s[.methodSignsOfSafety]
        // In the projector view the title is the meeting alone: no family name, no case numbers.
        let title = presenting
            ? "\(App.meetingKindName(meeting.kind, s)) · \(s.date(meeting.date)) · \(method)"
            : "\(method) · \(App.meetingKindName(meeting.kind, s)) \(s.date(meeting.date)) · \(shown(view.family.name))"
        let top = presenting ? 0 : 1
        grid.put(title, x: 1, y: top, style: presenting ? Style(bold: true) : .title, maxWidth: grid.width - 2)
        if presenting && state.training {
            let marker = s[.training]
            grid.put(marker, x: grid.width - TextWidth.of(marker), y: 0, style: .training)
        }

        // The round.
        let speaker = meeting.participants.indices.contains(board.turn) ? meeting.participants[board.turn] : nil
        let turn = s.text(.turn, speaker.map { shown("\($0.name) (\(ParticipantRoles.name($0.role, in: s.language)))") } ?? s[.nobodyYet])
        grid.put(" \(turn) ", x: 1, y: top + 1, style: Style(foreground: .black, background: .yellow, bold: true), maxWidth: grid.width - 2)

        // The bottom panel: coverage and scale.
        let panel = panelLines(meeting, family: view.family, state: state, width: grid.width - 2)
        // The keys over two lines when one cannot hold them (80 columns): a newcomer reads every one.
        let hintLines = presenting ? [] : ChromeLayout.hintLines(s[.boardHints], width: grid.width)
        let statusRows = hintLines.count
        let panelTop = max(top + 3, grid.height - statusRows - panel.count)
        for (i, line) in panel.enumerated() where panelTop + i < grid.height - statusRows {
            line.draw(into: &grid, x: 1, y: panelTop + i, width: grid.width - 2)
        }

        // The columns.
        let columnsTop = top + 3
        let columnsHeight = max(0, panelTop - columnsTop - 1)
        let gap = presenting ? 2 : 1
        let width = max(4, (grid.width - 2 - gap * 3) / 4)
        // Headers wrap to two lines rather than lose their words ("Hvad er vi bekymrede for?").
        let headers = BoardView.columns.map { Array(TextWidth.wrap(App.columnTitle($0, meeting, s), to: width).prefix(2)) }
        let headerHeight = headers.map(\.count).max() ?? 1
        for (c, column) in BoardView.columns.enumerated() {
            let x = 1 + c * (width + gap)
            let selectedColumn = c == board.column
            let headerStyle: Style = selectedColumn ? Style(foreground: .black, background: .cyan, bold: true)
                : (presenting ? Style(reverse: true, underline: false) : .header)
            grid.fill(x: x, y: columnsTop, width: width, height: headerHeight, style: selectedColumn || presenting ? headerStyle : .plain)
            for (n, line) in headers[c].enumerated() {
                grid.put(TextWidth.truncate(line, to: width), x: x, y: columnsTop + n, style: headerStyle, maxWidth: width)
            }
            var y = columnsTop + headerHeight + (presenting ? 1 : 0)
            let cards = BoardView.cards(meeting, column)
            if cards.isEmpty && columnsHeight > 1 {
                grid.put(s[.boardEmptyColumn], x: x, y: y, style: presenting ? .plain : .muted, maxWidth: width)
            }
            // Keep the selected card on screen.
            var first = 0
            if selectedColumn {
                var used = 0
                for i in stride(from: min(board.card, cards.count - 1), through: 0, by: -1) {
                    used += wrapped(cards[i], meeting, width: width).count + (presenting ? 1 : 0)
                    if used > columnsHeight - 1 { first = i + 1; break }
                }
            }
            for (i, card) in cards.enumerated().dropFirst(first) {
                let lines = wrapped(card, meeting, width: width)
                let isSelected = selectedColumn && i == board.card && !presenting
                for (n, line) in lines.enumerated() {
                    guard y < columnsTop + headerHeight + columnsHeight else { break }
                    let isAuthor = n == lines.count - 1
                    var style: Style = isAuthor ? (presenting ? Style(foreground: .cyan) : .accent) : (presenting ? Style(bold: true) : .plain)
                    if isSelected { style.reverse = true }
                    grid.put(line, x: x, y: y, style: style, maxWidth: width)
                    y += 1
                }
                if presenting { y += 1 }
            }
        }
        if !presenting {
            ChromeLayout.drawStatusLines(state, hints: hintLines, into: &grid)
        } else if state.status != nil {
            // No hints on the projector, but a refused key still says why (and how to leave) on the bottom line.
            ChromeLayout.drawStatusLine(state, hints: "", into: &grid)
        }
        if board.showQuestions { drawQuestions(meeting, column: board.boardColumn, state: state, into: &grid) }
    }

    /// A card's words wrapped to the column, then "— who" on its own line.
    static func wrapped(_ card: BoardCard, _ meeting: Meeting, width: Int) -> [String] {
        let done = meeting.agreements.first { $0.id == card.id }?.done != nil
        let text = (done ? "✓ " : "") + shown(card.text)
        guard let author = meeting.participants.first(where: { $0.id == card.author })?.name ?? (card.author.isEmpty ? nil : card.author) else {
            return TextWidth.wrap(text, to: width)
        }
        return TextWidth.wrap(text, to: width) + [TextWidth.truncate("— \(shown(author))", to: width)]
    }

    static func panelLines(_ meeting: Meeting, family: Family, state: AppState, width: Int) -> [StyledLine] {
        let s = state.strings
        let coverage = BoardView.coverage(meeting)
        var lines: [StyledLine] = []
        var pieces: [(String, Style)] = [("\(s[.coverage]): ", Style(bold: true))]
        for p in meeting.participants {
            let marks = BoardView.columns.map { (coverage[p.id] ?? []).contains($0) ? "✓" : "·" }.joined()
            let complete = marks.allSatisfy { $0 == "✓" }
            pieces.append(("\(shown(p.name)) ", .plain))
            pieces.append((marks + "  ", complete ? .ok : .warning))
        }
        if BoardView.everyoneHeard(meeting) { pieces.append((s[.everyoneHeard], .ok)) }
        lines.append(contentsOf: wrap(pieces, width: width))
        var scale: [(String, Style)] = [("\(s[.scale]): ", Style(bold: true))]
        for p in meeting.participants {
            guard let rating = meeting.ratings.first(where: { $0.participant == p.id }) else { continue }
            let earlier = BoardView.earlierRating(of: p, before: meeting, in: family).map { " (\(s.text(.lastTime, "\($0)")))" } ?? ""
            scale.append(("\(shown(p.name)) ", .plain))
            scale.append(("\(rating.value)\(earlier)  ", .accent))
        }
        if scale.count > 1 { lines.append(contentsOf: wrap(scale, width: width)) }
        // «Kort fortalt», once written: shared words, so the projector shows them too; one line, the rest in `t`.
        if let brief = meeting.summary, !brief.isEmpty {
            let label = "\(s[.briefTitle]): "
            lines.append(StyledLine(pieces: [(label, Style(bold: true)),
                                             (TextWidth.truncate(shown(brief), to: max(1, width - TextWidth.of(label))), .plain)]))
        }
        // The internal notes: on the caseworker's own screen only, never in the projector view.
        if state.board?.presenting == false, let notes = meeting.internalNotes, !notes.isEmpty {
            let label = "\(s[.meetingNotesTitle]): "
            let oneLine = notes.split(whereSeparator: \.isNewline).joined(separator: " ")
            lines.append(StyledLine(pieces: [(label, Style(foreground: .yellow, bold: true)),
                                             (TextWidth.truncate(shown(oneLine), to: max(1, width - TextWidth.of(label))), .muted)]))
        }
        return lines
    }

    /// Wraps styled pieces into lines at whole pieces.
    static func wrap(_ pieces: [(String, Style)], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var current: [(String, Style)] = []
        var used = 0
        for piece in pieces {
            let w = TextWidth.of(piece.0)
            if used + w > width && !current.isEmpty {
                lines.append(StyledLine(pieces: current))
                current = []
                used = 0
            }
            current.append(piece)
            used += w
        }
        if !current.isEmpty { lines.append(StyledLine(pieces: current)) }
        return lines
    }

    static func drawQuestions(_ meeting: Meeting, column: BoardColumn, state: AppState, into grid: inout Grid) {
        let questions = GuidingQuestions.questions(column, method: meeting.method, wellbeing: meeting.wellbeingWording,
                                                   language: state.strings.language)
        let rect = Popup.frame(width: 70, height: questions.count * 2 + 4, in: grid)
        guard rect.width > 10, rect.height > 3 else { return }
        Popup.draw(rect, title: state.strings.text(.questionsTitle, App.columnTitle(column, meeting, state.strings)), into: &grid)
        var y = rect.y + 2
        for q in questions {
            for line in TextWidth.wrap("• " + q, to: rect.width - 4) where y < rect.maxY - 1 {
                grid.put(line, x: rect.x + 2, y: y, style: Style(bold: true))
                y += 1
            }
        }
    }
}
