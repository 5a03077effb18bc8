import Foundation

/// The table: one row per figure, one column per size, the target at 10,000 families, and the ratio of the
/// figure at 10,000 to the one at 100 (how it grows with N).
struct Report {
    struct Row {
        var key: String
        var title: String
        var unit: String
        /// The target at 10,000 families, if the issue sets one; `atMost` false means "at least".
        var target: Double?
        var atMost = true
    }

    static let rows: [Row] = [
        Row(key: "cold_ms", title: "cold rebuild of the index (warm page cache)", unit: "ms", target: 1_000),
        Row(key: "cold_cpu", title: "  cores used (CPU time / wall time)", unit: "×", target: 1.6, atMost: false),
        Row(key: "first_frame_ms", title: "first dashboard frame (warm open)", unit: "ms", target: 150),
        Row(key: "open_ms", title: "  of which opening the store", unit: "ms"),
        Row(key: "state_ms", title: "  of which dashboard rows", unit: "ms"),
        Row(key: "whole_ms", title: "  the whole caseload arrived (every row made)", unit: "ms"),
        Row(key: "move_term_p50", title: "key → frame on a terminal, moving, p50", unit: "ms"),
        Row(key: "move_term_p99", title: "key → frame on a terminal, moving, p99", unit: "ms", target: 2),
        Row(key: "filter_term_p50", title: "key → frame on a terminal, typing a filter, p50", unit: "ms"),
        Row(key: "filter_term_p99", title: "key → frame on a terminal, typing a filter, p99", unit: "ms", target: 4),
        Row(key: "move_term_cpu_p99", title: "  the program's CPU per key, moving, p99", unit: "ms"),
        Row(key: "filter_term_cpu_p99", title: "  the program's CPU per key, typing, p99", unit: "ms"),
        Row(key: "move_p99", title: "  update + render alone (no draw), moving, p99", unit: "ms"),
        Row(key: "filter_p99", title: "  update + render alone (no draw), typing, p99", unit: "ms"),
        Row(key: "open_family_ms", title: "open a family (Enter → frame)", unit: "ms"),
        Row(key: "save_ms", title: "save one family (store, fsync)", unit: "ms", target: 10),
        Row(key: "save_program_ms", title: "save from the program (reload, merge check, fsync)", unit: "ms", target: 10),
        Row(key: "save_ui_ms", title: "save a follow-up (Enter → frame)", unit: "ms"),
        Row(key: "followup_ms", title: "sammen followup (process)", unit: "ms", target: 30),
        Row(key: "refresh_cpu_ms", title: "CPU to show a colleague's save (open family)", unit: "ms", target: 20),
        Row(key: "refresh_cpu_max_ms", title: "  the most of five", unit: "ms"),
        Row(key: "idle_cpu_ms", title: "CPU of the idle program over 3 s", unit: "ms", target: 5),
        Row(key: "due_ms", title: "sammen due --all --json (process)", unit: "ms", target: 90),
        Row(key: "task_export_ms", title: "  taskwarrior: task export (10,000 tasks)", unit: "ms"),
        Row(key: "due_over_export", title: "  due --all --json ÷ task export", unit: "×", target: 0.35),
        Row(key: "due_floor_ms", title: "  due's fixed part (the three below)", unit: "ms"),
        Row(key: "due_start_ms", title: "    a process starting (sammen --version)", unit: "ms"),
        Row(key: "due_list_stat_ms", title: "    list and stat every family file (2 cores)", unit: "ms"),
        Row(key: "due_index_read_ms", title: "    read cache/index whole", unit: "ms"),
        Row(key: "floor_over_export", title: "  the fixed part ÷ task export", unit: "×"),
        Row(key: "due_table_ms", title: "sammen due --within 30 (table)", unit: "ms"),
        Row(key: "task_list_ms", title: "  taskwarrior: task due.before:… list", unit: "ms"),
        Row(key: "table_over_list", title: "  due --within 30 ÷ task list", unit: "×"),
        Row(key: "families_ms", title: "sammen families --json (process)", unit: "ms"),
        Row(key: "any_peak_mb", title: "peak memory of any command (the most below)", unit: "MB", target: 64),
        Row(key: "session_peak_mb", title: "  dashboard session (headless)", unit: "MB"),
        Row(key: "program_peak_mb", title: "  the program on a terminal", unit: "MB"),
        Row(key: "cold_peak_mb", title: "  cold open", unit: "MB"),
        Row(key: "due_peak_mb", title: "  sammen due --all --json", unit: "MB"),
        Row(key: "due_table_peak_mb", title: "  sammen due --within 30 (table)", unit: "MB"),
        Row(key: "families_peak_mb", title: "  sammen families --json", unit: "MB"),
        Row(key: "followup_peak_mb", title: "  sammen followup", unit: "MB"),
        Row(key: "rows", title: "dashboard rows (open cases)", unit: ""),
        Row(key: "deadlines", title: "deadlines in due --all", unit: ""),
        Row(key: "store_mb", title: "family files on disk", unit: "MB"),
    ]

    let sizes: [Int]
    /// Runs per size: with more than one, the table shows the least and the most of them at 10,000.
    var runs = 1
    var columns: [Int: [String: Double]] = [:]

    init(sizes: [Int]) { self.sizes = sizes }

    /// The figures that miss their target at 10,000 families (or at the largest size measured below it).
    var missed: [String] {
        guard let n = sizes.filter({ $0 <= 10_000 }).max(), let column = columns[n] else { return [] }
        var missed: [String] = Report.rows.compactMap { row in
            guard let target = row.target, let value = column[row.key] else { return nil }
            let ok = row.atMost ? value <= target : value >= target
            return ok ? nil : row.title.trimmingCharacters(in: .whitespaces)
        }
        // Saving must not slow down as the caseload grows: at 10,000 at most 1.5 times the time at 100.
        for (key, title) in [("save_ms", "save one family"), ("save_program_ms", "save from the program"),
                             ("followup_ms", "sammen followup")] {
            if let small = columns[100]?[key], let big = columns[10_000]?[key], small > 0, big / small > 1.5 {
                missed.append("\(title) grows with N (\(String(format: "%.2f", big / small)) × from 100 to 10,000; target ≤ 1.5)")
            }
        }
        return missed
    }

    func text(machine: String) -> String {
        var header = ["figure", "target@10k"] + sizes.map { "N=\(Report.grouped($0))" }
        let ratioFrom = sizes.contains(100) && sizes.contains(10_000)
        if ratioFrom { header.append("10k/100") }
        // The noise: the least and the most of the runs at the target's size.
        let spreadAt = runs > 1 ? sizes.filter { $0 <= 10_000 }.max() : nil
        if let spreadAt { header.append("N=\(Report.grouped(spreadAt)) min–max") }
        var lines: [[String]] = [header]
        for row in Report.rows {
            var cells = [row.title, row.target.map { (row.atMost ? "≤ " : "≥ ") + Report.format($0) + " " + row.unit } ?? ""]
            for n in sizes { cells.append(columns[n]?[row.key].map { Report.format($0) + (row.unit.isEmpty ? "" : " " + row.unit) } ?? "–") }
            if ratioFrom {
                if let a = columns[100]?[row.key], let b = columns[10_000]?[row.key], a > 0 {
                    cells.append(String(format: "%.2f", b / a))
                } else {
                    cells.append("–")
                }
            }
            if let spreadAt {
                if let low = columns[spreadAt]?[row.key + "#min"], let high = columns[spreadAt]?[row.key + "#max"], !row.unit.isEmpty {
                    cells.append(Report.format(low) + "–" + Report.format(high))
                } else {
                    cells.append("")
                }
            }
            lines.append(cells)
        }
        let widths = header.indices.map { i in lines.map { $0[i].count }.max() ?? 0 }
        var out = machine + "\n\n"
        for (l, cells) in lines.enumerated() {
            let padded = cells.enumerated().map { i, cell in
                i == 0 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                       : String(repeating: " ", count: widths[i] - cell.count) + cell
            }
            out += "| " + padded.joined(separator: " | ") + " |\n"
            if l == 0 { out += "|" + widths.enumerated().map { i, w in String(repeating: "-", count: w + 1) + (i == 0 ? "-|" : ":|") }.joined() + "\n" }
        }
        return out
    }

    static func format(_ value: Double) -> String {
        if value >= 100 { return grouped(Int(value.rounded())) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }
}
