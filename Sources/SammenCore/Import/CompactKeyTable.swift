import Foundation

/// Text keys, each with a number, kept as bytes in one buffer with an open-addressing table of indexes: about
/// 12 bytes a key besides its own bytes, where a `[String: Int]` of the same keys costs several times that (a
/// heap string for each key over 15 bytes, 24-byte buckets). The streamed import keeps the file's case numbers
/// and new families' keys in it, so that its memory stays under twice the file's size (#15.17). Keys compare
/// byte for byte, so two keys are never taken for one.
struct CompactKeyTable {
    /// Every key's UTF-8 bytes, one after the other; key i ends at `ends[i]`.
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []
    private var values: [Int32] = []
    /// Key index + 1 per slot; 0 is an empty slot. A power of two long.
    private var slots: [Int32] = []

    var count: Int { ends.count }

    /// The value of `key`, if it is in the table.
    func value(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { find($0).index.map { values[$0] } }
    }

    /// The value of `key`, or nil after adding it with `value`.
    mutating func insertIfAbsent(_ key: String, value: Int32) -> Int32? {
        var key = key
        return key.withUTF8 { utf8 in
            if slots.isEmpty { slots = [Int32](repeating: 0, count: 64) }
            let (found, slot) = find(utf8)
            if let found { return values[found] }
            bytes.append(contentsOf: utf8)
            ends.append(Int32(bytes.count))
            values.append(value)
            slots[slot] = Int32(ends.count)
            // At most three quarters full, so that probes stay short.
            if ends.count * 4 > slots.count * 3 { grow() }
            return nil
        }
    }

    /// The key's index (keys are numbered in the order they were added), adding it when it is not in the table.
    mutating func index(addingIfAbsent key: String) -> Int {
        let count = ends.count
        return Int(insertIfAbsent(key, value: Int32(count)) ?? Int32(count))
    }

    /// The index of `key`, when the table has it and was filled with `index(addingIfAbsent:)`.
    func index(of key: String) -> Int? { value(of: key).map(Int.init) }

    /// Key number `index`, as text.
    func key(at index: Int) -> String {
        let from = start(index), to = Int(ends[index])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
    }

    /// Lets go of the spare room the arrays grew (they double): for a table that is only read from now on.
    mutating func compact() {
        bytes = exactCopy(bytes)
        ends = exactCopy(ends)
        values = exactCopy(values)
    }

    /// Sets the value of a key already in the table.
    mutating func update(_ key: String, value: Int32) {
        var key = key
        key.withUTF8 { utf8 in
            if let index = find(utf8).index { values[index] = value }
        }
    }

    /// The key's index, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int?, slot: Int) {
        guard !slots.isEmpty else { return (nil, 0) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (nil, slot) }
            if equals(entry - 1, key) { return (entry - 1, slot) }
            slot = (slot + 1) & mask
        }
    }

    private func start(_ index: Int) -> Int { index == 0 ? 0 : Int(ends[index - 1]) }

    private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = start(index), to = Int(ends[index])
        guard to - from == key.count else { return false }
        if key.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { all in
            memcmp(all.baseAddress! + from, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        bytes.withUnsafeBufferPointer { all in
            for index in ends.indices {
                let from = start(index)
                var slot = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: all[from..<Int(ends[index])]))) & mask
                while larger[slot] != 0 { slot = (slot + 1) & mask }
                larger[slot] = Int32(index + 1)
            }
        }
        slots = larger
    }

    /// FNV-1a, then mixed so that the low bits (the slot) depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
