import Testing
@testable import SammenUI

/// The frame diff the terminal backend sends (issue 19): only changed cells, and a screen that applies them
/// ends up showing exactly the new frame.
@Suite struct GridDiffTests {
    /// A terminal as ncurses behaves: writing a character of width 2 fills two columns, and writing over either
    /// half of a wide character blanks the other half.
    struct ScreenModel {
        var rows: [[Cell]]
        init(_ grid: Grid?) {
            guard let grid else { rows = []; return }
            rows = (0..<grid.height).map { y in (0..<grid.width).map { x in grid[x, y] } }
        }
        init(blankWidth: Int, height: Int) {
            rows = Array(repeating: Array(repeating: Cell.blank, count: blankWidth), count: height)
        }
        mutating func write(_ cell: Cell, x: Int, y: Int) {
            let width = max(1, TextWidth.of(cell.character))
            for column in x..<min(x + width, rows[y].count) { breakWide(at: column, y: y) }
            rows[y][x] = Cell(character: cell.character, style: cell.style)
            if width == 2, x + 1 < rows[y].count { rows[y][x + 1] = Cell(character: " ", style: cell.style, isContinuation: true) }
        }
        private mutating func breakWide(at x: Int, y: Int) {
            if rows[y][x].isContinuation, x > 0 { rows[y][x - 1] = Cell(character: " ", style: rows[y][x - 1].style) }
            if x + 1 < rows[y].count, rows[y][x + 1].isContinuation { rows[y][x + 1] = Cell(character: " ", style: rows[y][x + 1].style) }
            rows[y][x] = .blank
        }
        func matches(_ grid: Grid) -> Bool {
            (0..<grid.height).allSatisfy { y in (0..<grid.width).allSatisfy { x in rows[y][x] == grid[x, y] } }
        }
    }

    func changes(_ grid: Grid, since previous: Grid?) -> [(Int, Int, Character)] {
        var found: [(Int, Int, Character)] = []
        grid.forEachChange(since: previous) { x, y, cell in found.append((x, y, cell.character)) }
        return found
    }

    @Test func noPreviousFrameMeansEveryLeadCell() {
        var grid = Grid(width: 4, height: 2)
        grid.put("a界", x: 0, y: 0)  // 界 is wide: its continuation is not reported
        #expect(grid.changeCount(since: nil) == 7)
    }

    @Test func anUnchangedFrameSendsNothing() {
        var grid = Grid(width: 80, height: 24)
        grid.put("Familien Nørgaard", x: 2, y: 3, style: .title)
        #expect(grid.changeCount(since: grid) == 0)
    }

    @Test func oneChangedCellIsTheOnlyOneSent() {
        var before = Grid(width: 80, height: 24)
        before.put("Sagsbehandler: MHA", x: 0, y: 0)
        var after = before
        after.put("L", x: 17, y: 0)
        let found = changes(after, since: before)
        #expect(found.count == 1)
        #expect(found.first?.0 == 17 && found.first?.1 == 0 && found.first?.2 == "L")
    }

    @Test func aStyleChangeAloneIsSent() {
        var before = Grid(width: 10, height: 1)
        before.put("række", x: 0, y: 0)
        var after = before
        after.restyle(Rect(x: 0, y: 0, width: 10, height: 1), style: .selected)
        #expect(after.changeCount(since: before) == 10)
    }

    @Test func aFrameOfAnotherSizeIsDrawnWhole() {
        let before = Grid(width: 80, height: 24)
        let after = Grid(width: 100, height: 30)
        #expect(after.changeCount(since: before) == 3000)
    }

    @Test func wideAndNarrowReplacingEachOther() {
        var narrow = Grid(width: 6, height: 1)
        narrow.put("abcdef", x: 0, y: 0)
        var wide = narrow
        wide.put("界", x: 2, y: 0)
        #expect(changes(wide, since: narrow).map(\.0) == [2])
        #expect(changes(narrow, since: wide).map(\.0) == [2, 3])
    }

    // MARK: Runs (what the terminal backend sends)

    typealias Run = Grid.ChangedRun

    @Test func aChangedWordIsOneRunOfPlainText() {
        var before = Grid(width: 40, height: 3)
        before.put("Sagsbehandler: MHA", x: 2, y: 1)
        var after = before
        after.put("Sagsbehandler: LØK", x: 2, y: 1)  // Ø is plain text: one column everywhere
        #expect(after.changedRuns(since: before) == [Run(row: 1, column: 17, length: 3, isPlainText: true)])
    }

    @Test func unchangedCellsSplitRuns() {
        var before = Grid(width: 10, height: 1)
        before.put("aaaaaaaaaa", x: 0, y: 0)
        var after = before
        after.put("b", x: 2, y: 0)
        after.put("bb", x: 4, y: 0)
        #expect(after.changedRuns(since: before) == [Run(row: 0, column: 2, length: 1, isPlainText: true),
                                                      Run(row: 0, column: 4, length: 2, isPlainText: true)])
    }

    @Test func theLastColumnAndTheBottomRightCellAreSent() {
        let before = Grid(width: 8, height: 3)
        var after = before
        after.put("å", x: 7, y: 0)
        after.put("z", x: 7, y: 2)
        #expect(after.changedRuns(since: before) == [Run(row: 0, column: 7, length: 1, isPlainText: true),
                                                      Run(row: 2, column: 7, length: 1, isPlainText: true)])
    }

    @Test func wideCharactersAreRunsOfTheirOwnWrittenWhole() {
        let before = Grid(width: 12, height: 1)
        var after = before
        after.put("ab界c🙂d", x: 0, y: 0)  // 界 and 🙂 are two columns wide
        #expect(after.changedRuns(since: before) == [
            Run(row: 0, column: 0, length: 2, isPlainText: true),
            Run(row: 0, column: 2, length: 2, isPlainText: false),
            Run(row: 0, column: 4, length: 1, isPlainText: true),
            Run(row: 0, column: 5, length: 2, isPlainText: false),
            Run(row: 0, column: 7, length: 1, isPlainText: true),
        ])
    }

    @Test func aChangeToTheRightHalfOfAWideCharacterSendsItWhole() {
        var before = Grid(width: 6, height: 1)
        before.put("x界y", x: 0, y: 0)
        var after = before
        after.restyle(Rect(x: 2, y: 0, width: 1, height: 1), style: .selected)  // only the continuation
        #expect(after.changedRuns(since: before) == [Run(row: 0, column: 1, length: 2, isPlainText: false)])
    }

    @Test func combinedAndOtherScriptsAreSentAlone() {
        let before = Grid(width: 6, height: 1)
        var after = before
        after.put("ae\u{301}ш", x: 0, y: 0)  // é as e + combining accent; Cyrillic ш
        #expect(after.changedRuns(since: before) == [Run(row: 0, column: 0, length: 1, isPlainText: true),
                                                      Run(row: 0, column: 1, length: 1, isPlainText: false),
                                                      Run(row: 0, column: 2, length: 1, isPlainText: false)])
    }

    @Test func anEqualCharacterSpelledOtherwiseIsNotSentAgain() {
        var before = Grid(width: 4, height: 1)
        before.put("\u{E9}", x: 0, y: 0)  // é, one scalar
        var after = before
        after.put("e\u{301}", x: 0, y: 0)  // é, two scalars: the same character
        #expect(after.changedRuns(since: before).isEmpty)
    }

    @Test func aFrameOfAnotherSizeIsSentWholeRowByRow() {
        var before = Grid(width: 80, height: 24)
        before.put("Familien Nørgaard", x: 0, y: 0)
        var after = Grid(width: 100, height: 30)
        after.put("Familien Nørgaard", x: 0, y: 0)  // the same text, but after a resize nothing is on the screen
        let runs = after.changedRuns(since: before)
        #expect(runs.count == 30)
        #expect(runs.allSatisfy { $0.column == 0 && $0.length == 100 && $0.isPlainText })
        #expect(after.changedRuns(since: nil) == runs)
        #expect(Grid(width: 0, height: 0).changedRuns(since: nil).isEmpty)
    }

    /// Random frames and random edits, sent as runs: a screen that applies them shows exactly the new frame, and
    /// a plain-text run holds only one-column plain characters.
    @Test(arguments: [11, 12, 13, 14, 15, 16, 17, 18])
    func applyingTheRunsShowsTheNewFrame(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let pieces = ["a", "ø", "Å", "界", "🙂", "é", " ", "│", "e\u{301}", "ш", "\u{A0}"]
        let styles: [Style] = [.plain, .selected, .warning, .title]
        func randomGrid(from start: Grid) -> Grid { randomlyEdited(start, pieces: pieces, styles: styles, random: &random) }
        var shown = randomGrid(from: Grid(width: 10, height: 3))
        var screen = ScreenModel(shown)
        for _ in 0..<200 {
            let next = randomGrid(from: shown)
            for run in next.changedRuns(since: shown) {
                #expect(run.length >= 1 && run.column + run.length <= next.width)
                for x in run.column..<(run.column + run.length) where !next[x, run.row].isContinuation {
                    if run.isPlainText { #expect(TextWidth.plainScalar(of: next[x, run.row].character) != nil) }
                    screen.write(next[x, run.row], x: x, y: run.row)
                }
            }
            #expect(screen.matches(next))
            shown = next
        }
    }

    /// Random frames and random edits: applying the reported cells to a screen showing the old frame always gives
    /// the new frame, and never more cells than a full redraw.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func applyingTheChangesShowsTheNewFrame(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let pieces = ["a", "ø", "Å", "界", "🙂", "é", " ", "│", "e\u{301}"]
        let styles: [Style] = [.plain, .selected, .warning, .title]
        func randomGrid(from start: Grid) -> Grid { randomlyEdited(start, pieces: pieces, styles: styles, random: &random) }
        var shown = randomGrid(from: Grid(width: 10, height: 3))
        var screen = ScreenModel(shown)
        for _ in 0..<200 {
            let next = randomGrid(from: shown)
            next.forEachChange(since: shown) { x, y, cell in screen.write(cell, x: x, y: y) }
            #expect(screen.matches(next))
            #expect(next.changeCount(since: shown) <= next.changeCount(since: nil))
            shown = next
        }
    }
}

/// A small deterministic generator, so a failing seed can be run again.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
