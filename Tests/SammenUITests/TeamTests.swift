import Testing
@testable import SammenCore
@testable import SammenUI

/// The team's caseworkers kept in the program: added, corrected, their own target, the team's target; `u` undoes.
@Suite struct TeamTests {
    func openTeam(_ source: MemorySource, language: Language = .da, width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(source, user: "MHA", language: language, width: width, height: height)
        press(&state, .character("2"), .character("t"), source: source)
        return state
    }

    @Test func aNewCaseworkerWithPhoneEMailAndOwnTarget() {
        let source = sampleSource()
        var state = openTeam(source)
        #expect(state.screen == .team)
        press(&state, .character("a"), source: source)
        type(&state, "lk", source: source)
        press(&state, .tab, source: source)
        type(&state, "Lise Krogh", source: source)
        press(&state, .tab, source: source)
        type(&state, "+45 20 30 40 50", source: source)
        press(&state, .tab, source: source)
        type(&state, "lise@example.dk", source: source)
        press(&state, .tab, source: source)
        type(&state, "15", source: source)
        press(&state, .enter, source: source)
        let lise = source.team.caseworker("LK")
        #expect(lise?.name == "Lise Krogh" && lise?.phone == "+45 20 30 40 50" && lise?.email == "lise@example.dk")
        #expect(lise?.targetCaseload == 15 && lise?.active == true)
        #expect(state.team.caseworker("LK") != nil)
        #expect(state.status?.text == "LK Lise Krogh er med i teamet — u fortryder.")
        #expect(Renderer.render(state).text().contains("mål 15"))
        // The new caseworker can be made primary on a case.
        #expect(App.caseworkerField("Primær", nil, state).choices?.contains("LK") == true)
        press(&state, .character("u"), source: source)
        #expect(source.team.caseworker("LK") == nil)
        #expect(state.status?.text == "Fortrudt: LK Lise Krogh er med i teamet")
    }

    @Test func initialsAreCheckedAndNeverTakenTwice() {
        let source = sampleSource()
        var state = openTeam(source)
        press(&state, .character("a"), source: source)
        type(&state, "m", source: source)
        press(&state, .tab, source: source)
        type(&state, "Mads", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Initialer er 2–6 bogstaver eller tal.")
        press(&state, .up, source: source)
        type(&state, "ha", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Initialerne MHA har Mette Hansen allerede.")
        #expect(source.team.caseworkers.count == 2)
    }

    @Test func editingACaseworkerAndTheTeamsTarget() {
        let source = sampleSource()
        var state = openTeam(source)
        press(&state, .down, .enter, source: source)
        #expect(state.fieldForm?.purpose == .caseworker(editing: "JBO"))
        press(&state, .tab, .tab, source: source)
        type(&state, "jonas@@example.dk", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error?.hasPrefix("Ikke gemt: e-mail") == true)
        press(&state, .end, .left, .left, .left, .left, .left, .left, .left, .left, .left, .left, .left, .backspace, source: source)
        press(&state, .tab, .tab, .right, .enter, source: source)
        let jonas = source.team.caseworker("JBO")
        #expect(jonas?.email == "jonas@example.dk" && jonas?.active == false)
        #expect(state.status?.text == "JBO Jonas Bo er rettet — u fortryder.")
        press(&state, .character("m"), .tab, source: source)
        press(&state, .backspace, source: source)
        type(&state, "20", source: source)
        press(&state, .enter, source: source)
        #expect(source.team.targetCaseload == 20)
        #expect(state.status?.text == "Teamets indstillinger er gemt — u fortryder.")
        press(&state, .escape, source: source)
        #expect(state.screen == .leader)
    }

    /// The cases whose row carries the N flag (the family's network meeting is overdue or due within a week).
    func networkFlagged(_ state: AppState) -> [String] {
        state.rows.filter { $0.flags.networkMeeting }.map(\.caseNumber).sorted()
    }

    /// Types `months` into the team settings' network meeting field and saves.
    func setNetworkMonths(_ months: String, _ state: inout AppState, source: MemorySource) {
        press(&state, .character("m"), .tab, .tab, source: source)
        press(&state, .backspace, .backspace, .backspace, source: source)
        type(&state, months, source: source)
        press(&state, .enter, source: source)
    }

    /// Seed 002 tells of one municipality holding network meetings every 6 months: the team chooses its own
    /// interval, or none, on the team screen, and the dashboard's N flag follows at once (not at the next start).
    @Test func theTeamChoosesHowOftenNetworkMeetingsAreHeld() {
        let source = sampleSource()
        var state = openTeam(source)
        // Opened 2026-01-10, 2025-06-01 and 2024-01-01: six months have passed; S-3 opened this month.
        #expect(networkFlagged(state) == ["S-1", "S-2", "S-4"])
        press(&state, .character("m"), source: source)
        #expect(state.fieldForm?.fields[2].value == "6")
        press(&state, .escape, source: source)

        setNetworkMonths("0", &state, source: source)
        #expect(state.fieldForm == nil)
        #expect(source.team.networkMeetingIntervalMonths == 0)
        #expect(networkFlagged(state).isEmpty)
        #expect(state.status?.text == "Teamets indstillinger er gemt — u fortryder.")

        setNetworkMonths("24", &state, source: source)
        #expect(source.team.networkMeetingIntervalMonths == 24)
        #expect(networkFlagged(state) == ["S-4"])

        press(&state, .character("u"), source: source)
        #expect(source.team.networkMeetingIntervalMonths == 0)
        #expect(networkFlagged(state).isEmpty)
        press(&state, .character("u"), source: source)
        #expect(source.team.networkMeetingIntervalMonths == nil)
        #expect(networkFlagged(state) == ["S-1", "S-2", "S-4"])
    }

    @Test func aNetworkMeetingIntervalOutsideZeroToTwoYearsIsRefusedAndNothingSaved() {
        let source = sampleSource()
        for typed in ["25", "x", "-1", ""] {
            var state = openTeam(source)
            setNetworkMonths(typed, &state, source: source)
            #expect(state.fieldForm?.error == "Netværksmøder: et antal måneder fra 1 til 24, eller 0, hvis teamet ikke følger dem.")
            #expect(source.team.networkMeetingIntervalMonths == nil)
        }
        // The default typed again is no choice: team.json keeps the interval absent.
        var state = openTeam(source)
        setNetworkMonths("6", &state, source: source)
        #expect(state.fieldForm == nil)
        #expect(source.team.networkMeetingIntervalMonths == nil)
    }
}
