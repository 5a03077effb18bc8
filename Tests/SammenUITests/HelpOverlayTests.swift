import Testing
@testable import SammenCore
@testable import SammenUI

/// The help lists every key of the screen, whatever the window's size: when the keys do not fit, the help
/// scrolls and says which of them it shows, instead of leaving the last ones out.
@Suite struct HelpOverlayTests {
    /// Every line the help shows while scrolled from the top to the end with `j`, and the footers seen.
    static func readWhole(_ state: inout AppState, source: MemorySource) -> (text: String, footers: [String]) {
        press(&state, .character("?"), source: source)
        #expect(state.overlay == .help)
        var text = ""
        var footers: [String] = []
        for _ in 0..<60 {
            let lines = Renderer.render(state).text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            text += lines.joined(separator: "\n")
            footers.append(lines.first(where: { $0.contains("lukker") || $0.contains("closes") }) ?? "")
            let before = state.helpScroll
            press(&state, .character("j"), source: source)
            if state.helpScroll == before { break }
        }
        return (text, footers)
    }

    static func expectEveryKey(_ text: String, scope: Scope, strings: Strings) {
        for binding in KeyBindings.shown(in: scope) {
            // The help text may be cut at the frame's edge; its first 20 characters are always there.
            let does = String(strings[binding.help].prefix(20))
            #expect(text.contains(binding.label) && text.contains(does), "help never shows \(binding.label): \(does)")
        }
        #expect(text.contains("mus") || text.contains("mouse"))
    }

    @Test func theBoardsKeysAllShowAt80x24ByScrolling() {
        var (state, source) = SnapshotTests.boardSetup(width: 80, height: 24, presenting: false, language: .da)
        let (text, footers) = Self.readWhole(&state, source: source)
        Self.expectEveryKey(text, scope: .board, strings: state.strings)
        #expect(footers.first?.contains("↑↓ flere taster (1–") == true)
        #expect(footers.count > 1)
        // The end is the end: more j changes nothing, and k goes back up.
        let last = state.helpScroll
        press(&state, .character("j"), .end, source: source)
        #expect(state.helpScroll == last)
        press(&state, .character("k"), source: source)
        #expect(state.helpScroll == last - 1)
        press(&state, .escape, source: source)
        #expect(state.overlay == nil)
        // Opened again, it starts at the top.
        press(&state, .character("?"), source: source)
        #expect(state.helpScroll == 0)
    }

    @Test func theCaseloadsKeysAllShowAt80x24() {
        let source = sampleSource()
        var state = makeState(source, width: 80, height: 24)
        let (text, _) = Self.readWhole(&state, source: source)
        Self.expectEveryKey(text, scope: .dashboard, strings: state.strings)
    }

    @Test func aTallWindowShowsEverythingWithoutScrolling() {
        var (state, source) = SnapshotTests.boardSetup(width: 160, height: 60, presenting: false, language: .en)
        press(&state, .character("?"), source: source)
        let text = Renderer.render(state).text()
        Self.expectEveryKey(text, scope: .board, strings: state.strings)
        #expect(text.contains("Esc or ? closes help"))
        press(&state, .character("j"), source: source)
        #expect(state.helpScroll == 0)
    }
}
