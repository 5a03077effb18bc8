import Foundation

/// A fixed-size array that parallel workers fill by index (DispatchQueue.concurrentPerform).
public final class ParallelResults<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()

    public init(count: Int) { items = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: T) {
        lock.lock()
        items[index] = value
        lock.unlock()
    }

    public func get(_ index: Int) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return items[index]
    }
}

/// Work on a big list split into one contiguous piece per core, the results joined in the list's order: the
/// same as doing it in one go, only sooner (10,000 families' deadlines or dashboard rows).
public enum ParallelPieces {
    public static func flatMap<T: Sendable, U>(_ items: [T], minimum: Int = 1_000, _ transform: @Sendable (ArraySlice<T>) -> [U]) -> [U] {
        let pieces = items.count < minimum ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        guard pieces > 1 else { return transform(items[...]) }
        let results = ParallelResults<[U]>(count: pieces)
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
            let range = (items.count * k / pieces)..<(items.count * (k + 1) / pieces)
            results.set(k, transform(items[range]))
        }
        var all: [U] = []
        all.reserveCapacity((0..<pieces).reduce(0) { $0 + (results.get($1)?.count ?? 0) })
        for k in 0..<pieces { all.append(contentsOf: results.get(k)!) }
        return all
    }
}

extension ParallelPieces {
    /// `transform(i)` for every i in 0..<count, one contiguous piece per core, written straight into the
    /// result: joining pieces would copy every element once more (for 20,000 deadlines, 180,000 retains).
    public static func map<U>(count: Int, minimum: Int = 1_000, _ transform: (Int) -> U) -> [U] {
        let pieces = count < minimum ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        return withoutActuallyEscaping(transform) { transform in
            [U](unsafeUninitializedCapacity: count) { buffer, initialized in
                nonisolated(unsafe) let base = buffer.baseAddress
                nonisolated(unsafe) let work = transform
                DispatchQueue.concurrentPerform(iterations: pieces) { k in
                    // Each piece initialises its own range of the buffer; no two pieces touch the same element.
                    for i in (count * k / pieces)..<(count * (k + 1) / pieces) { (base! + i).initialize(to: work(i)) }
                }
                initialized = count
            }
        }
    }
}
