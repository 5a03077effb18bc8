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
    public static func write(_ items: DeadlineList, today: LocalDate, pieces: Int? = nil,
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
            // The summaries borrowed, not copied: a copy per deadline retained and released a dozen references,
            // shared by both cores, which was a fifth of `due --all --json` (#19).
            items.caseload.withUnsafeBufferPointer { families in
                for slot in items.slots[range] { write(slot, of: families[Int(slot.family)], today: today, to: &shared[k]) }
            }
            if k == count - 1 { shared[k].close(newline: true) }
        }
        for k in 0..<count { writers[k].withBytes(sink) }
    }

    /// The whole array as bytes (for tests and small lists).
    public static func bytes(_ items: DeadlineList, today: LocalDate, pieces: Int? = nil) -> [UInt8] {
        var all: [UInt8] = []
        write(items, today: today, pieces: pieces) { all.append(contentsOf: $0) }
        return all
    }

    /// One deadline, written from the summary its slot points into (the same words `Deadline` would hold).
    /// The summary is borrowed (the compiler may not copy it): a copy per deadline retained and released a dozen
    /// references (#19). Every value is taken from it before the first byte is written.
    static func write(_ slot: DeadlineSlot, of family: borrowing FamilySummary, today: LocalDate,
                      to json: inout PrettyJSONArray) {
        let c = Int(slot.caseIndex)
        let buddy = c >= 0 ? family.cases[c].buddyCaseworker : nil
        let caseNumber = slot.caseNumber(in: family)
        let caseworker = c >= 0 ? family.cases[c].primaryCaseworker : ""
        let child = slot.childName(in: family)
        let detail = slot.detail(in: family)
        let name = family.name
        let id = family.id
        let rule = slot.wording(in: family).danish
        json.beginObject()
        json.field("buddy", buddy)
        json.field("case", caseNumber)
        json.field("caseworker", caseworker)
        json.field("child", child)
        json.field("detail", detail)
        // The date's ten bytes written in place: a String per deadline was a tenth of the writing.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { iso in
            slot.due.writeISO(into: iso.baseAddress!)
            json.field("due", utf8: UnsafeBufferPointer(iso))
        }
        json.field("family", name)
        json.field("family_id", id)
        json.field("kind", slot.kind.rawValue)
        json.field("overdue_days", max(0, slot.due.days(until: today)))
        json.field("rule", rule)
        json.endObject()
    }
}
