import Foundation

/// `sammen due --json`: one object per deadline, its keys sorted as JSONEncoder's `.sortedKeys` would
/// (docs/cli.md has the shape). The keys and `kind` values are a machine interface, the same in every language.
/// At 10,000 families this is megabytes: written in parts on every core, each part handed on in order from
/// the buffer it was written in, without being copied, and the buffers used again.
public enum DeadlineJSON {
    /// About what one deadline takes (measured: 310 bytes on the synthetic municipality), so a part's
    /// buffer seldom has to grow.
    static let bytesPerDeadline = 360
    /// Deadlines per part: a part's buffer (about 360 KB) is written out and used again for a later part.
    public static let deadlinesPerPart = 1_024

    /// Writes the whole array, ending with a newline, to `sink` in order. The deadlines are written in parts,
    /// `writers` parts at a time on as many cores (default: one per core for a big list), each into a buffer of
    /// its own that is handed to `sink` and then used again: at 10,000 families the array is 9.7 MB, and
    /// holding it whole cost a page fault per 4 KB written (#19).
    /// `terminalSafe`: every string shows what may not reach a terminal as `\uXXXX` as it is written, on the
    /// writers' cores (PrettyJSONArray.terminalSafe): the parts are then printed as they are.
    public static func write(_ items: DeadlineList, today: LocalDate, pieces writers: Int? = nil,
                             perPart: Int = deadlinesPerPart, terminalSafe: Bool = false,
                             to sink: (UnsafeRawBufferPointer) -> Void) {
        // Never more writers than deadlines: every part after the first continues a non-empty array.
        let count = max(1, min(items.count, writers ?? min(ProcessInfo.processInfo.activeProcessorCount, 8, items.count / 2_000)))
        let perPart = max(1, min(perPart, (items.count + count - 1) / count))
        let parts = max(1, (items.count + perPart - 1) / perPart)
        let buffers = UnsafeMutablePointer<PrettyJSONArray>.allocate(capacity: count)
        for k in 0..<count {
            let capacity = perPart * bytesPerDeadline + 64
            (buffers + k).initialize(to: k == 0 ? PrettyJSONArray(capacity: capacity) : PrettyJSONArray(continuing: (), capacity: capacity))
            buffers[k].terminalSafe = terminalSafe
        }
        defer {
            buffers.deinitialize(count: count)
            buffers.deallocate()
        }
        nonisolated(unsafe) let shared = buffers
        var first = 0
        while first < parts {
            let round = min(count, parts - first)
            let base = first
            // Each part fills its own buffer; no two touch the same one.
            DispatchQueue.concurrentPerform(iterations: round) { k in
                let part = base + k
                if part >= count { shared[k].restart() }  // a buffer's first part was begun by its init
                let range = (part * perPart)..<min(items.count, (part + 1) * perPart)
                // The summaries borrowed, not copied: a copy per deadline retained and released a dozen references,
                // shared by both cores, which was a fifth of `due --all --json` (#19).
                items.caseload.withUnsafeBufferPointer { families in
                    write(items.slots[range], of: families.baseAddress!, today: today, to: &shared[k])
                }
                if part == parts - 1 { shared[k].close(newline: true) }
            }
            for k in 0..<round { buffers[k].withBytes(sink) }
            first += round
        }
    }

    /// The whole array as bytes (for tests and small lists).
    public static func bytes(_ items: DeadlineList, today: LocalDate, pieces: Int? = nil,
                             perPart: Int = deadlinesPerPart, terminalSafe: Bool = false) -> [UInt8] {
        var all: [UInt8] = []
        write(items, today: today, pieces: pieces, perPart: perPart, terminalSafe: terminalSafe) { all.append(contentsOf: $0) }
        return all
    }

    /// The texts of one deadline, read field by field from the summary its slot points into (the same words
    /// `Deadline` would hold), before anything is written: a summary passed whole from the caseload's memory to
    /// a call that also wrote was copied by the compiler first, a dozen retains and releases per deadline on
    /// both cores (#19).
    struct Texts {
        var buddy: String?
        var caseNumber: String
        var caseworker: String
        var child: String?
        var detail: String?
        var name: String
        var id: String

        init(_ slot: DeadlineSlot, of family: UnsafePointer<FamilySummary>) {
            let c = Int(slot.caseIndex)
            buddy = c >= 0 ? family.pointee.cases[c].buddyCaseworker : nil
            caseNumber = slot.caseNumber(at: family)
            caseworker = c >= 0 ? family.pointee.cases[c].primaryCaseworker : ""
            child = slot.childName(at: family)
            detail = slot.detail(at: family)
            name = family.pointee.name
            id = family.pointee.id
        }
    }

    /// One part's deadlines, each slot's texts taken from the summary it points into before its object is written.
    static func write(_ slots: ArraySlice<DeadlineSlot>, of families: UnsafePointer<FamilySummary>, today: LocalDate,
                      to json: inout PrettyJSONArray) {
        var rules = RuleTexts()
        for slot in slots {
            let texts = Texts(slot, of: families + Int(slot.family))
            write(slot, texts, today: today, to: &json)
            writeRule(slot, of: families + Int(slot.family), rules: &rules, to: &json)
            json.endObject()
        }
    }

    /// The words of rules that many deadlines share, quoted and escaped once per part (a part is a thousand
    /// deadlines): the follow-up rules, the team's network-meeting interval, the fixed words of the others.
    /// Made, and looked over for escapes, per deadline, these and the agreements' words were about a tenth of
    /// `due --json` (#19).
    struct RuleTexts {
        /// By `key`: a slot's words depend on its kind and, for a follow-up or a network meeting, on its item
        /// (the cadence, the interval in months) only. Looked up by a small number: hashing the wording itself
        /// cost more than making it.
        private var made = [[UInt8]?](repeating: nil, count: 128)

        static func key(_ slot: DeadlineSlot) -> Int? {
            switch slot.kind {
            case .followUp: return (0...1).contains(slot.item) ? Int(slot.item) : nil
            case .networkMeeting: return (0...120).contains(slot.item) ? 2 + Int(slot.item) : nil
            case .transition: return 123
            case .complaint: return 124
            case .childsPlan: return 125
            case .firstFollowUp: return 126
            case .adult: return 127
            case .investigation, .investigationWithoutEnd, .agreement: return nil
            }
        }

        mutating func write(_ slot: DeadlineSlot, of family: UnsafePointer<FamilySummary>, to json: inout PrettyJSONArray) {
            guard let key = Self.key(slot) else {
                json.field("rule", slot.wording(at: family).danish)
                return
            }
            if made[key] == nil { made[key] = json.quoted(slot.wording(at: family).danish) }
            made[key]!.withUnsafeBufferPointer { json.field("rule", quoted: $0) }
        }
    }

    /// The `rule` field, the object's last: an agreement's words written from their pieces (each agreement has
    /// its own), every other rule's from `rules`.
    static func writeRule(_ slot: DeadlineSlot, of family: UnsafePointer<FamilySummary>, rules: inout RuleTexts,
                          to json: inout PrettyJSONArray) {
        switch slot.kind {
        case .agreement:
            json.beginText("rule")
            json.textPiece(DeadlineWording.agreementLead)
            json.textPiece(family.pointee.openAgreements[Int(slot.item)].who)
            json.textPiece(DeadlineWording.agreementBy)
            json.textPiece(family.pointee.openAgreements[Int(slot.item)].due.danish)  // ten bytes: a small String
            json.endText()
        default:
            rules.write(slot, of: family, to: &json)
        }
    }

    /// One deadline's object up to its `rule`, which `writeRule` adds before the object is ended.
    static func write(_ slot: DeadlineSlot, _ texts: Texts, today: LocalDate, to json: inout PrettyJSONArray) {
        let (buddy, caseNumber, caseworker, child, detail, name, id) =
            (texts.buddy, texts.caseNumber, texts.caseworker, texts.child, texts.detail, texts.name, texts.id)
        json.beginObject()
        json.field("buddy", buddy)
        json.field("case", caseNumber)
        json.field("caseworker", caseworker)
        json.field("child", child)
        json.field("detail", detail)
        // The date's ten bytes written in place: a String per deadline was a tenth of the writing.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { iso in
            slot.due.writeISO(into: iso.baseAddress!)
            json.field("due", utf8: UnsafeBufferPointer(iso))
        }
        json.field("family", name)
        json.field("family_id", id)
        json.field("kind", slot.kind.rawValue)
        json.field("overdue_days", max(0, slot.due.days(until: today)))
    }
}
