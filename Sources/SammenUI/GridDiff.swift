// Which cells of a frame differ from the frame before it: the terminal backend sends only those, as ratatui's
// `Buffer::diff` does. Rewriting every cell on every key cost milliseconds a person feels (issue 19).

#if canImport(Glibc)
import Glibc
#endif

extension Grid {
    /// A stretch of one row to write to turn the frame shown before into this one: `length` columns from
    /// `column` on `row`.
    ///
    /// A plain-text run (`isPlainText`) holds only characters that are one column wide on every terminal and in
    /// every locale (U+0020–U+007E and U+00A0–U+02FF: Latin letters, æøå, punctuation), so the backend can send
    /// it in one call. Any other changed character (wide CJK or emoji, combining marks, other scripts) is a run
    /// of its own: its lead cell and, when it is wide, its continuation (`length` 2), so a wide character is
    /// always written whole and a terminal that measures it otherwise cannot shift its neighbours.
    public struct ChangedRun: Equatable, Sendable, CustomStringConvertible {
        public var row: Int
        public var column: Int
        public var length: Int
        public var isPlainText: Bool

        public init(row: Int, column: Int, length: Int, isPlainText: Bool) {
            self.row = row
            self.column = column
            self.length = length
            self.isPlainText = isPlainText
        }

        public var description: String { "(\(row),\(column)+\(length)\(isPlainText ? "" : " wide/other"))" }
    }

    /// The runs to send, row by row, left to right. With no previous frame, or one of another size (a resize),
    /// every cell is in a run (a full redraw). Unchanged cells are in none.
    public func changedRuns(since previous: Grid?) -> [ChangedRun] {
        var runs: [ChangedRun] = []
        forEachChangedRun(since: previous) { runs.append($0) }
        return runs
    }

    /// `changedRuns(since:)` without building the list: what the backend calls on every frame.
    public func forEachChangedRun(since previous: Grid?, _ body: (ChangedRun) -> Void) {
        // With no frame shown, or one of another size, every cell counts as changed.
        let shown = previous.flatMap { $0.width == width && $0.height == height ? $0.cells : nil } ?? []
        let full = shown.count != cells.count || cells.isEmpty
        cells.withUnsafeBufferPointer { new in shown.withUnsafeBufferPointer { old in
            @inline(__always) func differs(_ index: Int) -> Bool { full || !Grid.sameCell(new, old, index) }
            let rowBytes = width * MemoryLayout<Cell>.stride
            for y in 0..<height {
                let rowStart = y * width
                // A row whose bytes are all the same holds the same cells: skipped whole (nearly every row of a
                // key that moves the selection). Bytes that differ, padding included, are compared cell by cell.
                if !full, memcmp(new.baseAddress! + rowStart, old.baseAddress! + rowStart, rowBytes) == 0 { continue }
                var open: ChangedRun?  // the plain-text run being extended
                var x = 0
                while x < width {
                    // Fields read in place: copying the cell would retain its character's string.
                    let cell = new.baseAddress! + rowStart + x
                    if cell.pointee.isContinuation {  // Only at x = 0 of a malformed row; Grid never makes one.
                        if let run = open { body(run); open = nil }
                        x += 1
                        continue
                    }
                    let wide = x + 1 < width && (cell + 1).pointee.isContinuation
                    let changed = differs(rowStart + x) || (wide && differs(rowStart + x + 1))
                    if !changed {
                        if let run = open { body(run); open = nil }
                    } else if !wide, cell.pointee.plainScalar != nil {
                        if open == nil { open = ChangedRun(row: y, column: x, length: 0, isPlainText: true) }
                        open!.length += 1
                    } else {
                        if let run = open { body(run); open = nil }
                        body(ChangedRun(row: y, column: x, length: wide ? 2 : 1, isPlainText: false))
                    }
                    x += wide ? 2 : 1
                }
                if let run = open { body(run) }
            }
        } }
    }

    /// Whether two frames hold the same cell at `index`: first by their bytes (a cell holds its character's UTF-8
    /// inline, so the same bytes are the same cell), which settles nearly every unchanged cell; cells whose bytes
    /// differ are compared as values, so a character spelled with other bytes but equal is not sent again.
    @inline(__always)
    static func sameCell(_ a: UnsafeBufferPointer<Cell>, _ b: UnsafeBufferPointer<Cell>, _ index: Int) -> Bool {
        let left = UnsafeRawPointer(a.baseAddress! + index), right = UnsafeRawPointer(b.baseAddress! + index)
        // Only the stored bytes (size, not stride): the padding after them is not guaranteed to be set.
        // Whole words, the last one overlapping the one before it when the size is not a multiple of 8.
        let size = MemoryLayout<Cell>.size
        var same = true
        var offset = 0
        while same && offset < size {
            let at = min(offset, size - 8)
            same = left.loadUnaligned(fromByteOffset: at, as: UInt64.self) == right.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            offset += 8
        }
        return same || a[index] == b[index]
    }

    /// Calls `body(x, y, cell)` for each lead cell of `self` that must be written to turn `previous` into `self`,
    /// row by row, left to right. Continuation cells are never reported: writing a wide lead fills them.
    ///
    /// With no previous frame, or one of another size, every lead cell is reported (a full redraw).
    /// A lead cell is also reported when only the continuation beside it changed, so a wide character is
    /// always written whole.
    public func forEachChange(since previous: Grid?, _ body: (Int, Int, Cell) -> Void) {
        forEachChangedRun(since: previous) { run in
            var x = run.column
            while x < run.column + run.length {
                let cell = self[x, run.row]
                if !cell.isContinuation { body(x, run.row, cell) }
                x += 1
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
