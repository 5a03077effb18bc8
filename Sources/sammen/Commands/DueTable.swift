import Foundation
import SammenCore

/// The `due` list as a table for people, in the run's language. (`due --json` is for programs and stays the
/// same in every language.)
enum DueTable {
    /// "UFULDSTÆNDIGT SVAR: 1 familiefil kunne ikke læses og er ikke med (families/x.json); kør «sammen check»."
    static func incompleteLine(_ missing: [String], language l: Language) -> String {
        let shown = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
        let n = l.number(missing.count)
        return l.pick(da: "UFULDSTÆNDIGT SVAR: \(n) familiefil(er) kunne ikke læses og er ikke med (\(shown)); kør «sammen check».",
                      en: "INCOMPLETE ANSWER: \(n) family file(s) could not be read and are not included (\(shown)); run «sammen check».")
    }

    /// Deadlines made and written per part: a part's rows are all that is held at a time.
    static let rowsPerPart = 2_048

    /// The table, measured in one pass and written in a second, part by part, each deadline made (from the
    /// caseload's summaries) when its row is needed: at 10,000 families the list is 30,000 rows, and holding them
    /// all made `due` the command that took the most memory (#19).
    static func print(_ items: DeadlineList, today: LocalDate, within: Int?, language l: Language, missing: [String] = []) {
        let scope = within.map { l.pick(da: "inden for \($0) dage", en: "within \($0) days") }
            ?? l.pick(da: "alle frister", en: "all deadlines")
        let asOf = l.date(today)
        Console.out(l.pick(da: "Opfølgninger og frister pr. \(asOf) (\(scope)):", en: "Follow-ups and deadlines as of \(asOf) (\(scope)):"))
        // An answer without some families says so in itself, first (#15.15).
        if !missing.isEmpty { Console.out(incompleteLine(missing, language: l)) }
        guard !items.isEmpty else {
            Console.out(missing.isEmpty ? l.pick(da: "Intet forfalder.", en: "Nothing is due.")
                        : l.pick(da: "Intet forfalder blandt de familier, der kunne læses.", en: "Nothing is due among the families that could be read."))
            return
        }
        var table = TextTable(columns: l == .da
            ? ["Forfald", "Status", "Hvad", "Familie", "Barn", "Sagsnr", "Sagsbeh."]
            : ["Due", "Status", "What", "Family", "Child", "Case no.", "Caseworker"])
        // First pass: the columns' widths and the overdue count, in a piece per core.
        let pieces = items.count < 2_000 ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let measured = ParallelResults<(widths: TextTable, overdue: Int)>(count: pieces)
        let columns = table.columns
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
            var part = TextTable(columns: columns)
            var overdue = 0
            for i in (items.count * k / pieces)..<(items.count * (k + 1) / pieces) {
                let d = items[i]
                if d.overdueDays(on: today) > 0 { overdue += 1 }
                part.fit(cells(d, today: today, language: l))
            }
            measured.set(k, (part, overdue))
        }
        var overdue = 0
        for k in 0..<pieces {
            let part = measured.get(k)!
            table.fit(part.widths)
            overdue += part.overdue
        }
        // Second pass: the rows, part by part.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 17)
        table.line(table.columns, into: &bytes)
        var start = 0
        while start < items.count {
            let end = min(items.count, start + rowsPerPart)
            let first = start
            let rows = ParallelPieces.map(count: end - start, minimum: 1_000) { cells(items[first + $0], today: today, language: l) }
            for row in rows {
                table.line(row, into: &bytes)
                if bytes.count >= 1 << 16 {
                    Console.out(bytes: bytes)
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            start = end
        }
        if !bytes.isEmpty { Console.out(bytes: bytes) }
        Console.out(l.pick(da: "\(l.number(items.count)) i alt, heraf \(l.number(overdue)) forfaldne.",
                           en: "\(l.number(items.count)) in all, \(l.number(overdue)) of them overdue."))
    }

    /// One deadline's cells.
    static func cells(_ d: Deadline, today: LocalDate, language l: Language) -> [String] {
        let overdue = d.overdueDays(on: today)
        let days = today.days(until: d.due)
        let status = overdue > 0 ? l.pick(da: "\(overdue) dage over", en: "\(overdue) days over")
            : d.due == today ? l.pick(da: "i dag", en: "today")
            : l.pick(da: "om \(days) d.", en: "in \(days) d.")
        let what = l == .da ? d.kind.danishName : d.kind.englishName
        return TextTable.cells([l.date(d.due), status, what, d.familyName, d.childName ?? "", d.caseNumber, d.caseworker])
    }
}

