import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func helpAndVersion() throws {
        let help = try ProgramRunner.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("sammen due"))
        let version = try ProgramRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("sammen "))
        let dueHelp = try ProgramRunner.run(["due", "--help"])
        #expect(dueHelp.status == 0 && dueHelp.stdout.contains("--within"))
    }

    @Test(arguments: [
        (["frobnicate"], "ukendt kommando"),
        (["due", "--within"], "--within mangler en værdi"),
        (["due", "--within", "soon"], "skal være et antal dage"),
        (["due", "--today", "2026-02-30"], "er ikke en dato"),
        (["due", "--all", "--within", "3"], "enten --within eller --all"),
        (["due", "-x"], "ukendt tilvalg"),
        (["due", "--colour"], "ukendt tilvalg «--colour»"),
        (["import", "csv"], "hvilken fil"),
        (["import", "xml", "a"], "kun «csv»"),
        (["import", "csv", "a.csv", "--law", "dk"], "skal være sel eller bl"),
        (["families", "extra"], "forstås ikke"),
    ])
    func oddArgumentsGetAPlainMessageAndExitCode2(arguments: [String], message: String) throws {
        let result = try ProgramRunner.run(arguments + ["--store", "/nonexistent-sammen-store"])
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }

    @Test func aMissingStoreIsExplainedWithExitCode3() throws {
        let result = try ProgramRunner.run(["due", "--store", "/nonexistent-sammen-store"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("findes ikke"))
    }

    @Test func checkNamesTheDamagedFileLineAndColumnAndChangesNothing() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        let csv = ProgramRunner.repository + "/Fixtures/csv/sagsstamme-eksempel.csv"
        _ = try ProgramRunner.run(["import", "csv", csv, "--store", store])
        let clean = try ProgramRunner.run(["check", "--store", store])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.contains("er i orden: 3 familier"))

        let families = try FileManager.default.contentsOfDirectory(atPath: store + "/families").sorted()
        let victim = store + "/families/" + families[0]
        var lines = try String(contentsOfFile: victim, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = "  \"broken\" : ,"
        let damaged = lines.joined(separator: "\n")
        try damaged.write(toFile: victim, atomically: false, encoding: .utf8)

        let result = try ProgramRunner.run(["check", "--store", store])
        #expect(result.status == 1)
        #expect(result.stdout.contains("families/\(families[0]):4:"), "\(result.stdout)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == damaged)
        // The rest of the caseload still works, with a warning, and the answer says it is incomplete (exit 4).
        let due = try ProgramRunner.run(["due", "--store", store, "--all", "--today", "2026-11-22"])
        #expect(due.status == 4)
        #expect(due.stderr.contains("problem(er) i arkivet"))
        #expect(due.stdout.contains("UFULDSTÆNDIGT SVAR"))
    }
}
