import Testing
@testable import SammenCore
@testable import SammenUI

/// A random key storm: thousands of random events at random sizes. The UI must never crash, never draw past
/// the edge, and keep its selection inside the rows. Seeded, so a failure can be replayed.
@Suite struct KeyStormTests {
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 33)
        }
    }

    static let keys: [Key] = [
        .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .home, .end, .pageUp, .pageDown,
        .function(1), .function(5), .control("c"), .control("s"), .control("b"), .control("f"),
        .character("q"), .character("f"), .character("/"), .character("?"), .character("1"), .character("2"),
        .character("s"), .character("S"), .character("c"), .character("v"), .character("j"), .character("k"),
        .character("g"), .character("G"), .character("h"), .character("l"), .character("n"), .character("æ"),
        .character("ø"), .character("å"), .character(" "), .character("3"), .character("."), .character("日"),
    ]

    // On the main thread, like the real event loop: the worker threads' small stacks overflow in debug builds
    // (a SIGSEGV in a deep, unoptimised update chain), which says nothing about the program.
    @Test(arguments: [1, 2, 3, 4]) @MainActor
    func randomEventsNeverCrashOrDrawPastTheEdge(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        let source = sampleSource()
        source.isTraining = true
        var state = makeState(source, width: 80, height: 24)
        var saves = 0
        for step in 0..<3_000 {
            let event: Event
            switch Int.random(in: 0..<20, using: &random) {
            case 0:
                event = .resize(width: Int.random(in: 1...220, using: &random), height: Int.random(in: 1...70, using: &random))
            case 1:
                event = .mouse(x: Int.random(in: -2...230, using: &random), y: Int.random(in: -2...75, using: &random),
                               button: [.left, .right, .scrollUp, .scrollDown].randomElement(using: &random)!)
            case 2:
                event = .tick
            default:
                event = .key(KeyStormTests.keys.randomElement(using: &random)!)
            }
            if step % 400 == 399 { source.failSaves = source.failSaves == nil ? StoreError.readOnly : nil }
            // Quitting is allowed; the storm just goes on as if the program were started again.
            _ = App.update(&state, event, source: source)
            saves = source.saved.count
            let grid = Renderer.render(state)
            #expect(grid.width == max(0, state.width) && grid.height == max(0, state.height))
            for line in grid.lines(trimTrailing: false) where TextWidth.of(line) > state.width {
                Issue.record("seed \(seed) step \(step): a line is wider than \(state.width): \(line)")
            }
            if !state.dashboard.visible.isEmpty {
                #expect(state.dashboard.visible.indices.contains(state.dashboard.selected))
            }
        }
        // Saved families are still whole: every saved one decodes back to a valid summary.
        for family in source.saved { #expect(!FamilySummary(family).cases.isEmpty) }
        _ = saves
    }
}
