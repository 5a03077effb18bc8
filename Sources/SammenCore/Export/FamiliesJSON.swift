/// `sammen families --json`: every family with its children and their cases, keys sorted (docs/cli.md has the
/// shape; the keys are a machine interface, the same in every language). Written a family at a time to `sink`:
/// at 100,000 families the whole document is tens of megabytes, and built whole through JSONEncoder it took
/// hundreds of megabytes of memory.
public enum FamiliesJSON {
    /// Writes the array to `sink` in pieces of about `piece` bytes, each ending after a whole family. Without a
    /// final newline, as JSONEncoder ends it; the caller adds one, or a closing object (`closed: false` leaves
    /// the array open after its last family for that).
    public static func write(_ families: [FamilySummary], today: LocalDate, piece: Int = 1 << 16, closed: Bool = true,
                             to sink: (UnsafeRawBufferPointer) -> Void) {
        var json = PrettyJSONWriter(capacity: piece + 4_096)
        json.beginArray()
        for family in families {
            json.element()
            write(family, today: today, to: &json)
            if json.bytes.count >= piece { json.drain(sink) }
        }
        if closed { json.endArray() }
        json.drain(sink)
    }

    static func write(_ family: FamilySummary, today: LocalDate, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("children")
        json.beginArray()
        for child in family.children {
            json.element()
            json.beginObject()
            json.field("birth_date", child.birthDate.iso)
            json.key("cases")
            json.beginArray()
            for c in family.cases where c.childID == child.id {
                json.element()
                write(c, today: today, to: &json)
            }
            json.endArray()
            json.field("name", child.name)
            json.endObject()
        }
        json.endArray()
        json.field("id", family.id)
        json.field("name", family.name)
        json.endObject()
    }

    static func write(_ c: FamilySummary.CaseSummary, today: LocalDate, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.field("buddy", c.buddyCaseworker)
        json.field("cadence", c.cadence(on: today) == .sixWeeks ? "6_weeks" : "3_months")
        json.field("case", c.number)
        json.field("caseworker", c.primaryCaseworker)
        json.field("last_follow_up", c.lastFollowUp?.iso)
        json.field("legal_basis", strings: c.measures.map(\.legalBasis.description))
        json.field("next_follow_up", c.isOpen ? DeadlineEngine.nextFollowUp(for: c, today: today).iso : nil)
        json.field("opened", c.opened.iso)
        json.field("status", c.status.rawValue)
        json.endObject()
    }
}
