import Foundation
import Testing

/// import csv → due, end to end through the executable, with dates worked out by hand.
@Suite struct ImportAndDueTests {
    let fixture = ProgramRunner.repository + "/Fixtures/csv/sagsstamme-eksempel.csv"
    let badFixture = ProgramRunner.repository + "/Fixtures/csv/sagsstamme-med-fejl.csv"

    struct Due: Decodable, Equatable {
        var `case`: String
        var family: String
        var child: String?
        var caseworker: String
        var kind: String
        var due: String
        var overdue_days: Int
        var rule: String
    }

    @Test func importThenDueGivesTheRightDates() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        // Imported on 22 November 2026: the store is made that day, and the team begins keeping network meetings.
        let imported = try ProgramRunner.run(["import", "csv", fixture, "--store", store, "--today", "2026-11-22"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 nye familier"))

        let result = try ProgramRunner.run(["due", "--store", store, "--today", "2026-11-22", "--all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let items = try JSONDecoder().decode([Due].self, from: Data(result.stdout.utf8))
        let got = items.map { "\($0.case) \($0.kind) \($0.due) \($0.overdue_days)" }
        #expect(got == [
            // Opened 30-11-2025, 3 months (SEL § 44): 28 February 2026, clamped to the month's end.
            "2026-005 opfoelgning 2026-02-28 267",
            // Opened 2026-08-31 with an investigation (SEL § 50): 42 days later.
            "2026-001 opfoelgning 2026-10-12 41",
            // Support (SEL § 52) from 2026-08-31 and no follow-up since: BL § 95, stk. 2, at the latest 3 months.
            "2026-001 foerste-opfoelgning 2026-11-30 0",
            // Followed up 2026-08-31, compensation only (BL §§ 86, 90): 3 months, 30 November.
            "2026-002 opfoelgning 2026-11-30 0",
            "2026-003 opfoelgning 2026-12-01 0",
            // Born 15-12-2010: 16 on 15 December 2026.
            "2026-003 overgang 2026-12-15 0",
            // The investigation started 2026-08-31 is to be finished within 4 months.
            "2026-001 undersoegelse 2026-12-31 0",
            // Followed up 2026-11-20 on BL § 32 (support): 6 weeks, across the year change.
            "2026-004 opfoelgning 2027-01-01 0",
            // No network meeting recorded: the team's default interval, 6 months (seed 002), counted from the day
            // the store was made by the import, not from cases opened in 2024 and 2025 (Sammen cannot know of
            // meetings before it was used). One per family, on its first open case.
            "2026-001 netvaerksmoede 2027-05-22 0",
            "2026-004 netvaerksmoede 2027-05-22 0",
            "2026-003 netvaerksmoede 2027-05-22 0",
        ])
        let followUps = items.filter { $0.kind == "opfoelgning" }
        let first = try #require(followUps.first)
        #expect(first.family == "Familien Jensen" && first.child == "Oliver Jensen" && first.caseworker == "SKL")
        #expect(first.rule == "Sammen om familien: opfølgning hver 3. måned")
        #expect(followUps[1].rule == "Sammen om familien: opfølgning hver 6. uge")

        // --within and --caseworker narrow it down.
        let soon = try ProgramRunner.run(["due", "--store", store, "--today", "2026-11-22", "--within", "8", "--caseworker", "mha", "--json"])
        let soonItems = try JSONDecoder().decode([Due].self, from: Data(soon.stdout.utf8))
        #expect(soonItems.map { "\($0.case) \($0.kind)" } == ["2026-001 opfoelgning", "2026-001 foerste-opfoelgning",
                                                             "2026-002 opfoelgning"])

        // Initials nobody has are said, not answered with an empty list that looks like "nothing is due".
        let typo = try ProgramRunner.run(["due", "--store", store, "--today", "2026-11-22", "--caseworker", "MXA"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("MXA") && typo.stderr.contains("MHA"))
        #expect(typo.stdout.isEmpty)
    }

    @Test func aCSVWithBadRowsIsRefusedWholeWithEveryBadLineNamed() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        let result = try ProgramRunner.run(["import", "csv", badFixture, "--store", store])
        #expect(result.status == 1)
        for line in 2...6 {
            #expect(result.stderr.contains("sagsstamme-med-fejl.csv: linje \(line):"), "line \(line) not named:\n\(result.stderr)")
        }
        #expect(!result.stderr.contains("linje 7:"))
        #expect(result.stderr.contains("Intet er indlæst"))
        #expect(!FileManager.default.fileExists(atPath: store))

        // Into an existing store: nothing changes, byte for byte.
        _ = try ProgramRunner.run(["import", "csv", fixture, "--store", store])
        let before = try snapshot(store)
        let again = try ProgramRunner.run(["import", "csv", badFixture, "--store", store])
        #expect(again.status == 1)
        #expect(try snapshot(store) == before)
    }

    @Test func aBareParagraphIsAcceptedWithLaw() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = folder + "/bare.csv"
        try "case_id,family,child,birthdate,caseworker,legal_basis,opened\nX-1,Familien Bo,Liv Bo,2015-01-01,MHA,§ 50,2026-01-01\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let refused = try ProgramRunner.run(["import", "csv", csv, "--store", folder + "/s", "--dry-run"])
        #expect(refused.status == 1 && refused.stderr.contains("--law"))
        let dry = try ProgramRunner.run(["import", "csv", csv, "--store", folder + "/s", "--law", "sel", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("intet er skrevet"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/s"))
    }

    @Test func everyFileIsPrivateEvenUnderUmask000() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        let result = try ProgramRunner.run(["import", "csv", fixture, "--store", store], umask: "000")
        #expect(result.status == 0, "\(result.stderr)")
        _ = try ProgramRunner.run(["due", "--store", store], umask: "000")
        let paths = (FileManager.default.enumerator(atPath: store)?.allObjects as? [String] ?? []) + [""]
        for relative in paths {
            let path = relative.isEmpty ? store : store + "/" + relative
            var info = stat()
            lstat(path, &info)
            let mode = Int(info.st_mode & 0o777)
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            #expect(mode == (isFolder ? 0o700 : 0o600), "\(relative): \(String(mode, radix: 8))")
        }
    }

    private func snapshot(_ root: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [] {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir)
            // cache/ is the derived index, which any reader may write (a store made by an import is not opened
            // afterwards, #15.17, so the first command to open it writes it): not the store's data.
            if !isDir.boolValue && relative != "access.log" && !relative.hasPrefix("log/") && relative != "lock"
                && !relative.hasPrefix("cache/") {
                result[relative] = FileManager.default.contents(atPath: root + "/" + relative)
            }
        }
        return result
    }

    @Test func initWritesTheDayTheTeamBeginsKeepingNetworkMeetings() throws {
        // The network-meeting interval (seed 002: every 6 months) counts from the day the store is made, so a
        // new team's families are not overdue from before it used Sammen.
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try ProgramRunner.run(["init", folder + "/arkiv", "--today", "2026-10-05"], umask: "077")
        #expect(made.status == 0, "\(made.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/arkiv/team.json"))
        let team = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(team["networkMeetingsFrom"] as? String == "2026-10-05")
    }

    /// A long table (more rows than are made at a time, measured on several cores): every row is there, once,
    /// every column starts where its header does, and no name is cut, however long the names at its end are.
    @Test func aLongDueTableHasEveryRowAndItsColumnsLineUp() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = folder + "/stor.csv"
        var lines = ["sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet"]
        for i in 0..<1_500 {
            // One family's name is far the longest, and its rows are the list's last (opened last, and after
            // every other name on the same day): measured on several cores, its width is in the last piece only.
            let family = i == 1_499 ? "Familien Zz" + String(repeating: "z", count: 60) : "Familien Berg"
            let opened = i == 1_499 ? "2026-11-21" : ["2026-03-02", "2026-06-15", "2026-09-01"][i % 3]
            lines.append("2026-\(10_000 + i);\(family) \(i);Barn \(i);2016-05-0\(1 + i % 9);AB;SEL § 52;\(opened)")
        }
        try lines.joined(separator: "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let store = folder + "/arkiv"
        let imported = try ProgramRunner.run(["import", "csv", csv, "--store", store, "--today", "2026-11-22"])
        #expect(imported.status == 0, "\(imported.stderr)")

        let json = try ProgramRunner.run(["due", "--store", store, "--today", "2026-11-22", "--all", "--json"])
        let count = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]).count
        #expect(count > 2_048 + 1_000)
        let table = try ProgramRunner.run(["due", "--store", store, "--today", "2026-11-22", "--all"])
        #expect(table.status == 0, "\(table.stderr)")
        let all = table.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(all.firstIndex { $0.hasPrefix("Forfald") })
        let rows = Array(all[(header + 1)...].prefix { !$0.isEmpty && !$0.contains(" i alt, heraf ") })
        #expect(rows.count == count)
        let total = all.first { $0.contains(" i alt, heraf ") } ?? ""
        #expect(total.replacingOccurrences(of: ".", with: "").hasPrefix("\(count) i alt"), "\(total)")
        // Each column starts where its header does: a cell of a column the widths got wrong would be off.
        let head = Array(all[header])
        let starts = ["Familie", "Barn", "Sagsnr", "Sagsbeh."].map { name in
            head.indices.first { i in String(head[i...]).hasPrefix(name) && (i == 0 || head[i - 1] == " ") }!
        }
        var numbers = Set<String>()
        var misaligned = 0
        for row in rows {
            let chars = Array(row)
            for start in starts where start > 0 && (chars.count <= start || chars[start - 1] != " " || chars[start] == " ") {
                // The child column is empty for a network meeting or an agreement; the others never are.
                if start != starts[1] { misaligned += 1 }
            }
            if chars.count > starts[2] + 10 { numbers.insert(String(chars[starts[2]..<(starts[2] + 10)])) }
        }
        #expect(misaligned == 0)
        #expect(numbers.count == 1_500)  // every case has its rows
        // No name is cut to fit a column measured without it.
        let longest = "Familien Zz" + String(repeating: "z", count: 60) + " 1499"
        #expect(rows.filter { $0.contains(longest) }.count == 3)
        #expect(!rows.contains { $0.contains("…") })
    }
}
