import Foundation

/// `cache/index`, format 5: UTF-8 lines of tab-separated fields, one record per line, families sorted by id.
///
/// ```
/// sammen-index  5  <schema version>  <families>  <case numbers unique (0/1)>
/// F  id  size  mtime-s  mtime-ns  inode  disk-version  name  channel  style  note  open-challenges  network-meetings
/// C  child-id  name  birth-date  transition-planned (0/1)                 the family's children, in order
/// K  number  child-id  primary  buddy  opened  status  follow-ups (dates, comma-separated)  closed  child-plan
/// M  legal-basis  started  ended                                            measures of the case above
/// Q  id  case-number  received                                             open complaints
/// A  id  who  due  what                                                    open agreements
/// end  <families>  <checksum of every byte before this line, hex>
/// ```
/// Dates are numbers YYYYMMDD. In text fields `\` is `\\`, a tab `\t`, a newline `\n`, a
/// carriage return `\r`; a missing value is `\N`.
/// Anything that does not parse — a torn write, a flipped byte (the checksum), another version — makes
/// `decode` return nil, and the store rebuilds the index from the family files.
enum FamilyIndexFormat {
    static let magic = "sammen-index"
    /// 3: the header says whether every sagsnr is in one family only, so an unchanged store is not checked again.
    /// 4: network meeting dates (F), a case's closing day and child's plan (K), for the rules' second pass.
    /// 5: the same fields; the network meeting dates now include those marked done in the årshjul, so an index
    /// written by format 4 is rebuilt rather than read with dates that leave them out.
    static let version = 5

    // MARK: Writing

    static func encode(_ index: FamilyIndex) -> Data {
        var out = Writer()
        out.bytes.reserveCapacity(index.entries.count * 320 + 64)
        out.text(magic); out.tab(); out.int(version); out.tab(); out.int(index.schemaVersion); out.tab()
        out.int(index.entries.count); out.tab(); out.int(caseNumbersUnique(index) ? 1 : 0); out.newline()
        for id in index.entries.keys.sorted() {
            let entry = index.entries[id]!
            let s = entry.summary
            out.record("F")
            out.field(id); out.int64(entry.stamp.size); out.tab(); out.int64(entry.stamp.modifiedSeconds); out.tab()
            out.int64(entry.stamp.modifiedNanoseconds); out.tab(); out.text(String(entry.stamp.inode)); out.tab()
            out.int(entry.diskVersion); out.tab()
            out.field(s.name); out.field(s.contactPreference.channel.rawValue); out.field(s.contactPreference.style.rawValue)
            out.field(s.contactPreference.note); out.int(s.openChallenges); out.tab()
            out.dates(s.networkMeetings); out.newline()
            for child in s.children {
                out.record("C")
                out.field(child.id); out.field(child.name); out.date(child.birthDate); out.tab()
                out.int(child.transitionPlanned ? 1 : 0); out.newline()
            }
            for c in s.cases {
                out.record("K")
                out.field(c.number); out.field(c.childID); out.field(c.primaryCaseworker); out.field(c.buddyCaseworker)
                out.date(c.opened); out.tab(); out.field(c.status.rawValue)
                out.dates(c.followUps); out.tab()
                out.date(c.closed); out.tab(); out.date(c.childPlanMade); out.newline()
                for m in c.measures {
                    out.record("M")
                    out.field(m.legalBasis.description); out.date(m.started); out.tab(); out.date(m.ended); out.newline()
                }
            }
            for q in s.openComplaints {
                out.record("Q")
                out.field(q.id); out.field(q.caseNumber); out.date(q.received); out.newline()
            }
            for a in s.openAgreements {
                out.record("A")
                out.field(a.id); out.field(a.who); out.date(a.due); out.tab(); out.escaped(a.what); out.newline()
            }
        }
        let checksum = out.bytes.withUnsafeBytes { FamilyIndexFormat.checksum($0) }
        out.text("end"); out.tab(); out.int(index.entries.count); out.tab(); out.text(String(checksum, radix: 16)); out.newline()
        return Data(out.bytes)
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func text(_ s: String) { bytes.append(contentsOf: s.utf8) }
        mutating func tab() { bytes.append(0x09) }
        /// Dates separated by commas; an empty list is an empty field.
        mutating func dates(_ list: [LocalDate]) {
            for (i, d) in list.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                date(d)
            }
        }
        mutating func newline() { bytes.append(0x0A) }
        mutating func record(_ tag: Unicode.Scalar) { bytes.append(UInt8(ascii: tag)); tab() }

        /// A text field and the tab after it.
        mutating func field(_ s: String?) {
            escaped(s)
            tab()
        }

        mutating func escaped(_ s: String?) {
            guard let s else { bytes.append(0x5C); bytes.append(UInt8(ascii: "N")); return }
            for b in s.utf8 {
                switch b {
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                default: bytes.append(b)
                }
            }
        }

        mutating func int(_ n: Int) { int64(Int64(n)) }

        mutating func int64(_ n: Int64) { bytes.append(contentsOf: String(n).utf8) }

        /// A date as the number YYYYMMDD (compact and quick to read back), or `\N`.
        mutating func date(_ d: LocalDate?) {
            guard let d else { bytes.append(0x5C); bytes.append(UInt8(ascii: "N")); return }
            let digits = String(d.year * 10_000 + d.month * 100 + d.day).utf8
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, 8 - digits.count)))
            bytes.append(contentsOf: digits)
        }
    }

    /// FNV-1a over 8-byte words (and the last bytes one by one): catches a torn or flipped index, 8× quicker
    /// than byte-wise FNV on megabytes. Not for security.
    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = raw.count / 8
        for i in 0..<words {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
        }
        for i in (words * 8)..<raw.count { h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Whether no sagsnr is in two families (worked out when the index is written, on close, not on open).
    static func caseNumbersUnique(_ index: FamilyIndex) -> Bool {
        var numbers = Set<String>()
        numbers.reserveCapacity(index.entries.count * 2)
        return !index.entries.values.contains { entry in entry.summary.cases.contains { !numbers.insert($0.number).inserted } }
    }

    // MARK: Reading

    /// The index in `data`, read in `parts` pieces on the cores there are (more pieces than cores, so a core
    /// that finishes other work first takes a share); nil when it is damaged or another version.
    static func decode(_ data: Data, parts: Int = 1) -> FamilyIndex? {
        data.withUnsafeBytes { raw -> FamilyIndex? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            var reader = FamilyIndexReader(bytes: base, count: raw.count)
            guard let layout = try? reader.layout() else { return nil }
            let pieces = reader.split(layout.body, parts: parts)
            let read = ParallelResults<[(id: String, entry: FamilyIndex.Entry)]>(count: pieces.count)
            nonisolated(unsafe) let bytes = raw  // read-only while the pieces are read
            DispatchQueue.concurrentPerform(iterations: pieces.count) { k in
                var part = FamilyIndexReader(bytes: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count)
                if let families = try? part.families(in: pieces[k]) { read.set(k, families) }
            }
            var all: [[(id: String, entry: FamilyIndex.Entry)]] = []
            for k in pieces.indices {
                guard let families = read.get(k) else { return nil }
                all.append(families)
            }
            return try? FamilyIndexReader.index(layout, all)
        }
    }
}
