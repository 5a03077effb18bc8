import Testing
@testable import SammenUI

@Suite struct TextWidthTests {
    @Test func plainScalarsAreLatinOneColumnText() {
        for text in ["a", "Z", " ", "~", "æ", "ø", "å", "Æ", "Ø", "Å", "é", "\u{A0}", "\u{2FF}"] {
            #expect(TextWidth.plainScalar(of: Character(text))?.value == text.unicodeScalars.first!.value, "\(text)")
        }
        // Wide, combined, emoji, other scripts, control characters: not plain.
        for text in ["界", "🙂", "e\u{301}", "ш", "\u{7F}", "\u{1B}", "\u{9F}", "\u{300}", "\r\n", "│"] {
            #expect(TextWidth.plainScalar(of: Character(text)) == nil, "\(text.unicodeScalars.map(\.value))")
        }
    }

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

@Suite struct TextWidthFastPathTests {
    /// The scalar count for Latin text must be what adding up characters gives, for any mix.
    @Test func latinTextIsMeasuredAsCharactersAre() {
        let pieces = ["a", "Æ", "ø", "å", "é", "ß", "ǅ", "\u{A0}", "\u{AD}", "~", " ", "e\u{301}", "\u{1F600}", "漢", "\t", "\u{7F}", "\u{9F}", "\r\n", "ĳ", "ſ"]
        // Every string of up to three pieces: each piece next to each other one, on both sides.
        var texts = [""]
        for _ in 0..<3 { texts += texts.flatMap { t in pieces.map { t + $0 } } }
        for text in Set(texts) {
            #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) }, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
