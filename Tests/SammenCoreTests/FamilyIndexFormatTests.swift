import Foundation
import Testing
@testable import SammenCore

/// `cache/index` is written and read by hand: it must give back exactly what was written, and throw away (never
/// misread) an index that is torn, damaged or from another version.
@Suite struct FamilyIndexFormatTests {
    static let day = LocalDate(year: 2026, month: 11, day: 2)!

    func index(_ families: [Family]) -> FamilyIndex {
        var entries: [String: FamilyIndex.Entry] = [:]
        for (i, family) in families.enumerated() {
            let stamp = FileStamp(size: Int64(1000 + i), modifiedSeconds: 1_790_000_000 + Int64(i),
                                  modifiedNanoseconds: Int64(i * 7919), inode: UInt64.max - UInt64(i))
            entries[family.id] = .init(stamp: stamp, diskVersion: 1, summary: FamilySummary(family))
        }
        return FamilyIndex(schemaVersion: 1, entries: entries)
    }

    func families() -> [Family] {
        var all = TrainingCaseload.make(today: Self.day).families
        let municipality = SyntheticMunicipality(families: 200, today: Self.day)
        let team = municipality.team()
        all += (0..<200).map { municipality.family($0, team: team) }
        // Text that needs escaping, empty text, and missing values next to empty ones.
        var odd = sampleFamily(id: "f-odd", name: "Familien \\Tab\there\nNy linje\r")
        odd.contactPreference.note = ""
        odd.children[0].cases[0].buddyCaseworker = ""
        odd.children.append(Child(id: "c2", name: "", birthDate: LocalDate(year: 12, month: 3, day: 4)!))
        odd.complaints = [Complaint(id: "k1", caseNumber: nil, received: Self.day, about: "x")]
        odd.meetings = [Meeting(id: "m1", date: Self.day, kind: .network, method: .loft,
                                agreements: [Agreement(id: "a1", what: "\\N", who: "\t", due: Self.day)])]
        all.append(odd)
        return all
    }

    @Test func readsBackWhatItWrote() throws {
        let original = index(families())
        let data = FamilyIndexFormat.encode(original)
        let read = try #require(FamilyIndexFormat.decode(data))
        #expect(read.schemaVersion == original.schemaVersion)
        #expect(read.entries.count == original.entries.count)
        for (id, entry) in original.entries { #expect(read.entries[id] == entry, "\(id)") }
        #expect(FamilyIndexFormat.encode(read) == data)
        for parts in [2, 3, 7] {
            let inParts = try #require(FamilyIndexFormat.decode(data, parts: parts))
            #expect(FamilyIndexFormat.encode(inParts) == data)
        }
    }

    @Test func throwsAwayADamagedIndex() {
        let data = FamilyIndexFormat.encode(index(Array(families().prefix(20))))
        #expect(FamilyIndexFormat.decode(data.prefix(data.count / 2)) == nil)
        #expect(FamilyIndexFormat.decode(data.dropLast()) == nil)
        #expect(FamilyIndexFormat.decode(Data()) == nil)
        #expect(FamilyIndexFormat.decode(Data("{\"format\":1}".utf8)) == nil)
        var random = SyntheticRandom(seed: 3)
        for _ in 0..<300 {
            var bytes = [UInt8](data)
            let at = random.int(0...(bytes.count - 1))
            bytes[at] ^= UInt8(truncatingIfNeeded: random.int(1...255))
            #expect(FamilyIndexFormat.decode(Data(bytes)) == nil)
        }
        let otherVersion = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "sammen-index\t\(FamilyIndexFormat.version)", with: "sammen-index\t\(FamilyIndexFormat.version + 1)")
        #expect(FamilyIndexFormat.decode(Data(otherVersion.utf8)) == nil)
    }

    /// The index with its body changed and its trailer's checksum made to fit, so only the fields are checked.
    func resealed(_ data: Data, _ change: (String) -> String) -> Data {
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()  // after the final newline
        let trailer = lines.removeLast().split(separator: "\t")
        let body = Data(change(lines.joined(separator: "\n") + "\n").utf8)
        let sum = body.withUnsafeBytes { FamilyIndexFormat.checksum($0) }
        return body + Data("end\t\(trailer[1])\t\(String(sum, radix: 16))\n".utf8)
    }

    @Test func aDateFieldMustBeARealDate() throws {
        let data = FamilyIndexFormat.encode(index(Array(families().prefix(5))))
        #expect(FamilyIndexFormat.decode(resealed(data) { $0 }) != nil)
        let text = String(decoding: data, as: UTF8.self)
        let first = try #require(text.firstMatch(of: /\t(20\d{6})[\t\n,]/)).1
        for bad in ["2026013a", "20261301", "20260230", "20250229", "2026-1-1", "202601011", "0000\u{0}101", "20260100", "/0260101"] {
            let damaged = resealed(data) { $0.replacingOccurrences(of: "\t\(first)", with: "\t\(bad)") }
            #expect(FamilyIndexFormat.decode(damaged) == nil, "\(bad)")
        }
        let leap = resealed(data) { $0.replacingOccurrences(of: "\t\(first)", with: "\t20240229") }
        #expect(FamilyIndexFormat.decode(leap) != nil)
    }

    @Test func anOpenStoreWritesTheIndexAndRemovesTheOldJSONOne() throws {
        let root = makeTemporaryFolder()
        defer { removeFolder(root) }
        let caseload = TrainingCaseload.make(today: Self.day)
        try Store.create(at: root + "/s", meta: StoreMeta(created: Self.day, training: true), team: caseload.team,
                         user: "test", families: caseload.families)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/s/cache/index.json"))
        try? FileManager.default.removeItem(atPath: root + "/s/cache/index")
        let store = try Store.open(at: root + "/s", user: "test", access: .perOperation)
        #expect(FileManager.default.fileExists(atPath: root + "/s/cache/index"))
        #expect(!FileManager.default.fileExists(atPath: root + "/s/cache/index.json"))
        let reread = FamilyIndex.load(root: root + "/s", schemaVersion: StoreFormat.currentSchemaVersion)
        #expect(reread.entries.values.map(\.summary).sorted { $0.id < $1.id } == store.summaries.sorted { $0.id < $1.id })
    }
}
