import Foundation
import Testing

// The screens captured in `docs/*.md` must be what the program prints today.
//
// A capture is an HTML comment with the exact command, followed by a fenced block with its output:
//
//     <!-- screen: sammen render dashboard --size 80x24 --today 2026-11-02 --store Fixtures/training --caseworker alle -->
//     ```text
//     …
//     ```
//
// The test runs each command with the real `sammen` (the leading `sammen` is the binary built next to the tests)
// and compares its standard output with the block, trailing spaces trimmed per line. A `--store` path is relative
// to the repository root; the command runs on a throwaway copy of that folder (one per document), so nothing
// is ever written into `Fixtures/training`. The language and the user are fixed (`LANG=C.UTF-8`,
// `SAMMEN_USER=test`), so the result does not depend on who runs it; a capture must give `--today`.
//
// After changing a screen on purpose, rewrite the blocks and read the diff before committing:
//
//     SAMMEN_RECORD_DOCS=1 swift test --filter DocScreensTests
@Suite("Captured screens in docs/")
struct DocScreensTests {
    static let marker = "<!-- screen:"

    /// One `<!-- screen: … -->` comment and the block after it.
    struct Capture {
        var file: String
        /// 1-based line of the comment, for messages.
        var line: Int
        var command: String
        /// Index of the opening fence's line, and of the closing fence's line (exclusive range of content lines).
        var openFence: Int
        var closeFence: Int
        /// How far the fence is indented (a block inside a list item); stripped from the content lines.
        var indent: String
        var expected: [String]
    }

    enum CaptureError: Error, CustomStringConvertible {
        case malformed(String)
        var description: String {
            switch self { case .malformed(let message): return message }
        }
    }

    static var docsFolder: String { ProgramRunner.repository + "/docs" }

    /// Every Markdown file in docs/ (sorted, so failures come in a stable order).
    static func documents() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docsFolder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }

    /// The captures in one document's lines.
    static func captures(in lines: [String], file: String) throws -> [Capture] {
        var result: [Capture] = []
        var i = 0
        while i < lines.count {
            let trimmed = lines[i].trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(marker) else { i += 1; continue }
            guard trimmed.hasSuffix("-->") else {
                throw CaptureError.malformed("\(file):\(i + 1): the screen comment must end with --> on the same line")
            }
            let command = String(trimmed.dropFirst(marker.count).dropLast(3)).trimmingCharacters(in: .whitespaces)
            // The block follows, after blank lines at most.
            var open = i + 1
            while open < lines.count && lines[open].trimmingCharacters(in: .whitespaces).isEmpty { open += 1 }
            guard open < lines.count, lines[open].trimmingCharacters(in: .whitespaces).hasPrefix("```") else {
                throw CaptureError.malformed("\(file):\(i + 1): a fenced block (```text) must follow the screen comment")
            }
            let indent = String(lines[open].prefix { $0 == " " })
            var close = open + 1
            while close < lines.count && lines[close].trimmingCharacters(in: .whitespaces) != "```" { close += 1 }
            guard close < lines.count else {
                throw CaptureError.malformed("\(file):\(open + 1): the fenced block after the screen comment is never closed")
            }
            let content = lines[(open + 1)..<close].map { line -> String in
                let body = line.hasPrefix(indent) ? String(line.dropFirst(indent.count)) : line
                return trimTrailing(body)
            }
            result.append(Capture(file: file, line: i + 1, command: command, openFence: open, closeFence: close,
                                  indent: indent, expected: dropTrailingEmpty(content)))
            i = close + 1
        }
        return result
    }

    static func trimTrailing(_ line: String) -> String {
        var line = Substring(line)
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return String(line)
    }

    static func dropTrailingEmpty(_ lines: [String]) -> [String] {
        var lines = lines
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// Splits a command the way a shell would for the simple cases docs use: words, '…' and "…".
    static func words(_ command: String) throws -> [String] {
        var result: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for c in command {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { result.append(current); current = ""; inWord = false }
            } else {
                current.append(c)
                inWord = true
            }
        }
        guard quote == nil else { throw CaptureError.malformed("unbalanced quote in «\(command)»") }
        if inWord { result.append(current) }
        return result
    }

    /// Copies of the stores the captures name, made once per document: nothing a command does can reach the
    /// originals. `remove()` deletes them.
    final class StoreCopies {
        let root = ProgramRunner.temporaryFolder("docscreens")
        private var made: [String: String] = [:]

        func copy(of relative: String) throws -> String {
            if let path = made[relative] { return path }
            let source = relative.hasPrefix("/") ? relative : ProgramRunner.repository + "/" + relative
            let target = root + "/store-\(made.count)"
            try ProgramRunner.privateCopy(of: source, to: target)
            made[relative] = target
            return target
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    /// The command's arguments as the test runs them: `sammen` dropped, `--store` pointed at a copy.
    static func arguments(for capture: Capture, stores: StoreCopies) throws -> [String] {
        var words = try words(capture.command)
        guard words.first == "sammen" else {
            throw CaptureError.malformed("\(capture.file):\(capture.line): the command must start with «sammen»: \(capture.command)")
        }
        words.removeFirst()
        guard words.contains(where: { $0 == "--today" || $0.hasPrefix("--today=") }) else {
            throw CaptureError.malformed("\(capture.file):\(capture.line): give --today, or the screen changes every day: \(capture.command)")
        }
        for (i, word) in words.enumerated() {
            if word == "--store", i + 1 < words.count {
                words[i + 1] = try stores.copy(of: words[i + 1])
            } else if word.hasPrefix("--store=") {
                words[i] = "--store=" + (try stores.copy(of: String(word.dropFirst("--store=".count))))
            }
        }
        return words
    }

    /// What the command prints now, as the block should hold it.
    static func output(for capture: Capture, stores: StoreCopies) throws -> [String] {
        let result = try ProgramRunner.run(try arguments(for: capture, stores: stores), environment: [
            "LC_ALL": "C.UTF-8", "LC_MESSAGES": "C.UTF-8", "LANG": "C.UTF-8", "SAMMEN_USER": "test", "NO_COLOR": "1",
        ])
        guard result.status == 0 else {
            throw CaptureError.malformed("\(capture.file):\(capture.line): «\(capture.command)» failed with exit code "
                                         + "\(result.status): \(result.stderr)")
        }
        return dropTrailingEmpty(result.stdout.components(separatedBy: "\n").map(trimTrailing))
    }

    /// The first differing line, for a message a person can act on.
    static func difference(_ expected: [String], _ actual: [String]) -> String {
        for i in 0..<max(expected.count, actual.count) {
            let e = i < expected.count ? expected[i] : "(no line)"
            let a = i < actual.count ? actual[i] : "(no line)"
            if e != a { return "first difference at line \(i + 1) of the block:\n  doc:     \(e)\n  program: \(a)" }
        }
        return "no difference"
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["SAMMEN_RECORD_DOCS"] == "1" }

    @Test("The docs have captured screens")
    func docsHaveCaptures() throws {
        var count = 0
        for name in Self.documents() {
            let text = try String(contentsOfFile: Self.docsFolder + "/" + name, encoding: .utf8)
            count += try Self.captures(in: text.components(separatedBy: "\n"), file: "docs/" + name).count
        }
        #expect(count > 0, "no <!-- screen: … --> comment found in docs/*.md")
    }

    @Test("Each captured screen is what «sammen» prints today", arguments: DocScreensTests.documents())
    func capturedScreensMatch(_ name: String) throws {
        let path = Self.docsFolder + "/" + name
        let original = try String(contentsOfFile: path, encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        let captures = try Self.captures(in: lines, file: "docs/" + name)
        let stores = StoreCopies()
        defer { stores.remove() }
        // Back to front, so rewriting one block leaves the line numbers of the earlier ones alone.
        for capture in captures.reversed() {
            let actual: [String]
            do {
                actual = try Self.output(for: capture, stores: stores)
            } catch {
                Issue.record("\(error)")
                continue
            }
            if actual == capture.expected { continue }
            if Self.recording {
                let block = actual.map { $0.isEmpty ? "" : capture.indent + $0 }
                lines.replaceSubrange((capture.openFence + 1)..<capture.closeFence, with: block)
            } else {
                Issue.record("""
                    docs/\(name):\(capture.line): the captured screen no longer matches «\(capture.command)»; \
                    \(Self.difference(capture.expected, actual))
                    Rewrite the blocks with SAMMEN_RECORD_DOCS=1 swift test --filter DocScreensTests, and read the diff.
                    """)
            }
        }
        if Self.recording {
            let updated = lines.joined(separator: "\n")
            if updated != original { try updated.write(toFile: path, atomically: true, encoding: .utf8) }
        }
    }
}
