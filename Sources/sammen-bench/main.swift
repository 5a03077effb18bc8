import Foundation
import SammenCore
import SammenPostgres

// sammen-bench: Sammen at municipal scale (issue 8). See docs/performance.md.
//
//   swift build -c release --static-swift-stdlib, then:
//   .build/release/sammen-bench            N = 100, 1,000 and 10,000, three runs each
//   .build/release/sammen-bench --large    also N = 100,000
//   swift run sammen-bench --smoke               N = 100, one run, in a temp folder: CI keeps it working
//
// Options: --sizes 100,1000  --runs N  --data DIR (where the made stores are kept)  --fresh (make them again)
//          --seed N  --store postgresql://… (a role that may create databases: the PostgreSQL store instead)
//          --only keys   just the key → frame rows (the program on a terminal, and update + render headless):
//                        a minute at 10,000 instead of eight, to compare a change to the draw before and after

let usage = "usage: sammen-bench [--smoke] [--large] [--sizes N,N…] [--runs N] [--data DIR] [--fresh] [--seed N] [--store postgresql://…] [--only keys]"

// The probes open `--store postgresql://…` as the program does.
StoreOpeners.register(PostgresStore.opener)
var arguments = Array(CommandLine.arguments.dropFirst())

// The parent starts itself as a child for each measurement: `--probe KIND STORE TODAY [N SEED]`.
if arguments.first == "--probe", arguments.count >= 4, let today = LocalDate(iso: arguments[3]) {
    do {
        try Probe.run(arguments[1], store: arguments[2], today: today, extra: Array(arguments.dropFirst(4)))
        exit(0)
    } catch {
        note("probe: \(error)")
        exit(1)
    }
}

var options = Bench.Options()
var large = false
var smokeFolder: String?
while !arguments.isEmpty {
    let arg = arguments.removeFirst()
    func value() -> String {
        guard !arguments.isEmpty else { note(usage); exit(2) }
        return arguments.removeFirst()
    }
    switch arg {
    case "--smoke":
        options.smoke = true
        options.sizes = [100]
        options.runs = 1
    case "--large": large = true
    case "--sizes": options.sizes = value().split(separator: ",").compactMap { Int($0) }
    case "--runs": options.runs = max(1, Int(value()) ?? 1)
    case "--data": options.data = value()
    case "--fresh": options.fresh = true
    case "--seed": options.seed = UInt64(value()) ?? options.seed
    case "--store":
        let uri = value()
        guard StoreOpeners.isDatabase(uri) else { note("--store takes a postgresql:// URI (folders are made in --data)"); exit(2) }
        options.database = uri
    case "--only":
        guard value() == "keys" else { note("--only takes «keys»"); exit(2) }
        options.onlyKeys = true
    case "--help", "-h":
        print(usage)
        exit(0)
    default:
        note(usage)
        exit(2)
    }
}
if large && !options.smoke { options.sizes.append(100_000) }
if options.smoke {
    // A throwaway folder: CI must not depend on what an earlier run left.
    var template = Array(((ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/sammen-bench-smoke.XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { note("could not make a temporary folder"); exit(1) }
    smokeFolder = String(cString: made)
    options.data = smokeFolder!
}

/// A /proc file read to its end (their size is 0 to stat, so Foundation's readers see them empty).
func procFile(_ path: String) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return "" }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

func machine(_ options: Bench.Options) -> String {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
    #if DEBUG
    let build = "debug build (figures are not comparable with the targets)"
    #else
    let build = "release build"
    #endif
    // How the measured `sammen` was linked, read from its file: loading the Swift runtime as shared libraries
    // adds milliseconds to every start, which `sammen due` notices (docs/performance.md: how Sammen is built).
    let sammen = (ChildProcess.ownExecutable as NSString).deletingLastPathComponent + "/sammen"
    let linking: String
    do {
        linking = try BinaryLinking(path: sammen).summary
    } catch {
        linking = "not read (\(error))"
    }
    let store = options.database.map { "PostgreSQL store at \(StoreLocation.shown($0)), " } ?? ""
    return "sammen-bench: \(store)\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(build), runs: \(options.runs), today \(options.today.iso), seed \(options.seed)\n"
        + "measured binary: \(sammen): \(linking)\n"
        + "load average (1, 5, 15 min) at the start: \(startLoad), at the end: \(loadAverage())"
}

/// The machine's load average (/proc/loadavg): how busy the shared machine was, to read the figures by.
func loadAverage() -> String {
    procFile("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " ")
}
let startLoad = loadAverage()

do {
    let report = try Bench(options: options).run()
    print(report.text(machine: machine(options)))
    if !options.smoke {
        let missed = report.missed
        if !options.sizes.contains(where: { $0 <= 10_000 }) {
            print("The targets are set at 10,000 families; this run did not measure that size.")
        } else {
            print(missed.isEmpty ? "Every target is met." : "Above target: " + missed.joined(separator: "; "))
        }
    }
    if let smokeFolder { try? FileManager.default.removeItem(atPath: smokeFolder) }
} catch {
    note("sammen-bench: \(error)")
    if let smokeFolder { try? FileManager.default.removeItem(atPath: smokeFolder) }
    exit(1)
}
