import Foundation
import SammenCore

/// The source's families read a batch at a time (one query for a database), handed out one by one in the order
/// of the ids: a copy holds one batch, not the store.
final class FamilyBatches {
    static let size = 100
    private let source: any CaseloadStore
    private let ids: [FamilyID]
    private var batch: [Family] = []
    private var batchStart = 0
    private var taken = 0

    init(_ source: any CaseloadStore, _ ids: [FamilyID]) {
        self.source = source
        self.ids = ids
    }

    func next() throws -> Family {
        if taken == batchStart + batch.count {
            batchStart = taken
            batch = []
            batch = try source.readFamilies(Array(ids[taken..<min(taken + Self.size, ids.count)]))
        }
        defer { taken += 1 }
        return batch[taken - batchStart]
    }
}

/// What was copied, kept as fingerprints only (8 bytes a family, about 16 a log line) so that the copy can be read
/// back and compared without holding either store: each family's record as the codec writes it, and the log's
/// lines as a count of each line's fingerprint (a folder and a database keep the lines of one second in different
/// orders, so the check is of which lines, as often as they were there, not of their order).
final class CopiedFingerprints {
    static let logPartSize = 1000
    private let codec = RecordCodec()
    private let lineEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    /// The families' fingerprints in the order copied (the sorted ids).
    private(set) var families: [UInt64] = []
    private var lines: [UInt64: Int] = [:]
    private(set) var logLineCount = 0

    func add(_ family: Family) throws {
        families.append(FNV.hash(try codec.encode(family)))
    }

    func add(_ entries: [AccessLogEntry]) throws {
        for entry in entries { lines[try fingerprint(entry), default: 0] += 1 }
        logLineCount += entries.count
    }

    private func fingerprint(_ entry: AccessLogEntry) throws -> UInt64 { FNV.hash(try lineEncoder.encode(entry)) }

    /// Reads the copy back (a batch of families, a page of the log at a time) and compares it with what was
    /// copied; a description of the first difference, or nil.
    func difference(from source: any CaseloadStore, ids: [FamilyID], to copy: any CaseloadStore, _ context: Context) throws -> String? {
        let copiedIDs = copy.summaries.map(\.id).sorted()
        if copiedIDs != ids {
            let expected = Set(ids)
            let found = Set(copiedIDs)
            if let missing = expected.subtracting(found).sorted().first {
                return context.say(da: "familien \(missing) mangler", en: "the family \(missing) is missing")
            }
            if let extra = found.subtracting(expected).sorted().first {
                return context.say(da: "familien \(extra) er kommet til", en: "the family \(extra) was added")
            }
        }
        var start = 0
        while start < ids.count {
            let end = min(start + FamilyBatches.size, ids.count)
            // Not logged: the copy is the import just logged, read back to check it.
            for (offset, family) in try copy.readFamilies(Array(ids[start..<end])).enumerated()
            where FNV.hash(try codec.encode(family)) != families[start + offset] {
                return context.say(da: "familien \(family.id) er ikke ens", en: "the family \(family.id) differs")
            }
            start = end
        }
        if copy.team != source.team { return context.say(da: "teamet er ikke ens", en: "the team differs") }
        if copy.meta.created != source.meta.created || copy.meta.training != source.meta.training
            || copy.meta.municipality != source.meta.municipality {
            return context.say(da: "arkivets oplysninger (oprettet, øvelse, kommune) er ikke ens",
                               en: "the store's details (created, training, municipality) differ")
        }
        // Every copied line, as often as it was there; the copy also holds its own lines (its creation, the copy).
        var missing = lines
        var stillMissing = logLineCount
        let copiedLog = try copy.accessLogParts(partSize: Self.logPartSize)
        while stillMissing > 0, let part = try copiedLog() {
            for entry in part {
                let line = try fingerprint(entry)
                if let count = missing[line], count > 0 {
                    missing[line] = count - 1
                    stillMissing -= 1
                }
            }
        }
        guard stillMissing > 0 else { return nil }
        // Which line: the source's log read again, up to the first line not found.
        let sourceLog = try source.accessLogParts(partSize: Self.logPartSize)
        while let part = try sourceLog() {
            for entry in part {
                let line = try fingerprint(entry)
                if let count = missing[line], count > 0 {
                    return context.say(da: "adgangsloggens linje fra \(entry.time) mangler", en: "the access log's line of \(entry.time) is missing")
                }
            }
        }
        return context.say(da: "\(stillMissing) linjer af adgangsloggen mangler", en: "\(stillMissing) lines of the access log are missing")
    }
}
