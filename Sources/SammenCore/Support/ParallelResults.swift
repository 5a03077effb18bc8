import Foundation

/// A fixed-size array that parallel workers fill by index (DispatchQueue.concurrentPerform).
final class ParallelResults<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        items[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return items[index]
    }
}
