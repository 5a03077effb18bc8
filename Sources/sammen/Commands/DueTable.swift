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

    static func print(_ items: [Deadline], today: LocalDate, within: Int?, language l: Language, missing: [String] = []) {
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
        let table = TextTable(columns: l == .da
            ? ["Forfald", "Status", "Hvad", "Familie", "Barn", "Sagsnr", "Sagsbeh."]
            : ["Due", "Status", "What", "Family", "Child", "Case no.", "Caseworker"])
        for d in items {
            let overdue = d.overdueDays(on: today)
            let days = today.days(until: d.due)
            let status = overdue > 0 ? l.pick(da: "\(overdue) dage over", en: "\(overdue) days over")
                : d.due == today ? l.pick(da: "i dag", en: "today")
                : l.pick(da: "om \(days) d.", en: "in \(days) d.")
            let what = l == .da ? d.kind.danishName : d.kind.englishName
            table.add([l.date(d.due), status, what, d.familyName, d.childName ?? "", d.caseNumber, d.caseworker])
        }
        table.write { Console.out(bytes: $0) }
        let total = l.number(items.count)
        let overdue = l.number(items.filter { $0.overdueDays(on: today) > 0 }.count)
        Console.out(l.pick(da: "\(total) i alt, heraf \(overdue) forfaldne.", en: "\(total) in all, \(overdue) of them overdue."))
    }
}
