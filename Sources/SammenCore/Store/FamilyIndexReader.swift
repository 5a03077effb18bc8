#if canImport(Glibc)
import Glibc
#endif

/// Reads `cache/index` (FamilyIndexFormat). Strict: the checksum, the header, every field and the counts must
/// be right, or the whole index is thrown away (`Damaged`) and rebuilt from the family files.
struct FamilyIndexReader {
    struct Damaged: Error {}

    private let bytes: UnsafePointer<UInt8>
    private let count: Int
    private var at = 0
    /// Few distinct paragraphs in a whole caseload: each parsed once, then known by its bytes.
    private var bases: [(text: [UInt8], basis: LegalBasis)] = []

    init(bytes: UnsafePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    /// Where the families are in a whole index, once its trailer, checksum and header are checked.
    struct Layout {
        var schemaVersion: Int
        var total: Int
        /// The families' lines: from the first F line to the trailer.
        var body: Range<Int>
        var caseNumbersUnique: Bool
    }

    mutating func layout() throws -> Layout {
        // The last line: "end", the count, the checksum of everything before it.
        guard count > 1, bytes[count - 1] == 0x0A else { throw Damaged() }
        var bodyEnd = count - 1
        while bodyEnd > 0 && bytes[bodyEnd - 1] != 0x0A { bodyEnd -= 1 }
        let checksum = FamilyIndexFormat.checksum(UnsafeRawBufferPointer(start: bytes, count: bodyEnd))
        var trailer = FamilyIndexReader(bytes: bytes + bodyEnd, count: count - bodyEnd)
        guard try trailer.text() == "end" else { throw Damaged() }
        let total = try trailer.int()
        guard try trailer.text() == String(checksum, radix: 16), trailer.at == trailer.count else { throw Damaged() }

        at = 0
        guard try text() == FamilyIndexFormat.magic, try int() == FamilyIndexFormat.version else { throw Damaged() }
        let schemaVersion = try int()
        guard try int() == total else { throw Damaged() }
        let unique = try int()
        guard unique == 0 || unique == 1, bytes[at - 1] == 0x0A else { throw Damaged() }
        return Layout(schemaVersion: schemaVersion, total: total, body: at..<bodyEnd, caseNumbersUnique: unique == 1)
    }

    /// `body` cut into `parts` pieces at family boundaries (an F line), to be read on several cores.
    func split(_ body: Range<Int>, parts: Int) -> [Range<Int>] {
        var cuts = [body.lowerBound]
        for k in 1..<max(1, parts) {
            var i = max(cuts.last!, body.lowerBound + body.count * k / parts)
            while i < body.upperBound && !(bytes[i - 1] == 0x0A && bytes[i] == UInt8(ascii: "F")) { i += 1 }
            cuts.append(i)
        }
        cuts.append(body.upperBound)
        return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
    }

    /// The families in `range` (which starts at an F line or is empty).
    mutating func families(in range: Range<Int>) throws -> [(id: String, entry: FamilyIndex.Entry)] {
        var result: [(id: String, entry: FamilyIndex.Entry)] = []
        at = range.lowerBound
        // The family being read: its C, K, M, Q and A lines follow its F line. The summary is built here and
        // boxed once, when the family's lines end.
        var id: String?
        var stamp = FileStamp(size: 0, modifiedSeconds: 0, modifiedNanoseconds: 0, inode: 0)
        var diskVersion = 0
        var summary = FamilySummary.empty
        while at < range.upperBound {
            let tag = bytes[at]
            guard at + 1 < range.upperBound, bytes[at + 1] == 0x09 else { throw Damaged() }
            at += 2
            if tag == UInt8(ascii: "F") {
                if let id { result.append((id, FamilyIndex.Entry(stamp: stamp, diskVersion: diskVersion, summary: consume summary))) }
                let family = try family()
                id = family.id
                stamp = family.stamp
                diskVersion = family.diskVersion
                summary = family.summary
            } else {
                guard id != nil else { throw Damaged() }
                try line(tag, into: &summary)
            }
            guard bytes[at - 1] == 0x0A, at <= range.upperBound else { throw Damaged() }  // no fields left over
        }
        if let id { result.append((id, FamilyIndex.Entry(stamp: stamp, diskVersion: diskVersion, summary: consume summary))) }
        return result
    }

    /// The whole index on one core.
    mutating func read() throws -> FamilyIndex {
        let layout = try layout()
        return try FamilyIndexReader.index(layout, [try families(in: layout.body)])
    }

    /// The index from the families read part by part; a repeated id or a wrong count is damage.
    static func index(_ layout: Layout, _ parts: [[(id: String, entry: FamilyIndex.Entry)]]) throws -> FamilyIndex {
        var entries: [String: FamilyIndex.Entry] = [:]
        entries.reserveCapacity(layout.total)
        for part in parts {
            for (id, entry) in part where entries.updateValue(entry, forKey: id) != nil { throw Damaged() }
        }
        guard entries.count == layout.total else { throw Damaged() }
        return FamilyIndex(schemaVersion: layout.schemaVersion, entries: entries, caseNumbersUnique: layout.caseNumbersUnique)
    }

    private mutating func line(_ tag: UInt8, into summary: inout FamilySummary) throws {
        switch tag {
        case UInt8(ascii: "C"):
            summary.children.append(.init(id: try text(), name: try text(), birthDate: try date(), transitionPlanned: try int() == 1))
        case UInt8(ascii: "K"):
            summary.cases.append(.init(number: try text(), childID: try text(), primaryCaseworker: try text(),
                                       buddyCaseworker: try optionalText(), opened: try date(),
                                       status: try value(CaseStatus.self), measures: [], followUps: try dates(),
                                       closed: try optionalDate(), childPlanMade: try optionalDate()))
        case UInt8(ascii: "M"):
            guard !summary.cases.isEmpty else { throw Damaged() }
            let measure = FamilySummary.MeasureSummary(legalBasis: try legalBasis(), started: try date(), ended: try optionalDate())
            summary.cases[summary.cases.count - 1].measures.append(measure)
        case UInt8(ascii: "Q"):
            summary.openComplaints.append(.init(id: try text(), caseNumber: try optionalText(), received: try date()))
        case UInt8(ascii: "A"):
            let id = try text(), who = try text(), due = try date()
            summary.openAgreements.append(.init(id: id, what: try text(), who: who, due: due))
        default:
            throw Damaged()
        }
    }

    private mutating func family() throws -> (id: String, stamp: FileStamp, diskVersion: Int, summary: FamilySummary) {
        let id = try text()
        let stamp = FileStamp(size: Int64(try int()), modifiedSeconds: Int64(try int()),
                              modifiedNanoseconds: Int64(try int()), inode: try unsigned())
        let diskVersion = try int()
        let name = try text()
        let preference = ContactPreference(channel: try value(ContactChannel.self), style: try value(ContactStyle.self),
                                           note: try optionalText())
        let summary = FamilySummary(id: id, name: name, children: [], cases: [], openComplaints: [], openAgreements: [],
                                    openChallenges: try int(), contactPreference: preference, networkMeetings: try dates())
        return (id, stamp, diskVersion, summary)
    }

    // MARK: Fields

    /// The next field's bytes, and past the tab or newline that ends it.
    private mutating func field() throws -> (start: Int, end: Int, escaped: Bool) {
        let start = at, bytes = self.bytes, count = self.count
        var i = start
        // Eight bytes at a time while none is a control byte up to newline or a backslash (the index is
        // megabytes, and this loop was a fifth of reading it): the word tests below only tell that such a
        // byte may be among the eight; the byte loop then finds it.
        while i + 8 <= count {
            let w = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
            let low = (w &- 0x0B0B_0B0B_0B0B_0B0B) & ~w & 0x8080_8080_8080_8080
            let x = w ^ 0x5C5C_5C5C_5C5C_5C5C
            let backslash = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            if low | backslash != 0 { break }
            i += 8
        }
        var escaped = false
        while i < count {
            let b = bytes[i]
            if b <= 0x0A {
                if b == 0x09 || b == 0x0A {
                    at = i + 1
                    return (start, i, escaped)
                }
            } else if b == 0x5C {
                escaped = true
            }
            i += 1
        }
        throw Damaged()
    }

    /// Whether the field's bytes are `text`'s.
    private func field(_ f: (start: Int, end: Int, escaped: Bool), is text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.count == f.end - f.start && (text.isEmpty || memcmp(bytes + f.start, text.baseAddress!, text.count) == 0)
    }

    private mutating func optionalText() throws -> String? {
        let f = try field()
        if f.end - f.start == 2 && bytes[f.start] == 0x5C && bytes[f.start + 1] == UInt8(ascii: "N") { return nil }
        return try string(f)
    }

    private mutating func text() throws -> String {
        let f = try field()
        return try string(f)
    }

    private func string(_ f: (start: Int, end: Int, escaped: Bool)) throws -> String {
        guard f.escaped else { return String(decoding: UnsafeBufferPointer(start: bytes + f.start, count: f.end - f.start), as: UTF8.self) }
        var out: [UInt8] = []
        var i = f.start
        while i < f.end {
            var b = bytes[i]
            if b == 0x5C {
                i += 1
                guard i < f.end else { throw Damaged() }
                switch bytes[i] {
                case 0x5C: b = 0x5C
                case UInt8(ascii: "t"): b = 0x09
                case UInt8(ascii: "n"): b = 0x0A
                case UInt8(ascii: "r"): b = 0x0D
                default: throw Damaged()
                }
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func int() throws -> Int {
        let f = try field()
        var i = f.start
        let negative = i < f.end && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < f.end, f.end - i <= 18 else { throw Damaged() }
        var value = 0
        while i < f.end {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { throw Damaged() }
            value = value * 10 + Int(d)
            i += 1
        }
        return negative ? -value : value
    }

    private mutating func unsigned() throws -> UInt64 {
        guard let value = UInt64(try text()) else { throw Damaged() }
        return value
    }

    /// A value of a small enum, known by its raw value's bytes (no String made).
    private mutating func value<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let f = try field()
        for candidate in E.allCases {
            var raw = candidate.rawValue
            if raw.withUTF8({ field(f, is: $0) }) { return candidate }
        }
        throw Damaged()
    }

    private mutating func legalBasis() throws -> LegalBasis {
        let f = try field()
        for known in bases where known.text.withUnsafeBufferPointer({ field(f, is: $0) }) { return known.basis }
        guard case .success(let basis) = LegalBasisParser.parse(try string(f)) else { throw Damaged() }
        bases.append((Array(UnsafeBufferPointer(start: bytes + f.start, count: f.end - f.start)), basis))
        return basis
    }

    private mutating func date() throws -> LocalDate {
        try dateAt(try field())
    }

    private mutating func optionalDate() throws -> LocalDate? {
        let f = try field()
        if f.end - f.start == 2 && bytes[f.start] == 0x5C && bytes[f.start + 1] == UInt8(ascii: "N") { return nil }
        return try dateAt(f)
    }

    /// Comma-separated dates (a case's follow-ups); the field may be empty. Every date is eight bytes, so the
    /// commas are where they must be, or the field is damaged.
    private mutating func dates() throws -> [LocalDate] {
        let f = try field()
        let length = f.end - f.start
        guard length > 0 else { return [] }
        guard (length + 1) % 9 == 0 else { throw Damaged() }
        let n = (length + 1) / 9
        var result: [LocalDate] = []
        result.reserveCapacity(n)
        for k in 0..<n {
            let start = f.start + 9 * k
            if k > 0 && bytes[start - 1] != UInt8(ascii: ",") { throw Damaged() }
            result.append(try dateAt((start, start + 8, false)))
        }
        return result
    }

    /// YYYYMMDD, a real date. The eight digits are checked and taken apart as one word: a caseload's
    /// follow-up dates are hundreds of thousands of fields.
    private func dateAt(_ f: (start: Int, end: Int, escaped: Bool)) throws -> LocalDate {
        guard f.end - f.start == 8 else { throw Damaged() }
        let d = UnsafeRawPointer(bytes + f.start).loadUnaligned(as: UInt64.self).littleEndian &- 0x3030_3030_3030_3030
        // Each byte 0…9: no high bits after taking "0" away, and none after adding 6 either.
        guard d & 0xF0F0_F0F0_F0F0_F0F0 == 0, (d &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0 else { throw Damaged() }
        func digit(_ i: Int) -> Int { Int(truncatingIfNeeded: d >> (8 * i)) & 0xFF }
        guard let date = LocalDate(year: digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                                   month: digit(4) * 10 + digit(5), day: digit(6) * 10 + digit(7)) else { throw Damaged() }
        return date
    }
}

extension FamilySummary {
    init(id: FamilyID, name: String, children: [ChildSummary], cases: [CaseSummary], openComplaints: [ComplaintSummary],
         openAgreements: [AgreementSummary], openChallenges: Int, contactPreference: ContactPreference,
         networkMeetings: [LocalDate] = []) {
        self.id = id
        self.name = name
        self.children = children
        self.cases = cases
        self.openComplaints = openComplaints
        self.openAgreements = openAgreements
        self.openChallenges = openChallenges
        self.contactPreference = contactPreference
        self.networkMeetings = networkMeetings
    }

    static let empty = FamilySummary(id: "", name: "", children: [], cases: [], openComplaints: [], openAgreements: [],
                                     openChallenges: 0, contactPreference: ContactPreference())
}
