import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `sammen due` cannot do without, measured alone in a process of its own (`--probe floor`): listing
/// `families/`, stat'ing every file in it on both cores (the store notices a file edited in place only that
/// way) and reading `cache/index` whole. With the time a process takes to start (`sammen --version`), this is
/// the part of `due`'s time that no faster parsing, rule or JSON writing can take away: the benchmark prints
/// it beside `task export`, so a target set against taskwarrior can be weighed against it.
enum DueFloor {
    static func run(_ root: String) throws {
        let folder = root + "/families"
        var t = Probe.now()
        guard let dir = opendir(folder) else { throw BenchError("cannot list \(folder)") }
        // Every name in one buffer, each ending in a NUL: no array per name.
        var names: [CChar] = []
        var starts: [Int] = []
        while let entry = readdir(dir) {
            withUnsafePointer(to: &entry.pointee.d_name) { raw in
                raw.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { name in
                    guard name[0] != CChar(UInt8(ascii: ".")) else { return }
                    starts.append(names.count)
                    names.append(contentsOf: UnsafeBufferPointer(start: name, count: strlen(name) + 1))
                }
            }
        }
        let fd = dirfd(dir)
        let listed = Probe.now()
        Probe.report("list_ms", listed - t)
        t = listed
        // Half the names on a thread of its own, half on this one: two cores at once from the first stat.
        let statted = ParallelCount(2)
        names.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let all = buffer.baseAddress!
            let offsets = starts
            @Sendable func half(_ k: Int) {
                var info = stat()
                var found = 0
                for i in (offsets.count * k / 2)..<(offsets.count * (k + 1) / 2)
                where fstatat(fd, all + offsets[i], &info, AT_SYMLINK_NOFOLLOW) == 0 {
                    found += 1
                }
                statted.set(k, found)
            }
            let other = DispatchSemaphore(value: 0)
            Thread { half(1); other.signal() }.start()
            half(0)
            other.wait()
        }
        let done = Probe.now()
        closedir(dir)
        guard statted.total == starts.count else { throw BenchError("stat'ed \(statted.total) of \(starts.count) files") }
        Probe.report("stat_ms", done - t)
        t = done
        let index = try Data(contentsOf: URL(fileURLWithPath: root + "/cache/index"))
        Probe.report("index_read_ms", Probe.now() - t)
        Probe.report("index_bytes", Double(index.count))
    }
}

/// One count per worker, added up after.
private final class ParallelCount: @unchecked Sendable {
    private var counts: [Int]
    private let lock = NSLock()
    init(_ workers: Int) { counts = Array(repeating: 0, count: workers) }
    func set(_ k: Int, _ n: Int) { lock.lock(); counts[k] = n; lock.unlock() }
    var total: Int { lock.lock(); defer { lock.unlock() }; return counts.reduce(0, +) }
}
