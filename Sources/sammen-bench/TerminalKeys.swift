import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SammenCore

/// Key → frame on a real terminal (#19): the real `sammen` on a pseudo-terminal at 160×48, read-only on the
/// caseload, each key written to the terminal as a keyboard sends it and timed until the last byte of the frame
/// it causes has come out (the output then stays quiet for `quiet` ms, which is not counted). So the figure holds
/// all a person waits for: ncurses reading the key, `App.update`, `Renderer.render`, the draw (the diff against
/// the last frame, ncurses's own, the write) and the terminal driver.
extension Bench {
    static let keyQuietMilliseconds = 25.0

    func measureKeysOnTerminal(store: String) throws -> [String: Double] {
        let home = options.data + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let program = try WatchingProgram(sammen: sammen, arguments: ["--store", store, "--read-only", "--today", options.today.iso],
                                          home: home, lines: 48, columns: 160, modelled: false)
        defer { program.quit() }
        guard program.settle(showing: "Sagsstamme") else { throw BenchError("the program did not show the caseload:\n\(program.output.suffix(2000))") }
        program.clearScreen()

        // The keys as xterm sends them in keypad mode (terminfo kcud1, kcuu1, knp, kpp, kbs), which ncurses turns on.
        let down = "\u{1B}OB", up = "\u{1B}OA", pageDown = "\u{1B}[6~", pageUp = "\u{1B}[5~", backspace = "\u{7F}"
        var moving: [Double] = []
        var movingCPU: [Double] = []
        for _ in 0..<(options.smoke ? 1 : 2) {
            for key in Array(repeating: down, count: 30) + Array(repeating: pageDown, count: 5)
                + Array(repeating: pageUp, count: 5) + Array(repeating: up, count: 30) {
                if let t = time(program, key) { moving.append(t.wall); movingCPU.append(t.cpu) }
            }
        }
        // Typing a filter as in the headless probe; Esc leaves it untimed (ncurses waits 25 ms after an Esc to
        // tell it from the start of an arrow key's sequence: that wait is the terminal's, not Sammen's).
        var typing: [Double] = []
        var typingCPU: [Double] = []
        for word in ["hansen", "emma", "2024-0", "mha", "sørensen", "familien n"] {
            for key in ["/"] + word.map { String($0) } + Array(repeating: backspace, count: word.count) {
                if let t = time(program, key) { typing.append(t.wall); typingCPU.append(t.cpu) }
            }
            program.send("\u{1B}")
            program.settle(quietMilliseconds: 100, timeout: 5)
            program.clearScreen()
        }
        // A page key at the end of a small caseload draws nothing; every other key does.
        guard moving.count >= 35 * (options.smoke ? 1 : 2), typing.count >= 40 else {
            throw BenchError("the program drew only \(moving.count) of the moving keys and \(typing.count) of the typed ones")
        }
        return ["move_term_p50": Probe.percentile(moving, 50), "move_term_p99": Probe.percentile(moving, 99),
                "filter_term_p50": Probe.percentile(typing, 50), "filter_term_p99": Probe.percentile(typing, 99),
                "move_term_cpu_p99": Probe.percentile(movingCPU, 99), "filter_term_cpu_p99": Probe.percentile(typingCPU, 99),
                "program_peak_mb": program.peakMB()]
    }

    /// Writes `key` and waits for the frame: from the write to the last byte before `keyQuietMilliseconds` of
    /// quiet; nil when it drew nothing within half a second. Also the program's own CPU time for the key (its
    /// threads' run time, read before the key and after the quiet), which a busy machine does not stretch.
    private func time(_ program: WatchingProgram, _ key: String) -> (wall: Double, cpu: Double)? {
        let cpuBefore = program.cpuMilliseconds()
        let before = program.screenProgress.count
        let start = DispatchTime.now().uptimeNanoseconds
        program.send(key)
        let deadline = start + 500_000_000
        while program.screenProgress.count == before {
            if DispatchTime.now().uptimeNanoseconds > deadline { return nil }
            usleep(200)
        }
        while true {
            usleep(1_000)
            let (_, last) = program.screenProgress
            if Double(DispatchTime.now().uptimeNanoseconds - last) / 1e6 >= Bench.keyQuietMilliseconds {
                if program.screenProgress.count > 1 << 22 { program.clearScreen() }
                return (Double(last - start) / 1e6, program.cpuMilliseconds() - cpuBefore)
            }
        }
    }
}
