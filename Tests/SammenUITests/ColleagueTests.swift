import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// Working in one caseload with a colleague: the one save path (reload, merge, save), the choice when both
/// changed the same thing, and colleagues' saves shown without a key.
@Suite struct ColleagueTests {
    func openAhmed(_ source: MemorySource, language: Language = .da, width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.openFamily(&state, "f-a", source: source)
        return state
    }

    @Test func aFollowUpSavedAfterAColleaguesFollowUpKeepsBoth() {
        let source = sampleSource()
        var state = openAhmed(source)
        source.colleagueSaves("f-a") { $0.registerContact(date: d("2026-11-21"), channel: .sms, note: "Kollegas", by: "JBO") }
        press(&state, .character("f"), .tab, .tab, .tab, .tab, source: source)
        type(&state, "Min", source: source)
        press(&state, .enter, source: source)
        #expect(state.form == nil && state.conflict == nil)
        #expect(source.families["f-a"]!.contacts.map(\.note) == ["Status", "Kollegas", "Min"])
        #expect(state.family!.family.contacts.map(\.note) == ["Status", "Kollegas", "Min"])
        #expect(state.family!.base == source.families["f-a"]!)
        #expect(state.status!.text.contains("En kollegas ændring af familien er flettet ind"))
    }

    @Test func theSameFieldAsksAndTheChoiceIsSaved() {
        let source = sampleSource()
        var state = openAhmed(source)
        source.colleagueSaves("f-a") { $0.contacts[0].note = "Kollegas note" }
        var mine = state.family!.family
        mine.contacts[0].note = "Min note"
        mine.address = "Vejen 3"
        App.save(&state, mine, source: source, message: "Gemt.")
        // Nothing written; both values shown; mine kept on screen and as unsaved.
        #expect(source.families["f-a"]!.contacts[0].note == "Kollegas note" && source.families["f-a"]!.address == nil)
        #expect(state.conflict?.conflicts.map(\.path) == [[.field("contacts"), .item("k1"), .field("note")]])
        #expect(state.unsaved == mine && state.family!.family == mine)
        let screen = Renderer.render(state).text()
        #expect(screen.contains("Min note") && screen.contains("Kollegas note"))
        press(&state, .right, .enter, source: source)
        #expect(state.conflict == nil && state.unsaved == nil)
        #expect(source.families["f-a"]!.contacts[0].note == "Kollegas note" && source.families["f-a"]!.address == "Vejen 3")
        #expect(state.family!.family == source.families["f-a"]!)
    }

    @Test func choosingMineKeepsWhatWasTyped() {
        let source = sampleSource()
        var state = openAhmed(source)
        source.colleagueSaves("f-a") { $0.name = "Familien Kollega" }
        var mine = state.family!.family
        mine.name = "Familien Min"
        App.save(&state, mine, source: source, message: "Gemt.")
        press(&state, .character("2"), .character("1"), .enter, source: source)
        #expect(source.families["f-a"]!.name == "Familien Min")
    }

    @Test func laterKeepsTheChangeAndCtrlSAsksAgain() {
        let source = sampleSource()
        var state = openAhmed(source)
        source.colleagueSaves("f-a") { $0.name = "Familien Kollega" }
        var mine = state.family!.family
        mine.name = "Familien Min"
        App.save(&state, mine, source: source, message: "Gemt.")
        press(&state, .escape, source: source)
        #expect(state.conflict == nil && state.unsaved?.name == "Familien Min" && state.status!.isError)
        #expect(source.families["f-a"]!.name == "Familien Kollega")
        // Quitting now asks first: the change is not saved.
        press(&state, .character("q"), source: source)
        #expect(state.overlay == .confirmQuit)
        press(&state, .character("n"), .control("s"), source: source)
        #expect(state.conflict != nil)
    }

    @Test func aColleagueSavingAgainDuringTheChoiceIsMergedToo() {
        let source = sampleSource()
        var state = openAhmed(source)
        source.colleagueSaves("f-a") { $0.name = "Familien Kollega" }
        var mine = state.family!.family
        mine.name = "Familien Min"
        App.save(&state, mine, source: source, message: "Gemt.")
        source.colleagueSaves("f-a") { $0.address = "Kollegavej 1" }
        press(&state, .enter, source: source)
        #expect(state.conflict == nil)
        #expect(source.families["f-a"]!.name == "Familien Min" && source.families["f-a"]!.address == "Kollegavej 1")
    }

    @Test func theDashboardShowsAColleaguesFollowUpAndLosesADeletedFamily() {
        let source = sampleSource()
        var state = makeState(source)
        source.colleagueSaves("f-c") { $0.registerContact(date: d("2026-11-21"), channel: .phone, by: "JBO") }
        App.colleaguesSaved(&state, source.refresh(["f-c"]), source: source)
        #expect(state.rows.first { $0.familyID == "f-c" }?.lastFollowUp == d("2026-11-21"))
        source.families["f-d"] = nil
        App.colleaguesSaved(&state, source.refresh(["f-d"]), source: source)
        #expect(!state.rows.contains { $0.familyID == "f-d" } && state.summaries["f-d"] == nil)
        #expect(!Renderer.render(state).text().contains("Dahl"))
    }

    @Test func theOpenFamilyIsReadAgainWhenNoFormIsOpen() {
        let source = sampleSource()
        var state = openAhmed(source)
        source.colleagueSaves("f-a") { $0.registerContact(date: d("2026-11-21"), channel: .sms, note: "Ny fra kollega", by: "JBO") }
        App.colleaguesSaved(&state, source.refresh(["f-a"]), source: source)
        #expect(state.family!.family.contacts.last?.note == "Ny fra kollega")
        #expect(state.family!.base == state.family!.family)
        #expect(state.status?.text == "Familien er opdateret med en kollegas ændring.")
    }

    @Test func aFormInProgressSaysTheFamilyChangedAndItsSaveMerges() {
        let source = sampleSource()
        var state = openAhmed(source)
        press(&state, .character("f"), .tab, .tab, .tab, .tab, source: source)
        type(&state, "Skrevet imens", source: source)
        source.colleagueSaves("f-a") { $0.address = "Nyvej 2" }
        App.colleaguesSaved(&state, source.refresh(["f-a"]), source: source)
        #expect(state.form?.note == "Skrevet imens")
        #expect(state.family!.family.address == nil)
        #expect(state.changedUnderneath && state.status?.text.contains("ændret familien imens") == true)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.address == "Nyvej 2" && source.families["f-a"]!.contacts.last?.note == "Skrevet imens")
        #expect(!state.changedUnderneath && state.family!.family.address == "Nyvej 2")
    }

    @Test func aCancelledFormReadsTheChangedFamilyAfterwards() {
        let source = sampleSource()
        var state = openAhmed(source)
        press(&state, .character("f"), source: source)
        source.colleagueSaves("f-a") { $0.address = "Nyvej 2" }
        App.colleaguesSaved(&state, source.refresh(["f-a"]), source: source)
        #expect(state.family!.family.address == nil)
        press(&state, .escape, source: source)
        #expect(state.form == nil && state.family!.family.address == "Nyvej 2" && !state.changedUnderneath)
    }

    @Test func anOpenFamilyAColleagueDeletedGoesBackToTheCaseload() {
        let source = sampleSource()
        var state = openAhmed(source)
        source.families["f-a"] = nil
        App.colleaguesSaved(&state, source.refresh(["f-a"]), source: source)
        #expect(state.screen == .dashboard && state.family == nil)
        #expect(state.status?.text == "Familien Ahmed er slettet eller flyttet af en kollega.")
    }

    @Test func everyConflictTextExistsInBothLanguages() {
        for language in Language.allCases {
            let s = Strings(language)
            for key in [UIText.conflictTitle, .conflictIntro, .conflictMine, .conflictTheirs, .conflictRemoved, .conflictEmpty,
                        .conflictKeys, .conflictStatus, .conflictLater, .savedMerged, .changedUnderneath, .familyRefreshed,
                        .familyGone, .conflictCount, .helpChooseMine, .helpChooseTheirs, .helpSaveChoices, .helpChoiceLater] {
                #expect(!s[key].hasPrefix("["), "\(language) lacks \(key)")
            }
        }
    }

    @Test func aCPRNumberInAConflictIsMasked() {
        let text = ConflictOverlay.valueText(.string("010203-1234"), base: nil, key: "cpr", Strings(.da))
        #expect(!text.contains("1234") && text.hasPrefix("010203"))
    }
}

/// The choice and the "changed underneath" notice as text, at 80x24 and large, in Danish and English.
@Suite struct ColleagueSnapshotTests {
    static let cases: [(Int, Int, Bool)] = [(80, 24, false), (160, 48, false), (80, 24, true), (160, 48, true)]

    func snapshot(_ name: String, _ state: AppState) {
        SnapshotTests().assertSnapshot(name, state)
    }

    func suffix(_ width: Int, _ height: Int, _ language: Language) -> String {
        (language == .en ? "-en" : "") + "-\(width)x\(height)"
    }

    @Test(arguments: ColleagueSnapshotTests.cases) func conflictChoice(width: Int, height: Int, english: Bool) {
        let language: Language = english ? .en : .da
        let source = sampleSource()
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.openFamily(&state, "f-a", source: source)
        source.colleagueSaves("f-a") {
            $0.contacts[0].note = "Mor ringede: aflastningen er flyttet til torsdag, og skolen vil gerne have et møde inden jul."
            $0.name = "Familien Ahmed-Berg"
            $0.contacts.removeAll { $0.id == "x" }
            $0.contactPreference.channel = .email
        }
        var mine = state.family!.family
        mine.contacts[0].note = "Status: aflastning hver anden weekend fortsætter"
        mine.name = "Familien Ahmed Berg"
        mine.contactPreference.channel = .phone
        mine.contactPreference.note = "Helst efter kl. 15"
        mine.children[0].cpr = "010516-1234"
        App.save(&state, mine, source: source, message: "Gemt.")
        source.colleagueSaves("f-a") { _ in }
        press(&state, .down, .right, source: source)
        snapshot("conflict\(suffix(width, height, language))", state)
    }

    @Test(arguments: ColleagueSnapshotTests.cases) func changedUnderneath(width: Int, height: Int, english: Bool) {
        let language: Language = english ? .en : .da
        let source = sampleSource()
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        App.openFamily(&state, "f-a", source: source)
        press(&state, .character("f"), .tab, .tab, .tab, .tab, source: source)
        type(&state, "Samtale om aflastning", source: source)
        source.colleagueSaves("f-a") { $0.address = "Nyvej 2" }
        App.colleaguesSaved(&state, source.refresh(["f-a"]), source: source)
        snapshot("changed-underneath\(suffix(width, height, language))", state)
    }
}
