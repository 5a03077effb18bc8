import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// Issue 14.4: an import started from the program shows, per family, what it will add, change and leave alone
/// before anything is written. The report is the real one: the sample caseload and a later export of it, planned
/// by SammenCore as `sammen import csv --dry-run` plans it.
@Suite struct ImportPreviewTests {
    static let today = d("2026-11-22")
    /// A week later: Ahmed's case gets BL § 90 and a new caseworker, Dahl's case is gone, and a family with only
    /// Bæk's name in common arrives.
    static let export = """
        sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet
        S-1;Familien Ahmed;Yasmin;2016-05-01;JBO;SEL § 52, BL § 90;2026-01-10
        S-2;Familien Bæk;Ærenfried;2010-12-24;MHA;BL § 86;2025-06-01
        S-3;Familien Østergaard;Åse;2019-03-03;JBO;BL § 32;2026-11-01
        S-9;Familien Bæk;Bodil;2020-02-02;MHA;BL § 86;2026-10-01
        """

    static func report(_ source: MemorySource) throws -> ImportReport {
        let context = ImportContext(today: today, caseworkers: source.team.caseworkers,
                                    families: source.families.values.sorted { $0.id < $1.id }.map(ImportedFamilyIdentity.init))
        let plan = try CaseloadImport.plan(csv: Data(export.utf8), context: context).get()
        let names = source.families.mapValues(\.name)
        return try PreparedImport.prepare(plan, today: today, names: names) { try source.loadFamily($0) }.report
    }

    func preview(_ width: Int, _ height: Int, _ language: Language) throws -> (AppState, MemorySource) {
        let source = sampleSource()
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.importPrepared(&state, fileName: "sagsstamme-uge48.csv", outcome: .ready(try Self.report(source)))
        return (state, source)
    }

    /// #16.8: the preview shows the same warning as the dry run for an investigation past its 4 months with no end.
    @Test func thePreviewWarnsOfAnInvestigationWithoutAnEnd() throws {
        let source = sampleSource()
        let csv = """
            sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;cpr
            S-7;Familien Krog;Liva Krog;2015-04-01;MHA;SEL § 50;2026-05-01;010415-4322
            """
        let context = ImportContext(today: Self.today, caseworkers: source.team.caseworkers,
                                    families: source.families.values.sorted { $0.id < $1.id }.map(ImportedFamilyIdentity.init))
        let plan = try CaseloadImport.plan(csv: Data(csv.utf8), context: context).get()
        let report = try PreparedImport.prepare(plan, today: Self.today, names: source.families.mapValues(\.name)) {
            try source.loadFamily($0)
        }.report
        var state = makeState(source, user: "MHA", width: 120, height: 30)
        App.importPrepared(&state, fileName: "uge48.csv", outcome: .ready(report))
        let text = Renderer.render(state).text()
        #expect(text.contains("sag S-7: undersøgelsen startede 01.05.2026"), "\(text)")
        #expect(text.contains("ingen slutdato"))
        #expect(!text.contains("4322") && !text.contains("010415"))
    }

    @Test func iAsksForTheFileAndEnterAsksTheEventLoopToPlanIt() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        press(&state, .character("i"), source: source)
        #expect(state.fieldForm?.purpose == .importFile)
        // An empty path is not sent anywhere; the form says what is missing.
        #expect(press(&state, .enter, source: source) == .none)
        #expect(state.fieldForm?.error == Strings(.da)[.importFileNeeded])
        type(&state, "~/udtræk/uge48.csv", source: source)
        #expect(press(&state, .enter, source: source) == .importCaseload(.preview(path: "~/udtræk/uge48.csv")))
        #expect(state.fieldForm == nil)
        #expect(source.saved.isEmpty, "nothing is written by asking")
    }

    /// A file dragged from the file manager into the terminal arrives quoted, with backslashes before spaces, or
    /// as a file:// address; each is the same file. And the form says that Enter writes nothing yet.
    @Test(arguments: [
        "'/home/mha/Mine filer/udtræk uge 48.csv'",
        "\"/home/mha/Mine filer/udtræk uge 48.csv\"",
        "/home/mha/Mine\\ filer/udtræk\\ uge\\ 48.csv",
        "file:///home/mha/Mine%20filer/udtr%C3%A6k%20uge%2048.csv",
        "  /home/mha/Mine filer/udtræk uge 48.csv ",
    ])
    func aDraggedInPathIsTheFile(_ dropped: String) {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        press(&state, .character("i"), source: source)
        #expect(Renderer.render(state).text().contains("Enter vis, hvad der indlæses (intet skrives endnu)"))
        App.update(&state, .paste(dropped), source: source)
        #expect(press(&state, .enter, source: source) == .importCaseload(.preview(path: "/home/mha/Mine filer/udtræk uge 48.csv")))
    }

    @Test func aReadOnlyStoreDoesNotOfferTheImport() {
        let source = sampleSource()
        source.readOnlyReason = "— i brug af JBO"
        var state = makeState(source, user: "MHA")
        press(&state, .character("i"), source: source)
        #expect(state.fieldForm == nil)
        #expect(state.status?.isError == true)
    }

    @Test func enterImportsEscLeavesAndNothingIsWrittenInBetween() throws {
        var (state, source) = try preview(80, 10, .da)
        #expect(press(&state, .down, .down, source: source) == .none)
        #expect(state.importPreview?.scroll == 2)
        #expect(press(&state, .character("x"), source: source) == .none)
        #expect(source.saved.isEmpty)
        #expect(press(&state, .enter, source: source) == .importCaseload(.commit))
        // Esc forgets the plan; the dashboard is back and unchanged.
        #expect(press(&state, .escape, source: source) == .importCaseload(.cancel))
        #expect(state.importPreview == nil)
        #expect(source.saved.isEmpty)
    }

    @Test func scrollingStopsAtTheLastPage() throws {
        var (state, source) = try preview(80, 12, .da)
        let lines = state.importPreview!.displayLines(state.strings, width: 78).count
        press(&state, .end, source: source)
        #expect(state.importPreview?.scroll == lines - ImportPreviewScreen.listHeight(state))
        press(&state, .pageDown, .down, source: source)
        #expect(state.importPreview?.scroll == lines - ImportPreviewScreen.listHeight(state))
        press(&state, .home, source: source)
        #expect(state.importPreview?.scroll == 0)
    }

    @Test func aRefusedFileCannotBeImportedFromThePreview() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        App.importPrepared(&state, fileName: "sagsstamme.xlsx", outcome: .refused([
            "linje 1: filen er en Excel-projektmappe (.xlsx/.xls), ikke en CSV-fil: åbn den i Excel, vælg Filer → Gem som → «CSV UTF-8 (kommasepareret) (*.csv)», og indlæs den nye fil",
        ]))
        #expect(press(&state, .enter, source: source) == .none)
        #expect(state.importPreview != nil)
        #expect(press(&state, .escape, source: source) == .importCaseload(.cancel))
    }

    @Test func aFinishedImportUpdatesTheDashboardAndSaysWhatItDid() throws {
        var (state, _) = try preview(80, 24, .da)
        var family = sampleSource().families["f-d"]!
        family.children[0].cases[0].primaryCaseworker = "JBO"
        var team = state.team
        team.caseworkers.append(Caseworker(initials: "NY", name: "Ny Kollega"))
        App.importFinished(&state, result: .success(([FamilySummary(family)], team)))
        #expect(state.importPreview == nil)
        #expect(state.team.caseworker("NY") != nil)
        #expect(state.status?.text.hasPrefix("Indlæst: 4 rækker: 1 nye familier, 1 opdateres") == true)
        #expect(state.status?.isError == false)
    }

    @Test func theReportIsTheDryRunsPerFamily() throws {
        let report = try Self.report(sampleSource())
        let lines = report.lines(in: .da)
        #expect(lines.contains("  ændres: sag S-1: primær sagsbehandler MHA → JBO"))
        #expect(lines.contains("  tilføjes: sag S-1: BL § 90 Personlig hjælp og aflastning fra 22.11.2026")
                || lines.contains { $0.hasPrefix("  tilføjes: sag S-1: BL § 90") })
        #expect(lines.contains("  ikke i eksporten (listes, slettes ikke): sag S-4"))
        #expect(lines.contains { $0.hasPrefix("  bemærk: samme navn som familien f-b i Sammen") })
        #expect(lines.contains("  røres ikke: 1 opfølgning"))
    }

    // MARK: - Snapshots (80x24 and 160x48, Danish and English)

    func assertSnapshot(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Renderer.render(state).text() + "\n"
        let path = SnapshotTests.folder + "/\(name).txt"
        if ProcessInfo.processInfo.environment["SAMMEN_RECORD_SNAPSHOTS"] == "1" {
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with SAMMEN_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "screen \(name) changed:\n\(text)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [(80, 24, "da"), (80, 24, "en"), (160, 48, "da"), (160, 48, "en")])
    func previewSnapshots(_ width: Int, _ height: Int, _ language: String) throws {
        let lang: Language = language == "en" ? .en : .da
        let (state, _) = try preview(width, height, lang)
        assertSnapshot("import-preview-\(width)x\(height)" + (lang == .en ? "-en" : ""), state)
    }

    @Test(arguments: [(80, 24, "da"), (80, 24, "en"), (160, 48, "da"), (160, 48, "en")])
    func refusedSnapshots(_ width: Int, _ height: Int, _ language: String) throws {
        let lang: Language = language == "en" ? .en : .da
        let source = sampleSource()
        var state = makeState(source, user: "MHA", language: lang, width: width, height: height)
        let bad = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;cpr\n"
            + "S-1;Familien Ahmed;Yasmin;2016-05-01;JBO;SEL § 52;2026-11-23;\n"
            + "S-7;Familien Holm;Liv;2027-01-01;JBO;§ 52;2026-01-10;\n"
            + "S-8;Familien Holm;Bo;;JBO;SEL § 41;2026-01-10;10516400\n"
        guard case .failure(let failure) = CaseloadImport.plan(csv: Data(bad.utf8), context: ImportContext(today: Self.today)) else {
            Issue.record("the file should be refused")
            return
        }
        App.importPrepared(&state, fileName: "sagsstamme.csv", outcome: .refused(failure.problems.map { $0.description(in: lang) }))
        assertSnapshot("import-refused-\(width)x\(height)" + (lang == .en ? "-en" : ""), state)
    }

    /// The form that asks for the file, as every new form: 80×24 and a large screen, Danish and English.
    @Test(arguments: [(80, 24, "da"), (80, 24, "en"), (160, 48, "da"), (160, 48, "en")])
    func fileFormSnapshot(_ width: Int, _ height: Int, _ language: String) {
        let lang: Language = language == "en" ? .en : .da
        let source = sampleSource()
        var state = makeState(source, user: "MHA", language: lang, width: width, height: height)
        press(&state, .character("i"), source: source)
        type(&state, "/home/mha/udtræk/sagsstamme-uge48.csv", source: source)
        assertSnapshot("import-file-\(width)x\(height)" + (lang == .en ? "-en" : ""), state)
    }
}
