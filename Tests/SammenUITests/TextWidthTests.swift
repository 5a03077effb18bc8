import Testing
@testable import SammenUI

@Suite struct TextWidthTests {
    @Test func danishLettersAreOneColumn() {
        #expect(TextWidth.of("Søren Ærø Åse") == 13)
    }

    @Test func wideAndCombining() {
        #expect(TextWidth.of("日本") == 4)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("👍") == 2)
    }

    @Test func truncatesByWidthWithEllipsis() {
        #expect(TextWidth.truncate("Familien Østergård", to: 10) == "Familien …")
        #expect(TextWidth.truncate("kort", to: 10) == "kort")
        #expect(TextWidth.truncate("日本語", to: 4) == "日…")
        #expect(TextWidth.pad("æ", to: 3) == "æ  ")
    }
}
