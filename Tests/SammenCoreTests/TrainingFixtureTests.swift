import Foundation
import Testing
@testable import SammenCore

/// Fixtures/training/ is the training caseload as files, made on a fixed day, for the docs, the JSON schemas
/// and anyone who wants to read a store. It must stay what `TrainingCaseload.make` produces: regenerate with
/// `SAMMEN_RECORD_FIXTURES=1 swift test --filter TrainingFixtureTests` after changing the caseload.
@Suite struct TrainingFixtureTests {
    static let day = LocalDate(year: 2026, month: 11, day: 2)!
    static let folder = (#filePath as NSString).deletingLastPathComponent + "/../../Fixtures/training"

    static func expectedFiles() throws -> [String: Data] {
        let caseload = TrainingCaseload.make(today: day)
        let codec = RecordCodec(policy: .standard)
        var files: [String: Data] = [
            "store.json": try codec.encode(StoreMeta(created: day, training: true, municipality: "Søby Kommune (fiktiv)")),
            "team.json": try codec.encode(caseload.team),
        ]
        for family in caseload.families { files["families/\(family.id).json"] = try codec.encode(family) }
        return files
    }

    @Test func theFixtureIsWhatTheTrainingCaseloadMakes() throws {
        let expected = try TrainingFixtureTests.expectedFiles()
        if ProcessInfo.processInfo.environment["SAMMEN_RECORD_FIXTURES"] == "1" {
            try? FileManager.default.removeItem(atPath: TrainingFixtureTests.folder)
            for (path, data) in expected {
                let full = TrainingFixtureTests.folder + "/" + path
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: full))
            }
            return
        }
        let found = (FileManager.default.enumerator(atPath: TrainingFixtureTests.folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("cache/") }  // the derived cache is not part of the fixture
        #expect(Set(found) == Set(expected.keys), "Fixtures/training is out of date; regenerate it")
        for (path, data) in expected {
            #expect(FileManager.default.contents(atPath: TrainingFixtureTests.folder + "/" + path) == data, "\(path) differs")
        }
    }

    @Test func theFixtureOpensAsAStoreAndChecksClean() throws {
        let copy = makeTemporaryFolder() + "/training"
        defer { removeFolder((copy as NSString).deletingLastPathComponent) }
        try FileManager.default.copyItem(atPath: TrainingFixtureTests.folder, toPath: copy)
        makePrivate(copy)
        let store = try Store.open(at: copy, user: "test", access: .readOnly)
        #expect(store.meta.training)
        #expect(store.problems.isEmpty)
        #expect(store.check().isEmpty, "\(store.check())")
        #expect(store.summaries.count >= 30 && store.team.caseworkers.count >= 3)
    }
}
