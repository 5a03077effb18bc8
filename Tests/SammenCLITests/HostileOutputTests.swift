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
