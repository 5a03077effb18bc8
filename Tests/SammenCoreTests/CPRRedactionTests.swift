import Foundation
import Testing
@testable import SammenCore

/// The one redaction function (#15 points 1–2), tested over every way of writing the separator and every
/// script's digits, in every position in a text. Written from the attack: each form below reached a handover,
/// a meeting summary, the access log or an error message in clear before.
@Suite struct CPRRedactionTests {
    /// Between the birth date and the serial.
    static let separators: [(String, String)] = [
        ("none", ""), ("space", " "), ("two spaces", "  "), ("no-break space", "\u{00A0}"),
        ("narrow no-break space", "\u{202F}"), ("figure space", "\u{2007}"), ("thin space", "\u{2009}"),
        ("ideographic space", "\u{3000}"), ("hyphen-minus", "-"), ("hyphen", "\u{2010}"),
        ("non-breaking hyphen", "\u{2011}"), ("figure dash", "\u{2012}"), ("en dash", "\u{2013}"),
        ("em dash", "\u{2014}"), ("minus sign", "\u{2212}"), ("fullwidth hyphen-minus", "\u{FF0D}"),
        ("small hyphen-minus", "\u{FE63}"), (" - ", " - "), (" – ", " \u{2013} "), ("  -  ", "  -  "),
        ("line break", "\n"), ("CRLF", "\r\n"), ("tab", "\t"), ("line break and dash", "-\n"),
        ("soft hyphen", "\u{00AD}"), ("zero-width space", "\u{200B}"), ("no-break space and dash", "\u{00A0}-\u{00A0}"),
        ("dot", "."), ("slash", "/"), ("unicode line separator", "\u{2028}"),
    ]

    /// Decimal digits in other scripts: a number typed or pasted on another keyboard.
    static let zeros: [(String, UInt32)] = [
        ("ASCII", 0x30), ("fullwidth", 0xFF10), ("Arabic-Indic", 0x0660), ("Extended Arabic-Indic", 0x06F0),
        ("Devanagari", 0x0966), ("Bengali", 0x09E6), ("Thai", 0x0E50), ("Mathematical bold", 0x1D7CE),
        ("Mathematical monospace", 0x1D7F6), ("N'Ko", 0x07C0), ("Myanmar", 0x1040),
    ]

    static let contexts: [(String, String)] = [
        ("", ""), ("CPR: ", ""), ("", "."), ("Barnet (", ") er syg"), ("x", "y"), ("line one\n", "\nline two"),
        ("«", "»"), ("tlf 87654321, cpr ", ", sagsnr 2026-001"),
    ]

    static func written(_ digits: String, zero: UInt32) -> String {
        String(String.UnicodeScalarView(digits.unicodeScalars.map { Unicode.Scalar(zero + ($0.value - 0x30))! }))
    }

    /// The digits of any script in a text, as ASCII.
    static func digits(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { CPRRedaction.digitValue($0).map { Character(String($0)) } })
    }

    @Test func everySeparatorEveryScriptEveryPlaceIsMasked() {
        var checked = 0
        for (_, separator) in Self.separators {
            for (script, zero) in Self.zeros {
                for (before, after) in Self.contexts {
                    let number = Self.written("010203", zero: zero) + separator + Self.written("1234", zero: zero)
                    let text = before + number + after
                    let result = CPRRedaction.redact(text)
                    // The serial is gone in every script; the birth date stays, in ASCII, as on screens.
                    let expected = before + "010203-XXXX" + after
                    #expect(result == expected, "\(script) with «\(separator.debugDescription)» in «\(before)…\(after)»: \(result.debugDescription)")
                    #expect(!Self.digits(result).contains("1234"))
                    checked += 1
                }
            }
        }
        #expect(checked == Self.separators.count * Self.zeros.count * Self.contexts.count)
    }

    @Test func invisibleCharactersAndCombiningMarksInsideTheDigitsDoNotHideANumber() {
        for hidden in ["\u{200B}", "\u{00AD}", "\u{2060}", "\u{FEFF}", "\u{202E}", "\u{0301}", "\u{FE0F}"] {
            let text = "cpr 01" + hidden + "0203-12" + hidden + "34 slut"
            #expect(CPRRedaction.redact(text) == "cpr 010203-XXXX slut", "\(hidden.debugDescription)")
        }
    }

    @Test func mixedScriptsInOneNumberAreMasked() {
        #expect(CPRRedaction.redact("010203-\u{FF11}\u{FF12}\u{FF13}\u{FF14}") == "010203-XXXX")
        #expect(CPRRedaction.redact("\u{0660}\u{0661}0203 1234") == "010203-XXXX")
    }

    // Found by fuzzing: a digit from another script right before a CPR number kept it from being masked.
    @Test func aDigitOfAnotherScriptNextToANumberDoesNotHideIt() {
        #expect(CPRRedaction.redact("\u{06F9}2401124013") == "\u{06F9}240112-XXXX")
        #expect(CPRRedaction.redact("2401124013\u{06F9}") == "240112-XXXX\u{06F9}")
        #expect(CPRRedaction.redact("5\u{FF12}\u{FF14}\u{FF10}\u{FF11}\u{FF11}\u{FF12}\u{FF14}\u{FF10}\u{FF11}\u{FF13}5")
                == "5240112-XXXX5")
    }

    @Test func severalNumbersInOneTextAreAllMasked() {
        let text = "Mor 010203-1234, far 040506 5678 og barnet 070809\u{2011}9012."
        #expect(CPRRedaction.redact(text) == "Mor 010203-XXXX, far 040506-XXXX og barnet 070809-XXXX.")
    }

    /// What is not a CPR number stays as written: dates, case numbers, phone numbers, longer runs of digits.
    @Test func whatIsNotACPRNumberIsLeftAlone() {
        for text in ["2026-09-01", "sagsnr 2026-001", "tlf 12 34 56 78", "+45 12345678", "kl. 10.30-12.00",
                     "01020312345", "12345678901234", "010203--- 1234", "010203 x 1234", "010203      1234",
                     "0102031-234", "Familien Jensen", "", "æøå ÆØÅ", "1234567890123 og 12-34"] {
            #expect(CPRRedaction.redact(text) == text, "\(text.debugDescription)")
        }
    }

    /// The old masking's form still comes out the same, so existing logs and documents read alike.
    @Test func theUsualFormsGiveTheUsualMask() {
        #expect(CPRNumber.redact("x 240112-4013 y") == "x 240112-XXXX y")
        #expect(CPRNumber.redact("2401124013") == "240112-XXXX")
        #expect(CPRNumber.redact("240112 4013") == "240112-XXXX")
    }

    /// Every text leaving the program that the store builds goes through it: errors, problems, log entries.
    @Test func errorsProblemsAndLogEntriesAreMaskedWhateverTheSeparator() {
        let cpr = "010203\u{00A0}\u{2013}\u{00A0}1234"
        let error = StoreError.invalid(Phrase(da: "Barnet \(cpr) findes ikke", en: "The child \(cpr) does not exist"))
        #expect(!Self.digits(error.message(in: .da)).contains("1234"))
        #expect(!Self.digits(error.message(in: .en)).contains("1234"))
        let problem = FileProblem(path: "families/x.json", reason: Phrase(da: "cpr \(cpr)", en: "cpr \(cpr)"))
        #expect(!Self.digits(problem.message(in: .da)).contains("1234"))
        let entry = AccessLogEntry(time: "t", user: "u", action: .search, detail: "søgning: «\(cpr)»")
        #expect(entry.detail == "søgning: «010203-XXXX»")
    }
}

/// The fuzzer's case: a masked date written in ASCII joined the digits after it into a new number.
@Suite struct CPRRedactionFixpointTests {
    @Test func noTenDigitRunIsLeftAfterMasking() {
        let text = String(decoding: [205,155,48,48,205,207,49,49,50,45,49,205,160,53,48,49,49,50,45,49,77,160,49,49,215,215,215,215,215,215,215,215,48,51,49,52,219,176,49,50,51,49,205,160,53,48,49,49,48,143,143,143,143,143,143,143,143,143,34,143,143,143,143,143,215] as [UInt8], as: UTF8.self)
        let redacted = CPRNumber.redact(text)
        // No run of exactly ten ASCII digits stands alone in the output.
        let runs = redacted.split { !($0.isASCII && $0.isNumber) }.map(\.count)
        #expect(!runs.contains(10), "\(redacted)")
    }
}
