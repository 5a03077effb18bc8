/// Sorting non-negative integers by their bits, eleven at a time (least significant first): the packed keys of
/// a caseload's deadlines (31,000 at 10,000 families), in a few passes over the array instead of a comparison
/// sort's dozens of comparisons per key.
enum RadixSort {
    /// Sorts `keys`, every one of which is at least 0 and below `1 << bits`; otherwise (never for the keys it is
    /// given) it falls back to the standard sort, so the order is right whatever comes in.
    static func sort(_ keys: inout [Int], bits: Int) {
        guard keys.count > 64, bits > 0, bits < Int.bitWidth - 1, !keys.contains(where: { $0 < 0 || $0 >> bits != 0 }) else {
            keys.sort()
            return
        }
        let digitBits = 11, radix = 1 << 11
        var scratch = [Int](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: radix + 1)
        var shift = 0
        while shift < bits {
            for k in counts.indices { counts[k] = 0 }
            for key in keys { counts[(key >> shift) & (radix - 1) + 1] += 1 }
            for d in 1...radix { counts[d] += counts[d - 1] }
            for key in keys {
                let d = (key >> shift) & (radix - 1)
                scratch[counts[d]] = key
                counts[d] += 1
            }
            swap(&keys, &scratch)
            shift += digitBits
        }
    }
}
