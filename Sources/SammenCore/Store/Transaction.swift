import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Commits several files together: all of them or none, even across a crash. Used by import and migration.
///
/// 1. Each new file is written whole into `.transaction/` and fsynced.
/// 2. The journal (which staged file goes where) is written atomically: its rename is the commit point.
/// 3. The staged files are renamed into place, the folders fsynced, the journal removed.
/// A crash before 2 leaves the store as it was (the staging folder is swept); a crash after 2 is rolled
/// forward when the store is next opened for writing.
///
/// The folder and the journal are read as hostile (#15.10): anyone with write access to the store can put a
/// link in place of `.transaction` or write a journal naming `../` paths. `.transaction` must be a real folder
/// (a link is refused, never followed: sweeping it would delete what it points at), and every journal entry
/// must be a plain name inside it (`3.staged`) going to a file of the store (`families/<id>.json`,
/// `team.json`, `store.json`); otherwise nothing is moved or removed, and the writer says why.
enum Transaction {
    struct Journal: Codable {
        var entries: [Entry]
        struct Entry: Codable {
            var staged: String
            var target: String
        }

        /// The journal as JSON, written directly: JSONEncoder builds a tree of the whole journal first, about
        /// 500 bytes an entry, which was most of an import's memory at 28,000 new families (#15.17). The same
        /// JSON (`{"entries":[{"staged":…,"target":…},…]}`) that JSONDecoder reads back in `recover`.
        func encoded() -> Data {
            // Sized exactly first: a growing buffer and its copy into Data would hold it three times over.
            let fixed = #"{"entries":[]}"#.utf8.count
            let perEntry = #"{"staged":,"target":},"#.utf8.count
            let size = entries.reduce(fixed) {
                $0 + perEntry + Self.jsonStringCount($1.staged) + Self.jsonStringCount($1.target)
            }
            var bytes = Data(capacity: size)
            bytes.append(contentsOf: #"{"entries":["#.utf8)
            for (n, entry) in entries.enumerated() {
                if n > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: #"{"staged":"#.utf8)
                Self.appendJSONString(entry.staged, to: &bytes)
                bytes.append(contentsOf: #","target":"#.utf8)
                Self.appendJSONString(entry.target, to: &bytes)
                bytes.append(UInt8(ascii: "}"))
            }
            bytes.append(contentsOf: "]}".utf8)
            return bytes
        }

        /// The length of `appendJSONString`'s literal for `text`.
        static func jsonStringCount(_ text: String) -> Int {
            text.utf8.reduce(2) { count, byte in
                count + (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") ? 2 : byte < 0x20 ? 6 : 1)
            }
        }

        /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
        static func appendJSONString(_ text: String, to bytes: inout Data) {
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                case 0..<0x20:
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                default:
                    bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        /// The first entry that is not a plain staged name going to a file of the store, if any.
        var firstStrayEntry: Entry? {
            entries.first { !Transaction.isStagedName($0.staged) || !StoreFormat.isTransactionTarget($0.target) }
        }
    }

    /// "3.staged": what `commit` names a staged file; nothing with a slash or dots can pass.
    static func isStagedName(_ name: String) -> Bool {
        guard name.hasSuffix(".staged") else { return false }
        let number = name.dropLast(".staged".count)
        return !number.isEmpty && number.count <= 9 && number.allSatisfy(\.isASCIIDigit)
    }

    /// `.transaction` as it is when it is not Sammen's own folder (a link, a file, a FIFO), else nil.
    static func strayFolderProblem(root: String) -> FileProblem? {
        POSIX.specialFolderProblem(root + "/" + StoreFormat.transactionFolder, shown: StoreFormat.transactionFolder)
    }

    static let journalName = "journal.json"

    static func commit(root: String, files: [(path: String, data: Data)], faults: FaultPlan?) throws {
        try commit(root: root, count: files.count, faults: faults) { files[$0] }
    }

    /// The same, with each file made only when it is staged (`file(n)` for n in 0..<count): a large import then
    /// holds one file's bytes at a time, not every file's. `beforeCommit` runs when every file is staged, just
    /// before the commit point (a whole-store copy logs there: a copy that fails while reading logs nothing);
    /// when it throws, nothing is committed.
    static func commit(root: String, count: Int, faults: FaultPlan?, beforeCommit: () throws -> Void = {},
                       file: (Int) throws -> (path: String, data: Data)) throws {
        let folder = root + "/" + StoreFormat.transactionFolder
        // Leftovers of a crashed, uncommitted transaction are garbage.
        if POSIX.exists(folder) { try recover(root: root, faults: faults) }
        try POSIX.makeFolder(folder, shown: StoreFormat.transactionFolder)

        var journal = Journal(entries: [])
        journal.entries.reserveCapacity(count)
        do {
            for number in 0..<count {
                let made = try file(number)
                // A target that is not a plain file of the store fails the whole transaction before its commit point.
                guard StoreFormat.isTransactionTarget(made.path) else {
                    throw StoreError.invalid(Phrase(da: "«\(made.path)» er ikke en fil i arkivet; intet er gemt.", en: "«\(made.path)» is not a file of the store; nothing is saved."))
                }
                let staged = "\(number).staged"
                try AtomicFile.write(made.data, to: folder + "/" + staged, shown: made.path, faults: faults)
                journal.entries.append(.init(staged: staged, target: made.path))
            }
            try beforeCommit()
            let data = journal.encoded()
            try AtomicFile.write(data, to: folder + "/" + journalName, shown: journalShown, faults: faults)
        } catch let error as SimulatedCrash {
            throw error
        } catch StoreError.notDurable(let path, let code) {
            // Not committed: the journal's folder entry may not be on disk. Undo, and say it failed.
            removeFolder(folder)
            throw StoreError.io(step: .syncToDisk, path: path, errno: code)
        } catch {
            removeFolder(folder)
            throw error
        }
        // Committed: from here on a failure leaves the transaction for the next writer to finish, and the
        // message says so (the change is not lost, and it is not to be made again).
        do {
            try rollForward(root: root, journal: journal, faults: faults)
        } catch StoreError.io(_, let path, let code) {
            throw StoreError.unfinished(path: path, errno: code)
        }
    }

    /// Finishes a committed transaction or discards an uncommitted one. The caller holds the write lock.
    static func recover(root: String, faults: FaultPlan?) throws {
        let folder = root + "/" + StoreFormat.transactionFolder
        guard POSIX.exists(folder) else { return }
        if let problem = strayFolderProblem(root: root) { throw StoreError.unreadable(problem) }
        let journalPath = folder + "/" + journalName
        if let problem = POSIX.specialFileProblem(journalPath, shown: journalShown) { throw StoreError.unreadable(problem) }
        if POSIX.exists(journalPath),
           let data = try? POSIX.readFile(journalPath, shown: journalShown),
           let journal = try? JSONDecoder().decode(Journal.self, from: data) {
            if let stray = journal.firstStrayEntry { throw StoreError.unreadable(strayEntryProblem(stray)) }
            try rollForward(root: root, journal: journal, faults: faults)
        } else {
            removeFolder(folder)
            try POSIX.fsyncFolder(root, shown: "arkivmappen", faults: faults)
        }
    }

    static let journalShown = StoreFormat.transactionFolder + "/" + journalName

    /// A journal entry that points out of the store, in words.
    static func strayEntryProblem(_ entry: Journal.Entry) -> FileProblem {
        let shown = TerminalText.field(entry.staged) + " → " + TerminalText.field(entry.target)
        return FileProblem(path: journalShown, reason: Phrase(
            da: "journalen nævner «\(shown)», som ikke er en fil i arkivet; intet er flyttet eller slettet (fjern mappen .transaction, hvis ingen import er i gang)",
            en: "the journal names «\(shown)», which is not a file of the store; nothing is moved or removed (remove the .transaction folder if no import is running)"))
    }

    /// What is wrong with an unfinished transaction, for `sammen check`: a `.transaction` that is not a folder,
    /// a journal that is not a regular file, or an entry pointing out of the store.
    static func problems(root: String) -> [FileProblem] {
        let folder = root + "/" + StoreFormat.transactionFolder
        guard POSIX.exists(folder) else { return [] }
        if let problem = strayFolderProblem(root: root) { return [problem] }
        let journalPath = folder + "/" + journalName
        if let problem = POSIX.specialFileProblem(journalPath, shown: journalShown) { return [problem] }
        guard let data = try? POSIX.readFile(journalPath, shown: journalShown),
              let journal = try? JSONDecoder().decode(Journal.self, from: data) else { return [] }
        return journal.entries.filter { !isStagedName($0.staged) || !StoreFormat.isTransactionTarget($0.target) }.map(strayEntryProblem)
    }

    /// Whether an unfinished transaction waits (seen by a read-only instance, which may not finish it). Only in
    /// Sammen's own folder: a link named `.transaction` is never looked into.
    static func isPending(root: String) -> Bool {
        strayFolderProblem(root: root) == nil && POSIX.exists(root + "/" + StoreFormat.transactionFolder + "/" + journalName)
    }

    private static func rollForward(root: String, journal: Journal, faults: FaultPlan?) throws {
        let folder = root + "/" + StoreFormat.transactionFolder
        var touched = Set<String>()
        for entry in journal.entries {
            let staged = folder + "/" + entry.staged
            // Already moved by an earlier, interrupted roll-forward: nothing to do.
            guard POSIX.exists(staged) else { continue }
            let target = root + "/" + entry.target
            let parent = (target as NSString).deletingLastPathComponent
            let shownParent = (entry.target as NSString).deletingLastPathComponent
            if !shownParent.isEmpty { try POSIX.makeFolder(parent, shown: shownParent) }
            try POSIX.rename(staged, target, shown: entry.target, faults: faults)
            touched.insert(parent)
        }
        for parent in touched.sorted() {
            let shown = parent == root ? "arkivmappen" : parent.replacingOccurrences(of: root + "/", with: "")
            try POSIX.fsyncFolder(parent, shown: shown, faults: faults)
        }
        unlink(folder + "/" + journalName)
        removeFolder(folder)
        try POSIX.fsyncFolder(root, shown: "arkivmappen", faults: faults)
    }

    private static func removeFolder(_ folder: String) {
        if let names = try? POSIX.list(folder, shown: folder) {
            for name in names { unlink(folder + "/" + name) }
        }
        rmdir(folder)
    }
}
