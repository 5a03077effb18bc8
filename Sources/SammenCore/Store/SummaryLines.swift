import Foundation

/// A family's summary in the index's text form (FamilyIndexFormat's F/C/K/M/Q/A lines), for a store that keeps
/// summaries beside its records in its own way (the PostgreSQL store's `summary_lines` column): the caseload
/// opens by reading these, on all cores, as the file store reads its index, never decoding JSON per family.
public enum SummaryLines {
    /// The format these lines are written in (the index's format number): lines written by a Sammen with a lower
    /// number may say something this one would compute differently, and are made again from the records.
    public static var format: Int { FamilyIndexFormat.version }

    /// The lines of one family's summary.
    public static func encode(_ summary: FamilySummary, schemaVersion: Int) -> String {
        let stamp = FileStamp(size: 0, modifiedSeconds: 0, modifiedNanoseconds: 0, inode: 0)
        let one = FamilyIndex(schemaVersion: schemaVersion,
                              entries: [summary.id: .init(stamp: stamp, diskVersion: schemaVersion, summary: summary)])
        let text = String(decoding: FamilyIndexFormat.encode(one), as: UTF8.self)
        // Without the header (the first line) and the trailer (the last).
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        while let last = lines.last, last.isEmpty || last.hasPrefix("end\t") { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summaries from the lines of `count` families one after another; nil when anything does not read
    /// (then the caller reads the families one by one).
    public static func decode(_ lines: Data, count: Int, schemaVersion: Int) -> [FamilySummary]? {
        var whole = Data("\(FamilyIndexFormat.magic)\t\(FamilyIndexFormat.version)\t\(schemaVersion)\t\(count)\t0\n".utf8)
        whole.append(lines)
        let checksum = whole.withUnsafeBytes { FamilyIndexFormat.checksum($0) }
        whole.append(Data("end\t\(count)\t\(String(checksum, radix: 16))\n".utf8))
        let parts = count > 2_000 ? ProcessInfo.processInfo.activeProcessorCount * 4 : 1
        guard let index = FamilyIndexFormat.decode(whole, parts: parts) else { return nil }
        return index.entries.values.map(\.summary)
    }
}
