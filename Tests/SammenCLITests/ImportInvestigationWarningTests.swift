import Foundation
import Testing

/// Issue #16.8: the import warns when a § 50/§ 20 investigation opened more than 4 months ago has no end, with the
/// same rule `sammen due` reports as `undersoegelse-uden-slutdato`, and says what to do. Never a CPR number.
@Suite struct ImportInvestigationWarningTests {
    // SEL § 50 from 1 June 2026 (4 months: 1 October), BL § 20 from 1 October 2026 (4 months: 1 February 2027),
    // a § 50 that the file says has ended, and a case with no investigation at all.
    let csv = """
        sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning;cpr;undersøgelse_afsluttet
        S-100;Familien Berg;Alma Berg;2015-04-01;MHA;SEL § 50;2026-06-01;;010415-4322;
        S-200;Familien Berg;Otto Berg;2017-05-02;MHA;BL § 20, BL § 32;2026-10-01;;;
        S-300;Familien Holm;Ida Holm;2014-01-03;JBO;SEL § 50;2026-05-01;;;2026-08-15
        S-400;Familien Holm;Emil Holm;2012-02-04;JBO;SEL § 44;2026-03-01;;;
        """

    func write(_ folder: String) -> String {
        let path = folder + "/sagsstamme.csv"
        FileManager.default.createFile(atPath: path, contents: Data(csv.utf8))
        return path
    }

    @Test func theDryRunAndTheImportNameTheInvestigationsPastTheirFourMonthsAsDueDoes() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = write(folder)
        let store = folder + "/arkiv"
        let today = "2026-11-22"
        let dry = try ProgramRunner.run(["import", "csv", file, "--store", store, "--today", today, "--dry-run"], umask: "077")
        #expect(dry.status == 0, "\(dry.stderr)")
        let warned = dry.stdout.split(separator: "\n").filter { $0.contains("ingen slutdato") }
        #expect(warned.count == 1, "\(dry.stdout)")
        #expect(warned.first?.contains("sag S-100: undersøgelsen startede 01.06.2026") == true)
        #expect(warned.first?.contains("undersøgelse_afsluttet") == true && warned.first?.contains("docs/cli.md") == true)
        #expect(!dry.stdout.contains("4322") && !dry.stdout.contains("010415"))

        let real = try ProgramRunner.run(["import", "csv", file, "--store", store, "--today", today], umask: "077")
        #expect(real.status == 0, "\(real.stderr)")
        #expect(real.stdout.split(separator: "\n").filter { $0.contains("ingen slutdato") } == warned)

        // The same cases as `sammen due` lists as an investigation without an end: one rule.
        struct Due: Decodable { var `case`: String; var kind: String }
        let due = try ProgramRunner.run(["due", "--store", store, "--today", today, "--all", "--json"], umask: "077")
        let items = try JSONDecoder().decode([Due].self, from: Data(due.stdout.utf8))
        #expect(items.filter { $0.kind == "undersoegelse-uden-slutdato" }.map(\.case) == ["S-100"])

        // In English, a dry run later, when the BL § 20 investigation has passed its 4 months too.
        let later = try ProgramRunner.run(["import", "csv", file, "--store", store, "--today", "2027-02-02", "--dry-run",
                                           "--lang", "en"], umask: "077")
        #expect(later.status == 0, "\(later.stderr)")
        let english = later.stdout.split(separator: "\n").filter { $0.contains("has no end") }
        #expect(english.count == 2, "\(later.stdout)")
        #expect(english.contains { $0.contains("case S-200: the investigation started 2026-10-01") })
        #expect(english.allSatisfy { $0.contains("investigation_ended") })
    }

    @Test func noWarningWhileTheFourMonthsRun() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dry = try ProgramRunner.run(["import", "csv", write(folder), "--store", folder + "/arkiv", "--today", "2026-10-01",
                                         "--dry-run"], umask: "077")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(!dry.stdout.contains("slutdato"), "\(dry.stdout)")
    }
}
