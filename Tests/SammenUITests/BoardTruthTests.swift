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

    /// Typing in the picker searches: letters narrow the people to those whose name, role or place contains them
    /// (case and accents ignored), ←/→ step through what is left, Backspace takes a letter back.
    @Test(arguments: [(80, 24), (160, 48)]) func typingInThePickerSearches(width: Int, height: Int) {
        var (state, source) = Self.pickerState(width: width, height: height)
        type(&state, "ppr", source: source)
        #expect(state.fieldForm?.fields[0].value == "Kasper Juul — PPR (PPR Søby)")
        #expect(state.fieldForm?.fields[0].matches.count == 1)
        assertSnapshot("participant-picker-search-\(width)x\(height)", state)
        // Back to «pp», then «a»: the family guide and the father, not the mother.
        press(&state, .backspace, .backspace, .backspace, source: source)
        type(&state, "a", source: source)
        let left = state.fieldForm?.fields[0].matches ?? []
        #expect(left.contains("Hassan — far") && left.contains("Kasper Juul — PPR (PPR Søby)") && !left.contains("(ny person)"))
        press(&state, .right, source: source)
        #expect(left.contains(state.fieldForm?.fields[0].value ?? ""))
        // Accents and case do not matter: «soby» finds PPR Søby.
        press(&state, .backspace, source: source)
        type(&state, "soby", source: source)
        #expect(state.fieldForm?.fields[0].value == "Kasper Juul — PPR (PPR Søby)")
        press(&state, .backspace, .backspace, .backspace, .backspace, source: source)
        type(&state, "SOFIE RAVN", source: source)
        #expect(state.fieldForm?.fields[0].value == "Sofie Ravn — familiebehandler (Familiehuset)")
        // Nothing left: the value stays and the screen says so.
        type(&state, "x", source: source)
        #expect(state.fieldForm?.fields[0].value == "Sofie Ravn — familiebehandler (Familiehuset)")
        #expect(Renderer.render(state).text().contains("Ingen passer til «SOFIE RAVNx»"))
        press(&state, .backspace, source: source)
        press(&state, .enter, source: source)
        let added = source.families["f-a"]!.meetings[0].participants.last
        #expect(added?.name == "Sofie Ravn" && added?.role == "familiebehandler")
    }

    /// A meeting's internal notes are seen and written on the caseworker's board (`N`), and never reach the
    /// projector view or the family's summary.
    @Test func internalNotesAreWrittenOnTheBoardButNeverShown() {
        var (state, source) = Self.boardSetup(width: 80, height: 24, presenting: false)
        let meetingID = state.board!.meetingID
        var meeting = { source.families["f-a"]!.meetings.first { $0.id == meetingID }! }
        #expect(Renderer.render(state).text().contains("Interne noter: Intern note"))
        press(&state, .character("N"), source: source)
        #expect(state.fieldForm?.purpose == .meetingNotes)
        #expect(state.fieldForm?.fields[0].value == "Intern note")
        press(&state, .end, source: source)
        type(&state, ": far vil ikke have PPR med HEMMELIGT", source: source)
        press(&state, .enter, source: source)
        #expect(meeting().internalNotes == "Intern note: far vil ikke have PPR med HEMMELIGT")
        #expect(state.status?.text == "Mødets interne noter er gemt — u fortryder.")
        #expect(Renderer.render(state).text().contains("HEMMELIGT"))
        // The projector view never shows them, and `N` is refused there.
        press(&state, .function(5), source: source)
        #expect(!Renderer.render(state).text().contains("HEMMELIGT"))
        #expect(!Renderer.render(state).text().contains("Interne noter"))
        press(&state, .character("N"), source: source)
        #expect(state.fieldForm == nil && state.status?.isError == true)
        press(&state, .function(5), source: source)
        // The family's summary leaves them out in every format.
        for format in [ExportFormat.md, .html, .txt] {
            let summary = MeetingSummary.render(meeting: meeting(), family: source.families["f-a"]!, team: source.team,
                                                format: format, earlier: [], training: true)
            #expect(!summary.contains("HEMMELIGT") && !summary.contains("Intern note"))
        }
        // Undo takes the change back; emptying the field removes the notes.
        press(&state, .character("u"), source: source)
        #expect(meeting().internalNotes == "Intern note")
        press(&state, .character("N"), source: source)
        press(&state, .end, source: source)
        for _ in 0..<20 { press(&state, .backspace, source: source) }
        press(&state, .enter, source: source)
        #expect(meeting().internalNotes == nil)
        #expect(!Renderer.render(state).text().contains("Interne noter"))
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
