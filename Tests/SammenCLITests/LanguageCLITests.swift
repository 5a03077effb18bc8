import Foundation
import Testing

/// The command line in both languages: English with `--lang en` or LANG=en*, Danish by default (LANG=C, da_DK).
@Suite struct LanguageCLITests {
    /// The training fixture, copied with a private store's modes (once per test run).
    let training = LanguageCLITests.trainingCopy
    static let trainingCopy: String = {
        let target = ProgramRunner.temporaryFolder("language-training") + "/training"
        try! ProgramRunner.privateCopy(of: ProgramRunner.repository + "/Fixtures/training", to: target)
        return target
    }()
    let badCSV = ProgramRunner.repository + "/Fixtures/csv/sagsstamme-med-fejl.csv"

    /// The ways to ask for English, and the ways that stay Danish.
    static let english: [(flag: [String], env: [String: String])] = [(["--lang", "en"], [:]), ([], ["LANG": "en_GB.UTF-8"])]
    static let danish: [(flag: [String], env: [String: String])] = [([], ["LANG": "C"]), ([], ["LANG": "da_DK.UTF-8"]),
                                                                   (["--lang", "da"], ["LANG": "en_US.UTF-8"])]

    func run(_ args: [String], _ way: (flag: [String], env: [String: String])) throws -> ProgramRunner.Result {
        try ProgramRunner.run(args + way.flag, environment: way.env)
    }

    @Test func due() throws {
        let args = ["due", "--store", training, "--today", "2026-11-02", "--within", "7"]
        for way in Self.english {
            let out = try run(args, way).stdout
            #expect(out.hasPrefix("Follow-ups and deadlines as of 2026-11-02 (within 7 days):"), "\(out)")
            #expect(out.contains("Due ") && out.contains("Case no.") && out.contains("Transition to adulthood"))
            #expect(out.contains(" in all, ") && out.contains("days over"))
            #expect(!out.contains("Forfald") && !out.contains("i alt") && !out.contains("dage over"))
        }
        for way in Self.danish {
            let out = try run(args, way).stdout
            #expect(out.hasPrefix("Opfølgninger og frister pr. 02.11.2026 (inden for 7 dage):"), "\(out)")
            #expect(out.contains("i alt, heraf") && !out.contains("in all"))
        }
    }

    @Test func dueJSONIsTheSameInEveryLanguage() throws {
        let args = ["due", "--store", training, "--today", "2026-11-02", "--all", "--json"]
        let danish = try ProgramRunner.run(args).stdout
        for way in Self.english { #expect(try run(args, way).stdout == danish) }
        #expect(danish.contains("\"kind\" : \"opfoelgning\""))
    }

    @Test func check() throws {
        for way in Self.english {
            let result = try run(["check", "--store", training], way)
            #expect(result.status == 0)
            #expect(result.stdout.contains("is in order:") && result.stdout.contains("families"), "\(result.stdout)")
        }
        for way in Self.danish {
            #expect(try run(["check", "--store", training], way).stdout.contains("er i orden:"))
        }
    }

    @Test func importWithBadCSV() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let args = ["import", "csv", badCSV, "--store", folder + "/arkiv"]
        for way in Self.english {
            let result = try run(args, way)
            #expect(result.status == 1)
            #expect(result.stderr.contains("sagsstamme-med-fejl.csv: line "), "\(result.stderr)")
            #expect(result.stderr.contains("Nothing is imported:"))
            #expect(!result.stderr.contains("linje ") && !result.stderr.contains("Intet er indlæst"))
        }
        for way in Self.danish {
            let result = try run(args, way)
            #expect(result.stderr.contains(": linje ") && result.stderr.contains("Intet er indlæst:"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/arkiv"))
    }

    @Test func usageError() throws {
        for way in Self.english {
            let result = try run(["due", "--within", "soon"], way)
            #expect(result.status == 2)
            #expect(result.stderr == "sammen: --within «soon» must be a number of days (0 to 36500). Type «sammen due --help» for help.\n")
        }
        for way in Self.danish {
            let result = try run(["due", "--within", "soon"], way)
            #expect(result.stderr.contains("skal være et antal dage") && result.stderr.contains("Skriv «sammen due --help»"))
        }
        let unknown = try ProgramRunner.run(["due", "--lang", "fr"])
        #expect(unknown.status == 2 && unknown.stderr.contains("--lang «fr» skal være da eller en"))
    }

    @Test func help() throws {
        for way in Self.english {
            let overview = try run(["--help"], way).stdout
            #expect(overview.contains("Usage:") && overview.contains("Common options:") && overview.contains("--lang da|en"))
            #expect(!overview.contains("Brug:") && !overview.contains("Afslutningskoder"))
            #expect(try run(["due", "--help"], way).stdout.hasPrefix("sammen due — follow-ups and deadlines"))
        }
        #expect(try ProgramRunner.run(["--lang", "en", "help", "export"]).stdout.hasPrefix("sammen export — documents"))
        for way in Self.danish {
            #expect(try run(["--help"], way).stdout.contains("Brug:"))
        }
    }

    @Test func commandsAcceptLang() throws {
        for command in ["due", "families", "check", "log"] {
            let result = try ProgramRunner.run([command, "--store", training, "--lang", "en", "--help"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let leading = try ProgramRunner.run(["--lang", "en", "families", "--store", training, "--today", "2026-11-02"])
        #expect(leading.status == 0 && leading.stdout.contains("next follow-up"), "\(leading.stderr)")
    }

    @Test func exportConfirmationAndDocumentFollowTheLanguage() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/hjul.txt"
        let result = try ProgramRunner.run(["export", "wheel", "--store", training, "--family", "f-001", "--year", "2027",
                                            "--format", "txt", "--out", out, "--today", "2026-11-02"],
                                           environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Written: \(out)\n")
        let text = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
        #expect(text.contains("Annual wheel 2027") && text.contains("January") && !text.contains("Januar\n"))
    }

    @Test func meetingSummaryAndHandoverFollowTheLanguage() throws {
        // A copy, so the exports' access-log lines do not land beside the fixture.
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let training = folder + "/store"
        try FileManager.default.copyItem(atPath: self.training, toPath: training)
        let english = try ProgramRunner.run(["export", "meeting", "--store", training, "--family", "f-001", "--format", "md",
                                             "--out", "-", "--today", "2026-11-02"],
                                            environment: ["LANG": "en_US.UTF-8"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("## Participants") && english.stdout.contains("## Who does what – and when"))
        #expect(!english.stdout.contains("## Deltagere"))
        let handover = try ProgramRunner.run(["--lang", "en", "export", "handover", "--store", training, "--family", "f-004",
                                              "--format", "html", "--out", "-", "--today", "2026-11-02"])
        #expect(handover.status == 0, "\(handover.stderr)")
        #expect(handover.stdout.contains(#"lang="en""#) && handover.stdout.contains("<h2>Deadlines now</h2>"))
        #expect(!handover.stdout.contains("Frister nu"))
        // Danish stays the default.
        let danish = try ProgramRunner.run(["export", "handover", "--store", training, "--family", "f-004", "--format", "md",
                                            "--out", "-", "--today", "2026-11-02"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(danish.status == 0 && danish.stdout.contains("## Frister nu"), "\(danish.stderr)")
    }
}
