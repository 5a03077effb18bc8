import Foundation
import Testing
@testable import SammenCore

/// Opening lists `families/` once and stats its files on two threads (FolderStatWork). Whichever thread meets
/// a file, every family is read, every odd entry is reported once in name order, a file edited in place is
/// noticed, and a file others can read refuses the store.
@Suite struct FamilyFolderScanTests {
    static let today = date("2026-11-02")
    static let count = 1_300  // several runs of names for each thread

    func makeStore() throws -> String {
        let old = umask(0o077)
        defer { umask(old) }
        let root = makeTemporaryFolder() + "/store"
        _ = try SyntheticMunicipality(families: Self.count, seed: 5, today: Self.today).write(to: root, batch: 650)
        return root
    }

    @Test func everyFileIsReadAndEveryOddEntryReportedOnceInNameOrder() throws {
        let root = try makeStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let folder = root + "/families"
        let ids = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        #expect(ids.count == Self.count)
        // Odd entries among the files: the listing puts them wherever the folder's hash order does.
        #expect(FileManager.default.createFile(atPath: folder + "/noter.txt", contents: Data("x".utf8), attributes: [.posixPermissions: 0o600]))
        #expect(FileManager.default.createFile(atPath: folder + "/Ikke_Et_ID.json", contents: Data("{}".utf8), attributes: [.posixPermissions: 0o600]))
        #expect(symlink("/etc/passwd", folder + "/link.json") == 0)
        #expect(mkdir(folder + "/mappe.json", 0o700) == 0)
        // One family edited in place (same inode, new name and size), as an editor that writes into the file does.
        let edited = folder + "/" + ids[ids.count / 2]
        let text = try String(contentsOfFile: edited, encoding: .utf8)
        let oldName = try #require(Store.open(at: root, user: "t", access: .readOnly).summaries.first { $0.id + ".json" == ids[ids.count / 2] }?.name)
        let handle = try #require(FileHandle(forWritingAtPath: edited))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "\"\(oldName)\"", with: "\"Familien Rettet I Hånden\"").utf8))
        try handle.close()

        let store = try Store.open(at: root, user: "t", access: .readOnly)
        #expect(store.summaries.count == Self.count)
        let everyOne = Set(store.summaries.map { $0.id + ".json" }) == Set(ids)  // a Bool: not 1,300 names printed
        #expect(everyOne)
        #expect(store.summaries.contains { $0.name == "Familien Rettet I Hånden" })
        #expect(!store.summaries.contains { $0.name == oldName && $0.id + ".json" == ids[ids.count / 2] })
        let odd = store.problems.map(\.path).filter { $0.hasPrefix("families/") }
        #expect(odd == ["families/Ikke_Et_ID.json", "families/link.json", "families/mappe.json", "families/noter.txt"])
        let said = Dictionary(uniqueKeysWithValues: store.problems.map { ($0.path, $0.message(in: .da)) })
        #expect(said["families/link.json"]?.contains("symbolsk link") == true)
        #expect(said["families/mappe.json"]?.contains("ikke en almindelig fil") == true)
        #expect(said["families/Ikke_Et_ID.json"]?.contains("ikke et gyldigt familie-id") == true)
        #expect(said["families/noter.txt"]?.contains("uventet fil") == true)
    }

    @Test func filesOthersCanReadAreAllNamedWhereverTheyAre() throws {
        let root = try makeStore()
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        let folder = root + "/families"
        let ids = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        let opened = [ids[0], ids[ids.count / 3], ids[ids.count - 1]]
        for id in opened { #expect(chmod(folder + "/" + id, 0o644) == 0) }
        do {
            _ = try Store.open(at: root, user: "t", access: .readOnly)
            Issue.record("a store with family files others can read was opened")
        } catch StoreError.looseModes(let found, _) {
            #expect(found.map(\.path) == opened.map { "families/" + $0 })
        }
    }

    /// The runs of names are shared: two threads stat'ing at once from the start (as the listing thread and the
    /// opening thread do when the index is small) find every file once, never twice, and every odd entry once.
    @Test func twoThreadsStatingTogetherFindEveryFileOnce() throws {
        // Modes given with each file, not through the umask: other suites change the process's umask meanwhile.
        let root = makeTemporaryFolder()
        defer { removeFolder(root) }
        let folder = root + "/families"
        #expect(mkdir(folder, 0o700) == 0 && chmod(folder, 0o700) == 0)
        let count = 3_000
        for i in 0..<count {
            #expect(FileManager.default.createFile(atPath: folder + "/f-\(i).json", contents: Data("{}".utf8),
                                                   attributes: [.posixPermissions: 0o600]))
        }
        #expect(FileManager.default.createFile(atPath: folder + "/Ikke_Et_ID.json", contents: Data(),
                                               attributes: [.posixPermissions: 0o600]))
        #expect(symlink("/etc/passwd", folder + "/link.json") == 0)
        var rootInfo = stat()
        #expect(stat(root, &rootInfo) == 0)
        for _ in 0..<20 {
            let work = FolderStatWork(rootInfo: rootInfo)
            work.list(folder)
            DispatchQueue.concurrentPerform(iterations: 2) { _ in work.statUntilDone() }
            var ids: [String] = []
            var problems: [String] = []
            for item in try work.items() {
                switch item {
                case .file(let id, _): ids.append(id)
                case .problem(let problem): problems.append(problem.path)
                case .loose: Issue.record("a private file reported as loose")
                }
            }
            let everyOnce = ids.count == count && Set(ids) == Set((0..<count).map { "f-\($0)" })  // a Bool
            #expect(everyOnce)
            #expect(problems == ["families/Ikke_Et_ID.json", "families/link.json"])
        }
    }
}
