// Which cells of a frame differ from the frame before it: the terminal backend sends only those, as ratatui's
// `Buffer::diff` does. Rewriting every cell on every key cost milliseconds a person feels (issue 19).

extension Grid {
    /// Calls `body(x, y, cell)` for each lead cell of `self` that must be written to turn `previous` into `self`,
    /// row by row, left to right. Continuation cells are never reported: writing a wide lead fills them.
    ///
    /// With no previous frame, or one of another size, every lead cell is reported (a full redraw).
    /// A lead cell is also reported when only the continuation beside it changed, so a wide character is
    /// always written whole.
    public func forEachChange(since previous: Grid?, _ body: (Int, Int, Cell) -> Void) {
        let full = previous.map { $0.width != width || $0.height != height } ?? true
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = self[x, y]
                if cell.isContinuation { x += 1; continue }
                let wide = x + 1 < width && self[x + 1, y].isContinuation
                if full || cell != previous![x, y] || (wide && self[x + 1, y] != previous![x + 1, y]) {
                    body(x, y, cell)
                }
                x += wide ? 2 : 1
            }
        }
    }

    /// How many cells `forEachChange(since:)` reports: what a frame costs to send.
    public func changeCount(since previous: Grid?) -> Int {
        var count = 0
        forEachChange(since: previous) { _, _, _ in count += 1 }
        return count
    }
}
