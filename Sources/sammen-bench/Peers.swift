import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SammenCore

/// Taskwarrior on the same machine in the same run (#19): 10,000 tiny tasks with due dates, made once with
/// `task import`, then `task export` (every task as JSON, what a script reads) and `task due.before:… list`
/// (a table of what is due), each a whole process with its output read through a pipe, as `sammen due` is.
/// Skipped when `task` is not installed (`apt-get install taskwarrior`).
struct Taskwarrior {
    static let tasks = 10_000
    let task: String
    let rc: String

    /// The taskwarrior on PATH, with its data made in `folder` when missing; nil when there is none.
    static func prepare(in folder: String, today: LocalDate) throws -> Taskwarrior? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { $0 + "/task" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return nil }
        let rc = folder + "/taskrc"
        let peer = Taskwarrior(task: path, rc: rc)
        if FileManager.default.fileExists(atPath: folder + "/ready") { return peer }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        // No hooks, no garbage collection, no questions, nothing printed but the answer.
        try "data.location=\(folder)/data\nconfirmation=off\nverbose=nothing\nhooks=off\ngc=off\n"
            .write(toFile: rc, atomically: true, encoding: .utf8)
        // Tiny tasks, due from two months ago to ten months ahead, a fixed sequence (no randomness).
        var lines = ""
        for i in 0..<tasks {
            let due = today.adding(days: (i * 7_919) % 360 - 60)
            let uuid = String(format: "%08x-0000-4000-8000-%012x", i, i)
            let stamp = String(format: "%04d%02d%02dT000000Z", due.year, due.month, due.day)
            lines += "{\"uuid\":\"\(uuid)\",\"description\":\"Opfølgning \(i)\",\"status\":\"pending\",\"entry\":\"20260101T000000Z\",\"due\":\"\(stamp)\"}\n"
        }
        try lines.write(toFile: folder + "/tasks.json", atomically: true, encoding: .utf8)
        let made = try ChildProcess.run(path, ["import", folder + "/tasks.json"], environment: ["TASKRC": rc])
        guard made.status == 0 else { throw BenchError("task import failed: \(made.errors)") }
        try Data().write(to: URL(fileURLWithPath: folder + "/ready"))
        return peer
    }

    /// `task export` and `task due.before:<today + 30 days> list`, in ms, and the export's peak memory.
    func measure(today: LocalDate) throws -> [String: Double] {
        let export = try ChildProcess.run(task, ["export"], environment: ["TASKRC": rc])
        guard export.status == 0, export.outputBytes > Taskwarrior.tasks * 50 else { throw BenchError("task export failed: \(export.errors)") }
        let before = today.adding(days: 30)
        let list = try ChildProcess.run(task, ["due.before:\(before.iso)", "list"], environment: ["TASKRC": rc])
        guard list.status == 0 else { throw BenchError("task list failed: \(list.errors)") }
        return ["task_export_ms": export.milliseconds, "task_list_ms": list.milliseconds]
    }
}
