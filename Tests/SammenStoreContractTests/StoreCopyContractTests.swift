import Foundation
import Testing
import SammenCore

/// `sammen store copy` streamed (#18.7): a whole store written in a family and a log part at a time, and read out
/// the same way, on every kind of store. A copy that fails part-way (a record found unreadable late, a log that
/// cannot be read to its end) must leave the store it was writing into exactly as it was: empty, without even the
/// log lines, so that the copy can simply be made again.
@Suite struct StoreCopyContractTests {
    static let copiedLog = [
        AccessLogEntry(time: "2026-01-05T09:00:00+01:00", user: "MHA", login: "mha", action: .create, detail: "nyt arkiv"),
        AccessLogEntry(time: "2026-02-10T10:30:00+01:00", user: "JBO", login: "jbo", action: .read, family: "f-kopi-1"),
        AccessLogEntry(time: "2026-03-11T11:00:00+01:00", user: "JBO", login: "jbo", action: .change, family: "f-kopi-2"),
    ]
    static let ids = (1...5).map { "f-kopi-\($0)" }

    /// A stream of five families and the log above, in parts of one entry; `failFamily`/`failLogPart` make the
    /// n-th family or log part throw as an unreadable record would.
    static func stream(failFamily: Int? = nil, failLogPart: Int? = nil) -> WholeStoreStream {
        var family = 0
        var part = 0
        return WholeStoreStream(
            meta: StoreMeta(created: LocalDate(iso: "2025-06-01")!, training: true, municipality: "Søby Kommune (fiktiv)"),
            team: contractTeam(), familyIDs: ids,
            nextFamily: {
                defer { family += 1 }
                if family == failFamily {
                    throw StoreError.unreadable(FileProblem(path: StoreFormat.familyPath(ids[family]),
                                                            reason: Phrase(verbatim: "ødelagt midt i kopien")))
                }
                return contractFamily(ids[family], caseNumber: "2026-010\(family)")
            },
            nextLogEntries: {
                defer { part += 1 }
                if part == failLogPart { throw StoreError.invalid(Phrase(verbatim: "loggen kunne ikke læses færdig")) }
                return part < copiedLog.count ? [copiedLog[part]] : nil
            })
    }

    func expectUntouched(_ handle: any ContractStoreHandle, _ kind: String, _ what: String) throws {
        for id in Self.ids { #expect(try handle.rawRecord(id) == nil, "\(kind), \(what): \(id) was written") }
        let store = try handle.open(access: .readOnly)
        defer { store.close() }
        #expect(store.isEmpty, "\(kind), \(what)")
        #expect(store.team == contractTeam(), "\(kind), \(what): the team was written")
        let log = try store.accessLogEntries()
        #expect(!log.contains { Self.copiedLog.contains($0) }, "\(kind), \(what): copied log lines were written")
        #expect(!log.contains { $0.action == .import && $0.detail == "kopien der fejler" }, "\(kind), \(what): the copy was logged")
    }

    @Test(arguments: ContractFactories.names)
    func aCopyThatFailsPartWayLeavesTheStoreEmptyAndTakesTheCopyAfterwards(kind: String) throws {
        try onStore(kind) { handle in
            let store = try handle.open(access: .perOperation)
            defer { store.close() }
            #expect(store.isEmpty)
            // The fourth family is found unreadable when it is read: three are already on their way in.
            let late = thrownError { try store.importWholeStore(Self.stream(failFamily: 3), detail: "kopien der fejler") }
            guard case .unreadable? = late as? StoreError else { Issue.record("\(kind): \(String(describing: late))"); return }
            try expectUntouched(handle, kind, "a family unreadable late")
            // The log cannot be read to its end.
            let log = thrownError { try store.importWholeStore(Self.stream(failLogPart: 2), detail: "kopien der fejler") }
            guard case .invalid? = log as? StoreError else { Issue.record("\(kind): \(String(describing: log))"); return }
            try expectUntouched(handle, kind, "a log that fails")

            // Made again, the copy is whole, and the log holds each copied line once.
            try store.importWholeStore(Self.stream(), detail: "kopien igen")
            let copy = try handle.open(access: .readOnly)
            defer { copy.close() }
            #expect(Set(copy.summaries.map(\.id)) == Set(Self.ids))
            let families = try copy.readFamilies(Self.ids)
            for (n, family) in families.enumerated() {
                #expect(try RecordCodec().encode(family) == RecordCodec().encode(contractFamily(Self.ids[n], caseNumber: "2026-010\(n)")))
            }
            let entries = try copy.accessLogEntries()
            for line in Self.copiedLog { #expect(entries.filter { $0 == line }.count == 1, "\(kind): \(line.time)") }
            #expect(copy.meta.municipality == "Søby Kommune (fiktiv)")
        }
    }

    @Test(arguments: ContractFactories.names)
    func theStoreIsReadOutInBatchesAsLoadingWouldReadIt(kind: String) throws {
        try onStore(kind) { handle in
            let store = try handle.open(access: .perOperation)
            defer { store.close() }
            for (n, id) in ["f-b", "f-a", "f-c"].enumerated() { try store.create(contractFamily(id, caseNumber: "2026-020\(n)")) }
            try store.log(.search, detail: "søgning efter noget")
            let reader = try handle.open(access: .readOnly)
            defer { reader.close() }
            // In the order asked, each as loading gives it.
            let read = try reader.readFamilies(["f-c", "f-a", "f-b"])
            #expect(read.map(\.id) == ["f-c", "f-a", "f-b"])
            for family in read {
                #expect(try RecordCodec().encode(family) == RecordCodec().encode(reader.loadFamily(family.id, logAs: nil)))
            }
            #expect(try reader.readFamilies([]).isEmpty)
            let missing = thrownError { _ = try reader.readFamilies(["f-a", "f-ingen"]) }
            guard case .unknownFamily("f-ingen")? = missing as? StoreError else { Issue.record("\(kind): \(String(describing: missing))"); return }

            // The log in parts is the log, in its order, every line once.
            let whole = try reader.accessLogEntries()
            #expect(whole.count >= 4)
            for size in [1, 2, 1000] {
                let next = try reader.accessLogParts(partSize: size)
                var parts: [AccessLogEntry] = []
                while let part = try next() {
                    #expect(!part.isEmpty && part.count <= size)
                    parts += part
                }
                #expect(parts == whole, "\(kind), parts of \(size)")
                #expect(try next() == nil)
            }
        }
    }
}
