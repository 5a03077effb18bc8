import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SammenCore
import SammenPostgres

/// The benchmark: for each size, a synthetic municipality written through the real store (kept between runs,
/// it takes a while at 10,000), then each figure measured in fresh processes and the median of the runs kept.
struct Bench {
    struct Options {
        var sizes = [100, 1_000, 10_000]
        var runs = 3
        var smoke = false
        var fresh = false
        var seed: UInt64 = 2026
        var data = (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/sammen-bench"
        /// The training fixture's day, so every run sees the same deadlines.
        var today = LocalDate(year: 2026, month: 11, day: 2)!
        /// `--store postgresql://…`: measure the PostgreSQL store instead. A role that may create databases: each
        /// size gets its own database, filled from the same synthetic municipality with `sammen store copy`.
        var database: String?
        /// `--only keys`: only the key → frame rows (a folder store, the warm index as it is).
        var onlyKeys = false
    }

    /// Bump when the generator changes, so stores made by an older one are not reused.
    static let generatorVersion = 1

    let options: Options
    let me = ChildProcess.ownExecutable
    var sammen: String { (me as NSString).deletingLastPathComponent + "/sammen" }

    func run() throws -> Report {
        guard FileManager.default.isExecutableFile(atPath: sammen) else {
            throw BenchError("did not find \(sammen); build it first (swift build -c release --static-swift-stdlib)")
        }
        var report = Report(sizes: options.sizes)
        report.runs = options.runs
        // The peer measured beside Sammen in every run: taskwarrior, when it is installed.
        let peer = options.database == nil && !options.onlyKeys ? try Taskwarrior.prepare(in: options.data + "/taskwarrior-\(Taskwarrior.tasks)", today: options.today) : nil
        if peer == nil && options.database == nil && !options.onlyKeys { note("  taskwarrior is not installed (apt-get install taskwarrior): its rows stay empty") }
        for n in options.sizes {
            let folder = try prepare(n)
            let store = try options.database.map { try prepareDatabase(n, from: folder, admin: $0) } ?? folder
            report.columns[n] = try measure(n, store: store, peer: peer)
        }
        return report
    }

    /// The store for `n` families, made once (or again with --fresh).
    func prepare(_ n: Int) throws -> String {
        let folder = "\(options.data)/n\(n)-seed\(options.seed)-g\(Bench.generatorVersion)"
        let store = folder + "/store"
        let ready = folder + "/ready"
        if !options.fresh && FileManager.default.fileExists(atPath: ready) { return store }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Made in a child process, so this one stays small (see ChildProcess.Outcome.peakMB).
        note("  making \(n) families in \(store) …")
        let made = try ChildProcess.run(me, ["--probe", "generate", store, options.today.iso, String(n), String(options.seed)])
        guard made.status == 0 else { throw BenchError("could not make the store: \(made.errors)") }
        note("  \(n) families made in \(Int(made.milliseconds / 1000)) s")
        try Data().write(to: URL(fileURLWithPath: ready))
        return store
    }

    /// The database for `n` families: the folder's municipality copied in by `sammen store copy` (itself checked
    /// there), made once per size and seed (or again with --fresh). A copy that fails leaves no database.
    func prepareDatabase(_ n: Int, from folder: String, admin: String) throws -> String {
        let name = "sammen_bench_n\(n)_s\(options.seed)_g\(Bench.generatorVersion)"
        guard var components = URLComponents(string: admin) else { throw BenchError("--store: not a URI") }
        components.path = "/" + name
        guard let uri = components.string else { throw BenchError("--store: not a URI") }
        let connection = try PGConnection(uri: admin)
        defer { connection.close() }
        let exists = try connection.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]).count > 0
        if exists && !options.fresh { return uri }
        if exists { try connection.query("DROP DATABASE \(name) WITH (FORCE)") }
        try connection.query("CREATE DATABASE \(name)")
        if n > Bench.largestCopied {
            // `sammen store copy` holds the whole store in memory (GBs at 100,000): the same families go in
            // through the store's streamed import instead, one at a time, in one transaction.
            note("  importing \(n) families into the database \(name) …")
            let filled = try ChildProcess.run(me, ["--probe", "fill", folder, options.today.iso, uri])
            guard filled.status == 0 else {
                _ = try? connection.query("DROP DATABASE \(name) WITH (FORCE)")
                throw BenchError("could not import the families into \(name): \(filled.errors)")
            }
            note("  \(n) families imported in \(Int(filled.milliseconds / 1000)) s")
            return uri
        }
        note("  copying \(n) families into the database \(name) …")
        let copied = try ChildProcess.run(sammen, ["store", "copy", folder, uri], environment: ["SAMMEN_USER": "bench"])
        guard copied.status == 0 else {
            _ = try? connection.query("DROP DATABASE \(name) WITH (FORCE)")
            throw BenchError("could not copy the store into \(name): \(copied.errors)")
        }
        note("  \(n) families copied in \(Int(copied.milliseconds / 1000)) s")
        return uri
    }

    /// Above this size a database is filled by `fillByImport`, not `sammen store copy`.
    static let largestCopied = 10_000

    /// The folder's families, meta and team into a new database through `commitImport`'s streamed form.
    static func fillByImport(_ uri: String, from folder: String) throws {
        let source = try StoreOpeners.open(folder, user: "bench", access: .readOnly)
        defer { source.close() }
        let target = try StoreOpeners.create(uri, meta: source.meta, team: source.team, user: "bench")
        defer { target.close() }
        let ids = source.summaries.map(\.id).sorted()
        var next = 0
        try target.commitImport(newFamilyIDs: ids, nextNewFamily: {
            defer { next += 1 }
            return try source.loadFamily(ids[next], logAs: nil)
        }, changedFamilies: [], team: nil, detail: "sammen-bench: \(ids.count) familier fra \(folder)")
    }

    func measure(_ n: Int, store: String, peer: Taskwarrior? = nil) throws -> [String: Double] {
        let isDatabase = StoreOpeners.isDatabase(store)
        var runs: [[String: Double]] = []
        let today = options.today.iso
        for r in 0..<options.runs {
            note("  N=\(n), run \(r + 1) of \(options.runs)")
            var figures: [String: Double] = [:]
            if options.onlyKeys && !isDatabase {
                let session = try ChildProcess.run(me, ["--probe", "session", store, today])
                try merge(session, into: &figures, prefix: "session")
                figures["session_peak_mb"] = figures.removeValue(forKey: "peak_mb")
                for (key, value) in try measureKeysOnTerminal(store: store) { figures[key] = value }
                runs.append(figures)
                continue
            }
            // Cold: no derived cache; the probe rebuilds it. (A database has none: its summaries are rows.)
            if !isDatabase {
                unlink(store + "/cache/index")
                unlink(store + "/cache/index.journal")
            }
            let cold = try ChildProcess.run(me, ["--probe", "cold", store, today])
            // Memory as the probe saw it (VmHWM); wait4's figure would include this process's own.
            try merge(cold, into: &figures, prefix: "cold")
            figures["cold_peak_mb"] = figures.removeValue(forKey: "peak_mb")
            guard figures["families"] == Double(n), figures["problems"] == 0 else {
                throw BenchError("the cold open read \(figures["families"] ?? 0) families and \(figures["problems"] ?? 0) problems; expected \(n) and 0")
            }
            let session = try ChildProcess.run(me, ["--probe", "session", store, today])
            try merge(session, into: &figures, prefix: "session")
            figures["session_peak_mb"] = figures.removeValue(forKey: "peak_mb")
            let due = try ChildProcess.run(sammen, ["due", "--all", "--json", "--store", store, "--today", today],
                                           environment: ["SAMMEN_USER": "bench"])
            guard due.status == 0 else { throw BenchError("sammen due failed (\(due.status)): \(due.errors)") }
            figures["due_ms"] = due.milliseconds
            figures["due_peak_mb"] = due.peakMB
            figures["deadlines"] = Double(due.deadlines)
            let text = due.output.prefix(1)
            guard text == Data("[".utf8), due.deadlines > 0 else { throw BenchError("sammen due --json did not write a list") }
            if due.outputBytes == due.output.count {
                guard (try? JSONSerialization.jsonObject(with: due.output) as? [Any])?.count == due.deadlines else {
                    throw BenchError("sammen due --json did not write valid JSON")
                }
            }
            // What `due` cannot do without (DueFloor), right after it, on the same warm files.
            if !isDatabase {
                let start = try ChildProcess.run(sammen, ["--version"])
                guard start.status == 0 else { throw BenchError("sammen --version failed (\(start.status)): \(start.errors)") }
                let floor = try ChildProcess.run(me, ["--probe", "floor", store, today])
                var parts: [String: Double] = [:]
                try merge(floor, into: &parts, prefix: "floor")
                figures["due_start_ms"] = start.milliseconds
                figures["due_list_stat_ms"] = parts["list_stat_ms"]
                figures["due_index_read_ms"] = parts["index_read_ms"]
                figures["due_floor_ms"] = start.milliseconds + (parts["list_stat_ms"] ?? 0) + (parts["index_read_ms"] ?? 0)
            }
            let table = try ChildProcess.run(sammen, ["due", "--within", "30", "--store", store, "--today", today],
                                             environment: ["SAMMEN_USER": "bench"])
            guard table.status == 0 else { throw BenchError("sammen due --within 30 failed (\(table.status)): \(table.errors)") }
            figures["due_table_ms"] = table.milliseconds
            figures["due_table_peak_mb"] = table.peakMB
            let families = try ChildProcess.run(sammen, ["families", "--json", "--store", store], environment: ["SAMMEN_USER": "bench"])
            guard families.status == 0 else { throw BenchError("sammen families --json failed (\(families.status)): \(families.errors)") }
            figures["families_ms"] = families.milliseconds
            figures["families_peak_mb"] = families.peakMB
            if let peer {
                for (key, value) in try peer.measure(today: options.today) { figures[key] = value }
                if let export = figures["task_export_ms"], export > 0 {
                    figures["due_over_export"] = due.milliseconds / export
                    if let floor = figures["due_floor_ms"] { figures["floor_over_export"] = floor / export }
                }
                if let list = figures["task_list_ms"], list > 0 { figures["table_over_list"] = table.milliseconds / list }
            }
            // The watching program's figures restore a family's file afterwards: folders only (the tmux tests
            // show colleagues' saves on a database, Tests/Postgres).
            if !isDatabase {
                for (key, value) in try measureKeysOnTerminal(store: store) { figures[key] = value }
                for (key, value) in try measureWatching(store: store, run: r) { figures[key] = value }
                for (key, value) in try measureFollowUps(store: store, run: r) { figures[key] = value }
            }
            // The most memory any command took: the processes above, the program on the terminal, the probes.
            figures["any_peak_mb"] = figures.filter { $0.key.hasSuffix("peak_mb") }.map(\.value).max()
            runs.append(figures)
        }
        var result: [String: Double] = [:]
        for key in Set(runs.flatMap(\.keys)) {
            let values = runs.compactMap { $0[key] }
            // Memory: the worst run; times: the median. The least and the most of the runs, to show the noise.
            result[key] = key.hasSuffix("_mb") ? values.max()! : Probe.percentile(values, 50)
            result[key + "#min"] = values.min()
            result[key + "#max"] = values.max()
        }
        if !isDatabase { result["store_mb"] = folderMB(store + "/families") }
        return result
    }

    /// The real program watching the store (read-only, so it never holds the lock a colleague needs) with the
    /// most overdue family open: its CPU when idle for 3 s, and to show each of five `sammen followup`s a
    /// colleague makes on that family. The family's file is put back afterwards.
    func measureWatching(store: String, run: Int) throws -> [String: Double] {
        let home = options.data + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let today = options.today.iso
        let program = try WatchingProgram(sammen: sammen, arguments: ["--store", store, "--read-only", "--today", today], home: home)
        var restore: (path: String, data: Data)?
        defer {
            program.quit()
            if let restore {
                let temp = restore.path + ".bench-restore"
                if (try? restore.data.write(to: URL(fileURLWithPath: temp))) != nil { chmod(temp, 0o600); rename(temp, restore.path) }
            }
        }
        guard program.settle(showing: "Sagsstamme") else { throw BenchError("the program did not show the caseload:\n\(program.output.suffix(2000))") }
        program.send("\r")
        guard program.settle(showing: "Børn og sager") else { throw BenchError("the program did not open a family") }
        // The open family's id, from its header: "Familien …  [f-00042]". The output is a terminal's byte stream
        // (only the cells that changed are sent, in any order), so the last bracketed text that names a family
        // file of this store is taken, not whatever happens to follow the last "  [".
        let bracketed = program.output.split(separator: "[").compactMap { $0.split(separator: "]", maxSplits: 1).first.map(String.init) }
        guard let id = bracketed.last(where: { Family.isValidID($0) && FileManager.default.fileExists(atPath: store + "/families/\($0).json") })
        else { throw BenchError("no family id on the family screen:\n\(program.output.suffix(2000))") }
        let path = store + "/" + "families/\(id).json"
        restore = (path, try Data(contentsOf: URL(fileURLWithPath: path)))

        let idleStart = program.cpuMilliseconds()
        usleep(3_000_000)
        let idle = program.cpuMilliseconds() - idleStart

        var refresh: [Double] = []
        for i in 1...5 {
            let note = "Kollega \(run + 1).\(i)"
            let before = program.cpuMilliseconds()
            let made = try ChildProcess.run(sammen, ["followup", id, "--store", store, "--today", today, "--note", note],
                                            environment: ["SAMMEN_USER": "colleague", "HOME": home])
            guard made.status == 0 else { throw BenchError("sammen followup failed (\(made.status)): \(made.errors)") }
            guard program.settle(showing: note, quietMilliseconds: 300, timeout: 10) else {
                throw BenchError("the watching program did not show the colleague's follow-up «\(note)»; its screen:\n\(program.shown)")
            }
            refresh.append(program.cpuMilliseconds() - before)
        }
        return ["idle_cpu_ms": idle, "refresh_cpu_ms": Probe.percentile(refresh, 50), "refresh_cpu_max_ms": refresh.max() ?? 0]
    }

    /// `sammen followup` from the shell, five times on one family, each a whole process as a script runs it (the
    /// lock, the family read and written with fsync, two access-log lines); the family's file is put back after.
    func measureFollowUps(store: String, run: Int) throws -> [String: Double] {
        let names = try FileManager.default.contentsOfDirectory(atPath: store + "/families").filter { $0.hasSuffix(".json") }.sorted()
        guard let name = names.first else { throw BenchError("no family in \(store)") }
        let id = String(name.dropLast(5))
        let path = store + "/families/" + name
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        defer {
            let temp = path + ".bench-restore"
            if (try? original.write(to: URL(fileURLWithPath: temp))) != nil { chmod(temp, 0o600); rename(temp, path) }
        }
        var times: [Double] = []
        var peak = 0.0
        for i in 1...5 {
            let made = try ChildProcess.run(sammen, ["followup", id, "--store", store, "--today", options.today.iso,
                                                     "--note", "Bench \(run + 1).\(i)"],
                                            environment: ["SAMMEN_USER": "bench"])
            guard made.status == 0 else { throw BenchError("sammen followup failed (\(made.status)): \(made.errors)") }
            times.append(made.milliseconds)
            peak = max(peak, made.peakMB)
        }
        return ["followup_ms": Probe.percentile(times, 50), "followup_peak_mb": peak]
    }

    private func merge(_ outcome: ChildProcess.Outcome, into figures: inout [String: Double], prefix: String) throws {
        guard outcome.status == 0 else {
            throw BenchError("the «\(prefix)» measurement failed (\(outcome.status)): \(outcome.errors)")
        }
        for line in String(decoding: outcome.output, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) { figures[String(parts[0])] = value }
        }
    }

    private func folderMB(_ path: String) -> Double {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var bytes = 0
        for name in names {
            var info = stat()
            if stat(path + "/" + name, &info) == 0 { bytes += Int(info.st_size) }
        }
        return Double(bytes) / 1_048_576
    }
}

func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
