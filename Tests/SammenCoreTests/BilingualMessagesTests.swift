import Foundation
import Testing
@testable import SammenCore

/// Every store error, file problem, import problem and validation finding says the same thing in English as in
/// Danish: a different text, with the same facts (path, line, value), and never a CPR number.
@Suite struct BilingualMessagesTests {
    /// Both renderings differ and both hold every fact.
    func expectBilingual(_ da: String, _ en: String, facts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(da != en, "same text in both languages: \(da)", sourceLocation: sourceLocation)
        for fact in facts {
            #expect(da.contains(fact), "Danish lacks «\(fact)»: \(da)", sourceLocation: sourceLocation)
            #expect(en.contains(fact), "English lacks «\(fact)»: \(en)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyStoreError() {
        let holder = LockHolder(user: "MHA", pid: 4242, host: "pc-17", since: "2026-11-02T09:00:00+01:00")
        let problem = FileProblem(path: "families/f-007.json", line: 12, column: 5,
                                  reason: Phrase(da: "feltet «name» mangler", en: "the field «name» is missing"))
        let cases: [(StoreError, [String])] = [
            (.io(step: .write, path: "families/f-001.json", errno: ENOSPC), ["families/f-001.json"]),
            (.notAStore(path: "/tmp/x"), ["/tmp/x", "store.json"]),
            (.alreadyAStore(path: "/tmp/y"), ["/tmp/y"]),
            (.locked(holder: holder, path: "/srv/arkiv"), ["/srv/arkiv", "MHA", "4242", "pc-17"]),
            (.locked(holder: nil, path: "/srv/arkiv"), ["/srv/arkiv"]),
            (.readOnly, []),
            (.conflict(path: "families/f-002.json"), ["families/f-002.json"]),
            (.unreadable(problem), ["families/f-007.json:12:5", "«name»"]),
            (.newerSchema(path: "team.json", found: 3, supported: 1), ["team.json", "3", "1"]),
            (.unknownFamily("f-404"), ["f-404"]),
            (.invalid(Phrase(da: "Ugyldigt familie-id «X»", en: "Invalid family id «X»")), ["«X»"]),
            (.notDurable(path: "families/f-003.json", errno: EIO), ["families/f-003.json", "EIO"]),
            (.unfinished(path: ".transaction", errno: EIO), [".transaction", "EIO"]),
        ]
        for (error, facts) in cases {
            expectBilingual(error.danishMessage, error.englishMessage, facts: facts)
        }
    }

    @Test func everyIOStepAndErrnoHasBothWords() {
        for step in IOStep.allCases { #expect(step.da != step.en) }
        for code in [ENOSPC, EDQUOT, EROFS, EACCES, ENOENT, EIO, ENOTDIR, EISDIR, ELOOP, EMFILE] {
            #expect(StoreError.describe(errno: code, in: .da) != StoreError.describe(errno: code, in: .en))
        }
    }

    @Test func damagedFilesSayWhereInBothLanguages() throws {
        let root = FileManager.default.temporaryDirectory.path + "/sammen-bilingual-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try Store.create(at: root, meta: StoreMeta(created: LocalDate(iso: "2026-11-02")!, training: false),
                                     team: Team(name: "T", targetCaseload: 10, caseworkers: []), user: "test")
        store.close()
        let damaged: [(String, String)] = [
            ("f-empty", ""),
            ("f-syntax", "{\n  \"schemaVersion\": 1,\n  \"id\": \"f-syntax\"\n  \"name\": 3\n}\n"),
            ("f-type", "{\"schemaVersion\": 1, \"id\": \"f-type\", \"name\": 3}"),
            ("f-array", "[1, 2]"),
        ]
        for (id, text) in damaged {
            FileManager.default.createFile(atPath: "\(root)/families/\(id).json", contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        }
        FileManager.default.createFile(atPath: "\(root)/families/README.txt", contents: Data("x".utf8))
        let reopened = try Store.open(at: root, user: "test", access: .readOnly)
        let problems = reopened.check()
        #expect(problems.count == damaged.count + 1)
        for problem in problems {
            var facts = [problem.path]
            if let line = problem.line { facts.append(":\(line)") }
            expectBilingual(problem.danishMessage, problem.englishMessage, facts: facts)
        }
        let syntax = try #require(problems.first { $0.path.hasSuffix("f-syntax.json") })
        #expect(syntax.line == 4)
    }

    @Test func validationFindingsInBothLanguages() {
        var family = ExportFixtures.family("f-001")
        family.name = " "
        family.children[0].cpr = "3113991234"
        family.children[0].cases[0].primaryCaseworker = "ZZZ"
        family.annualPlan[0].month = 13
        let findings = FamilyValidator.validate(family, team: ExportFixtures.team)
        #expect(findings.count >= 4)
        for finding in findings {
            #expect(finding.reason.da != finding.reason.en, "\(finding.reason)")
        }
        let unknown = findings.first { $0.reason.da.contains("ZZZ") }
        #expect(unknown?.reason.en.contains("«ZZZ»") == true)
        for finding in findings {
            #expect(!finding.reason.en.contains("3113991234") && !finding.reason.da.contains("3113991234"))
        }
    }

    @Test func importProblemsInBothLanguages() throws {
        let csv = """
        sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;cpr
        S-1;Familien Test;Ida;2015-02-29;MHA;SEL § 50;2026-01-05;
        S-1;Familien Test;Bo;2016-03-01;MHA;§ 50;i går;010101-1234x
        S-3;Familien Test;Liv;2017-03-01;MHA;SEL § 999;2026-01-05;
        S-4;Familien Test;Eva;2017-03-01;MHA;;2026-01-05
        """
        guard case .failure(let failure) = CaseloadImport.plan(csv: Data(csv.utf8), context: ImportContext()) else {
            Issue.record("the import should be refused")
            return
        }
        #expect(failure.problems.count >= 6)
        for problem in failure.problems {
            expectBilingual(problem.danishDescription, problem.englishDescription, facts: ["\(problem.line)"])
        }
        let english = failure.problems.map(\.englishDescription)
        #expect(english.contains { $0.contains("«2015-02-29»") && $0.hasPrefix("line 2:") })
        #expect(english.contains { $0.contains("«S-1»") && $0.contains("line 2 and line 3") })
        #expect(english.contains { $0.contains("SEL § 999") })
        #expect(!english.joined().contains("010101-1234"))
    }

    @Test func csvAndParserErrorsInBothLanguages() {
        for error in [CSVReadError.empty, .invalidUTF8(line: 3), .unterminatedQuote(line: 4), .nulBytes(line: 5)] {
            #expect(error.danishMessage != error.englishMessage)
        }
        let row = CSVRowError(line: 7, expected: 8, found: 9)
        expectBilingual(row.danishMessage, row.englishMessage, facts: ["9", "8"])
        let legal: [(LegalBasisError, [String])] = [
            (.empty, []), (.bareParagraph("§ 50"), ["«§ 50»"]), (.unknownLaw("XYZ § 1"), ["«XYZ § 1»"]),
            (.malformed("hej"), ["«hej»"]), (.unknownParagraph(LegalBasis(law: .sel, paragraph: "999")), ["999"]),
        ]
        for (error, facts) in legal { expectBilingual(error.danishMessage, error.englishMessage, facts: facts) }
        for error in [CPRNumber.ParseError.wrongShape, .impossibleDate] {
            #expect(error.danishMessage != error.englishMessage)
        }
    }

    @Test func noCPRNumberInAnyRendering() {
        let problem = FileProblem(path: "families/f-1.json", reason: Phrase(da: "nummer 0101011234 her", en: "number 0101011234 here"))
        #expect(!problem.danishMessage.contains("0101011234") && !problem.englishMessage.contains("0101011234"))
    }
}
