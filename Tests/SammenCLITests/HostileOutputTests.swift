import Foundation
import Testing

/// #15 points 3, 7, 12 and 16 against the real binary: what the program prints never commands the terminal,
/// never echoes a CPR number, and a full disk is a message with exit 3 for every export.
@Suite struct HostileOutputTests {
    /// A store whose one family has a name that sets the window title, clears the screen, sends a C1 CSI and
    /// reverses the text, and a child's name with a tab and a line break.
    private func hostileStore(_ name: String = #function) throws -> (folder: String, store: String) {
        let folder = ProgramRunner.temporaryFolder(name)
        let csv = folder + "/fjendtlig.csv"
        let text = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning\n"
            + "2026-301;\"Familien \u{1B}]0;owned\u{07}\u{1B}[2JX\u{9B}Y\u{202E}Z\";\"Asta\tB\";2012-06-01;LKA;SEL § 52;2026-02-01;2026-08-15\n"
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let store = folder + "/arkiv"
        let result = try ProgramRunner.run(["import", "csv", csv, "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, store)
    }

    /// Nothing in `text` a terminal would obey.
    private func safe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    @Test func noCommandPrintsControlCharactersFromData() throws {
        let (folder, store) = try hostileStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let user = "ond\u{1B}[31m\nforfalsket\tlinje\u{9B}"
        let runs: [[String]] = [["families"], ["families", "--json"], ["due", "--all"], ["due", "--all", "--json"],
                                ["log"], ["log", "--json"], ["check"], ["log", "--family", "2026-301"],
                                ["followup", "ingen\u{1B}]0;x\u{07}", "--date", "2026-10-01"],
                                ["due", "--caseworker", "X\u{1B}[2J"]]
        for arguments in runs {
            let result = try ProgramRunner.run(arguments + ["--store", store, "--user", user])
            #expect(safe(result.stdout) && safe(result.stderr), "\(arguments): \(result.stdout.debugDescription) \(result.stderr.debugDescription)")
        }
        // The name is there, shown visibly; the log's user is one field on one line.
        let due = try ProgramRunner.run(["due", "--all", "--store", store])
        #expect(due.stdout.contains("Familien \\u001b]0;owned\\u0007\\u001b[2JX\\u009bY\\u202eZ"))
        let log = try ProgramRunner.run(["log", "--store", store])
        for line in log.stdout.split(separator: "\n") where line.contains("\t") {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 5, "\(line)")
        }
        // --json keeps its meaning: the escapes decode to the name as stored.
        let json = try ProgramRunner.run(["due", "--all", "--json", "--store", store])
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((items?.first?["family"] as? String)?.contains("\u{202E}") == true)
    }

    // #15.3: `log --family <CPR>` said the number back.
    @Test func logForACPRNumberNeverEchoesIt() throws {
        let (folder, store) = try hostileStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for query in ["010203-1234", "0102031234", "010203 1234", "010203\u{00A0}1234", "010203\u{2013}1234"] {
            for extra in [[], ["--json"], ["--language", "en"]] {
                let result = try ProgramRunner.run(["log", "--family", query, "--store", store] + extra)
                #expect(!(result.stdout + result.stderr).contains("1234"), "\(query.debugDescription) \(extra)")
            }
        }
        let log = try ProgramRunner.run(["log", "--json", "--store", store])
        #expect(!log.stdout.contains("1234"))
    }

    // #15.16: `export … --out -` to a full disk crashed with SIGILL for every export kind.
    @Test func everyExportToAFullDiskIsExit3WithAMessage() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/demo"
        let made = try ProgramRunner.run(["demo", "--init", store])
        #expect(made.status == 0, "\(made.stderr)")
        let families = try ProgramRunner.run(["families", "--json", "--store", store])
        let list = try JSONSerialization.jsonObject(with: Data(families.stdout.utf8)) as? [[String: Any]] ?? []
        let ids = list.compactMap { $0["id"] as? String }
        // A family with a meeting, for the meeting summary.
        let withMeeting = try ids.first { id in
            try ProgramRunner.run(["export", "meeting", "--family", id, "--out", "-", "--store", store]).status == 0
        } ?? "?"
        for kind in ["ics", "wheel", "meeting", "handover"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ProgramRunner.binary)
            // The calendar needs dated activities (an empty one is refused before anything is written): f-001 has them.
            process.arguments = ["export", kind, "--family", kind == "ics" ? "f-001" : withMeeting, "--out", "-", "--store", store]
            var env = ProcessInfo.processInfo.environment
            env["SAMMEN_USER"] = "test"
            env["SWIFT_BACKTRACE"] = "enable=no"
            process.environment = env
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let errPath = folder + "/err-\(kind).txt"
            FileManager.default.createFile(atPath: errPath, contents: nil)
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
            try process.run()
            process.waitUntilExit()
            let stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
            #expect(process.terminationReason == .exit && process.terminationStatus == 3, "\(kind): \(process.terminationStatus) \(stderr)")
            #expect(stderr.contains("disken er fuld"), "\(kind): \(stderr)")
        }
    }
}

/// #15 points 4, 5, 6, 8 and 9 against the real binary: reads and searches in the log, exports that never land
/// in the store, never without their log entry, and never named after the family.
@Suite struct PrivacyCLITests {
    private func importedStore(_ name: String = #function) throws -> (folder: String, store: String) {
        let folder = ProgramRunner.temporaryFolder(name)
        let store = folder + "/arkiv"
        let result = try ProgramRunner.run(["import", "csv", ProgramRunner.repository + "/Fixtures/csv/sagsstamme-eksempel.csv",
                                            "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, store)
    }

    private func entries(_ store: String, family: String) throws -> [[String: Any]] {
        let result = try ProgramRunner.run(["log", "--family", family, "--json", "--store", store])
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
    }

    // #15.5: `sammen render` showed any family's record without an access-log entry.
    @Test func renderLogsEveryRecordItShows() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for screen in ["family", "record", "board", "wheel"] {
            let before = try entries(store, family: "2026-004").filter { ($0["action"] as? String) == "read" }.count
            let result = try ProgramRunner.run(["render", screen, "--family", "2026-004", "--today", "2026-11-02", "--store", store])
            #expect(result.status == 0, "\(screen): \(result.stderr)")
            let after = try entries(store, family: "2026-004").filter { ($0["action"] as? String) == "read" }.count
            #expect(after > before, "\(screen)")
        }
    }

    // #15.6: a search for a child's name was missing from `log --family` for the family it found.
    @Test func aSearchForAChildsNameIsInThatFamilysExtract() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try ProgramRunner.run(["render", "dashboard", "--search", "Ida", "--caseworker", "alle", "--today", "2026-11-02", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        let searches = try entries(store, family: "2026-004").filter { ($0["action"] as? String) == "search" }
        #expect(searches.contains { ($0["detail"] as? String)?.contains("«Ida»") == true }, "\(searches)")
        // And not in another family's.
        let other = try entries(store, family: "2026-001").filter { ($0["action"] as? String) == "search" }
        #expect(!other.contains { ($0["detail"] as? String)?.contains("«Ida»") == true })
    }

    // #15.8: `export … --out` could point into the store and replace access.log, a family file or store.json.
    @Test func anExportIsNeverWrittenIntoTheStore() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let family = try FileManager.default.contentsOfDirectory(atPath: store + "/families").sorted()[0]
        #expect(symlink(store + "/families", folder + "/genvej") == 0)
        #expect(symlink(store, folder + "/arkivlink") == 0)
        let targets = [store + "/access.log", store + "/store.json", store + "/families/" + family, store + "/ny.md",
                       folder + "/genvej/ny.md", folder + "/arkivlink/team.json", store + "/families/../store.json"]
        func snapshot() -> [String: Data] {
            var files: [String: Data] = [:]
            // cache/ is the derived index, which any reader may write (a store made by an import is not opened
            // afterwards, #15.17, so the first command to open it writes it): not something an export wrote.
            for name in (FileManager.default.subpaths(atPath: store) ?? []).sorted() where !name.hasPrefix("cache") {
                files[name] = FileManager.default.contents(atPath: store + "/" + name)
            }
            return files
        }
        for target in targets {
            let before = snapshot()
            // (The fixture's families have no dated activities, so no calendar: an empty one is refused anyway.)
            for kind in ["handover", "wheel"] {
                let result = try ProgramRunner.run(["export", kind, "--family", "2026-004", "--out", target, "--store", store])
                #expect(result.status != 0, "\(kind) → \(target)")
                #expect(result.stderr.contains("arkivmappen"), "\(kind) → \(target): \(result.stderr)")
            }
            let after = snapshot()
            #expect(before.keys == after.keys && before.filter { !$0.key.hasPrefix("log/") } == after.filter { !$0.key.hasPrefix("log/") },
                    "\(target)")
        }
    }

    // #15.9: an export was written before its access-log entry, and stayed when logging failed.
    @Test func anExportThatCannotBeLoggedIsNotWritten() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // This month's access-log file (log/YYYY-MM.jsonl, Danish time) cannot be appended to: a folder stands there.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        formatter.dateFormat = "yyyy-MM"
        let month = store + "/log/" + formatter.string(from: Date()) + ".jsonl"
        try? FileManager.default.removeItem(atPath: month)
        try FileManager.default.createDirectory(atPath: month, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for kind in ["handover", "wheel"] {
            let target = folder + "/eksport-\(kind).txt"
            let result = try ProgramRunner.run(["export", kind, "--family", "2026-004", "--out", target, "--store", store])
            #expect(result.status != 0, "\(kind)")
            #expect(!FileManager.default.fileExists(atPath: target), "\(kind): the export is on disk without its log entry")
            let stdout = try ProgramRunner.run(["export", kind, "--family", "2026-004", "--out", "-", "--store", store])
            #expect(stdout.status != 0 && stdout.stdout.isEmpty, "\(kind) to stdout")
        }
    }

    // #15.4: export file names were a hash of the family's name and sagsnr.
    @Test func defaultExportNamesSayNothingAboutTheFamily() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/ud"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        let ids = try FileManager.default.contentsOfDirectory(atPath: store + "/families").map { String($0.dropLast(5)) }
        for kind in ["handover", "wheel", "handover"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ProgramRunner.binary)
            process.arguments = ["export", kind, "--family", "2026-004", "--store", store]
            process.currentDirectoryURL = URL(fileURLWithPath: out)
            var env = ProcessInfo.processInfo.environment
            env["SAMMEN_USER"] = "test"
            process.environment = env
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(kind)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(names.count == 3, "\(names)")  // two handovers in one second do not overwrite each other
        for name in names {
            #expect(!ids.contains { name.contains($0) } && !name.lowercased().contains("jensen") && !name.contains("2026-004"), "\(name)")
        }
    }
}

/// #15.15: an answer missing families looked complete ("Intet forfalder.", `[]`, exit 0).
@Suite struct IncompleteAnswerTests {
    @Test func anAnswerWithoutAnUnreadableFamilySaysSoAndExits4() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        let made = try ProgramRunner.run(["import", "csv", ProgramRunner.repository + "/Fixtures/csv/sagsstamme-eksempel.csv", "--store", store])
        #expect(made.status == 0, "\(made.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: store + "/families").sorted()
        // Every family unreadable but one, then all of them: "nothing is due" must never be the whole answer.
        for damaged in [Array(names.dropFirst()), names] {
            for name in damaged {
                let path = store + "/families/" + name
                try "{ ødelagt".write(toFile: path, atomically: true, encoding: .utf8)
                // Foundation writes 0644; a store file others can read is refused before anything else (#13).
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            }
            let table = try ProgramRunner.run(["due", "--all", "--store", store, "--today", "2026-11-22"])
            #expect(table.status == 4, "\(table.stderr)")
            #expect(table.stdout.contains("UFULDSTÆNDIGT SVAR: \(damaged.count) familiefil(er)"), "\(table.stdout)")
            #expect(table.stdout.contains("families/" + damaged[0]))
            let json = try ProgramRunner.run(["due", "--all", "--json", "--store", store, "--today", "2026-11-22"])
            #expect(json.status == 4)
            let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
            #expect(items.last?["kind"] as? String == "mangler-familier")
            #expect((items.last?["missing_files"] as? [String])?.count == damaged.count)
            #expect(items.dropLast().allSatisfy { $0["due"] != nil && $0["kind"] as? String != "mangler-familier" })
            let families = try ProgramRunner.run(["families", "--json", "--store", store])
            #expect(families.status == 4)
            let rows = try JSONSerialization.jsonObject(with: Data(families.stdout.utf8)) as? [[String: Any]] ?? []
            #expect(rows.last?["kind"] as? String == "mangler-familier")
            let english = try ProgramRunner.run(["families", "--store", store, "--lang", "en"])
            #expect(english.status == 4 && english.stdout.hasPrefix("INCOMPLETE ANSWER"), "\(english.stdout)")
        }
        // A stray file that is no family file does not make an answer incomplete.
        let clean = folder + "/rent"
        _ = try ProgramRunner.run(["import", "csv", ProgramRunner.repository + "/Fixtures/csv/sagsstamme-eksempel.csv", "--store", clean])
        try "noter".write(toFile: clean + "/families/noter.txt", atomically: true, encoding: .utf8)
        #expect(try ProgramRunner.run(["due", "--all", "--store", clean]).status == 0)
    }
}
