import Testing
@testable import SammenUI

@Suite struct GridTests {
    // MARK: put

    @Test func putReturnsColumnsUsedAndText() {
        var grid = Grid(width: 10, height: 2)
        let used = grid.put("hej", x: 1, y: 0)
        #expect(used == 3)
        #expect(grid.text() == " hej\n")
        #expect(grid[1, 0].character == "h")
    }

    @Test func danishLettersTakeOneColumnEach() {
        var grid = Grid(width: 12, height: 1)
        #expect(grid.put("Ærø æøå ÆØÅ", x: 0, y: 0) == 11)
        #expect(grid.text() == "Ærø æøå ÆØÅ")
        #expect(grid[10, 0].character == "Å")
    }

    @Test func clipsAtTheRightEdge() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("Østergård", x: 2, y: 0) == 3)
        #expect(grid.text() == "  Øst")
    }

    @Test func clipsAtTheLeftEdge() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("abcdef", x: -3, y: 0) == 6)  // columns -3...2: "abc" fall off the left edge
        #expect(grid.text() == "def")
    }

    @Test func startingAtOrPastTheRightEdgeDrawsNothing() {
        var grid = Grid(width: 4, height: 1)
        #expect(grid.put("x", x: 4, y: 0) == 0)
        #expect(grid.put("x", x: 100, y: 0) == 0)
        #expect(grid.text() == "")
    }

    @Test func rowsAboveAndBelowAreClippedButLayoutIsKept() {
        var grid = Grid(width: 4, height: 2)
        #expect(grid.put("ab", x: 0, y: -1) == 2)
        #expect(grid.put("ab", x: 0, y: 2) == 2)
        #expect(grid.put("ab", x: 0, y: Int.max) == 2)
        #expect(grid.text() == "\n")
    }

    @Test func hugeCoordinatesDoNotTrap() {
        var grid = Grid(width: 4, height: 2)
        grid.put("abc", x: Int.min, y: 0, maxWidth: Int.max)
        grid.put("abc", x: Int.min + 1, y: 0)
        grid.put("abc", x: 0, y: Int.min, maxWidth: Int.max)
        grid.fill(Rect(x: -1000, y: -1000, width: 2000, height: 2000), character: "·")
        #expect(grid.text() == "····\n····")
    }

    @Test func maxWidthLimitsTheText() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.put("Søren Ærø", x: 1, y: 0, maxWidth: 4) == 4)
        #expect(grid.text() == " Søre")
        #expect(grid.put("xyz", x: 0, y: 0, maxWidth: 0) == 0)
        #expect(grid.put("xyz", x: 0, y: 0, maxWidth: -5) == 0)
        #expect(grid[0, 0].character == " ")
    }

    @Test func controlCharactersAreSkipped() {
        var grid = Grid(width: 6, height: 1)
        #expect(grid.put("a\tb\nc\u{7}", x: 0, y: 0) == 3)
        #expect(grid.text() == "abc")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var grid = Grid(width: 4, height: 1)
        #expect(grid.put("e\u{301}x", x: 0, y: 0) == 2)
        #expect(grid[0, 0].character == "e\u{301}")
        #expect(grid.text() == "e\u{301}x")
    }

    // MARK: Wide characters

    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(width: 6, height: 1)
        #expect(grid.put("日本", x: 0, y: 0) == 4)
        #expect(grid[0, 0].character == "日")
        #expect(grid[1, 0].isContinuation)
        #expect(grid[2, 0].character == "本")
        #expect(grid[3, 0].isContinuation)
        #expect(grid.text() == "日本")
    }

    @Test func wideCharacterAtTheLastColumnBecomesASpace() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("ab日本", x: 0, y: 0) == 5)
        #expect(grid.text(trimTrailing: false) == "ab日 ")
        #expect(!grid[4, 0].isContinuation)
        // Alone in the last column.
        var last = Grid(width: 3, height: 1)
        #expect(last.put("👍", x: 2, y: 0, style: .warning) == 1)
        #expect(last[2, 0] == Cell(character: " ", style: .warning))
    }

    @Test func wideCharacterThatDoesNotFitMaxWidthBecomesASpace() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.put("a日本", x: 0, y: 0, maxWidth: 4) == 4)
        #expect(grid.text(trimTrailing: false) == "a日       ")
        #expect(!grid[4, 0].isContinuation)
    }

    @Test func wideCharacterCutByTheLeftEdgeLeavesASpace() {
        var grid = Grid(width: 4, height: 1)
        #expect(grid.put("日x", x: -1, y: 0) == 3)
        #expect(grid[0, 0] == Cell(character: " "))
        #expect(grid.text() == " x")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("日本", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)  // right half of 日
        #expect(grid.text() == " x本")
        grid.put("y", x: 2, y: 0)  // left half of 本
        #expect(grid.text() == " xy")
        #expect(!grid[3, 0].isContinuation)
        // A wide character written over two others keeps the grid consistent.
        var shifted = Grid(width: 6, height: 1)
        shifted.put("日本", x: 0, y: 0)
        shifted.put("語", x: 1, y: 0)
        #expect(shifted.text() == " 語")
        #expect(shifted[3, 0].character == " " && !shifted[3, 0].isContinuation)
    }

    // MARK: Fill, lines, boxes

    @Test func fillIsClippedToTheGrid() {
        var grid = Grid(width: 4, height: 3)
        grid.fill(Rect(x: 2, y: 1, width: 10, height: 10), character: "#", style: .selected)
        #expect(grid.text() == "\n  ##\n  ##")
        #expect(grid[3, 2].style == .selected)
        #expect(grid[1, 1].style == .plain)
    }

    @Test func fillWithAWideCharacterLeavesNoHalf() {
        var grid = Grid(width: 5, height: 1)
        grid.fill(x: 0, y: 0, width: 5, height: 1, character: "日")
        #expect(grid.text(trimTrailing: false) == "日日 ")
    }

    @Test func boxUsesUnicodeBoxDrawing() {
        var grid = Grid(width: 6, height: 4)
        grid.box(x: 0, y: 0, width: 6, height: 4)
        #expect(grid.text() == """
            ┌────┐
            │    │
            │    │
            └────┘
            """)
    }

    @Test func boxTitleIsTruncatedToFit() {
        var grid = Grid(width: 14, height: 3)
        grid.box(x: 0, y: 0, width: 14, height: 3, title: "Familien Østergård")
        #expect(grid.lines()[0] == "┌─ Familie… ─┐")
        var wide = Grid(width: 22, height: 2)
        wide.box(x: 0, y: 0, width: 22, height: 2, title: "Årshjul")
        #expect(wide.lines()[0] == "┌─ Årshjul ──────────┐")
    }

    @Test func boxPartlyOutsideIsClipped() {
        var grid = Grid(width: 4, height: 3)
        grid.box(x: 2, y: 1, width: 5, height: 5, style: .accent)
        #expect(grid.text() == "\n  ┌─\n  │")
        grid.box(x: -2, y: -2, width: 4, height: 4)
        #expect(grid.lines()[0] == " │")
        #expect(grid.lines()[1] == "─┘┌─")
    }

    @Test func tooSmallBoxesAreNotDrawn() {
        var grid = Grid(width: 4, height: 4)
        grid.box(x: 0, y: 0, width: 1, height: 4)
        grid.box(x: 0, y: 0, width: 4, height: 1)
        #expect(grid.text() == "\n\n\n")
    }

    @Test func horizontalAndVerticalLines() {
        var grid = Grid(width: 5, height: 3)
        grid.horizontalLine(x: -1, y: 1, width: 10)
        grid.verticalLine(x: 2, y: 0, height: 3)
        #expect(grid.text() == "  │\n──│──\n  │")
    }

    // MARK: Text output, styles, paste

    @Test func textKeepsTrailingSpacesWhenAsked() {
        var grid = Grid(width: 4, height: 2)
        grid.put("ab", x: 0, y: 1)
        #expect(grid.text(trimTrailing: false) == "    \nab  ")
        #expect(grid.text() == "\nab")
    }

    @Test func restyleKeepsCharacters() {
        var grid = Grid(width: 6, height: 2)
        grid.put("række", x: 0, y: 1)
        grid.restyle(Rect(x: 0, y: 1, width: 100, height: 1), style: .selected)
        #expect(grid.text() == "\nrække")
        #expect(grid[4, 1].style == .selected)
        #expect(grid[0, 0].style == .plain)
    }

    @Test func pasteCopiesAnotherGridClipped() {
        var popup = Grid(width: 4, height: 2)
        popup.box(x: 0, y: 0, width: 4, height: 2)
        var grid = Grid(width: 6, height: 3)
        grid.put("日本語", x: 0, y: 1)
        grid.paste(popup, x: 3, y: 1)
        #expect(grid.text() == "\n日 ┌──\n   └──")
    }

    @Test func readingOutsideTheGridGivesABlankCell() {
        let grid = Grid(width: 2, height: 2)
        #expect(grid[-1, 0] == .blank)
        #expect(grid[0, 5] == .blank)
    }

    @Test func emptyAndNegativeSizes() {
        var grid = Grid(width: -3, height: 0)
        #expect(grid.width == 0)
        #expect(grid.put("abc", x: 0, y: 0) == 0)
        grid.box(x: 0, y: 0, width: 5, height: 5)
        #expect(grid.text() == "")
    }

    @Test func rectHelpers() {
        let rect = Rect(x: 1, y: 2, width: 10, height: 4)
        #expect(rect.maxX == 11 && rect.maxY == 6)
        #expect(rect.contains(x: 1, y: 2) && !rect.contains(x: 11, y: 2))
        #expect(rect.inset(dx: 1, dy: 1) == Rect(x: 2, y: 3, width: 8, height: 2))
        #expect(rect.inset(dx: 9, dy: 9).isEmpty)
        #expect(rect.intersection(Rect(x: 8, y: 0, width: 10, height: 3)) == Rect(x: 8, y: 2, width: 3, height: 1))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
    }

    @Test func presetsAreDistinct() {
        let presets: [Style] = [.plain, .title, .header, .selected, .warning, .muted, .accent, .ok, .training, .statusBar]
        #expect(Set(presets).count == presets.count)
        #expect(Style.warning.foreground == .red && Style.warning.bold)
        #expect(Style.ok.foreground == .green)
        #expect(Style.training.background != nil)
    }

    /// `fill` with a one-column character is what `put` of a row of it does, cell for cell: a wide character cut by
    /// either edge of the area loses its other half, and the styles of everything else stay.
    @Test func fillIsPutOfARowOfTheCharacter() {
        #expect({ var g = Grid(width: 8, height: 1); g.put("界界界界", x: 0, y: 0); g.fill(x: 1, y: 0, width: 4, height: 1, character: "-"); return g.text() }() == " ---- 界")
        var random = SplitMix(seed: 77)
        let pieces = ["a", "界", "🙂", "ø", " ", "ш"]
        let styles: [Style] = [.plain, .selected, .warning]
        for _ in 0..<300 {
            var grid = Grid(width: 9, height: 3)
            for _ in 0..<6 {
                let text = (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
                grid.put(text, x: Int(random.next() % 9), y: Int(random.next() % 3), style: styles[Int(random.next() % 3)])
            }
            let rect = Rect(x: Int(random.next() % 11) - 1, y: Int(random.next() % 4) - 1, width: Int(random.next() % 11), height: Int(random.next() % 4))
            let character: Character = ["-", "─", " ", "ø"][Int(random.next() % 4)]
            let style = styles[Int(random.next() % 3)]
            var filled = grid, put = grid
            filled.fill(rect, character: character, style: style)
            let area = rect.intersection(grid.bounds)
            if !area.isEmpty {
                for y in area.y..<area.maxY {
                    put.put(String(repeating: String(character), count: area.width), x: area.x, y: y, style: style, maxWidth: area.width)
                }
            }
            #expect(filled == put, "fill \(rect) with \(character)")
        }
    }
}

/// A cell keeps its character as inline UTF-8 (issue 19): every character a screen shows comes back as it went in.
@Suite struct CellTests {
    @Test func charactersComeBackAsTheyWentIn() {
        for text in ["a", " ", "ø", "Å", "\u{A0}", "ʼ", "界", "🙂", "é", "e\u{301}", "ш", "❤️", "🇩🇰", "─", "a\u{301}\u{302}\u{303}"] {
            let character = Character(text)
            #expect(Cell(character: character).character == character, "\(text.debugDescription)")
            var cell = Cell()
            cell.character = character
            #expect(cell.character == character && cell.style == .plain && !cell.isContinuation)
        }
        // Longer than a cell holds (15 bytes of UTF-8): the first scalar and the marks that fit.
        #expect(Cell(character: "👩‍👩‍👧").character == "👩")
        #expect(Cell(character: Character("a" + String(repeating: "\u{301}", count: 9))).character == Character("a" + String(repeating: "\u{301}", count: 7)))
    }

    @Test func plainScalarsAreReadFromTheBytes() {
        for value in UInt32(0)..<0x400 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(Cell(character: character).plainScalar == TextWidth.plainScalar(of: character), "U+\(String(value, radix: 16))")
            if let plain = TextWidth.plainScalar(of: character) {
                #expect(Cell(plain: plain.value, style: .warning) == Cell(character: character, style: .warning))
            }
        }
        #expect(Cell(character: "e\u{301}").plainScalar == nil && Cell(character: "界").plainScalar == nil)
    }

    @Test func equalCharactersAreEqualCellsWhateverTheirBytes() {
        #expect(Cell(character: "é") == Cell(character: "e\u{301}"))
        #expect(Cell(character: "é") != Cell(character: "e"))
        #expect(Cell(character: "a", style: .warning) != Cell(character: "a"))
        #expect(Cell(character: " ", isContinuation: true) != Cell(character: " "))
    }
}
