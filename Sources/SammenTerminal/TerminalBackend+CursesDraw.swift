// Drawing through ncurses, for a terminal whose terminfo strings are not the ECMA-48 sequences `FrameEncoder`
// writes (ECMA48Check): the changed runs become ncurses cells, and ncurses' refresh sends them.
import CNcursesw
import SammenUI

extension TerminalBackend {
    /// ncurses' drawing, for a terminal that does not speak the encoder's sequences: after a resize, or when a
    /// frame of another size comes, the window is erased and the frame sent whole.
    ///
    /// A run of plain text goes to ncurses in one `mvwadd_wchnstr` of cells built from a per-style template (no
    /// allocation, no grapheme work, no dictionary lookup per cell); `add_wchnstr` neither wraps nor moves the
    /// cursor, so a run ending in the bottom-right cell cannot scroll the screen. Any other character (wide,
    /// combined, another script) is written alone at its own position, as ncurses measures it.
    func drawThroughCurses(_ grid: Grid, screenWidth: Int, screenHeight: Int) {
        var previous = shownFrame
        if previous == nil || shownSize != (screenWidth, screenHeight) {
            werase(window)
            previous = nil
        }
        grid.forEachChangedRun(since: previous) { run in
            guard run.row < screenHeight, run.column < screenWidth else { return }
            if run.isPlainText {
                writePlainRun(grid, row: run.row, column: run.column, length: min(run.length, screenWidth - run.column))
            } else {
                writeOther(grid[run.column, run.row], x: run.column, y: run.row, screenWidth: screenWidth, screenHeight: screenHeight)
            }
        }
        shownFrame = grid
        shownSize = (screenWidth, screenHeight)
        wrefresh(window)
    }

    private func writePlainRun(_ grid: Grid, row: Int, column: Int, length: Int) {
        guard length > 0 else { return }
        if runCells.count < length { runCells = Array(repeating: cchar_t(), count: max(length, 256)) }
        runCells.withUnsafeMutableBufferPointer { cells in
            for i in 0..<length {
                let cell = grid[column + i, row]
                var complex = template(for: cell.style)
                // Plain: exactly one scalar, U+0020–U+02FF (Grid.ChangedRun); the template's other slots are 0.
                complex.chars.0 = wchar_t(bitPattern: cell.plainScalar?.value ?? 0x20)
                cells[i] = complex
            }
            _ = mvwadd_wchnstr(window, Int32(row), Int32(column), cells.baseAddress, Int32(length))
        }
    }

    /// The cell ncurses' `setcchar` makes for a space in `style`: its attributes and colour pair, as ncurses
    /// itself sets them. A plain cell is this with its scalar in place of the space.
    private func template(for style: Style) -> cchar_t {
        if let last = lastTemplate, last.style == style { return last.cell }
        let cell: cchar_t
        if let known = templates[style] {
            cell = known
        } else {
            let (attributes, pair) = attributesAndPair(for: style)
            var made = cchar_t()
            var space: (wchar_t, wchar_t) = (0x20, 0)
            _ = withUnsafeMutableBytes(of: &space) { raw in
                setcchar(&made, raw.bindMemory(to: wchar_t.self).baseAddress, attributes, pair, nil)
            }
            templates[style] = made
            cell = made
        }
        lastTemplate = (style, cell)
        return cell
    }

    /// A character that is not plain text, written alone at its position.
    private func writeOther(_ cell: Cell, x: Int, y: Int, screenWidth: Int, screenHeight: Int) {
        let cellWidth = max(1, TextWidth.of(cell.character))
        if x + cellWidth > screenWidth { return }  // A wide character here would wrap.
        var complex = complexCharacter(for: cell)
        if y == screenHeight - 1 && x + cellWidth == screenWidth {
            // add_wchnstr does not move the cursor, so the bottom-right cell cannot wrap or scroll.
            mvwadd_wchnstr(window, Int32(y), Int32(x), &complex, 1)
        } else {
            mvwadd_wch(window, Int32(y), Int32(x), &complex)
        }
    }


    /// The cell as ncurses' complex character, built on the stack: no allocation per cell.
    private func complexCharacter(for cell: Cell) -> cchar_t {
        let (attributes, pair) = attributesAndPair(for: cell.style)
        var complex = cchar_t()
        // One spacing character plus its combining marks, at most CCHARW_MAX (5) in all, then the terminating 0.
        var buffer: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        let ok: Bool = withUnsafeMutableBytes(of: &buffer) { raw in
            let wide = raw.bindMemory(to: wchar_t.self)
            var count = 0
            for scalar in cell.character.unicodeScalars {
                guard count < 5 else { break }
                wide[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 || wide[0] < 0x20 || wide[0] == 0x7F { wide[0] = 0x20; count = 1 }
            wide[count] = 0
            if setcchar(&complex, wide.baseAddress, attributes, pair, nil) == OK { return true }
            // setcchar refuses e.g. emoji ZWJ sequences (several spacing characters): show the first one only.
            wide[1] = 0
            if setcchar(&complex, wide.baseAddress, attributes, pair, nil) == OK { return true }
            wide[0] = 0x3F  // "?"
            return setcchar(&complex, wide.baseAddress, attributes, pair, nil) == OK
        }
        _ = ok
        return complex
    }

    private func attributesAndPair(for style: Style) -> (attributes: attr_t, pair: Int16) {
        if let cached = attributeCache[style] { return cached }
        let result = palette.attributesAndPair(for: style)
        attributeCache[style] = result
        return result
    }
}
