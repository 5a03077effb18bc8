import Testing
@testable import SammenCore
@testable import SammenUI

/// Boards that tell the truth: participants picked from the family's network and earlier meetings, the roles
/// (with "anden" and free text, English in English), what 0 and 10 mean, and a window too small for the board.
extension SnapshotTests {
    /// The board with a network and an earlier meeting to pick from, the participant dialog open.
    static func pickerState(language: Language = .da, width: Int, height: Int) -> (AppState, MemorySource) {
        var (state, source) = boardSetup(width: width, height: height, presenting: false, language: language)
        var f = source.families["f-a"]!
        f.network = [NetworkActor(id: "n1", role: .ppr, organisation: "PPR Søby", contactName: "Kasper Juul", email: "kj@ppr.dk"),
                     NetworkActor(id: "n2", role: .familyGuide, organisation: "Familiehuset", contactName: "Sofie Ravn")]
        f.meetings.append(Meeting(id: "m0", date: d("2026-08-20"), kind: .network, method: .loft,
                                  participants: [Participant(id: "p1", name: "Hassan", role: "far"),
                                                 Participant(id: "p2", name: "Lone", role: "lærer")]))
        source.families["f-a"] = f
        if var view = state.family { view.family = f; view.base = f; state.family = view }
        press(&state, .character("p"), source: source)
        return (state, source)
    }

    @Test(arguments: [(80, 24), (160, 48)]) func participantPicker(width: Int, height: Int) {
        let (state, _) = Self.pickerState(width: width, height: height)
        let choices = state.fieldForm?.fields[0].choices ?? []
        // The mother, the network and the earlier meeting's father; Lone is already in this meeting.
        #expect(choices == ["(ny person)", "Mor Familien Ahmed — mor", "Kasper Juul — PPR (PPR Søby)",
                            "Sofie Ravn — familiebehandler (Familiehuset)", "Hassan — far"])
        assertSnapshot("participant-picker-\(width)x\(height)", state)
    }

    @Test func participantPickerEnglish() {
        let (state, _) = Self.pickerState(language: .en, width: 80, height: 24)
        #expect(state.fieldForm?.fields[2].choices?.contains("interpreter") == true)
        #expect(state.fieldForm?.fields[0].choices?.contains("Kasper Juul — PPR psychologist (PPR Søby)") == true)
        assertSnapshot("participant-picker-en-80x24", state)
    }

    @Test func aPickedPersonComesWithNameRoleAndAddress() {
        var (state, source) = Self.pickerState(width: 80, height: 24)
        press(&state, .right, .right, source: source)  // (ny person) → mor → Kasper Juul
        press(&state, .enter, source: source)
        let added = source.families["f-a"]!.meetings[0].participants.last
        #expect(added?.name == "Kasper Juul" && added?.role == "PPR" && added?.email == "kj@ppr.dk")
    }

    @Test func anotherRoleIsWrittenInFreeText() {
        var (state, source) = Self.pickerState(width: 80, height: 24)
        press(&state, .tab, source: source)
        type(&state, "Amira", source: source)
        press(&state, .tab, .left, source: source)  // mor ← wraps to the last role: anden
        #expect(state.fieldForm?.fields[2].value == "anden")
        press(&state, .tab, source: source)
        type(&state, "mentor", source: source)
        press(&state, .enter, source: source)
        let added = source.families["f-a"]!.meetings[0].participants.last
        #expect(added?.name == "Amira" && added?.role == "mentor")
    }

    @Test func theRolesCoverTheNetwork() {
        let roles = ParticipantRoles.all.map(\.da)
        for role in ["familiebehandler", "tolk", "plejeforælder", "UU-vejleder", "anden"] { #expect(roles.contains(role)) }
        #expect(ParticipantRoles.name("tolk", in: .en) == "interpreter")
        #expect(ParticipantRoles.name("mentor", in: .en) == "mentor")
        #expect(ParticipantRoles.name("tolk", in: .da) == "tolk")
    }

    @Test func theScaleDialogSaysWhatZeroAndTenMean() {
        var (state, source) = Self.boardSetup(width: 80, height: 24, presenting: false)
        press(&state, .character("s"), source: source)
        #expect(state.fieldForm?.note == "10 betyder, at det går så godt, at der ikke er brug for mere hjælp. 0 betyder det modsatte.")
        #expect(Renderer.render(state).text().contains("10 betyder"))
    }

    @Test(arguments: ["da", "en"]) func aNarrowWindowSaysSoInsteadOfGarbling(code: String) {
        let language: SammenCore.Language = code == "da" ? .da : .en
        for (width, height) in [(50, 20), (80, 12)] {
            let state = Self.boardState(width: width, height: height, presenting: false, language: language)
            let text = Renderer.render(state).text()
            #expect(text.contains(language == .da ? "Vinduet er for lille" : "The window is too small"))
            #expect(!text.contains("Yasmin sover"))
        }
        let presenting = Self.boardState(width: 50, height: 20, presenting: true, language: language)
        #expect(Renderer.render(presenting).text().contains(language == .da ? "Vinduet er for lille" : "The window is too small"))
        assertSnapshot("board-narrow-\(language.rawValue)-50x20", Self.boardState(width: 50, height: 20, presenting: false, language: language))
    }
}
