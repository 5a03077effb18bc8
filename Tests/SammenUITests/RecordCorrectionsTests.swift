import Testing
@testable import SammenCore
@testable import SammenUI

/// Issue #14, "create, correct and close": what a caseworker corrects in the family's details, and that every
/// change says, in full on an 80×24 screen, what it did and that `u` undoes it.
@Suite struct RecordCorrectionsTests {
    func openDetails(_ source: MemorySource, language: Language = .da, width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("e"), source: source)
        return state
    }

    func select(_ state: inout AppState, _ item: DetailsView.Item) {
        let view = state.family!
        let items = DetailsScreen.content(view.family, summary: view.summary, state: state).items
        state.details?.selected = items.firstIndex { $0.item == item }!
    }

    func screen(_ state: AppState) -> String { Renderer.render(state).text() }

    /// The screen's text with its lines joined: a message wrapped over two lines reads as one.
    func flowing(_ state: AppState) -> String {
        screen(state).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The text inside a popup's frame, its lines joined: what the box says, read as one text.
    func insideBox(_ state: AppState) -> String {
        screen(state).split(separator: "\n").compactMap { line -> String? in
            guard let first = line.firstIndex(of: "│"), let last = line.lastIndex(of: "│"), first < last else { return nil }
            return line[line.index(after: first)..<last].trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Replaces the focused field's text.
    func retype(_ state: inout AppState, _ text: String, source: MemorySource) {
        press(&state, .end, source: source)
        for _ in 0..<60 { press(&state, .backspace, source: source) }
        type(&state, text, source: source)
    }

    // MARK: A case number typed wrong

    /// A later export finds the case by its number; a slip when it was typed must be correctable, and the
    /// follow-ups and complaints that name the case go with it.
    @Test func aMistypedCaseNumberIsCorrectedWithWhatNamesItAndUndoneWithU() {
        let source = sampleSource()
        var family = source.families["f-a"]!
        family.contacts.append(Contact(id: "k2", date: d("2026-10-15"), channel: .phone, kind: .followUp, caseNumber: "S-1", note: "Opfølgning"))
        family.complaints.append(Complaint(id: "kl1", caseNumber: "S-1", received: d("2026-10-01"), about: "Afslag"))
        source.families["f-a"] = family
        var state = openDetails(source)
        select(&state, .childCase("S-1"))
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.purpose == .editCase(number: "S-1"))
        #expect(state.fieldForm?.fields.first?.value == "S-1")
        retype(&state, "2026-0042", source: source)
        press(&state, .enter, source: source)
        let changed = source.families["f-a"]!
        #expect(changed.cases.map(\.number) == ["2026-0042"])
        #expect(changed.contacts.first { $0.id == "k2" }?.caseNumber == "2026-0042")
        #expect(changed.complaints.first?.caseNumber == "2026-0042")
        // The contact that named no case still names none.
        #expect(changed.contacts.first { $0.id == "k1" }?.caseNumber == nil)
        #expect(state.status?.text == "Sagsnr. S-1 er rettet til 2026-0042, også i opfølgninger og klager — u fortryder.")
        #expect(state.rows.contains { $0.caseNumber == "2026-0042" } && !state.rows.contains { $0.caseNumber == "S-1" })
        #expect(flowing(state).contains("— u fortryder."))
        press(&state, .character("u"), source: source)
        let undone = source.families["f-a"]!
        #expect(undone.cases.map(\.number) == ["S-1"])
        #expect(undone.contacts.first { $0.id == "k2" }?.caseNumber == "S-1")
        #expect(undone.complaints.first?.caseNumber == "S-1")
        #expect(state.rows.contains { $0.caseNumber == "S-1" })
    }

    @Test func aCaseNumberAnotherFamilyHasOrNoneAtAllIsRefusedAndNothingChanges() {
        let source = sampleSource()
        let before = source.families["f-a"]!
        var state = openDetails(source)
        select(&state, .childCase("S-1"))
        press(&state, .enter, source: source)
        retype(&state, "S-2", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Sagsnr. S-2 findes allerede hos Familien Bæk.")
        retype(&state, "", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error != nil)
        #expect(source.families["f-a"]! == before)
    }

    @Test func aCorrectedNumberAndANewPrimaryAreBothSaid() {
        let source = sampleSource()
        var state = openDetails(source, language: .en)
        select(&state, .childCase("S-1"))
        press(&state, .enter, source: source)
        retype(&state, "S-10", source: source)
        press(&state, .tab, .right, .enter, source: source)
        #expect(source.families["f-a"]!.cases.first?.number == "S-10")
        #expect(source.families["f-a"]!.cases.first?.primaryCaseworker == "JBO")
        #expect(state.status?.text == "Case no. S-1 is corrected to S-10, in follow-ups and complaints too; Primary caseworker on case S-10: MHA → JBO — u undoes.")
    }

    @Test func renumberingInTheRecordItselfNeverMergesTwoCases() {
        var family = sampleSource().families["f-a"]!
        family.children[0].cases.append(ChildCase(number: "S-9", primaryCaseworker: "MHA", opened: d("2026-02-01")))
        let before = family
        #expect(family.renumberCase("S-1", to: "S-9") == false)
        #expect(family.renumberCase("S-404", to: "S-5") == false)
        #expect(family == before)
        #expect(family.renumberCase("S-1", to: "S-5") == true)
        #expect(family.cases.map(\.number) == ["S-5", "S-9"])
    }

    // MARK: What a change says is read whole at 80×24

    /// Closing a case: the message is longer than 80 columns; its end ("— u fortryder.") is how the caseworker
    /// learns the slip can be undone, so it is never cut off.
    @Test(arguments: [true, false])
    func closingACaseSaysItWholeAt80Columns(english: Bool) {
        let language: Language = english ? .en : .da
        let source = sampleSource()
        // A case number as the case system writes it.
        source.families["f-a"]!.renumberCase("S-1", to: "2026-0004217")
        var state = openDetails(source, language: language)
        select(&state, .childCase("2026-0004217"))
        press(&state, .character("c"), source: source)
        press(&state, .tab, source: source)
        type(&state, "Familien er flyttet til en anden kommune", source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.cases.first?.isOpen == false)
        let message = state.status?.text ?? ""
        #expect(message.count > 78)
        #expect(flowing(state).contains(message))
        #expect(!screen(state).contains("…"))
    }

    /// The same on the dashboard, the team screen and the record: a long message is never cut.
    @Test func aLongMessageIsReadWholeOnEveryScreen() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        let message = "Sag S-1 er lukket 20.11.2026 og er ikke længere på sagsstammen; familiens andre sager er uændrede — u fortryder."
        state.status = .init(text: message, isError: false)
        #expect(flowing(state).contains(message))
        App.openFamily(&state, "f-a", source: source)
        state.status = .init(text: message, isError: false)
        #expect(flowing(state).contains(message))
        press(&state, .character("r"), source: source)
        state.status = .init(text: message, isError: false)
        #expect(flowing(state).contains(message))
    }

    // MARK: Ending a measure says when the cadence moves

    /// A measure's last day is a day it runs: ended today, the investigation still sets 6 weeks today, and the
    /// caseworker is told it becomes 3 months from tomorrow (never "now 6 weeks" as if nothing had happened).
    @Test func endingTheInvestigationTodaySaysThreeMonthsFromTomorrow() {
        let source = sampleSource()
        var family = source.families["f-a"]!
        family.children[0].cases[0].measures = [
            Measure(id: "m1", legalBasis: LegalBasis(law: .sel, paragraph: "50"), description: "Børnefaglig undersøgelse", started: d("2026-09-01")),
            Measure(id: "m2", legalBasis: LegalBasis(law: .sel, paragraph: "41"), description: "Merudgifter", started: d("2026-09-01")),
        ]
        source.families["f-a"] = family
        var state = openDetails(source)
        select(&state, .measure(caseNumber: "S-1", id: "m1"))
        press(&state, .enter, .tab, .tab, .tab, source: source)
        type(&state, "22.11.2026", source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.cases.first?.measures.first?.ended == d("2026-11-22"))
        #expect(state.status?.text == "SEL § 50 er gemt; kadencen for sag S-1 er 6 uger til og med 22.11.2026, derefter 3 mdr. — u fortryder.")
        #expect(flowing(state).contains("derefter 3 mdr. — u fortryder."))
    }

    /// A support measure may end on a planned day; the caseworker is told the cadence that day moves to.
    @Test func aPlannedEndOfTheLastSixWeekMeasureSaysTheDayTheCadenceMoves() {
        let source = sampleSource()
        var state = openDetails(source, language: .en)
        select(&state, .childCase("S-1"))
        // f-a's case runs under SEL § 52 (6 weeks); a § 41 measure is added, then § 52 is given a planned end.
        press(&state, .character("i"), source: source)
        type(&state, "SEL § 41", source: source)
        press(&state, .enter, source: source)
        let m52 = source.families["f-a"]!.cases.first!.measures.first { $0.legalBasis.paragraph == "52" }!
        select(&state, .measure(caseNumber: "S-1", id: m52.id))
        press(&state, .enter, .tab, .tab, .tab, source: source)
        type(&state, "2026-12-31", source: source)
        press(&state, .enter, source: source)
        #expect(state.status?.text == "SEL § 52 is saved; the cadence of case S-1 is 6 wks up to and including 2026-12-31, then 3 mo. — u undoes.")
    }

    /// Ended before today: the cadence has moved, and the message says what it is now.
    @Test func anInvestigationEndedYesterdaySaysThreeMonthsNow() {
        let source = sampleSource()
        var family = source.families["f-a"]!
        family.children[0].cases[0].measures = [
            Measure(id: "m1", legalBasis: LegalBasis(law: .sel, paragraph: "50"), description: "Børnefaglig undersøgelse", started: d("2026-09-01")),
        ]
        source.families["f-a"] = family
        var state = openDetails(source)
        select(&state, .measure(caseNumber: "S-1", id: "m1"))
        press(&state, .enter, .tab, .tab, .tab, source: source)
        type(&state, "21.11.2026", source: source)
        press(&state, .enter, source: source)
        #expect(state.status?.text == "SEL § 50 er gemt; kadencen for sag S-1 er nu 3 mdr. — u fortryder.")
    }

    // MARK: A child typed in by mistake

    @Test func aChildWithoutACaseIsRemovedWithXAndUndoneWithU() {
        let source = sampleSource()
        source.families["f-a"]!.children.append(Child(id: "c2", name: "Omar", birthDate: d("2020-02-02"), cpr: nil))
        var state = openDetails(source)
        select(&state, .child("c2"))
        press(&state, .character("x"), source: source)
        #expect(source.families["f-a"]!.children.map(\.id) == ["c1"])
        #expect(state.status?.text == "Omar er fjernet — u fortryder.")
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.children.map(\.name) == ["Yasmin", "Omar"])
    }

    /// A child with a case keeps it: the case is closed with its date and reason, never removed with one key.
    @Test func aChildWithACaseIsNeverRemovedWithOneKey() {
        let source = sampleSource()
        let before = source.families["f-a"]!
        var state = openDetails(source)
        select(&state, .child("c1"))
        press(&state, .character("x"), .delete, source: source)
        #expect(source.families["f-a"]! == before)
        #expect(state.status?.isError == true)
        #expect(state.status?.text == "Yasmin har en sag og fjernes ikke; en sag lukkes med c (dato og begrundelse).")
    }

    // MARK: One key on the board and in the årshjul says what it changed, and what u undid

    @Test func aDeletedCardIsNamedAndUndoAndRedoSayWhat() {
        let source = sampleSource()
        var state = BoardTests().newMeeting(source)
        press(&state, .character("a"), source: source)
        type(&state, "Hun sover dårligt", source: source)
        press(&state, .enter, source: source)
        press(&state, .character("x"), source: source)
        #expect(BoardTests().meeting(source).cards.isEmpty)
        #expect(state.status?.text == "Kortet «Hun sover dårligt» er slettet — u fortryder.")
        press(&state, .character("u"), source: source)
        #expect(BoardTests().meeting(source).cards.count == 1)
        #expect(state.status?.text == "Fortrudt: Kortet «Hun sover dårligt» er slettet")
        press(&state, .character("R"), source: source)
        #expect(BoardTests().meeting(source).cards.isEmpty)
        #expect(state.status?.text == "Gentaget: Kortet «Hun sover dårligt» er slettet")
    }

    @Test func undoInTheWheelSaysWhatWasUndone() {
        let source = sampleSource()
        var state = WheelTests().openWheel(source)
        press(&state, .character("a"), source: source)
        press(&state, .right, .tab, source: source)
        type(&state, "Netværksmøde med skolen", source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.annualPlan.count == 1)
        press(&state, .character("x"), source: source)
        #expect(source.families["f-a"]!.annualPlan.isEmpty)
        press(&state, .character("u"), source: source)
        #expect(source.families["f-a"]!.annualPlan.count == 1)
        #expect(state.status?.text == "Fortrudt: Slettet: Netværksmøde med skolen")
    }

    // MARK: A CPR number is never on the screen whole

    /// Not even while it is typed or pasted: the birth date part is shown, the last four digits as X.
    @Test(arguments: [true, false])
    func aCPRNumberBeingTypedIsShownMasked(english: Bool) {
        let source = DetailsTests.emptySource()
        var state = makeState(source, user: "MHA", language: english ? .en : .da)
        press(&state, .character("n"), .tab, .tab, .tab, .tab, source: source)
        #expect(state.fieldForm?.focus == 4)
        for c in "030515-4234" {
            type(&state, String(c), source: source)
            #expect(!screen(state).contains("4234") && !screen(state).contains("-42") && !screen(state).contains("1542"))
        }
        #expect(state.fieldForm?.fields[4].value == "030515-4234")
        #expect(screen(state).contains("030515-XXXX"))
        // ← and Backspace in the middle work on the number, not on the X's.
        press(&state, .left, .left, .backspace, source: source)
        type(&state, "9", source: source)
        #expect(state.fieldForm?.fields[4].value == "030515-4934")
        #expect(screen(state).replacingOccurrences(of: "▏", with: "").contains("030515-XXXX"))
        // Pasted whole.
        for _ in 0..<20 { press(&state, .backspace, .delete, source: source) }
        App.update(&state, .paste("0305154234"), source: source)
        #expect(state.fieldForm?.fields[4].value == "0305154234")
        #expect(screen(state).replacingOccurrences(of: "▏", with: "").contains("030515XXXX") && !screen(state).contains("4234"))
        // Left: the birth date is filled in from it.
        press(&state, .tab, source: source)
        #expect(state.fieldForm?.fields[3].value == (english ? "2015-05-03" : "03.05.2015"))
    }

    // MARK: A new family on Monday, when the caseload is already there

    /// After the first family the empty store's boxes are gone; the caseload still says where a new family and
    /// the import are, at 80×24, and `n` makes one.
    @Test(arguments: [true, false])
    func theCaseloadNamesNewFamilyAndImport(english: Bool) {
        let source = sampleSource()
        var state = makeState(source, user: "MHA", language: english ? .en : .da)
        #expect(screen(state).contains(english ? "n new family · i import the caseload (CSV)" : "n ny familie · i importér sagsstammen (CSV)"))
        press(&state, .character("n"), source: source)
        #expect(state.fieldForm?.purpose == .newFamily)
        // Not offered where nothing can be written.
        var readOnly = makeState(source, user: "MHA", language: english ? .en : .da)
        readOnly.readOnlyReason = "læsetilstand"
        #expect(!screen(readOnly).contains(english ? "n new family" : "n ny familie"))
    }

    // MARK: A refused date says why, whole

    /// The follow-up form refused a date in the future with a reason cut off at the box's edge ("… en pla");
    /// the reason is read whole, at 80×24, in both languages.
    @Test(arguments: [true, false])
    func aFollowUpInTheFutureIsRefusedWithTheWholeReason(english: Bool) {
        let source = sampleSource()
        var state = makeState(source, user: "MHA", language: english ? .en : .da)
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("f"), source: source)
        for _ in 0..<12 { press(&state, .backspace, source: source) }
        type(&state, english ? "2026-11-23" : "23.11.2026", source: source)
        press(&state, .enter, source: source)
        let error = state.form?.error ?? ""
        #expect(error.contains(english ? "after today" : "efter i dag"))
        #expect(TextWidth.of(error) > 66)
        #expect(insideBox(state).contains(error))
        #expect(source.families["f-a"]!.contacts.count == 1)
    }

    /// The årshjul's activity form: a paste too long for a field is refused whole and says so (how long, how much
    /// room) — and that is read whole too, never cut at the box's edge.
    @Test func aPasteTooLongForAnActivityIsRefusedWithTheWholeReason() {
        let source = sampleSource()
        var state = WheelTests().openWheel(source)
        press(&state, .character("a"), .tab, source: source)
        App.update(&state, .paste(String(repeating: "Netværksmøde med skole, PPR og sundhedsplejerske. ", count: 40)), source: source)
        #expect(state.activityForm?.purpose.isEmpty == true)
        let notice = state.activityForm?.focusedNotice(.da) ?? ""
        #expect(notice.contains("Intet er sat ind"))
        #expect(TextWidth.of(notice) > 66)
        #expect(insideBox(state).contains(notice))
    }
}
