import Foundation

/// `sammen due --json`: one object per deadline, its keys sorted as JSONEncoder's `.sortedKeys` would
/// (docs/cli.md has the shape). The keys and `kind` values are a machine interface, the same in every language.
/// At 10,000 families this is megabytes: written in one piece per core, each in a buffer sized for it, and
/// handed on in order without being copied.
public enum DeadlineJSON {
    /// About what one deadline takes (measured: 310 bytes on the synthetic municipality), so a piece's
    /// buffer seldom has to grow.
    static let bytesPerDeadline = 360

    /// Writes the whole array, ending with a newline, to `sink` in order, in `pieces` parts (default: one per
    /// core for a big list).
    public static func write(_ items: [Deadline], today: LocalDate, pieces: Int? = nil,
                             to sink: (UnsafeRawBufferPointer) -> Void) {
        // Never more pieces than deadlines: every piece after the first continues a non-empty array.
        let count = max(1, min(items.count, pieces ?? min(ProcessInfo.processInfo.activeProcessorCount, 8, items.count / 2_000)))
        let writers = UnsafeMutablePointer<PrettyJSONArray>.allocate(capacity: count)
        defer {
            (writers).deinitialize(count: count)
            writers.deallocate()
        }
        nonisolated(unsafe) let shared = writers
        // Each piece initialises and fills its own writer; no two pieces touch the same one.
        DispatchQueue.concurrentPerform(iterations: count) { k in
            let range = (items.count * k / count)..<(items.count * (k + 1) / count)
            let capacity = range.count * bytesPerDeadline + 64
            (shared + k).initialize(to: k == 0 ? PrettyJSONArray(capacity: capacity)
                                               : PrettyJSONArray(continuing: (), capacity: capacity))
            for d in items[range] { write(d, today: today, to: &shared[k]) }
            if k == count - 1 { shared[k].close(newline: true) }
        }
        for k in 0..<count { writers[k].withBytes(sink) }
    }

    /// The whole array as bytes (for tests and small lists).
    public static func bytes(_ items: [Deadline], today: LocalDate, pieces: Int? = nil) -> [UInt8] {
        var all: [UInt8] = []
        write(items, today: today, pieces: pieces) { all.append(contentsOf: $0) }
        return all
    }

    static func write(_ d: Deadline, today: LocalDate, to json: inout PrettyJSONArray) {
        json.beginObject()
        json.field("buddy", d.buddyCaseworker)
        json.field("case", d.caseNumber)
        json.field("caseworker", d.caseworker)
        json.field("child", d.childName)
        json.field("detail", d.detail)
        // The date's ten bytes written in place: a String per deadline was a tenth of the writing.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { iso in
            d.due.writeISO(into: iso.baseAddress!)
            json.field("due", utf8: UnsafeBufferPointer(iso))
        }
        json.field("family", d.familyName)
        json.field("family_id", d.familyID)
        json.field("kind", d.kind.rawValue)
        json.field("overdue_days", d.overdueDays(on: today))
        json.field("rule", d.rule)
        json.endObject()
    }
}
