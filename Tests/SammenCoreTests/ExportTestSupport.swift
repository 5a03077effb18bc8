import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SammenCore

/// Shared by the meeting summary and handover tests: the training caseload on a fixed day, golden files, and the
/// format checks (well-formed XHTML, Markdown tables, no CPR number, line width).
enum ExportFixtures {
    static let today = LocalDate(iso: "2026-11-02")!
    static let caseload = TrainingCaseload.make(today: today)
    static var team: Team { caseload.team }

    static func family(_ id: String) -> Family {
        guard let family = caseload.families.first(where: { $0.id == id }) else {
            fatalError("no training family \(id)")
        }
        return family
    }

    static func meeting(_ familyID: String, _ meetingID: String) -> Meeting {
        family(familyID).meetings.first { $0.id == meetingID }!
    }

    /// Every CPR number in the training caseload, as stored and with a dash.
    static var allCPRs: [String] {
        caseload.families.flatMap(\.children).compactMap(\.cpr).flatMap { cpr -> [String] in
            let digits = cpr.filter(\.isNumber)
            return [cpr, digits, String(digits.prefix(6)) + "-" + String(digits.suffix(4))]
        }
    }
}

/// Golden files in Golden/. To update them on purpose: `SAMMEN_RECORD_GOLDEN=1 swift test --filter
/// "MeetingSummary|HandoverDocument"`, then read the diff before committing.
enum ExportGolden {
    static let folder = (#filePath as NSString).deletingLastPathComponent + "/Golden"

    static func check(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = folder + "/" + name
        if ProcessInfo.processInfo.environment["SAMMEN_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden \(name); record it with SAMMEN_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if text != expected {
            let a = text.components(separatedBy: "\n")
            let b = expected.components(separatedBy: "\n")
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let got = first < a.count ? a[first] : "<end>"
            let want = first < b.count ? b[first] : "<end>"
            Issue.record("golden \(name) differs at line \(first + 1):\n got: \(got)\nwant: \(want)",
                         sourceLocation: sourceLocation)
        }
    }
}

enum FormatChecks {
    /// Nil when `html` parses as XML with <html> as its root, else the parser's complaint.
    static func xmlProblem(_ html: String) -> String? {
        final class Delegate: NSObject, XMLParserDelegate {
            var root: String?
            var depth = 0
            var maxDepth = 0
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                        qualifiedName: String?, attributes: [String: String] = [:]) {
                if root == nil { root = name }
                depth += 1
                maxDepth = max(maxDepth, depth)
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
                        qualifiedName: String?) {
                depth -= 1
            }
        }
        let parser = XMLParser(data: Data(html.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse() else {
            return "line \(parser.lineNumber), column \(parser.columnNumber): "
                + String(describing: parser.parserError)
        }
        if delegate.root != "html" { return "root element is \(delegate.root ?? "nothing"), not html" }
        if delegate.depth != 0 { return "unbalanced elements (depth \(delegate.depth) at the end)" }
        return nil
    }

    /// The lines of Markdown tables (consecutive lines starting with "|") whose number of cells differs from the
    /// header's; `\|` is an escaped pipe, not a cell border.
    static func markdownTableProblems(_ md: String) -> [String] {
        func borders(_ line: String) -> Int {
            var count = 0
            var escaped = false
            for ch in line {
                if escaped { escaped = false; continue }
                if ch == "\\" { escaped = true } else if ch == "|" { count += 1 }
            }
            return count
        }
        var problems: [String] = []
        var expected: Int?
        for line in md.components(separatedBy: "\n") {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let n = borders(line)
            if let e = expected {
                if n != e { problems.append("\(n) borders, header has \(e): \(line)") }
            } else {
                expected = n
            }
            if !line.hasSuffix("|") || line.hasSuffix("\\|") { problems.append("row does not end in |: \(line)") }
        }
        return problems
    }

    /// Whether the text has a run of 10 or more digits (a CPR number without its dash).
    static func hasTenDigitRun(_ text: String) -> Bool {
        var run = 0
        for ch in text {
            run = ch.isASCII && ch.isNumber ? run + 1 : 0
            if run >= 10 { return true }
        }
        return false
    }

    /// Whether the text has "DDMMYY-SSSS" with real digits after the dash.
    static func hasDashedCPR(_ text: String) -> Bool {
        text.range(of: #"(?<![0-9])[0-9]{6}-[0-9]{4}(?![0-9])"#, options: .regularExpression) != nil
    }

    /// Lines longer than `width` characters (the writer splits even a word longer than a line).
    static func overlongLines(_ text: String, width: Int = 78) -> [String] {
        text.components(separatedBy: "\n").filter { $0.count > width }
    }
}
