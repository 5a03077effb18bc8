import Testing
@testable import SammenCore
@testable import SammenUI

/// Who has access to a team store, managed from the team screen as `sammen team add/remove` does: only root or a
/// leader, asking before access is taken away or leadership changes, and `u` undoing by the opposite change.
@Suite struct TeamMembersTests {
    func leaderSource() -> MemorySource {
        let source = sampleSource()
        source.team.members = [TeamMember(login: "mette", initials: "MHA", leader: true)]
        return source
    }

    func openTeam(_ source: MemorySource, width: Int = 80, height: Int = 24) -> AppState {
        var state = makeState(source, user: "MHA", width: width, height: height)
        press(&state, .character("2"), .character("t"), source: source)
        #expect(state.screen == .team)
        return state
    }

    @Test func theScreenShowsEachCaseworkersLoginAndTheLeader() {
        let source = leaderSource()
        let text = Renderer.render(openTeam(source)).text()
        #expect(text.contains("login mette  ·  leder"))
        #expect(text.contains("Jonas Bo  ·  intet login"))
        #expect(text.contains("Adgang: n giv · x fjern · L leder"))
    }

    @Test func aLeaderGivesAccessToTheSelectedCaseworkerAndUndoes() {
        let source = leaderSource()
        var state = openTeam(source)
        press(&state, .down, .character("n"), source: source)
        #expect(state.fieldForm?.purpose == .member)
        #expect(state.fieldForm?.value(1) == "JBO", "prefilled for the selected caseworker, who has no login")
        type(&state, "jonas", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm == nil)
        #expect(source.team.member(login: "jonas") == TeamMember(login: "jonas", initials: "JBO", leader: false))
        #expect(state.status?.text == "«jonas» har adgang som JBO — u fortryder.")
        #expect(Renderer.render(state).text().contains("Jonas Bo  ·  login jonas"))
        press(&state, .character("u"), source: source)
        #expect(source.team.member(login: "jonas") == nil)
        #expect(state.status?.text == "Fortrudt: «jonas» har adgang som JBO")
    }

    @Test func aNewLoginForANewCaseworkerAsLeader() {
        let source = leaderSource()
        var state = openTeam(source)
        press(&state, .character("n"), source: source)
        type(&state, "lise", source: source)
        press(&state, .tab, source: source)
        // The selected caseworker (MHA) already has a login: nothing is prefilled.
        #expect(state.fieldForm?.value(1) == "")
        type(&state, "lk", source: source)
        press(&state, .tab, source: source)
        type(&state, "Lise Krogh", source: source)
        press(&state, .tab, .right, .enter, source: source)
        #expect(source.team.member(login: "lise")?.leader == true && source.team.member(login: "lise")?.initials == "LK")
        #expect(source.team.caseworker("LK")?.name == "Lise Krogh")
    }

    @Test func aLoginTheMachineDoesNotHaveOrThatIsTakenIsRefusedInTheForm() {
        let source = leaderSource()
        var state = openTeam(source)
        press(&state, .down, .character("n"), source: source)
        type(&state, "ukendt", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error?.contains("ukendt") == true, "the store's reason is shown in the form")
        #expect(source.team.members.count == 1)
        for _ in 0..<6 { press(&state, .backspace, source: source) }
        type(&state, "jonas;rm", source: source)
        press(&state, .enter, source: source)
        #expect(state.fieldForm?.error == "Skriv brugerens login på maskinen (bogstaver, tal, . _ -).")
    }

    @Test func takingAccessAwayAsksFirstAndNoKeepsIt() {
        let source = leaderSource()
        source.team.members.append(TeamMember(login: "jonas", initials: "JBO"))
        var state = openTeam(source)
        press(&state, .down, .character("x"), source: source)
        #expect(state.overlay == .confirmMember(MemberQuestion(member: TeamMember(login: "jonas", initials: "JBO"), change: .remove)))
        #expect(Renderer.render(state).text().contains("Fjern adgangen for «jonas» (JBO)?"))
        press(&state, .character("n"), source: source)
        #expect(source.team.member(login: "jonas") != nil && state.status?.text == "Intet ændret.")
        press(&state, .character("x"), .character("j"), source: source)
        #expect(source.team.member(login: "jonas") == nil)
        #expect(state.status?.text == "«jonas» (JBO) har ikke længere adgang til arkivet — u fortryder.")
        #expect(source.team.caseworker("JBO") != nil, "the caseworker stays: the records name it")
        press(&state, .character("u"), source: source)
        #expect(source.team.member(login: "jonas") == TeamMember(login: "jonas", initials: "JBO"))
    }

    @Test func leadershipAsksAndTheLastLeaderCannotStepDown() {
        let source = leaderSource()
        source.team.members.append(TeamMember(login: "jonas", initials: "JBO"))
        var state = openTeam(source)
        press(&state, .character("L"), .character("j"), source: source)
        #expect(source.team.member(login: "mette")?.leader == true, "the only leader stays leader")
        #expect(state.status?.isError == true)
        press(&state, .down, .character("L"), source: source)
        #expect(Renderer.render(state).text().contains("Gør «jonas» (JBO) til leder?"))
        press(&state, .character("j"), source: source)
        #expect(source.team.member(login: "jonas")?.leader == true)
        press(&state, .character("u"), source: source)
        #expect(source.team.member(login: "jonas")?.leader == false)
    }

    @Test func anAccountThatIsNotALeaderIsToldAndNothingOpens() {
        let source = leaderSource()
        source.mayManageTeam = false
        var state = openTeam(source)
        #expect(!Renderer.render(state).text().contains("Adgang: n giv"))
        for key in [Key.character("n"), .character("x"), .character("L")] {
            press(&state, key, source: source)
            #expect(state.fieldForm == nil && state.overlay == nil)
            #expect(state.status?.text == "Kun teamets leder eller IT-kontakten (root) kan give og fjerne adgang.")
        }
        #expect(source.team.members.count == 1)
    }

    @Test func aReadOnlyProgramChangesNoAccess() {
        let source = leaderSource()
        source.readOnlyReason = "kun læseadgang"
        var state = openTeam(source)
        press(&state, .character("n"), source: source)
        #expect(state.fieldForm == nil && state.status?.isError == true)
    }
}
