import Foundation
import Testing

/// `sammen import csv` on a later export, and on the files real exports turn out to be, through the executable.
@Suite struct ReimportCLITests {
    static let header = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning;cpr"
    static let first = [header,
                        "S-1;Familien Hansen;Ida;2015-03-04;AH;SEL § 50, SEL § 52;2025-01-10;2025-11-03;0403154234",
                        "S-2;Familien Hansen;Bo;2018-06-01;AH;SEL § 41;2025-02-10;;",
                        "S-3;Familien Jensen;Liv;2016-01-01;MK;BL § 86;2025-02-10;;",
                        "S-4;Familien Jensen;Oskar;2017-01-01;MK;BL § 86;2025-02-10;;"]
    // A week later: S-1 changes caseworker, S-2's § 41 becomes § 42, Ida gets a new case, the Jensen cases are
    // gone from the export, and a different family also called Jensen appears.
    static let second = [header,
                         "S-1;Familien Hansen;Ida;2015-03-04;MK;SEL § 52, SEL § 50;2025-01-10;2025-11-03;0403154234",
                         "S-2;Familien Hansen;Bo;2018-06-01;AH;SEL § 42;2025-02-10;;",
                         "S-5;Familien Hansen;Ida;2015-03-04;AH;SEL § 44;2026-10-10;;",
                         "S-6;Familien Jensen;Ny;2019-01-01;MK;BL § 86;2025-02-10;;"]

    func write(_ lines: [String], _ path: String) throws {
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Every file of the store with its bytes, except the access log (a dry run logs that it read the records).
    func snapshot(_ root: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [] {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir)
            // cache/ is the derived index, which any reader may write (a store made by an import is not opened
            // afterwards, #15.17, so the first command to open it writes it): not the store's data.
            if isDir.boolValue || relative.hasPrefix("access") || relative.hasPrefix("log/") || relative.hasPrefix("cache/") { continue }
            result[relative] = FileManager.default.contents(atPath: root + "/" + relative)
        }
        return result
    }

    @Test func aDryRunWritesNothingAndSaysPerFamilyWhatWillHappen() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        try write(Self.first, folder + "/uge1.csv")
        try write(Self.second, folder + "/uge2.csv")
        let imported = try ProgramRunner.run(["import", "csv", folder + "/uge1.csv", "--store", store, "--today", "2026-12-01"])
        #expect(imported.status == 0, "\(imported.stderr)")

        let before = snapshot(store)
        #expect(before.keys.contains { $0.hasPrefix("families/") })
        let dry = try ProgramRunner.run(["import", "csv", folder + "/uge2.csv", "--store", store, "--today", "2026-12-03", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(snapshot(store) == before, "a dry run must not change a byte of the store")
        let out = dry.stdout
        #expect(out.contains("Prøvekørsel — intet er skrevet."))
        #expect(out.contains("ændres: sag S-1: primær sagsbehandler AH → MK"))
        #expect(out.contains("tilføjes: sag S-2: SEL § 42"))
        #expect(out.contains("ændres: sag S-2: SEL § 41 står ikke længere i eksporten; indsatsen afsluttes 03.12.2026"))
        #expect(out.contains("tilføjes: ny sag S-5 for Ida: SEL § 44"))
        #expect(out.contains("ikke i eksporten (listes, slettes ikke): sag S-3, S-4"))
        #expect(out.contains("røres ikke: 1 opfølgning"))
        // The new Jensen family is not the old one: the dry run says so.
        #expect(out.contains("samme navn som familien"))
        #expect(out.contains("4 rækker: 1 nye familier, 1 opdateres, 0 uændrede, 2 åbne sager ikke i eksporten"))

        let english = try ProgramRunner.run(["import", "csv", folder + "/uge2.csv", "--store", store, "--today", "2026-12-03",
                                             "--dry-run", "--lang", "en"])
        #expect(english.stdout.contains("changed: case S-1: primary caseworker AH → MK"))
        #expect(english.stdout.contains("not in the export (listed, not deleted): case S-3, S-4"))
        #expect(snapshot(store) == before)

        // The real import writes what the dry run said; the same file again changes nothing.
        let real = try ProgramRunner.run(["import", "csv", folder + "/uge2.csv", "--store", store, "--today", "2026-12-03"])
        #expect(real.status == 0, "\(real.stderr)")
        let again = try ProgramRunner.run(["import", "csv", folder + "/uge2.csv", "--store", store, "--today", "2026-12-03", "--dry-run"])
        #expect(again.stdout.contains("4 rækker: 0 nye familier, 0 opdateres, 2 uændrede, 2 åbne sager ikke i eksporten"), "\(again.stdout)")
        let families = try ProgramRunner.run(["families", "--store", store, "--json"])
        #expect(families.stdout.components(separatedBy: "Familien Jensen").count - 1 == 2, "two Jensen families, never merged")
    }

    @Test func filesThatAreNotCSVSayWhatTheyAre() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func importing(_ bytes: [UInt8], _ name: String) throws -> ProgramRunner.Result {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
            return try ProgramRunner.run(["import", "csv", folder + "/" + name, "--store", folder + "/s", "--dry-run"])
        }
        let xlsx = try importing([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], "sagsstamme.xlsx")
        #expect(xlsx.status == 1 && xlsx.stderr.contains("Excel-projektmappe") && xlsx.stderr.contains("CSV UTF-8"))
        let tsv = try importing(Array("sagsnr\tfamilie\tbarn\n1\tF\tA\n".utf8), "sagsstamme.txt")
        #expect(tsv.status == 1 && tsv.stderr.contains("tabulatortegn"))
        // Windows-1252 is read, and æ/ø/å come out right (an ASCII header, as many case systems write it).
        let header = Array("sagsnr;familie;barn;foedselsdato;sagsbehandler;paragraffer;aabnet\n".utf8)
        // A clean Windows-1252 file (paragraph sign as 0xA7, as Excel writes it).
        let clean: [UInt8] = header + Array("1;Familien ".utf8) + [0xC6, 0x72, 0xF8] + Array(";".utf8) + [0xC5, 0x73, 0x65]
            + Array(";2015-03-04;AH;SEL ".utf8) + [0xA7] + Array(" 41;2025-01-10\n".utf8)
        let read = try importing(clean, "ansi2.csv")
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("Windows-1252") && read.stdout.contains("Familien Ærø") && read.stdout.contains("Åse"))
        // A CPR number whose leading 0 Excel dropped.
        let cpr = try importing(Array("sagsnr;familie;barn;sagsbehandler;paragraffer;åbnet;cpr\n1;F;A;AH;SEL § 41;2025-01-10;403154234\n".utf8), "cpr.csv")
        #expect(cpr.status == 1 && cpr.stderr.contains("linje 2: CPR-nummeret har 9 cifre: Excel har sandsynligvis fjernet et 0 foran"))
        #expect(!cpr.stderr.contains("403154234"))
        // The birth date comes from the CPR column when there is no birth-date column.
        let fromCPR = try importing(Array("sagsnr;familie;barn;sagsbehandler;paragraffer;åbnet;cpr\n1;F;A;AH;SEL § 41;2025-01-10;0403154234\n".utf8), "cpr2.csv")
        #expect(fromCPR.status == 0, "\(fromCPR.stderr)")
        // A folder, a missing file, and a file over the limit (sparse: no disk is used).
        let dir = try ProgramRunner.run(["import", "csv", folder, "--store", folder + "/s", "--dry-run"])
        #expect(dir.status == 1 && dir.stderr.contains("ikke en almindelig fil"))
        let missing = try ProgramRunner.run(["import", "csv", folder + "/nej.csv", "--store", folder + "/s", "--dry-run"])
        #expect(missing.status == 1 && missing.stderr.contains("findes ikke"))
        let big = folder + "/stor.csv"
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 11 * 1024 * 1024)
        try handle.close()
        let tooBig = try ProgramRunner.run(["import", "csv", big, "--store", folder + "/s", "--dry-run"])
        #expect(tooBig.status == 1 && tooBig.stderr.contains("filen er 11 MB; Sammen indlæser højst 10 MB"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/s"))
    }

    @Test func aColumnMappingIsUsedAndRememberedPerStore() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        let header = "Sags-ID;Familienavn;Barnets navn;CPR;Rådgiver;Lovgrundlag;Startdato"
        try write([header, "A-1;Familien Berg;Liv;0101164001;AH;BL § 86;2025-02-10"], folder + "/dubu1.csv")
        try write([header, "A-1;Familien Berg;Liv;0101164001;AH;BL § 86;2025-02-10",
                   "A-2;Familien Dam;Eva;0202174002;AH;BL § 32;2025-03-10"], folder + "/dubu2.csv")
        let unmapped = try ProgramRunner.run(["import", "csv", folder + "/dubu1.csv", "--store", store])
        #expect(unmapped.status == 1 && unmapped.stderr.contains("--map sagsnr=OVERSKRIFT"))
        let map = "sagsnr=Sags-ID;familie=Familienavn;barn=Barnets navn;sagsbehandler=Rådgiver;paragraffer=Lovgrundlag;åbnet=Startdato"
        let badMap = try ProgramRunner.run(["import", "csv", folder + "/dubu1.csv", "--store", store, "--map", "sagsnummer=Sags-ID"])
        #expect(badMap.status == 2 && badMap.stderr.contains("sagsnummer"))
        let mapped = try ProgramRunner.run(["import", "csv", folder + "/dubu1.csv", "--store", store, "--map", map])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(FileManager.default.fileExists(atPath: store + "/import-columns.json"))
        // Next week's export, without --map: the store remembers.
        let next = try ProgramRunner.run(["import", "csv", folder + "/dubu2.csv", "--store", store])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("2 rækker: 1 nye familier, 0 opdateres, 1 uændrede"), "\(next.stdout)")
    }

    /// A mapping remembered from one export never locks the store against a file with Sammen's own headers (the
    /// training file, a colleague's export, Sammen's own template): the standard name fills in a mapped column
    /// that the file does not have. Only a column found under neither name is refused, naming both.
    @Test func aRememberedMappingDoesNotRefuseAFileWithTheStandardHeaders() throws {
        let folder = ProgramRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/arkiv"
        try write(["Sags-ID;Familienavn;Barnets navn;CPR;Rådgiver;Lovgrundlag;Startdato",
                   "A-1;Familien Berg;Liv;0101164001;AH;BL § 86;2025-02-10"], folder + "/dubu.csv")
        try write(["sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet",
                   "B-1;Familien Dam;Eva;2017-02-02;AH;BL § 32;2025-03-10"], folder + "/standard.csv")
        let map = "sagsnr=Sags-ID;familie=Familienavn;barn=Barnets navn;sagsbehandler=Rådgiver;paragraffer=Lovgrundlag;åbnet=Startdato"
        let mapped = try ProgramRunner.run(["import", "csv", folder + "/dubu.csv", "--store", store, "--map", map])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let standard = try ProgramRunner.run(["import", "csv", folder + "/standard.csv", "--store", store])
        #expect(standard.status == 0, "\(standard.stderr)")
        #expect(standard.stdout.contains("1 rækker: 1 nye familier"), "\(standard.stdout)")
        // A column under neither name is refused, once, naming the remembered header and Sammen's own names.
        try write(["sagsnr;familie;barn;fødselsdato;behandler;paragraffer;åbnet",
                   "C-1;Familien Holm;Ella;2017-02-02;AH;BL § 32;2025-03-10"], folder + "/neither.csv")
        let neither = try ProgramRunner.run(["import", "csv", folder + "/neither.csv", "--store", store])
        #expect(neither.status == 1)
        let lines = neither.stderr.split(separator: "\n").filter { $0.contains("sagsbehandler") }
        #expect(lines.count == 1, "\(neither.stderr)")
        #expect(lines.first?.contains("«Rådgiver»") == true && lines.first?.contains("«sagsbehandler»") == true, "\(neither.stderr)")
        #expect(!neither.stderr.contains("«sagsnr»"), "\(neither.stderr)")
    }
}
