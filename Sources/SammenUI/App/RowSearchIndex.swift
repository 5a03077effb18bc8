#if canImport(Glibc)
import Glibc
#endif

/// Every row's search key in one block of bytes, in row order, with what the dashboard's summary line counts
/// (overdue). Typing a filter at 10,000 rows read each row and its key's own allocation in the sort order, two
/// cache misses a row, 5–10 ms a key (#19); one pass of memchr over this block is a fraction of a millisecond.
/// Made again whenever the rows change (`AppState.rows`'s didSet), so it never disagrees with them.
public struct RowSearchIndex: Sendable, Equatable {
    /// The keys, each followed by a 0 byte (typed text has none, so no match crosses from one key to the next).
    private var bytes: [UInt8] = []
    /// Where each row's key starts in `bytes`; one more entry than rows, the end.
    private var starts: [Int] = [0]
    /// Whether each row is overdue.
    private(set) var overdue: [Bool] = []

    public init(_ rows: [CaseRow] = []) {
        bytes.reserveCapacity(rows.count * 48)
        starts.reserveCapacity(rows.count + 1)
        overdue.reserveCapacity(rows.count)
        for row in rows {
            bytes.append(contentsOf: row.searchKey.utf8)
            bytes.append(0)
            starts.append(bytes.count)
            overdue.append(row.overdueDays > 0)
        }
    }

    var count: Int { overdue.count }

    /// One bit per row: whether its key holds `needle` (bytes of `CaseRow.searchText`), as `CaseRow.matches`
    /// says. Nil when the needle cannot be searched this way (it holds a 0 byte).
    func rowsHolding(_ needle: [UInt8]) -> [UInt64]? {
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        guard !needle.isEmpty else {
            for row in 0..<count { bits[row >> 6] |= 1 << UInt64(row & 63) }
            return bits
        }
        guard !needle.contains(0) else { return nil }
        let rowCount = count
        bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                bits.withUnsafeMutableBufferPointer { bits in
                    needle.withUnsafeBufferPointer { n in
                        guard let base = hay.baseAddress, hay.count >= n.count else { return }
                        let first = Int32(n[0])
                        var at = 0
                        // The row whose key holds the match: matches come in order, so the row only moves forward
                        // (one step per row in all, where a binary search per match cost 14 for a one-letter filter).
                        var row = 0
                        let last = hay.count - n.count
                        while at <= last {
                            guard let found = memchr(base + at, first, last - at + 1) else { break }
                            let p = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                            if memcmp(base + p, n.baseAddress!, n.count) == 0 {
                                while row + 1 < rowCount && starts[row + 1] <= p { row += 1 }
                                bits[row >> 6] |= 1 << UInt64(row & 63)
                                at = starts[row + 1]  // one match is enough: on to the next row's key
                            } else {
                                at = p + 1
                            }
                        }
                    }
                }
            }
        }
        return bits
    }
}

extension RowSearchIndex {
    /// Whether row `row`'s key holds `needle` (not empty, no 0 byte), read from the block: what the filter asks of
    /// the few rows still shown when a letter is added, instead of searching every key again.
    func row(_ row: Int, holds needle: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                let start = starts[row], end = starts[row + 1] - 1  // without the 0 byte
                guard end - start >= n.count, let base = hay.baseAddress else { return false }
                var at = start
                let last = end - n.count
                while at <= last {
                    guard let found = memchr(base + at, Int32(n[0]), last - at + 1) else { return false }
                    let p = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                    if memcmp(base + p, n.baseAddress!, n.count) == 0 { return true }
                    at = p + 1
                }
                return false
            }
        }
    }
}

extension Array where Element == UInt64 {
    func has(_ row: Int) -> Bool { self[row >> 6] & (1 << UInt64(row & 63)) != 0 }
}
