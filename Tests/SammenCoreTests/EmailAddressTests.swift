import Testing
@testable import SammenCore

/// E-mail addresses as caseworkers paste them (Outlook, web pages, Danish domains) and the slips that must be
/// refused with a reason. Expected Punycode from RFC 3492 as Python's idna codec writes it.
@Suite struct EmailAddressTests {
    func parsed(_ text: String) throws -> EmailAddress { try EmailAddress.parse(text).get() }
    func problem(_ text: String) -> EmailAddress.Problem? {
        if case .failure(let p) = EmailAddress.parse(text) { return p }
        return nil
    }

    @Test func plainAddress() throws {
        let a = try parsed("anna.hansen@skolen.dk")
        #expect(a.localPart == "anna.hansen")
        #expect(a.domain == "skolen.dk")
        #expect(a.displayName == nil)
        #expect(a.asciiAddress == "anna.hansen@skolen.dk")
        #expect(a.description == "anna.hansen@skolen.dk")
    }

    @Test func outlookCopies() throws {
        let a = try parsed("Anna Hansen <anna@skolen.dk>")
        #expect(a.displayName == "Anna Hansen")
        #expect(a.address == "anna@skolen.dk")
        let b = try parsed("\"Hansen, Anna\" <anna@skolen.dk>;")
        #expect(b.displayName == "Hansen, Anna")
        #expect(b.address == "anna@skolen.dk")
        let c = try parsed("Hansen, Anna <anna@skolen.dk>")
        #expect(c.displayName == "Hansen, Anna")
        let d = try parsed("  <anna@skolen.dk>  ")
        #expect(d.displayName == nil)
        #expect(d.address == "anna@skolen.dk")
        let e = try parsed("\"Anna \\\"PPR\\\" Hansen\" <anna@ppr.dk>")
        #expect(e.displayName == "Anna \"PPR\" Hansen")
    }

    @Test func copiedWhitespaceAndMailto() throws {
        #expect(try parsed("\u{00A0}anna@skolen.dk\u{00A0}\n").address == "anna@skolen.dk")
        #expect(try parsed("mailto:anna@skolen.dk").address == "anna@skolen.dk")
        #expect(try parsed("MAILTO:anna@skolen.dk").address == "anna@skolen.dk")
    }

    @Test func caseOfTheLocalPartIsKeptDomainLowered() throws {
        let a = try parsed("Anna.H@Skolen.DK")
        #expect(a.localPart == "Anna.H")
        #expect(a.domain == "skolen.dk")
    }

    @Test func danishDomainsAreSentAsPunycode() throws {
        let a = try parsed("Lærer <kontakt@børnehuset.dk>")
        #expect(a.address == "kontakt@børnehuset.dk")
        #expect(a.asciiAddress == "kontakt@xn--brnehuset-l8a.dk")
        #expect(try parsed("a@æblegården.dk").asciiDomain == "xn--blegrden-d0af.dk")
        #expect(try parsed("a@ærø.dk").asciiDomain == "xn--r-3fa9c.dk")
        #expect(try parsed("a@ÆRØ.DK").asciiDomain == "xn--r-3fa9c.dk")
        #expect(try parsed("a@brønderslev-kommune.dk").asciiDomain == "xn--brnderslev-kommune-h4b.dk")
        #expect(try parsed("a@日本語.jp").asciiDomain == "xn--wgv71a119e.jp")
        // Already in ASCII form: kept.
        #expect(try parsed("a@xn--brnehuset-l8a.dk").asciiDomain == "xn--brnehuset-l8a.dk")
        // ø typed as o + combining stroke is the same domain.
        #expect(try parsed("a@a\u{030A}rhus.dk").asciiDomain == (try parsed("a@århus.dk").asciiDomain))
    }

    @Test func punycodeOfRFC3492Samples() {
        #expect(Punycode.encode("münchen") == "mnchen-3ya")
        #expect(Punycode.encode("bücher") == "bcher-kva")
        #expect(Punycode.encode("ü") == "tda")
        #expect(Punycode.asciiDomain("plain.dk") == "plain.dk")
    }

    @Test func refusedWithAReason() {
        #expect(problem("") == .empty)
        #expect(problem("  ; ") == .empty)
        #expect(problem("anna.skolen.dk") == .missingAt)
        #expect(problem("anna@@skolen.dk") == .severalAt)
        #expect(problem("@skolen.dk") == .emptyLocalPart)
        #expect(problem("anna@") == .emptyDomain)
        #expect(problem("Anna <anna@skolen.dk") == .unclosedAngle)
        #expect(problem("anna@skolen.dk>") == .unclosedAngle)
        #expect(problem("Anna <anna@skolen.dk> hej") == .textAfterAngle)
        #expect(problem("anna hansen@skolen.dk") == .space)
        #expect(problem("anna@skolen\u{200B}.dk") == .invisibleCharacter)
        #expect(problem("sørens@skolen.dk") == .nonASCIILocalPart("ø"))
        #expect(problem("anna(x)@skolen.dk") == .characterInLocalPart("("))
        #expect(problem(".anna@skolen.dk") == .dotAtLocalEdge)
        #expect(problem("anna.@skolen.dk") == .dotAtLocalEdge)
        #expect(problem("an..na@skolen.dk") == .doubleDot)
        #expect(problem("anna@skolen..dk") == .doubleDot)
        #expect(problem("anna@.skolen.dk") == .emptyDomainLabel)
        #expect(problem("anna@skolen.dk.") == .emptyDomainLabel)
        #expect(problem("\"anna\"@skolen.dk") == .quotedLocalPart)
        #expect(problem("anna@[10.0.0.1]") == .ipLiteral)
        #expect(problem("anna@10.0.0.1") == .ipLiteral)
        #expect(problem("anna@skolen") == .domainWithoutDot)
        #expect(problem("anna@skolen_x.dk") == .characterInDomain("_"))
        #expect(problem("anna@-skolen.dk") == .hyphenAtLabelEdge("-skolen"))
        #expect(problem("anna@skolen.dk1") == nil)
        #expect(problem("anna@skolen.123") == .numericTopLevel("123"))
    }

    @Test func severalAddressesAtOnceAreRefused() {
        #expect(problem("anna@skolen.dk; bo@skolen.dk") == .severalAddresses)
        #expect(problem("anna@skolen.dk, bo@skolen.dk") == .severalAddresses)
        #expect(problem("Anna <anna@skolen.dk>; Bo <bo@skolen.dk>") == .severalAddresses)
        #expect(problem("Anna <anna@skolen.dk> bo@skolen.dk") == .severalAddresses)
    }

    @Test func lengthLimitsAtTheirEdges() throws {
        let local64 = String(repeating: "a", count: 64)
        #expect(try parsed(local64 + "@skolen.dk").localPart.count == 64)
        #expect(problem(local64 + "a@skolen.dk") == .localPartTooLong(65))
        let label63 = String(repeating: "b", count: 63)
        #expect(try parsed("a@" + label63 + ".dk").domain.hasPrefix("bbb"))
        #expect(problem("a@" + label63 + "b.dk") == .labelTooLong(label63 + "b"))
        // A Danish label short in letters but over 63 octets once encoded.
        let danish = String(repeating: "ø", count: 60)
        if case .labelTooLong = problem("a@" + danish + ".dk") {} else { Issue.record("60 ø must be too long encoded") }
        // 254 in all: "abc@" + 4 labels of 61 + 3 dots + ".dk".
        let l61 = String(repeating: "c", count: 61)
        let domain = [l61, l61, l61, l61].joined(separator: ".") + ".dk"
        #expect(("abc@" + domain).utf8.count == 254)
        #expect(problem("abc@" + domain) == nil)
        #expect(problem("abcd@" + domain) == .tooLong(255))
    }

    @Test func everyProblemSaysItInBothLanguages() {
        let problems: [EmailAddress.Problem] = [.empty, .missingAt, .severalAt, .severalAddresses, .emptyLocalPart,
            .emptyDomain, .unclosedAngle, .textAfterAngle, .space, .invisibleCharacter, .nonASCIILocalPart("ø"),
            .characterInLocalPart("("), .dotAtLocalEdge, .doubleDot, .quotedLocalPart, .ipLiteral, .domainWithoutDot,
            .characterInDomain("_"), .emptyDomainLabel, .hyphenAtLabelEdge("-x"), .numericTopLevel("1"),
            .labelTooLong("x"), .localPartTooLong(65), .tooLong(255), .notEncodable("x")]
        for p in problems {
            #expect(!p.phrase.da.isEmpty && !p.phrase.en.isEmpty && p.phrase.da != p.phrase.en, "\(p)")
        }
        #expect(problem("sørens@skolen.dk")?.phrase.da.contains("ø") == true)
    }

    @Test func optionalTreatsEmptyAndRefusedAsNone() {
        #expect(EmailAddress.optional(nil) == nil)
        #expect(EmailAddress.optional("") == nil)
        #expect(EmailAddress.optional("nope") == nil)
        #expect(EmailAddress.optional("a@b.dk")?.address == "a@b.dk")
    }
}
