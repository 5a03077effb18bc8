import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a whole process, as a user or a script would: its output through a pipe (read to the
/// end), its wall time, and its peak memory from the kernel (`wait4`'s `ru_maxrss`).
struct ChildProcess {
    struct Outcome {
        var status: Int32
        /// The first MB of the output, its size, and how many deadlines it holds (see Drain).
        var output: Data
        var outputBytes: Int
        var deadlines: Int
        var errors: String
        var milliseconds: Double
        /// Peak resident memory in MB, from `wait4`. A spawned child starts in this process's memory, so this
        /// is never below what this process has used: keep the parent small.
        var peakMB: Double
    }

    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        var out: [Int32] = [0, 0]
        var err: [Int32] = [0, 0]
        guard pipe(&out) == 0, pipe(&err) == 0 else { throw BenchError("pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        posix_spawn_file_actions_addclose(&actions, out[0])
        posix_spawn_file_actions_addclose(&actions, err[0])

        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        close(out[1])
        close(err[1])
        guard spawned == 0 else {
            close(out[0])
            close(err[0])
            throw BenchError("could not start \(path): \(String(cString: strerror(spawned)))")
        }
        // Drain stderr on another thread so a chatty child cannot block on a full pipe.
        let errors = Drain(fd: err[0])
        let thread = Thread { errors.readAll() }
        thread.start()
        let output = Drain(fd: out[0])
        output.readAll()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let end = DispatchTime.now().uptimeNanoseconds
        errors.wait()
        close(out[0])
        close(err[0])
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: exit, output: output.data, outputBytes: output.bytes, deadlines: output.lines, errors: String(decoding: errors.data, as: UTF8.self),
                       milliseconds: Double(end - start) / 1e6, peakMB: Double(usage.ru_maxrss) / 1024)
    }

    /// This program's own executable, and the folder it is in (where `swift build` put `sammen` too).
    static var ownExecutable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }
}

/// Reads a file descriptor to its end, keeping at most `keep` bytes (a 10,000-family `due --json` is megabytes;
/// holding it would raise this process's memory, which a child started later inherits as its floor in
/// `ru_maxrss`), and counting the lines that hold `"family_id"` (one per deadline in `due --json`).
final class Drain: @unchecked Sendable {
    let fd: Int32
    let keep: Int
    private(set) var data = Data()
    private(set) var bytes = 0
    private(set) var lines = 0
    private var carry: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(fd: Int32, keep: Int = 1 << 20) {
        self.fd = fd
        self.keep = keep
    }

    func readAll() {
        // A big pipe and a quick reader: the child should never wait on this process (a slow byte-by-byte count
        // here once held `sammen due` up by tens of milliseconds, as if it were the command's own time).
        _ = fcntl(fd, 1031 /* F_SETPIPE_SZ, Linux */, Int32(1 << 20))
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        let needle = Array("\"family_id\"".utf8)
        var window = [UInt8]()  // the last bytes of the previous chunk and the first of this one
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += n
            if data.count < keep { data.append(buffer, count: min(n, keep - data.count)) }
            // A needle across the boundary: found in the carried tail plus this chunk's start.
            window = carry + buffer[0..<min(n, needle.count - 1)]
            lines += Drain.count(needle, in: window)
            lines += buffer.withUnsafeBytes { Drain.count(needle, in: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            carry = Array(buffer[max(0, n - (needle.count - 1))..<n])
        }
        done.signal()
    }

    /// How often `needle` is in `haystack`: memchr finds its rarest byte (`_`, twice per deadline), then the
    /// bytes around it are compared; not byte by byte in Swift.
    static func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
        haystack.withUnsafeBytes { count(needle, in: $0) }
    }

    static func count(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Int {
        guard let base = haystack.baseAddress, let anchor = needle.firstIndex(of: UInt8(ascii: "_")) else { return 0 }
        var found = 0
        var from = anchor
        while from < haystack.count, let hit = memchr(base + from, Int32(UInt8(ascii: "_")), haystack.count - from) {
            let at = UnsafeRawPointer(hit) - base
            let start = at - anchor
            if start + needle.count <= haystack.count,
               needle.withUnsafeBytes({ memcmp(base + start, $0.baseAddress!, needle.count) }) == 0 { found += 1 }
            from = at + 1
        }
        return found
    }

    func wait() { done.wait() }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
