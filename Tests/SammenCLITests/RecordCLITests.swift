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
}
