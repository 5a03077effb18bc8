import Foundation
import Testing
@testable import SammenCore

/// The catalogue tables in docs/cli.md and docs/brugervejledning.md list exactly the paragraphs Sammen knows,
/// with the cadence each gives: a caseworker reads the table to know what the import accepts.
@Suite struct CatalogueDocsTests {
    static let docs = (#filePath as NSString).deletingLastPathComponent + "/../../docs/"
    static let header = "| Indsats | Serviceloven | Barnets Lov | Kadence |"

    /// One row per catalogue entry, as the docs write it.
    static func row(_ entry: LegalBasisEntry) -> String {
        func cell(_ unsorted: [String]) -> String {
            let list = unsorted.sorted { ($0.count, $0) < ($1.count, $1) }
            switch list.count {
            case 0: return "–"
            case 1: return "§ \(list[0])"
            default: return "§§ " + list.joined(separator: ", ")
            }
        }
        let cadence = entry.cadence == .sixWeeks ? "6 uger" : "3 måneder"
        return "| \(entry.danishTitle) | \(cell(entry.sel)) | \(cell(entry.bl)) | \(cadence) |"
    }

    /// The rows of the table under `header` in a document (up to the first line that is not a table row).
    static func tableRows(in file: String) throws -> [String] {
        let text = try String(contentsOfFile: docs + file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: header) else { return [] }
        return Array(lines[(start + 2)...].prefix { $0.hasPrefix("|") })
    }

    @Test(arguments: ["cli.md", "brugervejledning.md"])
    func theTableIsTheCatalogue(file: String) throws {
        let rows = try Self.tableRows(in: file)
        let expected = LegalCatalogue.entries.map(Self.row)
        #expect(Set(rows) == Set(expected), "\(file): missing \(Set(expected).subtracting(rows).sorted()); not in the catalogue \(Set(rows).subtracting(expected).sorted())")
        #expect(rows.count == expected.count)
    }
}
