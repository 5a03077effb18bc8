import Foundation
import Testing

/// Issue 15.17: `sammen import csv` reads the file twice (plan, then make each new family as its last row is read).
/// A file whose families are not in one block each must still give every family, every case, in the order of
/// each family's first row, in the dry run, the real import into a new store and into an existing one.
@Suite struct StreamedImportCLITests {
    static let header = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning"
    /// Hansen's second child comes after Berg's rows; Dahl comes last. A caseworker reads the report in the file's
    /// order of first appearance: Hansen, Berg, Dahl.
    static let first = [
        header,
        "A-1;Familien Hansen;Ida Hansen;2015-02-01;MHA;SEL § 52;2026-01-10;",
        "B-1;Familien Berg;Ole Berg;2016-03-02;JBO;SEL § 50;2026-02-10;",
        "B-2;Familien Berg;Eva Berg;2018-04-03;JBO;SEL § 52;2026-02-10;2026-09-01",
        "A-2;Familien Hansen;Liv Hansen;2017-05-04;MHA;SEL § 52;2026-01-10;2026-10-01",
        "D-1;Familien Dahl;Bo Dahl;2014-06-05;MHA;BL § 32;2025-12-01;",
    ].joined(separator: "\n") + "\n"
    /// A later export: Berg gets a case through its child, Ahmed and Krogh are new.
    static let second = [
        header,
        "C-1;Familien Ahmed;Sara Ahmed;2019-07-06;MHA;SEL § 52;2026-03-01;",
        "A-1;Familien Hansen;Ida Hansen;2015-02-01;MHA;SEL § 52;2026-01-10;",
        "B-3;Familien Berg;Ole Berg;2016-03-02;JBO;SEL § 52;2026-11-01;",
        "K-1;Familien Krogh;Mads Krogh;2013-08-07;MHA;SEL § 52;2026-04-01;",
        "C-2;Familien Ahmed;Ali Ahmed;2020-09-08;MHA;SEL § 52;2026-03-01;",
    ].joined(separator: "\n") + "\n"

    static func familyLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("Familien") }
    }

    @Test func aFileReadInTwoPassesGivesEveryFamilyInTheOrderOfItsFirstRow() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        let file = folder + "/eksport.csv"
        try Self.first.write(toFile: file, atomically: true, encoding: .utf8)

        let dry = try ProgramRunner.run(["import", "csv", file, "--store", store, "--dry-run", "--today", "2026-12-03"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(Self.familyLines(dry.stdout) == ["Familien Hansen: ny familie, oprettes", "Familien Berg: ny familie, oprettes",
                                                 "Familien Dahl: ny familie, oprettes"])
        #expect(dry.stdout.contains("sag A-2 for Liv Hansen: SEL § 52"))
        #expect(dry.stdout.contains("5 rækker: 3 nye familier, 0 opdateres"))
        #expect(!FileManager.default.fileExists(atPath: store))

        let real = try ProgramRunner.run(["import", "csv", file, "--store", store, "--today", "2026-12-03"])
        #expect(real.status == 0, "\(real.stderr)")
        #expect(Self.familyLines(real.stdout) == Self.familyLines(dry.stdout))
        #expect(real.stdout.contains("Indlæst til") && real.stdout.contains("5 rækker: 3 nye familier"))
        let cases = try ProgramRunner.run(["due", "--store", store, "--today", "2026-12-03", "--all", "--json"])
        #expect(cases.status == 0, "\(cases.stderr)")
        for number in ["A-1", "A-2", "B-1", "B-2", "D-1"] { #expect(cases.stdout.contains("\"\(number)\""), "\(number)") }
        let checked = try ProgramRunner.run(["check", "--store", store])
        #expect(checked.status == 0 && checked.stdout.contains("3 familier"), "\(checked.stdout)")

        // Into the existing store: the new families first (by first row), then the family in Sammen that changes.
        try Self.second.write(toFile: file, atomically: true, encoding: .utf8)
        let again = try ProgramRunner.run(["import", "csv", file, "--store", store, "--today", "2026-12-03"])
        #expect(again.status == 0, "\(again.stderr)")
        let lines = Self.familyLines(again.stdout)
        // Hansen and Dahl are listed as unchanged because cases of theirs are missing from the export.
        #expect(lines.count == 5, "\(again.stdout)")
        #expect(lines.prefix(2) == ["Familien Ahmed: ny familie, oprettes", "Familien Krogh: ny familie, oprettes"])
        #expect(lines.contains { $0.hasPrefix("Familien Berg (") && $0.hasSuffix("): opdateres") })
        #expect(again.stdout.contains("sag C-2 for Ali Ahmed: SEL § 52"))
        #expect(again.stdout.contains("5 rækker: 2 nye familier, 1 opdateres"))
        let after = try ProgramRunner.run(["check", "--store", store])
        #expect(after.status == 0 && after.stdout.contains("5 familier"), "\(after.stdout)")
    }
}
