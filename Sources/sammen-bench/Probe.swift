import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SammenCore
import SammenUI

/// What one child process measures, on the real code paths, in a process of its own so its peak memory is
/// its own: `cold` opens a store with no derived cache; `session` is a caseworker's session headless, from
/// opening the store to the first dashboard frame, then keys, opening families and saving follow-ups.
/// Prints `name value` lines for the parent.
enum Probe {
    static let width = 160
    static let height = 48

    static func run(_ kind: String, store root: String, today: LocalDate, extra: [String]) throws {
        switch kind {
        case "cold": try cold(root)
        case "session": try session(root, today: today)
        case "phases": try phases(root, today: today)
        case "floor": try DueFloor.run(root)
        case "generate":
            guard extra.count == 2, let n = Int(extra[0]), let seed = UInt64(extra[1]) else { throw BenchError("generate N SEED") }
            try SyntheticMunicipality(families: n, seed: seed, today: today).write(to: root) { done in
                if done % 2_000 == 0 { note("  \(done) families written") }
            }
        case "fill":
            // In a process of its own, so the benchmark stays small (a child's peak memory starts at its parent's).
            guard extra.count == 1 else { throw BenchError("fill URI FOLDER") }
            try Bench.fillByImport(extra[0], from: root)
        default: throw BenchError("unknown probe «\(kind)»")
        }
    }

    /// Opens the store as the interactive program does, parsing every family and writing the index.
    static func cold(_ root: String) throws {
        let cpu0 = cpuSeconds()
        let t0 = now()
        let store = try StoreOpeners.open(root, user: "bench", access: .perOperation)
        store.close()
        let t1 = now()
        let cpu1 = cpuSeconds()
        report("cold_ms", t1 - t0)
        report("cold_cpu", (cpu1 - cpu0) * 1000 / (t1 - t0))
        report("families", Double(store.summaries.count))
        report("problems", Double(store.problems.count))
        report("peak_mb", peakMB())
    }

    static func session(_ root: String, today: LocalDate) throws {
        // As the interactive program opens (OpenCommand, EventLoop): a database may send the dashboard's first
        // page first; the first frame is drawn from it and the rest read after. "First frame" is what the person
        // sees first; "the whole caseload arrived" is when every row is there (the same moment for a folder).
        let t0 = now()
        let store = try StoreOpeners.open(root, user: "bench", access: .perOperation,
                                          firstPage: FirstPageRequest(today: today, rows: 200))
        let t1 = now()
        let source = StoreSource(store: store, readOnlyReason: nil)
        let first = store.firstPage.flatMap {
            AppState(firstPage: $0, source: source, language: .da, today: today, user: store.user, width: width, height: height)
        }
        var state: AppState
        let t2: Double, t3: Double
        var frame: Grid
        if let first {
            t2 = now()
            frame = Renderer.render(first)
            t3 = now()
            try store.loadRest()
            state = AppState(source: source, language: .da, today: today, user: "bench", width: width, height: height,
                             problemCount: store.problems.count)
            report("whole_ms", now() - t0)
            report("first_page_rows", Double(first.rows.count))
        } else {
            try store.loadRest()
            state = AppState(source: source, language: .da, today: today, user: "bench", width: width, height: height,
                             problemCount: store.problems.count)
            t2 = now()
            frame = Renderer.render(state)
            t3 = now()
            report("whole_ms", t3 - t0)
        }
        report("open_ms", t1 - t0)
        report("state_ms", t2 - t1)
        report("render_ms", t3 - t2)
        report("first_frame_ms", t3 - t0)
        report("rows", Double(state.rows.count))

        func key(_ k: Key) -> Double {
            let start = now()
            _ = App.update(&state, .key(k), source: source)
            frame = Renderer.render(state)
            return now() - start
        }

        // Moving: down a page and a half row by row, pages down and up, back up row by row.
        var moving: [Double] = []
        for _ in 0..<3 {
            for _ in 0..<60 { moving.append(key(.down)) }
            for _ in 0..<10 { moving.append(key(.pageDown)) }
            for _ in 0..<10 { moving.append(key(.pageUp)) }
            for _ in 0..<60 { moving.append(key(.up)) }
        }
        report("move_p50", percentile(moving, 50))
        report("move_p99", percentile(moving, 99))

        // Typing a filter: a name, then a case number's year, each typed, erased and left with Esc.
        var typing: [Double] = []
        for word in ["hansen", "emma", "2024-0", "mha", "sørensen", "familien n"] {
            typing.append(key(.character("/")))
            for c in word { typing.append(key(.character(c))) }
            for _ in word { typing.append(key(.backspace)) }
            typing.append(key(.escape))
        }
        report("filter_p50", percentile(typing, 50))
        report("filter_p99", percentile(typing, 99))

        // Opening a family from the dashboard (read, decode, log the read, draw), ten different ones.
        var opening: [Double] = []
        for _ in 0..<10 {
            _ = key(.down)
            opening.append(key(.enter))
            guard state.screen == .family else { throw BenchError("the family did not open: \(state.status?.text ?? "")") }
            _ = key(.escape)
        }
        report("open_family_ms", percentile(opening, 50))

        // Saving a follow-up from the form (log, atomic write with fsync, the dashboard updated, draw), and the
        // store's save alone. Every family is put back as it was afterwards, so the store stays the same.
        var originals: [Family] = []
        var savingUI: [Double] = []
        for _ in 0..<10 {
            _ = key(.down)
            _ = key(.enter)
            guard let family = state.family?.family else { throw BenchError("the family did not open") }
            if !originals.contains(where: { $0.id == family.id }) { originals.append(family) }
            _ = key(.character("f"))
            savingUI.append(key(.enter))
            if let status = state.status, status.isError { throw BenchError("saving failed: \(status.text)") }
            _ = key(.escape)
        }
        var savingStore: [Double] = []
        var savingProgram: [Double] = []
        for original in originals {
            var family = original
            family.registerContact(date: today, channel: .phone, note: "Benchmark", by: "bench")
            let start = now()
            try store.save(family)
            savingStore.append(now() - start)
            try store.save(original)
            // The program's path: read the family again under the lock, compare with what was loaded, write.
            let base = try store.loadFamily(original.id, logAs: nil)
            let again = now()
            _ = try store.save(family, base: base)
            savingProgram.append(now() - again)
            try store.save(original)
        }
        report("save_program_ms", percentile(savingProgram, 50))
        report("save_ui_ms", percentile(savingUI, 50))
        report("save_ms", percentile(savingStore, 50))
        report("save_max_ms", savingStore.max() ?? 0)
        if frame.width != width { throw BenchError("the screen was not drawn") }
        store.close()
        report("peak_mb", peakMB())
    }

    /// Where the time of a read-only open and `due --all --json` goes (for profiling; not in the table).
    static func phases(_ root: String, today: LocalDate) throws {
        var t = now()
        func lap(_ name: String) {
            let n = now()
            report(name, n - t)
            t = n
        }
        let store = try StoreOpeners.open(root, user: "bench", access: .readOnly)
        lap("open_readonly_ms")
        let summaries = store.summaries
        lap("summaries_ms")
        // The steps of `sammen due --all --json`, on the same calls.
        let list = DeadlineEngine.list(for: summaries, today: today)
        lap("deadlines_ms")
        var bytes = 0
        DeadlineJSON.write(list, today: today) { bytes += $0.count }
        lap("json_ms")
        report("json_bytes", Double(bytes))
        _ = list.all
        lap("made_into_deadlines_ms")
        let session = try StoreOpeners.open(root, user: "bench", access: .perOperation)
        lap("open_session_ms")
        session.close()
        lap("close_ms")
    }

    // MARK: Helpers

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// VmHWM: the most resident memory this process has had.
    static func peakMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }

    static func percentile(_ samples: [Double], _ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(sorted.count - 1, rank)]
    }

    static func report(_ name: String, _ value: Double) {
        print("\(name) \(value)")
    }
}
