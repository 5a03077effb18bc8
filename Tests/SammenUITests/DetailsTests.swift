import Testing
@testable import SammenCore
@testable import SammenUI

/// The family's details (stamdata), a new family from an empty store, and undo: every change says what it did,
/// and `u` puts it back.
@Suite struct DetailsTests {
    func openDetails(_ source: MemorySource, _ id: FamilyID = "f-a", language: Language = .da, width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.openFamily(&state, id, source: source)
        press(&state, .character("e"), source: source)
        return state
    }

    func select(_ state: inout AppState, _ item: DetailsView.Item, source: MemorySource) {
        let view = state.family!
        let items = DetailsScreen.content(view.family, summary: view.summary, state: state).items
        state.details?.selected = items.firstIndex { $0.item == item }!
    }

    func text(_ state: AppState) -> String { Renderer.render(state).text() }

    static func emptySource() -> MemorySource {
        MemorySource(families: [], team: Team(name: "Mit team", targetCaseload: 30, caseworkers: [
            Caseworker(initials: "MHA", name: "Mette Hansen"), Caseworker(initials: "JBO", name: "Jonas Bo"),
        ]))
    }

    /// Types into the focused field, then Tab to the next.
    func fill(_ state: inout AppState, _ values: [String?], source: MemorySource) {
        for value in values {
            if let value {
                press(&state, .end, source: source)
                for _ in 0..<40 { press(&state, .backspace, source: source) }
                type(&state, value, source: source)
            }
            press(&state, .tab, source: source)
        }
    }

    @Test func anEmptyStoreOffersANewFamilyAndImportSideBySide() {
        let source = Self.emptySource()
        var state = makeState(source, user: "MHA")
        let screen = text(state)
        #expect(screen.contains("Arkivet har ingen familier endnu"))
        let line = screen.split(separator: "\n").first { $0.contains("Ny familie") } ?? ""
        #expect(line.contains("Importér sagsstammen"))
        // i asks for the file; the preview screen then shows what the import will do (ImportPreviewTests).
        press(&state, .character("i"), source: source)
        #expect(state.fieldForm?.purpose == .importFile)
    }

    @Test func aNewFamilyFromTheEmptyStoreWithTheCPRFillingInTheBirthDate() {
        let source = Self.emptySource()
        var state = makeState(source, user: "MHA")
        press(&state, .character("n"), source: source)
        #expect(state.fieldForm?.purpose == .newFamily)
        fill(&state, ["Familien Nørgaard", "Skolevej 3", "Alma", nil, "030515-4234", "2026-0042", nil, "01.09.2026", "SEL § 50, SEL § 41"],
             source: source)
        // Leaving the CPR field filled in the birth date; the number itself is shown masked.
        #expect(state.fieldForm?.fields[3].value == "03.05.2015")
        #expect(text(state).contains("030515-XXXX") && !text(state).contains("4234"))
        press(&state, .enter, source: source)
        let family = source.families.values.first
        #expect(family?.name == "Familien Nørgaard" && family?.address == "Skolevej 3")
        #expect(family?.children.first?.birthDate == d("2015-05-03"))
        #expect(family?.children.first?.cpr == "030515-4234")
        #expect(family?.cases.first?.measures.map(\.legalBasis.description) == ["SEL § 50", "SEL § 41"])
        #expect(family?.cases.first?.primaryCaseworker == "MHA")
        #expect(family.map { Family.isValidID($0.id) } == true)
        #expect(state.screen == .details && state.status?.text == "Familien Nørgaard er oprettet. Tilføj forældre og flere børn her.")
        #expect(state.rows.count == 1 && state.rows.first?.cadence == .sixWeeks)
        #expect(!text(state).contains("4234"))
    }

    @Test func datesThatCannotBeTrueAreRefusedWithTheReason() {
        let source = Self.emptySource()
        var state = makeState(source, user: "MHA")
        press(&state, .character("n"), source: source)
        // Born tomorrow.
        fill(&state, ["Familien A", nil, "Bo", "23.11.2026", nil, "X-1", nil, "22.11.2026", "SEL § 41"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Ikke gemt: fødselsdatoen 23.11.2026 ligger efter i dag (22.11.2026).")
        // Born today, but the case opened the day before.
        press(&state, .up, .up, .up, .up, .up, .up, source: source)
        fill(&state, ["22.11.2026", nil, nil, nil, "21.11.2026"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Ikke gemt: sagen er åbnet 21.11.2026, før barnet blev født (22.11.2026).")
        // Opened tomorrow.
        press(&state, .up, source: source)
        fill(&state, ["23.11.2026"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Ikke gemt: sagen er åbnet 23.11.2026, efter i dag (22.11.2026).")
        // The opening day itself is allowed.
        press(&state, .up, source: source)
        fill(&state, ["22.11.2026"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm == nil && source.families.count == 1)
    }

    @Test func aCPRNumberIsCheckedButModulus11IsNotRequired() {
        let source = Self.emptySource()
        var state = makeState(source, user: "MHA")
        press(&state, .character("n"), source: source)
        // 010120-4000 fails modulus 11, as numbers since 2007 may.
        fill(&state, ["Familien B", nil, "Ea", nil, "3102204000"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Ikke gemt: CPR-nummerets fødselsdato findes ikke.")
        press(&state, .up, source: source)
        fill(&state, ["0101204000", "S-9", nil, "01.06.2026", "SEL § 41"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm == nil)
        #expect(source.families.values.first?.children.first?.birthDate == d("2020-01-01"))
    }

    @Test func aGuardianWithPhoneAndEMailAndABadAddressRefused() {
        let source = sampleSource()
        var state = openDetails(source)
        press(&state, .character("a"), source: source)
        fill(&state, ["Line Ahmed", "mor", "20 30 40 50", "line@@example.dk"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error?.hasPrefix("Ikke gemt: e-mail — ") == true)
        press(&state, .up, source: source)
        fill(&state, ["Line Ahmed <line@example.dk>"], source: source)
        press(&state, .enter, source: source)
        let guardian = source.families["f-a"]!.guardians.last
        #expect(guardian?.name == "Line Ahmed" && guardian?.phone == "20 30 40 50" && guardian?.email == "line@example.dk")
        #expect(state.status?.text == "Line Ahmed er tilføjet — u fortryder.")
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.guardians.count == 1)
        #expect(state.status?.text == "Fortrudt: Line Ahmed er tilføjet")
    }

    @Test func aSecondChildAndASecondCase() {
        let source = sampleSource()
        var state = openDetails(source)
        press(&state, .character("b"), source: source)
        fill(&state, ["Omar", "12.02.2019"], source: source)
        press(&state, .enter, source: source)
        let omar = source.families["f-a"]!.children.last!
        #expect(omar.name == "Omar" && omar.birthDate == d("2019-02-12") && omar.cpr == nil)
        select(&state, .child(omar.id), source: source)
        press(&state, .character("n"), source: source)
        // A case number another family has is refused, with the family named.
        fill(&state, ["S-2"], source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Sagsnr. S-2 findes allerede hos Familien Bæk.")
        press(&state, .up, source: source)
        fill(&state, ["S-77", nil, nil, nil, "BL § 86"], source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.children.last?.cases.map(\.number) == ["S-77"])
        #expect(state.status?.text == "Sag S-77 er oprettet; kadence 3 mdr. — u fortryder.")
        #expect(state.rows.contains { $0.caseNumber == "S-77" })
    }

    @Test func aChangeOfPrimaryCaseworkerSaysWhoItWasAndUndoesWithU() {
        let source = sampleSource()
        var state = openDetails(source)
        select(&state, .childCase("S-1"), source: source)
        // The case's form: its number first (it can be corrected), then the primary caseworker.
        press(&state, .enter, .tab, .right, .enter, source: source)
        #expect(source.families["f-a"]!.cases.first?.primaryCaseworker == "JBO")
        #expect(state.status?.text == "Primær sagsbehandler på sag S-1: MHA → JBO — u fortryder.")
        #expect(state.rows.first { $0.caseNumber == "S-1" }?.caseworker == "JBO")
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.cases.first?.primaryCaseworker == "MHA")
        #expect(state.status?.text == "Fortrudt: Primær sagsbehandler på sag S-1: MHA → JBO")
        #expect(state.rows.first { $0.caseNumber == "S-1" }?.caseworker == "MHA")
        press(&state, .character("u"), source: source)
        #expect(state.status?.text == "Intet at fortryde.")
    }

    @Test func thePrimaryKeyInTheRecordIsUndoneToo() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("r"), .backTab, source: source)
        press(&state, .character("P"), source: source)
        #expect(source.families["f-a"]!.cases.first?.primaryCaseworker == "JBO")
        #expect(state.status?.text == "Primær sagsbehandler på sag S-1: MHA → JBO — u fortryder.")
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.cases.first?.primaryCaseworker == "MHA")
    }

    @Test func endingTheInvestigationMovesTheCadenceToThreeMonths() {
        let source = sampleSource()
        var family = source.families["f-a"]!
        family.children[0].cases[0].measures = [
            Measure(id: "m1", legalBasis: LegalBasis(law: .sel, paragraph: "50"), description: "Børnefaglig undersøgelse", started: d("2026-09-01")),
            Measure(id: "m2", legalBasis: LegalBasis(law: .sel, paragraph: "41"), description: "Merudgifter", started: d("2026-09-01")),
        ]
        source.families["f-a"] = family
        var state = openDetails(source)
        #expect(state.summaries["f-a"]?.cases.first?.cadence(on: state.today) == .sixWeeks)
        select(&state, .measure(caseNumber: "S-1", id: "m1"), source: source)
        press(&state, .enter, .tab, .tab, .tab, source: source)
        // An investigation's end is a fact: not tomorrow.
        type(&state, "23.11.2026", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error?.contains("slutdatoen 23.11.2026 ligger efter i dag") == true)
        fill(&state, ["21.11.2026"], source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.cases.first?.measures.first?.ended == d("2026-11-21"))
        #expect(state.status?.text == "SEL § 50 er gemt; kadencen for sag S-1 er nu 3 mdr. — u fortryder.")
        #expect(state.rows.first { $0.caseNumber == "S-1" }?.cadence == .threeMonths)
    }

    @Test func closingACaseAsksForDateAndReasonAndTakesItOffTheCaseload() {
        let source = sampleSource()
        var state = openDetails(source)
        select(&state, .childCase("S-1"), source: source)
        press(&state, .character("c"), source: source)
        #expect(state.fieldForm?.purpose == .closeCase(number: "S-1"))
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Skriv en begrundelse.")
        #expect(source.families["f-a"]!.cases.first?.isOpen == true)
        // Not before the case opened.
        type(&state, "01.01.2026", source: source)
        press(&state, .tab, source: source)
        type(&state, "Familien er flyttet til Odense", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Ikke gemt: lukkedatoen 01.01.2026 ligger før sagen blev åbnet (10.01.2026).")
        press(&state, .up, source: source)
        fill(&state, ["20.11.2026"], source: source)
        press(&state, .enter, source: source)
        let k = source.families["f-a"]!.cases.first
        #expect(k?.status == .closed && k?.closed == d("2026-11-20") && k?.closeReason == "Familien er flyttet til Odense")
        #expect(!state.rows.contains { $0.caseNumber == "S-1" })
        #expect(state.status?.text == "Sag S-1 er lukket 20.11.2026 og er ikke længere på sagsstammen — u fortryder.")
        #expect(text(state).contains("LUKKET 20.11.2026: Familien"))
        // c on a closed case reopens it, and says so.
        press(&state, .character("c"), source: source)
        #expect(source.families["f-a"]!.cases.first?.isOpen == true && source.families["f-a"]!.cases.first?.closeReason == nil)
        #expect(state.status?.text == "Sag S-1 er genåbnet (var lukket 20.11.2026) — u fortryder.")
        #expect(state.rows.contains { $0.caseNumber == "S-1" })
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.cases.first?.status == .closed)
    }

    @Test func undoNeverThrowsAwayWhatWasDoneSince() {
        let source = sampleSource()
        var state = openDetails(source)
        press(&state, .character("a"), source: source)
        type(&state, "Far Ahmed", source: source)
        press(&state, .enter, source: source)
        // A follow-up registered after the change, and a colleague's note: undoing the guardian keeps both.
        press(&state, .character("f"), source: source)
        press(&state, .enter, source: source)
        let contacts = source.families["f-a"]!.contacts.count
        source.colleagueSaves("f-a") { $0.internalNotes = "Kollegaens note" }
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.guardians.map(\.name) == ["Mor Familien Ahmed"])
        #expect(source.families["f-a"]!.contacts.count == contacts)
        #expect(source.families["f-a"]!.internalNotes == "Kollegaens note")
        #expect(state.status?.isError == false)
        // A colleague who changed the very thing undone is asked about, never overwritten.
        press(&state, .character("a"), source: source)
        type(&state, "Far Ahmed", source: source)
        press(&state, .enter, source: source)
        source.colleagueSaves("f-a") { $0.guardians[1].phone = "12 34 56 78" }
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.guardians.count == 2)
        #expect(state.conflict != nil)
    }

    @Test func internalNotesTakeALongTextAndSayWhenFull() {
        let source = sampleSource()
        var state = openDetails(source)
        select(&state, .notes, source: source)
        press(&state, .enter, source: source)
        _ = App.update(&state, .paste(String(repeating: "a", count: TextLimits.internalNotes + 1)), source: source)
        #expect(text(state).contains("Den indsatte tekst er 10.001 tegn"))
        _ = App.update(&state, .paste("Mor ønsker ikke kontakt om morgenen."), source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.internalNotes == "Mor ønsker ikke kontakt om morgenen.")
        #expect(state.status?.text == "De interne noter er gemt — u fortryder.")
    }

    @Test func aGoalIsNotAbandonedWithOneKeyNorAComplaintReconsidered() {
        let source = sampleSource()
        var family = source.families["f-a"]!
        family.goals = [Goal(id: "g1", title: "Yasmin sover igennem", horizon: .short,
                             smart: SMART(specific: "", measurable: "", acceptedBy: "", realistic: "", deadline: nil),
                             owner: Responsible(kind: .family), status: .achieved, created: d("2026-10-01"))]
        source.families["f-a"] = family
        var state = makeState(source, user: "MHA")
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("r"), .tab, .tab, source: source)
        press(&state, .character("d"), source: source)
        #expect(source.families["f-a"]!.goals[0].status == .achieved)
        #expect(state.fieldForm?.purpose == .abandonGoal(goalID: "g1"))
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Skriv en begrundelse.")
        type(&state, "Familien ønsker det ikke længere", source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.goals[0].status == .abandoned)
        #expect(source.families["f-a"]!.goals[0].revisions.last?.reason == "Familien ønsker det ikke længere")
        #expect(state.status?.text == "Målet «Yasmin sover igennem» er opgivet: Familien ønsker det ikke længere — u fortryder.")
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.goals[0].status == .achieved && source.families["f-a"]!.goals[0].revisions.isEmpty)
    }

    @Test func theHandoverDocumentFromTheFamilysScreen() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        App.openFamily(&state, "f-a", source: source)
        #expect(press(&state, .character("o"), source: source) == .export(.handover("f-a", today: d("2026-11-22"))))
        press(&state, .character("e"), source: source)
        #expect(press(&state, .character("o"), source: source) == .export(.handover("f-a", today: d("2026-11-22"))))
    }

    @Test func nothingIsChangedInAReadOnlySession() {
        let source = sampleSource()
        source.readOnlyReason = "MHA har arkivet åbent"
        var state = makeState(source, user: "MHA")
        press(&state, .character("n"), source: source)
        #expect(state.fieldForm == nil && state.status?.isError == true)
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("e"), .character("a"), source: source)
        #expect(state.fieldForm == nil && state.status?.isError == true)
    }
}
