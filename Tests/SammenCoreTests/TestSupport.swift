import Foundation
@testable import SammenCore

/// A fresh temporary folder per test, removed afterwards by the caller's defer.
func makeTemporaryFolder(_ name: String = #function) -> String {
    let base = FileManager.default.temporaryDirectory.path + "/sammen-tests-\(getpid())"
    try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    let cleaned = name.filter { $0.isLetter || $0.isNumber }
    let path = base + "/\(cleaned)-\(UUID().uuidString.prefix(8))"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func removeFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

/// A small family with one child and one 6-week case.
func sampleFamily(id: String = "f-test", name: String = "Familien Test", caseNumber: String = "2025-0001",
                  caseworker: String = "MHA", basis: String = "SEL § 52", opened: String = "2025-01-10") -> Family {
    let measure = Measure(id: "m1", legalBasis: try! LegalBasisParser.parse(basis).get(), description: "Støtte",
                          started: date(opened))
    let c = ChildCase(number: caseNumber, primaryCaseworker: caseworker, opened: date(opened), measures: [measure])
    return Family(id: id, name: name, children: [Child(id: "c1", name: "Emma", birthDate: date("2015-04-02"), cases: [c])])
}

func sampleTeam() -> Team {
    Team(name: "Testteam", targetCaseload: 25, caseworkers: [
        Caseworker(initials: "MHA", name: "Mette Hansen"), Caseworker(initials: "JBO", name: "Jonas Bo"),
    ])
}

/// Creates a store with the given families and returns its path.
func makeStore(_ families: [Family] = [sampleFamily()], name: String = #function) throws -> String {
    let root = makeTemporaryFolder(name) + "/store"
    try Store.create(at: root, meta: StoreMeta(created: date("2026-01-01"), training: false), team: sampleTeam(),
                     user: "test", families: families).close()
    return root
}

/// Gives a folder copied or written by a test a private store's modes (folders 0700, files 0600), as Sammen
/// itself writes them: Sammen refuses a store others can read.
func makePrivate(_ root: String) {
    chmod(root, 0o700)
    for relative in allPaths(root) {
        chmod(root + "/" + relative, FileManager.default.isDirectory(root + "/" + relative) ? 0o700 : 0o600)
    }
}

/// Every line of a store's access log, month files in order (log/*.jsonl).
func accessLogText(_ root: String) -> String {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/log")) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
    return names.map { String(decoding: fileBytes(root + "/log/" + $0) ?? Data(), as: UTF8.self) }.joined()
}

/// This month's access-log file (Danish time, as Sammen names it).
func currentLogFile(_ root: String) -> String {
    root + "/log/" + AccessLog.month(of: AccessLog.timestamp())! + ".jsonl"
}

func fileBytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

func fileMode(_ path: String) -> Int {
    var info = stat()
    lstat(path, &info)
    return Int(info.st_mode & 0o777)
}

/// Every file and folder under `root`, relative.
func allPaths(_ root: String) -> [String] {
    (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
}
