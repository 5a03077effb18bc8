import Foundation
import Testing
@testable import SammenCore

/// Text from data never reaches a terminal as commands (#15 points 7 and 12): ESC/CSI/OSC, C0 and C1 controls,
/// DEL and bidi controls are shown as `\uXXXX`; a field's own line breaks and tabs too.
@Suite struct TerminalTextTests {
    /// Everything that must never reach a terminal as it is.
    static let unsafe: [UInt32] = Array(0x00...0x08) + Array(0x0B...0x1F) + [0x7F] + Array(0x80...0x9F)
        + Array(0x202A...0x202E) + Array(0x2066...0x2069) + [0x200E, 0x200F, 0x061C, 0x2028, 0x2029]

    @Test func everyUnsafeCharacterIsShownVisiblyInAField() {
        for v in Self.unsafe + [0x0A, 0x09, 0x0D] {
            let s = Unicode.Scalar(v)!
            let text = "Familien " + String(Character(s)) + "Jensen"
            let shown = TerminalText.field(text)
            #expect(!shown.unicodeScalars.contains(s), "U+\(String(v, radix: 16))")
            #expect(shown == "Familien \\u" + String(format: "%04x", v) + "Jensen")
        }
    }

    @Test func aWholeOutputKeepsItsLinesAndTabsAndNothingElse() {
        for v in Self.unsafe {
            let s = Unicode.Scalar(v)!
            let text = "a\tb\n" + String(Character(s)) + "c\n"
            let shown = TerminalText.output(text)
            #expect(!shown.unicodeScalars.contains(s), "U+\(String(v, radix: 16))")
            #expect(shown.hasPrefix("a\tb\n\\u") && shown.hasSuffix("c\n"))
        }
        // A CRLF document keeps its line ends; a lone CR (which rewrites the line) does not get through.
        #expect(TerminalText.output("BEGIN:VCALENDAR\r\nEND\r\n") == "BEGIN:VCALENDAR\r\nEND\r\n")
        #expect(TerminalText.output("ok\rforged") == "ok\\u000dforged")
    }

    @Test func theAttacksFromTheHostileTestAreDefused() {
        let title = "Familien \u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}[H Jensen"
        let shown = TerminalText.output(title)
        #expect(!shown.contains("\u{1B}") && !shown.contains("\u{07}"))
        #expect(shown == "Familien \\u001b]0;owned\\u0007\\u001b[2J\\u001b[H Jensen")
        // C1 CSI (U+009B) works like ESC [ on some terminals.
        #expect(TerminalText.output("x\u{9B}2Jy") == "x\\u009b2Jy")
        // A bidi override that makes "gpj.exe" read as "exe.jpg".
        #expect(TerminalText.output("fil\u{202E}gpj.exe") == "fil\\u202egpj.exe")
    }

    @Test func ordinaryTextIsUntouched() {
        for text in ["Familien Søndergård-Østergaard", "Zoë Ñuñez", "日本語", "👨‍👩‍👧", "a\tb", "", "ÆØÅ æøå é"] {
            #expect(TerminalText.output(text) == text)
            #expect(TerminalText.outputBytes(Array(text.utf8)) == nil)
        }
        #expect(TerminalText.field("Familien Søndergård") == "Familien Søndergård")
    }

    /// Output is checked eight bytes at a time where it is plain ASCII: a control character, DEL, a C1 control or
    /// a bidi override is still caught wherever it falls in a word, at the start, the end or across two words.
    @Test func anUnsafeCharacterIsCaughtAtEveryPositionOfALongOutput() {
        let plain = String(repeating: "abcdefgh", count: 4)
        for unsafe in ["\u{1B}", "\u{07}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{2066}", "\r"] {
            for at in 0...plain.count {
                let text = String(plain.prefix(at)) + unsafe + String(plain.dropFirst(at))
                let shown = TerminalText.outputBytes(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
                let escaped = String(format: "\\u%04x", unsafe.unicodeScalars.first!.value)
                #expect(shown == String(plain.prefix(at)) + escaped + String(plain.dropFirst(at)), "\(escaped) at \(at)")
            }
        }
        // Line breaks, tabs and Danish letters among plain words pass as they are.
        #expect(TerminalText.outputBytes(Array((plain + "\n\t" + plain + "æøå" + plain + "\n").utf8)) == nil)
    }

    /// The escaped form is a valid JSON string escape, so `--json` output stays valid JSON.
    @Test func escapedJSONStaysValidJSON() throws {
        let json = "[\"a\u{85}b\u{202E}c\"]"
        let shown = TerminalText.output(json)
        let decoded = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String]
        #expect(decoded == ["a\u{85}b\u{202E}c"])
    }
}
