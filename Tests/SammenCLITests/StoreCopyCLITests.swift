import Foundation
import Testing

/// `sammen store copy` and `--store` with a database address, against the real binary. The copy's promise: every
/// family byte for byte, the team, the access log, and the same answers from the copy as from the original.
@Suite struct StoreCopyCLITests {
    func files(_ folder: String) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Dictionary(uniqueKeysWithValues: names.filter { $0.hasSuffix(".json") }.map { ($0, FileManager.default.contents(atPath: folder + "/" + $0) ?? Data()) })
    }

    func logLines(_ store: String) -> [String] {
        let folder = store + "/log"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        return names.flatMap { String(decoding: FileManager.default.contents(atPath: folder + "/" + $0) ?? Data(), as: UTF8.self)
            .split(separator: "\n").map(String.init) }
    }

    @Test func aCopyAndACopyOfTheCopyHoldTheSameFamiliesTeamLogAndAnswers() throws {
        let base = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let training = base + "/training"
        #expect(try ProgramRunner.run(["demo", "--init", training, "--today", "2026-12-03"]).status == 0)
        let there = try ProgramRunner.run(["store", "copy", training, base + "/there"], umask: "077")
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("stemmer"))
        let back = try ProgramRunner.run(["store", "copy", base + "/there", base + "/back"], umask: "077")
        #expect(back.status == 0, "\(back.stderr)")

        let original = files(training + "/families")
        #expect(original.count > 20)
        #expect(files(base + "/back/families") == original)
        #expect(FileManager.default.contents(atPath: base + "/back/team.json") == FileManager.default.contents(atPath: training + "/team.json"))
        // Every line of the original's log is in the copy of the copy, in order (the copies add their own).
        let originalLog = logLines(training)
        var rest = logLines(base + "/back")[...]
        for line in originalLog {
            let found = rest.firstIndex(of: line)
            #expect(found != nil, "the log line «\(line)» is missing")
            if let found { rest = rest[(found + 1)...] }
        }
        #expect(logLines(base + "/back").contains { $0.contains("kopi af hele arkivet fra") })
        #expect(logLines(base + "/there").contains { $0.contains("\"action\":\"export\"") && $0.contains("kopi af hele arkivet til") })

        let due = ["due", "--all", "--json", "--today", "2026-12-03"]
        let fromOriginal = try ProgramRunner.run(due + ["--store", training])
        let fromCopy = try ProgramRunner.run(due + ["--store", base + "/back"])
        #expect(fromOriginal.status == 0)
        #expect(fromOriginal.stdout.count > 1000)
        #expect(fromCopy.stdout == fromOriginal.stdout)
    }

    @Test func nothingIsCopiedIntoAStoreThatHoldsFamilies() throws {
        let base = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(try ProgramRunner.run(["demo", "--init", base + "/a", "--today", "2026-12-03"]).status == 0)
        #expect(try ProgramRunner.run(["demo", "--init", base + "/b", "--today", "2026-12-03"]).status == 0)
        var before = files(base + "/b/families")
        before["team.json"] = FileManager.default.contents(atPath: base + "/b/team.json")
        let refused = try ProgramRunner.run(["store", "copy", base + "/a", base + "/b"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("ikke tomt"))
        var after = files(base + "/b/families")
        after["team.json"] = FileManager.default.contents(atPath: base + "/b/team.json")
        #expect(after == before)
    }

    @Test func anEmptyStoreTakesTheCopy() throws {
        let base = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(try ProgramRunner.run(["demo", "--init", base + "/a", "--today", "2026-12-03"]).status == 0)
        #expect(try ProgramRunner.run(["init", base + "/empty"], umask: "077").status == 0)
        let copied = try ProgramRunner.run(["store", "copy", base + "/a", base + "/empty"])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(files(base + "/empty/families") == files(base + "/a/families"))
        #expect(FileManager.default.contents(atPath: base + "/empty/team.json") == FileManager.default.contents(atPath: base + "/a/team.json"))
    }

    @Test func aStoreWithAnUnreadableFamilyIsNotCopied() throws {
        let base = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(try ProgramRunner.run(["demo", "--init", base + "/a", "--today", "2026-12-03"]).status == 0)
        FileManager.default.createFile(atPath: base + "/a/families/f-damaged.json", contents: Data("{ \"schemaVersion\": 2,".utf8),
                                       attributes: [.posixPermissions: 0o600])
        let refused = try ProgramRunner.run(["store", "copy", base + "/a", base + "/b"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("families/f-damaged.json"))
        #expect(!FileManager.default.fileExists(atPath: base + "/b"))
    }

    @Test func aDatabaseThatCannotBeReachedIsNamedWithoutItsPassword() throws {
        let uri = "postgresql://sagsbehandler:hemmeligt@127.0.0.1:1/sammen_findes_ikke"
        for arguments in [["due", "--store", uri], ["families"], ["store", "copy", uri, ProgramRunner.temporaryFolder() + "/x"]] {
            let result = try ProgramRunner.run(arguments, environment: ["SAMMEN_STORE": uri])
            #expect(result.status == 3, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("PostgreSQL"), "\(result.stderr)")
            #expect(result.stderr.contains("127.0.0.1:1"), "the message does not say which server: \(result.stderr)")
            #expect(!result.stderr.contains("hemmeligt"))
        }
    }

    @Test func aDatabaseStoreTakesNoUserName() throws {
        let result = try ProgramRunner.run(["due", "--store", "postgres://127.0.0.1:1/x", "--user", "XYZ"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--user bruges ikke i et databasearkiv"))
    }
}
