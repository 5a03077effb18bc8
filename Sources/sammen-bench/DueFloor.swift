import Foundation
import SammenCore

/// What `sammen due` cannot do without, measured alone in a process of its own (`--probe floor`): listing
/// `families/` and stat'ing every file in it on both cores, by the store's own code (the store notices a file
/// edited in place only that way), and reading `cache/index` whole. With the time a process takes to start (`sammen --version`), this is
/// the part of `due`'s time that no faster parsing, rule or JSON writing can take away: the benchmark prints
/// it beside `task export`, so a target set against taskwarrior can be weighed against it.
enum DueFloor {
    static func run(_ root: String) throws {
        var t = Probe.now()
        let files = try FamilyFolderScan.statEveryFile(root: root)
        let statted = Probe.now()
        guard files > 0 else { throw BenchError("no family files in \(root)/families") }
        Probe.report("list_stat_ms", statted - t)
        t = statted
        let index = try Data(contentsOf: URL(fileURLWithPath: root + "/cache/index"))
        Probe.report("index_read_ms", Probe.now() - t)
        Probe.report("index_bytes", Double(index.count))
    }
}
