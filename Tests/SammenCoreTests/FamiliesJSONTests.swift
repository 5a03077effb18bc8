import Foundation
import Testing
@testable import SammenCore

/// `sammen families --json` is written a family at a time; it must be byte for byte what JSONEncoder wrote for the
/// rows the command used to encode (kept here as the reference).
@Suite struct FamiliesJSONTests {
    struct FamilyRow: Encodable {
        var id: String
        var name: String
        var children: [ChildRow]

        struct ChildRow: Encodable {
            var name: String
            var birth_date: String
            var cases: [CaseRow]
        }

        struct CaseRow: Encodable {
            var `case`: String
            var caseworker: String
            var buddy: String?
            var opened: String
            var status: String
            var legal_basis: [String]
            var cadence: String
            var last_follow_up: String?
            var next_follow_up: String?
        }

        init(_ family: FamilySummary, today: LocalDate) {
            id = family.id
            name = family.name
            children = family.children.map { child in
                ChildRow(name: child.name, birth_date: child.birthDate.iso, cases: family.cases.filter { $0.childID == child.id }.map { c in
                    CaseRow(case: c.number, caseworker: c.primaryCaseworker, buddy: c.buddyCaseworker, opened: c.opened.iso,
                            status: c.status.rawValue, legal_basis: c.measures.map(\.legalBasis.description),
                            cadence: c.cadence(on: today) == .sixWeeks ? "6_weeks" : "3_months",
                            last_follow_up: c.lastFollowUp?.iso,
                            next_follow_up: c.isOpen ? DeadlineEngine.nextFollowUp(for: c, today: today).iso : nil)
                })
            }
        }
    }

    func encoded(_ families: [FamilySummary], today: LocalDate) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(families.map { FamilyRow($0, today: today) }))
    }

    func streamed(_ families: [FamilySummary], today: LocalDate, piece: Int = 1 << 16) -> (bytes: [UInt8], pieces: Int) {
        var all: [UInt8] = []
        var pieces = 0
        FamiliesJSON.write(families, today: today, piece: piece) { all.append(contentsOf: $0); pieces += 1 }
        return (all, pieces)
    }

    @Test func theTrainingCaseloadAsJSONEncoderWroteIt() throws {
        let today = date("2026-11-02")
        let families = TrainingCaseload.make(today: today).families.map(FamilySummary.init)
        #expect(streamed(families, today: today).bytes == (try encoded(families, today: today)))
        // Sent in small pieces, the same bytes.
        #expect(streamed(families, today: today, piece: 1).bytes == (try encoded(families, today: today)))
    }

    @Test func aSyntheticMunicipalityAsJSONEncoderWroteIt() throws {
        let today = date("2026-11-02")
        let municipality = SyntheticMunicipality(families: 400, seed: 11, today: today)
        let team = municipality.team()
        let families = (0..<400).map { FamilySummary(municipality.family($0, team: team)) }
        let whole = streamed(families, today: today, piece: 4_096)
        #expect(whole.bytes == (try encoded(families, today: today)))
        // Bounded: handed on in pieces, never the whole document at once.
        #expect(whole.pieces > 10)
    }

    @Test func emptyListsAwkwardTextsAndNoFamilies() throws {
        let today = date("2026-11-02")
        #expect(streamed([], today: today).bytes == (try encoded([], today: today)))
        // A family without children, a child without cases, a case without measures or buddy, and texts that
        // must be escaped (quotes, backslash, control characters, a slash, a line separator, combining marks).
        var childless = Family(id: "f-none", name: "Familien \"Ingen\" \\ Børn/\u{1}\u{7f}\u{2028}e\u{301}")
        childless.internalNotes = "x"
        var family = TrainingCaseload.make(today: today).families[0]
        family.children.append(Child(id: "c-extra", name: "Tab\there\nny linje", birthDate: date("2015-03-04")))
        var bare = family.children[0].cases[0]
        bare.measures = []
        bare.buddyCaseworker = nil
        bare.number = "S-\u{0}-1"
        family.children[0].cases.append(bare)
        let families = [FamilySummary(childless), FamilySummary(family)]
        #expect(streamed(families, today: today).bytes == (try encoded(families, today: today)))
        #expect(streamed([families[0]], today: today).bytes == (try encoded([families[0]], today: today)))
    }
}
