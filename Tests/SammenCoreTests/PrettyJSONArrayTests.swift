import Foundation
import Testing
@testable import SammenCore

/// `sammen due --json` is written by hand; it must be what JSONEncoder writes, byte for byte.
@Suite struct PrettyJSONArrayTests {
    struct Row: Encodable {
        var a_b: String?
        var count: Int
        var text: String
    }

    func handWritten(_ rows: [Row]) -> [UInt8] {
        var json = PrettyJSONArray()
        for row in rows { json.append([("a_b", row.a_b.map { .string($0) }), ("count", .int(row.count)), ("text", .string(row.text))]) }
        return json.finished()
    }

    func encoded(_ rows: [Row]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(rows))
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let awkward = "q\"b\\s/\u{0}\u{1}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1f}\u{7f}\u{80}æøå😀\u{2028}e\u{301}"
        let rows = [Row(a_b: nil, count: -5, text: awkward), Row(a_b: "Familien Sørensen", count: 0, text: ""),
                    Row(a_b: "", count: Int.max, text: "SEL § 50 / BL § 20: børnefaglig undersøgelse")]
        #expect(handWritten(rows) == (try encoded(rows)))
        #expect(handWritten([rows[0]]) == (try encoded([rows[0]])))
        #expect(handWritten([]) == (try encoded([])))
    }

    /// A terminal-safe array is what the terminal's scan makes of the plain one, byte for byte: every unsafe
    /// character (DEL, C1, U+061C, U+200E/F, U+2028–U+202E, U+2066–U+2069) shown as `\uXXXX`, every other
    /// byte as JSON writes it, including the characters next to the unsafe ones (ß is C3 9F: a C1 continuation
    /// byte after a safe lead; ‘ is E2 80 98 and ∀ E2 88 80: an unsafe lead byte before a safe sequence).
    @Test func terminalSafeIsWhatTheTerminalScanMakesOfThePlainArray() {
        let pieces = ["a", "æøå", "ß", "\u{7f}", "\u{80}", "\u{85}", "\u{9b}", "\u{9f}", "\u{a0}", "\u{61c}", "\u{61b}",
                      "\u{200d}", "\u{200e}", "\u{200f}", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202a}", "\u{202e}",
                      "\u{202f}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206a}", "‘", "∀", "\u{1b}[2J", "\u{8}", "\r\n",
                      "\"", "\\", "😀", "e\u{301}", "12345678"]
        var random = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let rows = (0..<4).map { _ in
                Row(a_b: Bool.random(using: &random) ? nil : (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(),
                    count: round,
                    text: (0..<Int.random(in: 0...20, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
            }
            let plain = handWritten(rows)
            var safe = PrettyJSONArray()
            safe.terminalSafe = true
            for row in rows { safe.append([("a_b", row.a_b.map { .string($0) }), ("count", .int(row.count)), ("text", .string(row.text))]) }
            let written = safe.finished()
            // The same with each text written in pieces (an agreement's rule in `due --json`), cut between pieces.
            var pieced = PrettyJSONArray()
            pieced.terminalSafe = true
            for row in rows {
                pieced.beginObject()
                if let a_b = row.a_b { pieced.field("a_b", a_b) }
                pieced.field("count", row.count)
                pieced.beginText("text")
                var rest = Substring(row.text)
                while !rest.isEmpty {
                    let cut = rest.index(rest.startIndex, offsetBy: Int.random(in: 1...rest.count, using: &random))
                    pieced.textPiece(String(rest[..<cut]))
                    rest = rest[cut...]
                }
                pieced.endText()
                pieced.endObject()
            }
            let piecesJoin = pieced.finished() == written  // Bools: a failure says which round, not every byte
            #expect(piecesJoin, "round \(round): a text written in pieces differs from the text whole")
            let scanned = TerminalText.outputBytes(plain) ?? plain
            if written != scanned {
                Issue.record("round \(round): \(String(decoding: written, as: UTF8.self)) ≠ \(String(decoding: scanned, as: UTF8.self))")
                return
            }
            // Nothing left for the scan to do.
            let nothingLeft = TerminalText.outputBytes(written) == nil
            #expect(nothingLeft)
        }
    }
}

/// `due --json` written in pieces on several cores is the same bytes as in one piece, and it is what
/// JSONEncoder writes for the deadlines the engine makes (the slots are written without making them).
@Suite struct DeadlineJSONTests {
    struct Row: Encodable {
        var buddy: String?
        var `case`: String
        var caseworker: String
        var child: String?
        var detail: String?
        var due: String
        var family: String
        var family_id: String
        var kind: String
        var overdue_days: Int
        var rule: String
    }

    @Test func piecesJoinToTheWholeAndTheWholeIsWhatJSONEncoderWrites() throws {
        let today = date("2026-11-02")
        let municipality = SyntheticMunicipality(families: 120, seed: 3, today: today)
        let team = municipality.team()
        var caseload = (0..<120).map { FamilySummary(municipality.family($0, team: team)) }
        // Every kind, and a complaint of a family with no case at all (no case, no caseworker).
        caseload.append(FamilySummary(DeadlineRulesTests.everyKindFamily()))
        var caseless = Family(id: "f-caseless", name: "Familien Uden Sag")
        caseless.complaints = [Complaint(id: "q1", received: date("2026-10-30"), about: "Afslag")]
        caseload.append(FamilySummary(caseless))
        let items = DeadlineEngine.list(for: caseload, today: today)
        let whole = DeadlineJSON.bytes(items, today: today, pieces: 1)
        for pieces in [2, 3, 7] { #expect(DeadlineJSON.bytes(items, today: today, pieces: pieces) == whole) }

        let rows = items.all.map { d in
            Row(buddy: d.buddyCaseworker, case: d.caseNumber, caseworker: d.caseworker, child: d.childName, detail: d.detail,
                due: d.due.iso, family: d.familyName, family_id: d.familyID, kind: d.kind.rawValue,
                overdue_days: d.overdueDays(on: today), rule: d.rule)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(whole == Array(try encoder.encode(rows)) + [0x0A])
        #expect(Set(rows.map(\.kind)) == Set(DeadlineKind.allCases.map(\.rawValue)))

        let none = DeadlineEngine.list(for: [], today: today)
        #expect(DeadlineJSON.bytes(none, today: today) == Array("[\n\n]\n".utf8))
        let one = items.filtered(dueBy: items[0].due).filtered(caseworker: items[0].caseworker)
        #expect(DeadlineJSON.bytes(one, today: today, pieces: 3) == DeadlineJSON.bytes(one, today: today))
    }

    /// `due --json` as the command prints it (terminal-safe, rules from their pieces and made once per part)
    /// is what the terminal's scan makes of the plain array, with hostile texts in the family's name, an
    /// agreement's who and what, and a caseworker's initials.
    @Test func terminalSafeDeadlinesAreTheScannedPlainOnes() throws {
        let today = date("2026-11-02")
        var family = DeadlineRulesTests.everyKindFamily()
        let hostile = "Ø\u{9b}2J\u{202e}x\u{7f}\"§–\u{2066}æ\u{61c}"
        family.name = "Familien " + hostile
        let summary = FamilySummary(family)
        #expect(!summary.openAgreements.isEmpty)
        var caseload = [summary]
        var other = summary
        other.id = "f-other"
        other.openAgreements = other.openAgreements.map { var a = $0; a.who = hostile; a.what = hostile + " skal ske"; return a }
        caseload.append(other)
        let items = DeadlineEngine.list(for: caseload, today: today)
        #expect(items.all.contains { $0.kind == .agreement && $0.rule.contains(hostile) })
        for pieces in [1, 2] {
            let plain = DeadlineJSON.bytes(items, today: today, pieces: pieces)
            let safe = DeadlineJSON.bytes(items, today: today, pieces: pieces, perPart: 3, terminalSafe: true)
            let same = safe == (TerminalText.outputBytes(plain) ?? plain)  // a Bool: not megabytes printed
            let nothingLeft = TerminalText.outputBytes(safe) == nil
            #expect(same)
            #expect(nothingLeft)
        }
    }

    /// A long list goes out in parts, each core's buffer emptied and used again for a later part: the parts
    /// join to the same bytes whatever their size and however many cores write them (a part that lost its
    /// comma, or a buffer sent twice or not emptied, would show here).
    @Test func partsWrittenThroughReusedBuffersJoinToTheWhole() {
        let today = date("2026-11-02")
        let municipality = SyntheticMunicipality(families: 60, seed: 11, today: today)
        let team = municipality.team()
        let items = DeadlineEngine.list(for: (0..<60).map { FamilySummary(municipality.family($0, team: team)) }, today: today)
        #expect(items.count > 64)
        let whole = DeadlineJSON.bytes(items, today: today, pieces: 1, perPart: items.count)
        for perPart in [1, 2, 7, 64] {
            for pieces in [1, 2, 3] {
                var calls = 0
                var joined: [UInt8] = []
                DeadlineJSON.write(items, today: today, pieces: pieces, perPart: perPart) {
                    calls += 1
                    joined.append(contentsOf: $0)
                }
                // A Bool, so a failure says so briefly instead of printing megabytes of bytes.
                let same = joined == whole
                #expect(same, "parts of \(perPart), \(pieces) at a time: \(joined.count) bytes against \(whole.count)")
                let size = min(perPart, (items.count + pieces - 1) / pieces)
                #expect(calls == (items.count + size - 1) / size, "one buffer handed on per part")
            }
        }
        let two = items.filtered(dueBy: items[1].due)
        let twoSame = DeadlineJSON.bytes(two, today: today, pieces: 2, perPart: 1)
            == DeadlineJSON.bytes(two, today: today, pieces: 1, perPart: two.count)
        #expect(twoSame)
    }

    @Test func filteringKeepsTheOrderAndTheMeaning() {
        let today = date("2026-11-02")
        let municipality = SyntheticMunicipality(families: 80, seed: 5, today: today)
        let team = municipality.team()
        let caseload = (0..<80).map { FamilySummary(municipality.family($0, team: team)) }
        let list = DeadlineEngine.list(for: caseload, today: today)
        let who = list[list.count / 2].caseworker
        let last = today.adding(days: 30)
        let plain = list.all.filter { $0.caseworker.caseInsensitiveCompare(who) == .orderedSame && $0.due <= last }
        #expect(list.filtered(caseworker: who.lowercased(), dueBy: last).all == plain)
        #expect(list.filtered().all == list.all)
    }
}

@Suite struct JSONEscapeScanTests {
    /// The word-wise scan must find a byte that needs escaping wherever it stands, and nothing in plain text.
    @Test func findsEveryEscapeAtEveryPosition() {
        for length in 0...24 {
            let plain = [UInt8](repeating: UInt8(ascii: "x"), count: length)
            #expect(!plain.withUnsafeBufferPointer { PrettyJSONArray.mayNeedEscapes($0) })
            let utf8 = Array(String(repeating: "ø", count: length).utf8)
            #expect(!utf8.withUnsafeBufferPointer { PrettyJSONArray.mayNeedEscapes($0) })
            for position in 0..<length {
                for special: UInt8 in [0x00, 0x01, 0x0A, 0x1F, UInt8(ascii: "\""), 0x5C] {
                    var bytes = plain
                    bytes[position] = special
                    #expect(bytes.withUnsafeBufferPointer { PrettyJSONArray.mayNeedEscapes($0) }, "\(special) at \(position) of \(length)")
                }
                for harmless: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xFF] {
                    var bytes = plain
                    bytes[position] = harmless
                    #expect(!bytes.withUnsafeBufferPointer { PrettyJSONArray.mayNeedEscapes($0) })
                }
            }
        }
    }
}
