import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real program on a pseudo-terminal (200x60, so the five follow-ups it is shown fit on the family screen), watching a store as a colleague's screen would: how much
/// CPU it uses to show a colleague's save, and how much when nobody does anything. CPU is read from the
/// kernel's per-thread run time (/proc/PID/task/*/schedstat, nanoseconds), so it is the program's alone.
final class WatchingProgram {
    let pid: pid_t
    private let master: Int32
    private let screen: Screen
    private let reader: Thread

    /// What the program has written to its terminal, kept to look for text in.
    final class Screen: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        /// The screen those bytes make: text is looked for here, where a line reads as it is shown.
        /// nil while keys are timed: parsing every frame in this process would take a core from the program.
        private var model: ScreenModel?
        /// When the last bytes came (DispatchTime nanoseconds), to time a key to the end of its frame.
        private var lastArrival: UInt64 = 0
        init(lines: Int, columns: Int, modelled: Bool) { model = modelled ? ScreenModel(lines: lines, columns: columns) : nil }
        func append(_ chunk: ArraySlice<UInt8>) {
            let now = DispatchTime.now().uptimeNanoseconds
            lock.lock(); bytes.append(contentsOf: chunk); model?.feed(chunk); lastArrival = now; lock.unlock()
        }
        /// How many bytes have come, and when the last of them came.
        var progress: (count: Int, last: UInt64) { lock.lock(); defer { lock.unlock() }; return (bytes.count, lastArrival) }
        /// Forgets the bytes that came (a long measurement would otherwise hold megabytes); the screen stays.
        func clear() { lock.lock(); bytes.removeAll(keepingCapacity: true); lock.unlock() }
        func contains(_ text: String) -> Bool {
            lock.lock(); defer { lock.unlock() }
            if let model { return model.contains(text) }
            return Data(bytes).range(of: Data(text.utf8)) != nil
        }
        /// The screen's lines, for a message when something expected is not on it.
        var shown: String { lock.lock(); defer { lock.unlock() }; return model?.lines.joined(separator: "\n") ?? "" }
        var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: bytes, as: UTF8.self) }
    }

    /// `modelled`: text is looked for on a model of the screen (the program sends only changed cells, so a line's
    /// text need not be one run of bytes); without it, in the bytes as they came (a first whole frame).
    init(sammen: String, arguments: [String], home: String, lines: Int = 60, columns: Int = 200, modelled: Bool = true) throws {
        screen = Screen(lines: lines, columns: columns, modelled: modelled)
        master = PseudoTerminal.open(O_RDWR | O_NOCTTY)
        guard master >= 0, PseudoTerminal.grant(master) == 0, PseudoTerminal.unlock(master) == 0,
              let name = PseudoTerminal.name(master) else {
            throw BenchError("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError("could not open \(String(cString: name))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        // A new pseudo-terminal has no size; ncurses then takes LINES and COLUMNS.
        let env = ["TERM=xterm-256color", "LANG=C.UTF-8", "LINES=\(lines)", "COLUMNS=\(columns)", "SAMMEN_USER=bench", "HOME=\(home)",
                   "SWIFT_BACKTRACE=enable=no", "PATH=/usr/bin:/bin"]
        let argv = ([sammen] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, sammen, &actions, nil, argv, envp)
        close(slave)
        guard spawned == 0 else { throw BenchError("could not start \(sammen): \(String(cString: strerror(spawned)))") }
        pid = child
        let fd = master, screen = self.screen
        reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                screen.append(buffer[0..<n])
            }
        }
        reader.start()
    }

    /// The program's CPU time so far, in milliseconds (all its threads).
    func cpuMilliseconds() -> Double {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var nanoseconds: UInt64 = 0
        for task in tasks {
            let fields = procFile("/proc/\(pid)/task/\(task)/schedstat").split(separator: " ")
            if let first = fields.first, let value = UInt64(first) { nanoseconds += value }
        }
        return Double(nanoseconds) / 1e6
    }

    /// Waits until `text` is on the terminal (nil: no text to wait for), then until the program's CPU time has not
    /// moved for `quiet` milliseconds. False when the text did not come within `timeout` seconds.
    @discardableResult
    func settle(showing text: String? = nil, quietMilliseconds quiet: Double = 300, timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        if let text {
            while !screen.contains(text) {
                if Date() > deadline { return false }
                usleep(5_000)
            }
        }
        var last = cpuMilliseconds()
        var still = Date()
        while Date() < deadline {
            usleep(20_000)
            let now = cpuMilliseconds()
            if now != last {
                last = now
                still = Date()
            } else if Date().timeIntervalSince(still) * 1000 >= quiet {
                return true
            }
        }
        return false
    }

    func contains(_ text: String) -> Bool { screen.contains(text) }
    var screenProgress: (count: Int, last: UInt64) { screen.progress }
    func clearScreen() { screen.clear() }

    /// The program's peak resident memory (VmHWM) so far, in MB.
    func peakMB() -> Double {
        for line in procFile("/proc/\(pid)/status").split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return 0
    }
    var output: String { screen.text }
    /// What the terminal shows now, line by line.
    var shown: String { screen.shown }

    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Quits with q, or ends it when it does not go within a few seconds.
    func quit() {
        send("q")
        var status: Int32 = 0
        for _ in 0..<300 {
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(master)
    }
}

/// posix_openpt and its friends: declared by glibc only for _XOPEN_SOURCE, which Swift's Glibc module does not
/// set, so they are looked up by name.
enum PseudoTerminal {
    private static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("no \(name) in libc") }
        return unsafeBitCast(symbol, to: type)
    }
    static let open = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grant = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlock = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let name = function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}
