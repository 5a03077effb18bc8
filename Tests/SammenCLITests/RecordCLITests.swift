import Foundation
import Testing

/// The family record from the command line: the same limits and date rules as the program's forms.
@Suite struct RecordCLITests {
    private func importedStore(_ name: String = #function) throws -> (folder: String, store: String) {
        let folder = ProgramRunner.temporaryFolder(name)
        let store = folder + "/arkiv"
        let result = try ProgramRunner.run(["import", "csv", ProgramRunner.repository + "/Fixtures/csv/sagsstamme-eksempel.csv",
                                            "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, store)
    }

    private func familyText(_ store: String, case number: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: store + "/families")
        return try files.map { try String(contentsOfFile: store + "/families/" + $0, encoding: .utf8) }
            .first { $0.contains("\"number\" : \"\(number)\"") } ?? ""
    }

    // Found (#15.18): a pasted note over 2,000 characters was cut in the program, while --note took 100 KB.
    @Test func aNoteOverTheLimitIsRefusedWholeAndSaysSo() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try familyText(store, case: "2026-004")
        let note = String(repeating: "x", count: 2_001)
        let result = try ProgramRunner.run(["followup", "2026-004", "--store", store, "--date", "2026-10-01", "--note", note])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--note er 2.001 tegn; der er højst plads til 2.000 (1 for mange); intet er gemt"), "\(result.stderr)")
        #expect(try familyText(store, case: "2026-004") == before)
        // At the limit it is taken, whole.
        let fits = String(repeating: "y", count: 2_000)
        let ok = try ProgramRunner.run(["followup", "2026-004", "--store", store, "--date", "2026-10-01", "--note", fits])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try familyText(store, case: "2026-004").contains(fits))
    }

    // #14.3: a follow-up in the future belongs in the årshjul; one before the case opened cannot be true.
    @Test func followupRefusesDatesThatCannotBeTrue() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try familyText(store, case: "2026-004")
        let tomorrow = try ProgramRunner.run(["followup", "2026-004", "--store", store, "--date", "2026-11-23", "--today", "2026-11-22"])
        #expect(tomorrow.status == 1)
        #expect(tomorrow.stderr.contains("Ikke registreret: datoen 23.11.2026 ligger efter i dag (22.11.2026); en planlagt opfølgning hører til i årshjulet"),
                "\(tomorrow.stderr)")
        let early = try ProgramRunner.run(["followup", "2026-004", "--store", store, "--date", "1990-01-01", "--today", "2026-11-22"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("før sagen blev åbnet"), "\(early.stderr)")
        #expect(try familyText(store, case: "2026-004") == before)
        // Today itself is allowed.
        let today = try ProgramRunner.run(["followup", "2026-004", "--store", store, "--date", "2026-11-22", "--today", "2026-11-22"])
        #expect(today.status == 0, "\(today.stderr)")
    }

    // #14.3: files written before the rule may hold such dates; `sammen check` names them with file and line.
    @Test func checkReportsDatesWrittenBeforeTheRule() throws {
        let (folder, store) = try importedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A follow-up registered as if it were 2027 lies in the future on 2026-11-22.
        let later = try ProgramRunner.run(["followup", "2026-004", "--store", store, "--date", "2027-01-05", "--today", "2027-01-05"])
        #expect(later.status == 0, "\(later.stderr)")
        let clean = try ProgramRunner.run(["check", "--store", store, "--today", "2027-01-05"])
        #expect(clean.status == 0, "\(clean.stdout)")
        let result = try ProgramRunner.run(["check", "--store", store, "--today", "2026-11-22"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("datoen 05.01.2027 ligger efter i dag (22.11.2026)"), "\(result.stdout)")
        #expect(result.stdout.contains("families/"), "\(result.stdout)")
    }
}
