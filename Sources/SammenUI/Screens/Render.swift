/// `render(state) → Grid`: the whole screen drawn from state alone, at the state's size. Never touches the
/// terminal, the clock or the disk, so every screen can be tested as text.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: max(0, state.width), height: max(0, state.height))
        guard state.width > 0, state.height > 0 else { return grid }
        switch state.screen {
        case .dashboard: DashboardScreen.draw(state, into: &grid)
        case .leader: LeaderScreen.draw(state, into: &grid)
        case .family: FamilyScreen.draw(state, into: &grid)
        case .wheel: WheelScreen.draw(state, into: &grid)
        case .meetings: MeetingsScreen.draw(state, into: &grid)
        case .board: BoardScreen.draw(state, into: &grid)
        case .record: RecordScreen.draw(state, into: &grid)
        case .details: DetailsScreen.draw(state, into: &grid)
        case .team: TeamScreen.draw(state, into: &grid)
        }
        // The projector view is the board alone.
        if !(state.screen == .board && state.board?.presenting == true) { ChromeLayout.drawTitleBar(state, into: &grid) }
        if let form = state.form { FormOverlay.draw(form, state, into: &grid) }
        if let preview = state.importPreview { ImportPreviewScreen.draw(preview, state, into: &grid) }
        if let form = state.fieldForm { FieldFormOverlay.draw(form, state, into: &grid) }
        if let tour = state.tour { TourOverlay.draw(tour, state, into: &grid) }
        switch state.overlay {
        case .help: HelpOverlay.draw(state, into: &grid)
        case .confirmQuit: ConfirmOverlay.draw(state.strings[.confirmQuit], state, into: &grid)
        case .confirmDiscard: ConfirmOverlay.draw(state.strings[.confirmDiscard], state, into: &grid)
        case .confirmMember(let question): ConfirmOverlay.draw(question.text(state.strings), state, into: &grid)
        case nil: break
        }
        if let conflict = state.conflict { ConflictOverlay.draw(conflict, state, into: &grid) }
        return grid
    }
}
