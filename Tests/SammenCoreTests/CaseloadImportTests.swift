import Foundation
import Testing
@testable import SammenCore

@Suite struct CaseloadImportTests {
    static let header = "sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning"

    private func csv(_ lines: String...) -> Data { Data(lines.joined(separator: "\n").utf8) }

    private func plan(_ data: Data, _ context: ImportContext = ImportContext()) throws -> ImportPlan {
        switch CaseloadImport.plan(csv: data, context: context) {
        case .success(let plan): return plan
        case .failure(let failure):
            Issue.record("expected a plan, got: \(failure.problems.map(\.danishDescription))")
            throw failure
        }
    }

    private func problems(_ data: Data, _ context: ImportContext = ImportContext()) -> [ImportProblem] {
        switch CaseloadImport.plan(csv: data, context: context) {
        case .success: Issue.record("expected problems, got a plan"); return []
        case .failure(let failure): return failure.problems
        }
    }

    private func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    // MARK: - Rows to families

    @Test func oneRowBecomesAFamilyWithChildCaseMeasuresAndFollowUp() throws {
        let result = try plan(csv(Self.header,
                                  "2024-0117;Familien Nørgaard;Ida;2015-03-04;AH;SEL § 50 + SEL § 52;2025-01-10;2025-11-03"))
        #expect(result.rowCount == 1)
        #expect(result.updates.isEmpty)
        let family = try #require(result.newFamilies.first)
        #expect(result.newFamilies.count == 1)
        #expect(family.name == "Familien Nørgaard")
        #expect(Family.isValidID(family.id))
        #expect(family.id.hasPrefix("f-") && family.id.count == 14)
        let child = try #require(family.children.first)
        #expect(child.name == "Ida")
        #expect(child.birthDate == date(2015, 3, 4))
        #expect(child.id.hasPrefix("c-"))
        let theCase = try #require(child.cases.first)
        #expect(theCase.number == "2024-0117")
        #expect(theCase.primaryCaseworker == "AH")
        #expect(theCase.opened == date(2025, 1, 10))
        #expect(theCase.measures.map(\.legalBasis) == [LegalBasis(law: .sel, paragraph: "50"),
                                                       LegalBasis(law: .sel, paragraph: "52")])
        #expect(theCase.measures.map(\.description) == ["Børnefaglig undersøgelse", "Støttende indsatser"])
        #expect(theCase.measures.allSatisfy { $0.started == date(2025, 1, 10) && $0.id.hasPrefix("m-") })
        #expect(family.contacts == [Contact(id: family.contacts[0].id, date: date(2025, 11, 3), channel: .meeting,
                                            kind: .followUp, caseNumber: "2024-0117",
                                            note: "Importeret fra sagssystemet")])
        #expect(family.contacts[0].id.hasPrefix("k-"))
        #expect(result.newCaseworkers == [Caseworker(initials: "AH", name: "AH")])
    }

    @Test func rowsWithTheSameFamilyNameAreOneFamily() throws {
        let result = try plan(csv(Self.header,
                                  "1;Familien Hansen;Ida;2015-03-04;AH;SEL § 41;2025-01-10;",
                                  "2;  familien  HANSEN ;Bo;2018-06-01;AH;SEL § 44;2025-02-10;",
                                  "3;Familien Berg;Liv;2016-01-01;AH;BL § 86;2025-02-10;"))
        #expect(result.rowCount == 3)
        #expect(result.newFamilies.map(\.name) == ["Familien Hansen", "Familien Berg"])
        #expect(result.newFamilies[0].children.map(\.name) == ["Ida", "Bo"])
        #expect(result.newFamilies[0].contacts.isEmpty)
        #expect(Set(result.newFamilies.map(\.id)).count == 2)
    }

    @Test func sameChildNameAndBirthDateIsOneChildWithTwoCases() throws {
        let result = try plan(csv(Self.header,
                                  "1;Familien Hansen;Ida;2015-03-04;AH;SEL § 41;2025-01-10;2025-03-01",
                                  "2;Familien Hansen;ida;04-03-2015;AH;SEL § 50;2025-02-10;2025-03-02",
                                  "3;Familien Hansen;Ida;2016-03-04;AH;SEL § 41;2025-02-10;"))
        let family = try #require(result.newFamilies.first)
        #expect(family.children.count == 2)
        #expect(family.children[0].cases.map(\.number) == ["1", "2"])
        #expect(family.children[1].cases.map(\.number) == ["3"])
        #expect(family.contacts.map(\.caseNumber) == ["1", "2"])
        // Ids are unique within the family.
        let ids = family.children.map(\.id) + family.cases.flatMap { $0.measures.map(\.id) } + family.contacts.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    // Issue 14.3: a follow-up before the case opened cannot be true; it is refused with the reason.
    @Test func followUpBeforeOpeningIsRefusedWithTheReason() throws {
        let found = problems(csv(Self.header, "1;F;Ida;2015-03-04;AH;SEL § 41;2025-01-10;2025-01-09"))
        #expect(found.map(\.danishDescription) == ["linje 2: seneste opfølgning: datoen 09.01.2025 ligger før sagen blev åbnet (10.01.2025)"])
        let onTheDay = try plan(csv(Self.header, "1;F;Ida;2015-03-04;AH;SEL § 41;2025-01-10;2025-01-10"))
        #expect(onTheDay.newFamilies[0].contacts.map(\.date) == [date(2025, 1, 10)])
    }

    @Test func followUpColumnIsOptional() throws {
        let result = try plan(csv("sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet",
                                  "1;F;Ida;2015-03-04;AH;SEL § 41;2025-01-10"))
        #expect(result.newFamilies[0].contacts.isEmpty)
        #expect(result.newFamilies[0].cases.count == 1)
    }

    @Test func headerOnlyIsAnEmptyPlan() throws {
        let result = try plan(csv(Self.header))
        #expect(result == ImportPlan())
    }

    // MARK: - Headers

    @Test func englishHeadersInAnyOrderWithCommas() throws {
        let result = try plan(csv("Child,Family,Case_ID,Opened,Caseworker,Legal_Basis,Birthdate,Last_Follow_Up,Notes",
                                  "Ida,Familien Berg,7,2025-01-10,AH,\"SEL §§ 50, 52\",2015-03-04,,ignored"))
        let child = try #require(result.newFamilies.first?.children.first)
        #expect(child.name == "Ida")
        #expect(child.cases[0].number == "7")
        #expect(child.cases[0].measures.map(\.legalBasis.description) == ["SEL § 50", "SEL § 52"])
    }

    @Test func aeOeAaSpellingsCaseAndSpacesInHeaders() throws {
        let result = try plan(csv(" SAGSNR ;Familie;BARN;Foedselsdato;Sagsbehandler;Paragraffer;Aabnet;Seneste opfoelgning;CPR",
                                  "1;F;Ida;2015-03-04;AH;SEL § 41;2025-01-10;2025-02-01;040315-4234"))
        let family = try #require(result.newFamilies.first)
        #expect(family.contacts.count == 1)
        #expect(family.children[0].cpr == "040315-4234")
    }

    @Test func missingRequiredColumnsAreReportedOnLineOneByName() {
        let found = problems(csv("sagsnr;familie;child;sagsbehandler;paragraffer;notat",
                                 "1;F;Ida;AH;SEL § 41;x"))
        #expect(found.map(\.line) == [1, 1])
        #expect(found[0].message.contains("«fødselsdato»"))
        #expect(found[0].message.contains("«foedselsdato»") && found[0].message.contains("«birthdate»"))
        #expect(found[1].message.contains("«åbnet»") && found[1].message.contains("«opened»"))
    }

    @Test func theSameColumnTwiceIsAProblem() {
        let found = problems(csv(Self.header + ";child", "1;F;Ida;2015-03-04;AH;SEL § 41;2025-01-10;;Ida"))
        #expect(found.map(\.danishDescription) == ["linje 1: kolonnerne «barn» og «child» er den samme kolonne; behold kun én"])
    }

    // MARK: - Dates

    @Test func danishDateFormsAreRead() throws {
        let result = try plan(csv(Self.header,
                                  "1;F;A;2015-03-04;AH;SEL § 41;10-01-2025;",
                                  "2;F;B;04.03.2015;AH;SEL § 41;5.1.2025;",
                                  "3;F;C;4.3.2015;AH;SEL § 41;2025-01-10;"))
        let children = result.newFamilies[0].children
        #expect(children.map(\.birthDate) == [date(2015, 3, 4), date(2015, 3, 4), date(2015, 3, 4)])
        #expect(children.map { $0.cases[0].opened } == [date(2025, 1, 10), date(2025, 1, 5), date(2025, 1, 10)])
    }

    @Test func impossibleAndUnreadableDatesNameTheValueAndLine() {
        let found = problems(csv(Self.header,
                                 "1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "2;F;B;2026-02-30;AH;SEL § 41;2025-01-10;",
                                 "3;F;C;2015-03-04;AH;SEL § 41;i går;",
                                 "4;F;D;2015-03-04;AH;SEL § 41;2025-01-10;31.04.2025",
                                 "5;F;E;15-03-04;AH;SEL § 41;2025-01-10;"))
        #expect(found.map(\.line) == [3, 4, 5, 6])
        #expect(found[0].message == "fødselsdato «2026-02-30» findes ikke i kalenderen")
        #expect(found[1].message.hasPrefix("åbnet-dato «i går» er ikke en dato"))
        #expect(found[2].message == "seneste opfølgning «31.04.2025» findes ikke i kalenderen")
        #expect(found[3].message.contains("«15-03-04»"))
    }

    // MARK: - Paragraphs

    @Test func bareParagraphNeedsTheLawOption() throws {
        let data = csv(Self.header, "1;F;Ida;2015-03-04;AH;§ 20;2025-01-10;")
        let found = problems(data)
        #expect(found.count == 1)
        #expect(found[0].line == 2)
        #expect(found[0].message.contains("--law sel|bl"))

        let withLaw = try plan(data, ImportContext(defaultLaw: .bl))
        #expect(withLaw.newFamilies[0].cases[0].measures.map(\.legalBasis) == [LegalBasis(law: .bl, paragraph: "20")])
    }

    @Test func paragraphListsInQuotesAndWithPlus() throws {
        let result = try plan(csv(Self.header,
                                  "1;F;A;2015-03-04;AH;\"SEL §§ 50, 52\";2025-01-10;",
                                  "2;F;B;2015-03-04;AH;SEL § 41 + SEL § 44 + § 52a;2025-01-10;",
                                  "3;F;C;2015-03-04;AH;\"BL § 20; BL § 32\";2025-01-10;",
                                  "4;F;D;2015-03-04;AH;SEL § 41, SEL § 41;2025-01-10;"))
        let cases = result.newFamilies[0].cases
        #expect(cases.map { $0.measures.map(\.legalBasis.description) } == [
            ["SEL § 50", "SEL § 52"],
            ["SEL § 41", "SEL § 44", "SEL § 52a"],
            ["BL § 20", "BL § 32"],
            ["SEL § 41"],
        ])
        #expect(cases[1].measures.map(\.description)
                == ["Merudgifter", "Personlig hjælp og aflastning", "Økonomisk støtte"])
    }

    @Test func unknownAndEmptyParagraphsAreProblems() {
        let found = problems(csv(Self.header,
                                 "1;F;A;2015-03-04;AH;SEL § 999;2025-01-10;",
                                 "2;F;B;2015-03-04;AH;;2025-01-10;",
                                 "3;F;C;2015-03-04;AH;Skatteloven § 1;2025-01-10;"))
        #expect(found.map(\.line) == [2, 3, 4])
        #expect(found[0].message.contains("SEL § 999"))
        #expect(found[1].message == "paragraffer mangler")
        #expect(found[2].message.contains("ukendt lov"))
    }

    // MARK: - Caseworkers

    @Test func existingCaseworkersMatchByInitialsOrName() throws {
        let team = [Caseworker(initials: "AH", name: "Anne Holm"), Caseworker(initials: "KJ", name: "Karen Juhl")]
        let result = try plan(csv(Self.header,
                                  "1;F;A;2015-03-04;ah;SEL § 41;2025-01-10;",
                                  "2;F;B;2015-03-04; karen  JUHL ;SEL § 41;2025-01-10;"),
                              ImportContext(caseworkers: team))
        #expect(result.newFamilies[0].cases.map(\.primaryCaseworker) == ["AH", "KJ"])
        #expect(result.newCaseworkers.isEmpty)
    }

    @Test func newCaseworkersGetInitials() throws {
        let team = [Caseworker(initials: "AH", name: "Anne Holm")]
        let result = try plan(csv(Self.header,
                                  "1;F;A;2015-03-04;mlj;SEL § 41;2025-01-10;",
                                  "2;F;B;2015-03-04;Mette Lind Jensen;SEL § 41;2025-01-10;",
                                  "3;F;C;2015-03-04;Aksel Hviid;SEL § 41;2025-01-10;",
                                  "4;F;D;2015-03-04;Aksel Hviid;SEL § 41;2025-01-10;",
                                  "5;F;E;2015-03-04;Birgitte;SEL § 41;2025-01-10;"),
                              ImportContext(caseworkers: team))
        #expect(result.newFamilies[0].cases.map(\.primaryCaseworker) == ["MLJ", "MLJ2", "AH2", "AH2", "B"])
        #expect(result.newCaseworkers == [Caseworker(initials: "MLJ", name: "mlj"),
                                          Caseworker(initials: "MLJ2", name: "Mette Lind Jensen"),
                                          Caseworker(initials: "AH2", name: "Aksel Hviid"),
                                          Caseworker(initials: "B", name: "Birgitte")])
    }

    @Test func emptyCaseworkerIsAProblem() {
        let found = problems(csv(Self.header, "1;F;A;2015-03-04; ;SEL § 41;2025-01-10;"))
        #expect(found.map(\.danishDescription) == ["linje 2: sagsbehandler mangler"])
    }

    // MARK: - Errors: lines and all at once

    @Test func emptyRequiredFieldsNameTheirLine() {
        let found = problems(csv(Self.header,
                                 ";F;A;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "2;;A;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "3;F;;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "4;F;A;;AH;SEL § 41;;"))
        #expect(found.map(\.danishDescription) == [
            "linje 2: sagsnr mangler",
            "linje 3: familie mangler",
            "linje 4: barnets navn mangler",
            "linje 5: fødselsdato mangler",
            "linje 5: åbnet-dato mangler",
        ])
    }

    @Test func duplicateCaseNumberInTheFileNamesBothLines() {
        let found = problems(csv(Self.header,
                                 "A-1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "A-2;F;B;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "a-1 ;G;C;2015-03-04;AH;SEL § 41;2025-01-10;"))
        #expect(found.map(\.danishDescription) == ["linje 4: sagsnr «a-1» står to gange i filen: på linje 2 og linje 4"])
    }

    @Test func caseNumberAlreadyInTheStoreIsAnUpdateOfThatCase() throws {
        let stored = ImportedFamilyIdentity(id: "f-x", name: "Familien X",
                                            children: [.init(id: "c1", name: "B", birthDate: date(2015, 3, 4))],
                                            cases: [.init(number: "A-2", childID: "c1")])
        let result = try plan(csv(Self.header,
                                  "A-1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;",
                                  "a-2;F;B;2015-03-04;AH;SEL § 41;2025-01-10;"),
                              ImportContext(families: [stored]))
        #expect(result.newFamilies.flatMap { $0.cases.map(\.number) } == ["A-1"])
        #expect(result.updates.map(\.familyID) == ["f-x"])
        #expect(result.updates[0].caseUpdates.map(\.number) == ["a-2"])
        #expect(result.updates[0].caseUpdates[0].childID == "c1")
        #expect(result.updates[0].newCases.isEmpty)
    }

    @Test func wrongFieldCountIsARowProblem() {
        let found = problems(csv(Self.header,
                                 "1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "2;F;B;2015-03-04;AH;SEL § 50;52;2025-01-10;"))
        #expect(found.count == 1)
        #expect(found[0].line == 3)
        #expect(found[0].message.contains("9 felter") && found[0].message.contains("8"))
    }

    @Test func everyBadRowIsReportedAtOnceInLineOrder() {
        let found = problems(csv(Self.header,
                                 "1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "2;F;B;2015-02-29;AH;SEL § 41;2025-01-10;",
                                 "3;F;\"Bo\nBoesen\";2015-03-04;AH;SEL § 41;2025-01-10;",
                                 "4;F;C;2015-03-04;AH;§ 41;2025-01-10;",
                                 "",
                                 "5;F;D;2015-03-04;;SEL § 41;2025-01-10",
                                 "1;F;E;2015-03-04;AH;SEL § 77;2025-01-10;"))
        #expect(found.map(\.line) == [3, 6, 8, 9, 9])
        #expect(found[0].message.contains("2015-02-29"))
        #expect(found[1].message.contains("--law"))
        #expect(found[2].message.contains("7 felter"))
        #expect(found[3].message.contains("linje 2 og linje 9"))
        #expect(found[4].message.contains("SEL § 77"))
    }

    @Test func readErrorsBecomeProblems() {
        #expect(problems(Data()) == [ImportProblem(line: 1, reason: CSVReadError.empty.phrase)])
        let open = problems(csv(Self.header, "1;F;\"A;2015-03-04;AH;SEL § 41;2025-01-10;"))
        #expect(open.map(\.line) == [2])
        let latin1 = problems(Data(Array((Self.header + "\n").utf8) + [0x31, 0x3B, 0xC6]))
        #expect(latin1.map(\.line) == [2])
    }

    // MARK: - Existing families

    // Issue 14.4: a family name alone never joins a row to a family in Sammen.
    @Test func aFamilyNameAloneMakesANewFamilyAndSaysSo() throws {
        let hansen = ImportedFamilyIdentity(id: "f-hansen", name: "Familien Hansen",
                                            children: [.init(id: "c1", name: "Ida", birthDate: date(2015, 3, 4))],
                                            cases: [.init(number: "1", childID: "c1")])
        let result = try plan(csv(Self.header,
                                  "2;FAMILIEN HANSEN;Bo;2018-06-01;AH;SEL § 44;2025-02-10;",
                                  "3;Familien Berg;Liv;2016-01-01;AH;BL § 86;2025-02-10;"),
                              ImportContext(families: [hansen]))
        #expect(result.newFamilies.map(\.name) == ["FAMILIEN HANSEN", "Familien Berg"])
        #expect(result.updates.isEmpty)
        #expect(result.newFamilies[0].id != "f-hansen")
        #expect(result.sameNameAsExisting == [result.newFamilies[0].id: ["f-hansen"]])
        // The case the file no longer holds is listed, not deleted.
        #expect(result.missingCases == ["f-hansen": ["1"]])
        #expect(result.rowCount == 2)
    }

    // Issue 14.4: two families with the same name stay two; each row goes where its sagsnr or child says.
    @Test func twoStoredFamiliesWithTheSameNameStayTwo() throws {
        let first = ImportedFamilyIdentity(id: "f-1", name: "Familien Hansen",
                                           children: [.init(id: "c1", name: "Ida", birthDate: date(2015, 3, 4))],
                                           cases: [.init(number: "1", childID: "c1")])
        let second = ImportedFamilyIdentity(id: "f-2", name: "familien hansen",
                                            children: [.init(id: "c1", name: "Bo", birthDate: date(2018, 6, 1), cpr: "010618-4001")],
                                            cases: [.init(number: "2", childID: "c1")])
        let result = try plan(csv(Self.header + ";cpr",
                                  "1;Familien Hansen;Ida;2015-03-04;AH;SEL § 41;2025-01-10;;",
                                  "2;Familien Hansen;Bo;2018-06-01;AH;SEL § 41;2025-01-10;;",
                                  "3;Familien Hansen;Bo;2018-06-01;AH;SEL § 44;2025-03-10;;010618-4001",
                                  "4;Familien Hansen;Ida;2015-03-04;AH;SEL § 44;2025-03-10;;"),
                              ImportContext(families: [first, second]))
        #expect(result.newFamilies.isEmpty)
        #expect(result.updates.map(\.familyID) == ["f-1", "f-2"])
        #expect(result.updates[0].caseUpdates.map(\.number) == ["1"])
        #expect(result.updates[0].newCases.map(\.number) == ["4"])
        #expect(result.updates[1].caseUpdates.map(\.number) == ["2"])
        #expect(result.updates[1].newCases.map(\.number) == ["3"])
    }

    // MARK: - CPR

    @Test func cprIsValidatedAndNeverEchoed() throws {
        let found = problems(csv(Self.header + ";cpr",
                                 "1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;;310215-12",
                                 "2;F;B;2015-03-04;AH;SEL § 41;2025-01-10;;300215-1234",
                                 "3;F;C;0403154234;AH;SEL § 41;2025-01-10;;"))
        #expect(found.map(\.line) == [2, 3, 4])
        #expect(found[0].message.hasPrefix("CPR-nummeret er ugyldigt"))
        for problem in found {
            #expect(!problem.message.contains("310215"))
            #expect(!problem.message.contains("1234"))
        }
        let conflict = problems(csv(Self.header + ";cpr",
                                    "1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;;040315-4234",
                                    "2;F;A;2015-03-04;AH;SEL § 50;2025-01-10;;040315-4321"))
        #expect(conflict.map(\.danishDescription) == ["linje 3: CPR-nummeret er et andet end på linje 2 for samme barn"])

        let ok = try plan(csv(Self.header + ";cpr",
                              "1;F;A;2015-03-04;AH;SEL § 41;2025-01-10;;",
                              "2;F;A;2015-03-04;AH;SEL § 50;2025-01-10;;0403154234"))
        #expect(ok.newFamilies[0].children.map(\.cpr) == ["040315-4234"])
    }

    // MARK: - Ids

    // #15.4: a family id was an unsalted 32-bit hash of the family's name and first sagsnr, reversible with a
    // list of surnames. Two imports of the same rows now give unrelated ids, and an id never repeats one in use.
    @Test func idsSayNothingAboutTheFamilyAndAvoidTheStore() throws {
        let data = csv(Self.header,
                       "1;Familien Hansen;Ida;2015-03-04;AH;SEL § 41;2025-01-10;2025-02-01",
                       "2;Familien Berg;Liv;2016-01-01;AH;BL § 86;2025-02-10;")
        let first = try plan(data)
        let again = try plan(data)
        #expect(Set(first.newFamilies.map(\.id)).isDisjoint(with: again.newFamilies.map(\.id)))
        #expect(first.newFamilies.allSatisfy { Family.isValidID($0.id) && $0.id.hasPrefix("f-") && $0.id.count == 14 })
        // Nothing of the old hash: the id is not FNV-1a of the name and the sagsnr.
        var fnv: UInt32 = 0x811C_9DC5
        for byte in "familien hansen\u{1F}1".utf8 { fnv = (fnv ^ UInt32(byte)) &* 0x0100_0193 }
        #expect(!first.newFamilies.contains { $0.id.contains(String(fnv, radix: 16)) })
        // Every family's children, measures and contacts too.
        let inner = first.newFamilies.flatMap { f in f.children.map(\.id) + f.cases.flatMap { $0.measures.map(\.id) } + f.contacts.map(\.id) }
        #expect(Set(inner).isDisjoint(with: again.newFamilies.flatMap { f in f.children.map(\.id) + f.contacts.map(\.id) }))
    }

    @Test func theMinterNeverGivesAnIdInUse() {
        var taken: Set<String> = []
        var minter = CaseloadImport.IDMinter(taken: taken)
        for _ in 0..<2_000 {
            let id = minter.mintFamily()
            #expect(!taken.contains(id) && Family.isValidID(id))
            taken.insert(id)
        }
        #expect(minter.mint("c").count == 10)
        // A nearly full id space still finds the free one.
        let free = Family.randomID(prefix: "x", letters: 1, notIn: Set("bcdfghjkmnpqrstvwx".map { "x-\($0)" }))
        #expect(free == "x-z")
        // No id can be taken for a CPR number or a date: no digits at all.
        #expect((0..<1_000).allSatisfy { _ in !Family.newID(notIn: []).contains(where: \.isNumber) })
    }
}
