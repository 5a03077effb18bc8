import Foundation
import SammenCore

/// The summary lines of the whole caseload decoded in pieces on the other cores while the rest is still arriving
/// from the server (PostgresStore.loadEverything): the open does not wait for the last row before decoding the
/// first, and never holds all the lines and all their summaries at once.
final class SummaryLinesStream: @unchecked Sendable {
    /// Families per piece: small enough that a piece is decoded while the next arrives, big enough that a
    /// piece's fixed cost (a header, a checksum, a dispatch) does not count.
    static let familiesPerPiece = 500

    private let schemaVersion: Int
    private var piece = Data()
    private var inPiece = 0
    private(set) var families = 0
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var decoded: [[FamilySummary]] = []
    private var failed = false

    init(schemaVersion: Int) {
        self.schemaVersion = schemaVersion
    }

    /// One family's lines (as the row holds them; they end with a newline).
    func add(_ lines: UnsafeRawBufferPointer) {
        // About what a piece of ordinary families takes (0.5 KB each); one big family does not set the size.
        if piece.isEmpty { piece.reserveCapacity(Self.familiesPerPiece * 512) }
        piece.append(contentsOf: lines)
        inPiece += 1
        families += 1
        if inPiece == Self.familiesPerPiece { send() }
    }

    private func send() {
        let lines = piece
        let count = inPiece
        let schemaVersion = schemaVersion
        piece = Data()
        inPiece = 0
        DispatchQueue.global().async(group: group) { [self] in
            let read = SummaryLines.decode(lines, count: count, schemaVersion: schemaVersion)
            lock.lock()
            if let read { decoded.append(read) } else { failed = true }
            lock.unlock()
        }
    }

    /// Every summary, once the last piece is decoded; nil when any piece did not read.
    func finish() -> [FamilySummary]? {
        if inPiece > 0 { send() }
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        if failed { return nil }
        var all: [FamilySummary] = []
        all.reserveCapacity(families)
        for read in decoded { all.append(contentsOf: read) }
        decoded = []
        return all
    }
}
