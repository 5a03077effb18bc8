// Showing a frame: only the cells that differ from the frame shown before it (`Grid.forEachChangedRun`), written
// by Sammen itself as one buffer of ECMA-48 bytes (`FrameEncoder`) when the terminal speaks it, else through
// ncurses (TerminalBackend+CursesDraw.swift).
import CNcursesw
import SammenUI

#if canImport(Glibc)
import Glibc
#endif

extension TerminalBackend {
    /// Shows a frame, sending the terminal only the cells that differ from the frame shown before it. After a
    /// resize, a suspend, or when a frame of another size comes, the screen is erased and the frame sent whole.
    /// Cells beyond the screen are dropped.
    ///
    /// With the encoder the frame is one write(2) of cursor moves, SGR and UTF-8, and ncurses writes nothing:
    /// its window is never touched, so its `wget_wch` never refreshes over the frame. When ncurses has something
    /// of its own to show (its screen after a resize is touched and marked for clearing), it is let do that first
    /// and the frame then sent whole.
    public func draw(_ grid: Grid) {
        guard isActive else { return }
        let (screenWidth, screenHeight) = size
        guard var encoder else {
            drawThroughCurses(grid, screenWidth: screenWidth, screenHeight: screenHeight)
            return
        }
        var previous = shownFrame
        if is_wintouched(window) {
            clearok(sammen_curscr(), true)
            wrefresh(window)
            previous = nil
        }
        if shownSize != (screenWidth, screenHeight) { previous = nil }
        self.encoder = nil  // so the buffer is not shared while it is filled
        encoder.encode(grid, since: previous, screenWidth: screenWidth, screenHeight: screenHeight)
        let written = encoder.bytes.withUnsafeBytes { Self.writeAll($0) }
        self.encoder = encoder
        // A frame that did not get out whole (the terminal went away) is not the one shown.
        shownFrame = written ? grid : nil
        shownSize = (screenWidth, screenHeight)
    }

    /// Forgets what is on the screen, so the next `draw` repaints it whole (after something else wrote to it).
    public func invalidate() {
        shownFrame = nil
    }

    /// Writes all of `bytes` to standard output, going on after a signal or a short write.
    static func writeAll(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var next = bytes.baseAddress else { return true }
        var left = bytes.count
        while left > 0 {
            let count = write(STDOUT_FILENO, next, left)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            next += count
            left -= count
        }
        return true
    }
}
