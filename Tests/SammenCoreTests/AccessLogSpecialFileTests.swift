import Foundation
import Testing
@testable import SammenCore

/// The access log's month files (log/<yyyy-mm>.jsonl) are store files like any other (#15.10): a FIFO, a link or a
/// folder placed where one should be is never waited on, followed or written through, and `check` names it.
@Suite struct AccessLogSpecialFileTests {
    private func store() throws -> String {
        let root = makeTemporaryFolder() + "/store"
        try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                         user: "t", families: [sampleFamily()]).close()
        return root
    }

    /// Runs `body` on another thread and says whether it returned within `seconds` (a guard against a hang, which
    /// would otherwise stop the whole test run; it measures nothing).
    private func returns(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread { body(); done.signal() }
        return done.wait(timeout: .now() + seconds) == .success
    }

    /// A program open on the store (opened before the file was replaced, as a caseworker's program is all day)
    /// saves a note: the save logs first, so it goes through the month file as it is now.
    private static func saveNote(_ writer: Store, _ note: String) throws {
        try writer.update(writer.summaries[0].id) { $0.internalNotes = note }
    }

    @Test func aFIFOInPlaceOfThisMonthsLogNeverHangsIsReportedAndNothingIsSavedUnlogged() throws {
        let root = try store()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let writer = try Store.open(at: root, user: "t", access: .perOperation)
        defer { writer.close() }
        let month = currentLogFile(root)
        unlink(month)
        #expect(mkfifo(month, 0o600) == 0)
        let shown = "log/" + (month as NSString).lastPathComponent
        let found = LogProblemBox()
        #expect(returns(within: 20) { found.set((try? Store.open(at: root, user: "t", access: .readOnly))?.check() ?? []) })
        #expect(found.get().contains { $0.path == shown && $0.message(in: .da).contains("FIFO") }, "\(found.get())")
        let family = fileBytes(root + "/families/f-test.json")
        let refused = LogProblemBox()
        let program = ProgramBox(writer)
        #expect(returns(within: 20) { do { try Self.saveNote(program.store, "uden log") } catch { refused.fail("\(error)") } })
        #expect(refused.failed, "a change that cannot be logged is not made")
        #expect(fileBytes(root + "/families/f-test.json") == family)
        #expect(returns(within: 20) { _ = try? Store.open(at: root, user: "t", access: .readOnly).accessLogEntries() })
    }

    @Test func aLinkInPlaceOfThisMonthsLogIsNeverWrittenThrough() throws {
        let root = try store()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let outside = makeTemporaryFolder() + "/victim.jsonl"
        defer { removeFolder((outside as NSString).deletingLastPathComponent) }
        try Data("brugerens egen fil\n".utf8).write(to: URL(fileURLWithPath: outside))
        let writer = try Store.open(at: root, user: "t", access: .perOperation)
        defer { writer.close() }
        let month = currentLogFile(root)
        unlink(month)
        #expect(symlink(outside, month) == 0)
        #expect(throws: StoreError.self) { try Self.saveNote(writer, "gennem linket") }
        #expect(fileBytes(outside) == Data("brugerens egen fil\n".utf8), "nothing appended through the link")
        #expect(!String(decoding: fileBytes(root + "/families/f-test.json") ?? Data(), as: UTF8.self).contains("gennem linket"))
        let problems = try Store.open(at: root, user: "t", access: .readOnly).check()
        #expect(problems.contains { $0.path == "log/" + (month as NSString).lastPathComponent }, "\(problems)")
    }

    @Test func aFIFOAsAnOlderMonthNeverHangsTheReadOrThePurge() throws {
        let root = try store()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        #expect(mkfifo(root + "/log/2020-01.jsonl", 0o600) == 0)
        // A writer's open purges old months (reading each file's first and last entry); `sammen log` reads them all.
        #expect(returns(within: 20) { try? Store.open(at: root, user: "t", access: .perOperation).close() })
        #expect(returns(within: 20) { _ = try? Store.open(at: root, user: "t", access: .readOnly).accessLogEntries() })
        var info = stat()
        #expect(lstat(root + "/log/2020-01.jsonl", &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "left where it is")
        let problems = try Store.open(at: root, user: "t", access: .readOnly).check()
        #expect(problems.contains { $0.path == "log/2020-01.jsonl" && $0.message(in: .da).contains("FIFO") }, "\(problems)")
    }
}

private final class LogProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [FileProblem] = []
    private var failure: String?
    func set(_ v: [FileProblem]) { lock.lock(); value = v; lock.unlock() }
    func get() -> [FileProblem] { lock.lock(); defer { lock.unlock() }; return value }
    func fail(_ why: String) { lock.lock(); failure = why; lock.unlock() }
    var failed: Bool { lock.lock(); defer { lock.unlock() }; return failure != nil }
}

/// The program's store handed to the thread that guards against a hang (only that thread uses it meanwhile).
private final class ProgramBox: @unchecked Sendable {
    let store: Store
    init(_ store: Store) { self.store = store }
}
