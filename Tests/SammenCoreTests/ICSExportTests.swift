import Foundation
import Testing
@testable import SammenCore

/// The årshjul as an RFC 5545 calendar: golden files, line rules, escaping and folding, stable UIDs.
@Suite struct ICSExportTests {
    static let today = date("2026-11-22")
    /// 2026-11-22 08:30:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_336_200)

    static func training(_ id: String) -> (Family, Team) {
        let (team, families) = TrainingCaseload.make(today: today)
        return (families.first { $0.id == id }!, team)
    }

    /// A family that exercises the edges: characters to escape, long Danish text with emoji, all-day and
    /// past-midnight events, a changed event, names that need quoting, a bad e-mail, a CPR number, internal notes.
    static func edgeFamily() -> (Family, Team) {
        var f = sampleFamily(id: "f-kant", name: "Familien Ø'Brien; Å, \"Kant\"")
        f.children[0].cpr = "020415-1234"
        f.internalNotes = "HEMMELIG NOTE: må aldrig i kalenderen"
        f.guardians = [Guardian(name: "Ida \"Lille\" Ø'Brien", relation: "mor", email: "ida@eksempel.dk"),
                       Guardian(name: "Mette Brien", relation: "plejemor", email: "mette@eksempel.dk"),
                       Guardian(name: "Bo Brien", relation: "far", email: "bo at eksempel"),
                       Guardian(name: "Ane Brien", relation: "plejemor")]
        f.network = [NetworkActor(id: "n1", role: .school, organisation: "Søby Skole, 1.B", contactName: "Lærer Anne Holt",
                                  email: "skole@soeby.dk"),
                     NetworkActor(id: "n2", role: .ppr, organisation: "PPR Søby", email: "ppr@soeby.dk"),
                     NetworkActor(id: "n3", role: .physiotherapist, organisation: "Børneterapien", email: "terapi@soeby.dk")]
        var changed = AnnualActivity(id: "a2", year: 2026, month: 3, kind: .networkMeeting,
                                     purpose: "Netværksmøde; alle samles, også skolen\\PPR.\nHusk: piktogrammer 🙂",
                                     participants: ["Forældrene", "Skolen", "PPR Søby", "Hansen, Mette (sagsbehandler)"],
                                     date: date("2026-03-10"), time: "23:30", durationMinutes: 90)
        changed.sequence = 3
        f.annualPlan = [
            AnnualActivity(id: "a1", year: 2026, month: 2, kind: .followUp,
                           purpose: String(repeating: "Vi taler om søvn, skole, æbler og øer på Ærø – ", count: 4) + "😀🧒🏽 slut.",
                           participants: ["mor", "Anne Holt"], date: date("2026-02-03"), time: "09:15"),
            changed,
            AnnualActivity(id: "a3", year: 2026, month: 5, kind: .deadline, purpose: "Undersøgelsen skal være færdig",
                           participants: ["Sagsbehandler"], date: date("2026-05-10")),
            AnnualActivity(id: "a4", year: 2026, month: 6, kind: .childConversation, purpose: "Børnesamtale"),
            AnnualActivity(id: "a5", year: 2026, month: 9, kind: .other, purpose: "Ugyldigt tidspunkt bliver heldags",
                           date: date("2026-09-01"), time: "kl. 10"),
            AnnualActivity(id: "a6", year: 2027, month: 1, kind: .followUp, purpose: "Næste år",
                           date: date("2027-01-12"), time: "10:00"),
        ]
        let team = Team(name: "Team", targetCaseload: 20, caseworkers: [
            Caseworker(initials: "MHA", name: "Hansen, Mette", email: "mha@soeby.dk", phone: "72 34 51 10"),
        ])
        return (f, team)
    }

    // MARK: A tiny RFC 5545 reader for the tests

    /// Physical lines back to content lines: a line starting with a space or tab continues the one before.
    static func unfold(_ ics: String) -> [String] {
        var lines: [String] = []
        for physical in ics.components(separatedBy: "\r\n").dropLast() {
            if let first = physical.unicodeScalars.first, first == " " || first == "\t" {
                lines[lines.count - 1] += String(String.UnicodeScalarView(physical.unicodeScalars.dropFirst()))
            } else {
                lines.append(physical)
            }
        }
        return lines
    }

    /// "NAME;PARAMS:VALUE" split at the first colon outside double quotes.
    static func split(_ line: String) -> (name: String, value: String) {
        var quoted = false
        for (i, ch) in zip(line.indices, line) {
            if ch == "\"" { quoted.toggle() }
            if ch == ":" && !quoted { return (String(line[..<i]), String(line[line.index(after: i)...])) }
        }
        return (line, "")
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for ch in text {
            if escaping {
                out.append(ch == "n" || ch == "N" ? "\n" : ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// The events, each as its content lines.
    static func events(_ ics: String) -> [[(name: String, value: String)]] {
        var result: [[(name: String, value: String)]] = []
        var current: [(name: String, value: String)]?
        for line in unfold(ics) {
            if line == "BEGIN:VEVENT" { current = [] } else if line == "END:VEVENT" {
                result.append(current!)
                current = nil
            } else if current != nil { current!.append(split(line)) }
        }
        return result
    }

    static func value(_ event: [(name: String, value: String)], _ name: String) -> String? {
        event.first { $0.name == name || $0.name.hasPrefix(name + ";") }?.value
    }

    // MARK: Golden files

    @Test func goldenTrainingFamily() {
        let (f, team) = Self.training("f-001")
        GoldenFiles.assertMatches(ICSExport.calendar(for: f, year: 2026, team: team, now: Self.now), "ics-training-f-001-2026.ics")
    }

    @Test func goldenEdgeFamily() {
        let (f, team) = Self.edgeFamily()
        GoldenFiles.assertMatches(ICSExport.calendar(for: f, year: 2026, team: team, now: Self.now), "ics-edges-2026.ics")
    }

    // MARK: Line rules

    @Test func everyLineIsAtMost75OctetsAndEndsInCRLF() {
        var outputs = [Self.edgeFamily()].map { ICSExport.calendar(for: $0.0, year: nil, team: $0.1, now: Self.now) }
        let (team, families) = TrainingCaseload.make(today: Self.today)
        outputs += families.map { ICSExport.calendar(for: $0, year: nil, team: team, now: Self.now) }
        for ics in outputs {
            #expect(ics.hasSuffix("\r\n"))
            let bytes = Array(ics.utf8)
            // No LF without CR before it, no CR without LF after it.
            for (i, b) in bytes.enumerated() {
                if b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
                if b == 0x0D { #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A) }
            }
            for line in ics.components(separatedBy: "\r\n").dropLast() {
                #expect(line.utf8.count <= 75, "\(line)")
                #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
            }
        }
    }

    @Test func foldingCutsAtOctetsNotCharacters() {
        #expect(ICSFormat.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
        #expect(ICSFormat.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a")
        // 74 ASCII octets and then "ø" (2 octets): the "ø" moves whole to the next line.
        let folded = ICSFormat.fold(String(repeating: "a", count: 74) + "øø")
        #expect(folded == String(repeating: "a", count: 74) + "\r\n øø")
        // A long line of 4-octet emoji: 18 per line (72 octets), 18 on the following ones too (1 + 72 <= 75).
        let emoji = ICSFormat.fold(String(repeating: "😀", count: 40))
        #expect(emoji.components(separatedBy: "\r\n").map(\.utf8.count) == [72, 73, 17])
    }

    @Test func escapingAndFoldingRoundTrip() {
        let (f, team) = Self.edgeFamily()
        let events = Self.events(ICSExport.calendar(for: f, year: nil, team: team, now: Self.now))
        let byUID = Dictionary(uniqueKeysWithValues: events.map { (Self.value($0, "UID")!, $0) })
        for a in f.annualPlan where a.date != nil {
            let event = byUID[ICSExport.uid(activityID: a.id, familyID: f.id)]!
            #expect(Self.unescape(Self.value(event, "DESCRIPTION")!) == a.purpose)
            #expect(Self.unescape(Self.value(event, "SUMMARY")!) == "\(a.kind.danishName) – \(f.name)")
        }
        #expect(ICSFormat.text("a\\b;c,d\ne\r\nf\rg\u{7}h") == "a\\\\b\\;c\\,d\\ne\\nf\\ngh")
        #expect(ICSFormat.parameter("Hansen, Mette") == "\"Hansen, Mette\"")
        #expect(ICSFormat.parameter("Ida \"Lille\"") == "Ida 'Lille'")
    }

    // MARK: Content

    @Test func eventsTimesAndSequence() {
        let (f, team) = Self.edgeFamily()
        let events = Self.events(ICSExport.calendar(for: f, year: 2026, team: team, now: Self.now))
        #expect(events.count == 4)  // a1, a2, a3, a5; a4 has no date, a6 is next year
        let a2 = events.first { Self.value($0, "UID") == "a2-f-kant@sammen.local" }!
        #expect(Self.value(a2, "SEQUENCE") == "3")
        #expect(a2.contains { $0.name == "DTSTART;TZID=Europe/Copenhagen" && $0.value == "20260310T233000" })
        #expect(a2.contains { $0.name == "DTEND;TZID=Europe/Copenhagen" && $0.value == "20260311T010000" })
        let a3 = events.first { Self.value($0, "UID") == "a3-f-kant@sammen.local" }!
        #expect(a3.contains { $0.name == "DTSTART;VALUE=DATE" && $0.value == "20260510" })
        #expect(a3.contains { $0.name == "DTEND;VALUE=DATE" && $0.value == "20260511" })
        let a5 = events.first { Self.value($0, "UID") == "a5-f-kant@sammen.local" }!
        #expect(a5.contains { $0.name == "DTSTART;VALUE=DATE" })
        for e in events {
            #expect(Self.value(e, "DTSTAMP") == "20261122T083000Z")
            #expect(Self.value(e, "STATUS") == "CONFIRMED")
            #expect(e.contains { $0.name == "ORGANIZER;CN=\"Hansen, Mette\"" && $0.value == "mailto:mha@soeby.dk" })
        }
    }

    @Test func attendeesAreMatchedByNameRoleAndOrganisation() throws {
        let (f, team) = Self.edgeFamily()
        let organizer = try EmailAddress("mha@soeby.dk")
        func resolved(_ id: String, in family: Family? = nil) -> ICSAttendees.Resolution {
            let family = family ?? f
            return ICSAttendees.resolve(family.annualPlan.first { $0.id == id }!, in: family, organizer: organizer)
        }
        func attendees(_ id: String) -> [String] { resolved(id).invitees.map(\.address.asciiAddress) }
        // "mor" is Ida by relation; "Anne Holt" is the teacher without her title.
        #expect(attendees("a1") == ["ida@eksempel.dk", "skole@soeby.dk"])
        // "Forældrene": every guardian with a usable e-mail; "Skolen" by role; "PPR Søby" by organisation; the
        // physiotherapist is not named; the caseworker is the organizer, not an attendee.
        #expect(attendees("a2") == ["ida@eksempel.dk", "mette@eksempel.dk", "skole@soeby.dk", "ppr@soeby.dk"])
        // The parents without a usable address are listed with the reason, not dropped.
        let missing = resolved("a2").unreachable
        #expect(missing.map(\.name) == ["Bo Brien", "Ane Brien"])
        #expect(missing[0].reason.da.contains("bo at eksempel"))
        #expect(missing[1].reason == Phrase(da: "ingen e-mailadresse", en: "no e-mail address"))
        // "Mette (sagsbehandler)" is the caseworker, not the foster mother Mette.
        var f2 = f
        f2.annualPlan = [AnnualActivity(id: "z", year: 2026, month: 4, kind: .followUp, purpose: "x",
                                        participants: ["Mette (sagsbehandler)", "Mormor"], date: date("2026-04-14"))]
        #expect(resolved("z", in: f2).invitees.isEmpty)
        // A participant who is nobody in the record is listed too.
        #expect(resolved("z", in: f2).unreachable.map(\.name) == ["Mormor"])
        #expect(attendees("a3").isEmpty)
        #expect(resolved("a2").invitees[0].name == "Ida \"Lille\" Ø'Brien")
    }

    @Test func theWholeYearFileIsAPublishWithoutAttendees() {
        let (f, team) = Self.edgeFamily()
        let ics = ICSExport.calendar(for: f, year: nil, team: team, now: Self.now)
        #expect(ics.contains("METHOD:PUBLISH"))
        #expect(!ics.contains("ATTENDEE"))
        for e in Self.events(ics) { #expect(Self.value(e, "CLASS") == "PRIVATE") }
        var located = f
        located.annualPlan[1].location = "Søby Skole; lokale 12"
        let events = Self.events(ICSExport.calendar(for: located, year: 2026, team: team, now: Self.now))
        #expect(Self.value(events.first { Self.value($0, "UID") == "a2-f-kant@sammen.local" }!, "LOCATION") == "Søby Skole\\; lokale 12")
    }

    @Test func undatedActivitiesAreListedNotExported() {
        let (f, team) = Self.edgeFamily()
        #expect(ICSExport.undatedActivities(for: f, year: 2026).map(\.id) == ["a4"])
        #expect(ICSExport.datedActivities(for: f, year: nil).map(\.id) == ["a1", "a2", "a3", "a5", "a6"])
        let all = ICSExport.calendar(for: f, year: nil, team: team, now: Self.now)
        #expect(Self.events(all).count == 5)
        #expect(!all.contains("a4-f-kant"))
    }

    @Test func noCPRAndNoInternalNotes() {
        let (f, team) = Self.edgeFamily()
        let ics = ICSExport.calendar(for: f, year: nil, team: team, now: Self.now)
        let flat = Self.unfold(ics).joined(separator: "\n")
        #expect(!flat.contains("020415"))
        #expect(!flat.contains("HEMMELIG"))
        #expect(flat.range(of: #"\d{6}-?\d{4}"#, options: .regularExpression) == nil)
    }

    /// A second export updates the same events: the same UIDs; only DTSTAMP (and SEQUENCE of what changed) differ.
    @Test func reExportKeepsUIDs() {
        let (f, team) = Self.training("f-001")
        let first = ICSExport.calendar(for: f, year: 2026, team: team, now: Self.now)
        var changed = f
        let index = changed.annualPlan.firstIndex { $0.date != nil && $0.year == 2026 }!
        changed.annualPlan[index].time = "11:00"
        changed.annualPlan[index].sequence += 1
        let second = ICSExport.calendar(for: changed, year: 2026, team: team, now: Self.now.addingTimeInterval(86_400))
        let uids = { (ics: String) in Self.events(ics).map { Self.value($0, "UID")! } }
        #expect(uids(first) == uids(second))
        #expect(Set(uids(first)).count == uids(first).count)
        let differing = zip(Self.unfold(first), Self.unfold(second)).filter { $0 != $1 }.map(\.1)
        #expect(differing.allSatisfy { $0.hasPrefix("DTSTAMP:") || $0.hasPrefix("SEQUENCE:") || $0.hasPrefix("DT") })
        #expect(differing.contains("SEQUENCE:1"))
    }

    @Test func calendarHeaderAndTimeZone() {
        let (f, team) = Self.training("f-001")
        let lines = Self.unfold(ICSExport.calendar(for: f, year: 2026, team: team, now: Self.now))
        #expect(Array(lines.prefix(5)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sammen//Sammen 0.1//DA",
                                           "CALSCALE:GREGORIAN", "METHOD:PUBLISH"])
        #expect(lines.last == "END:VCALENDAR")
        for expected in ["TZID:Europe/Copenhagen", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200"] {
            #expect(lines.contains(expected))
        }
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
    }

    @Test func organizerNeedsAnEmail() {
        var (f, _) = Self.edgeFamily()
        f.annualPlan = [f.annualPlan[0]]
        let noMail = Team(name: "T", targetCaseload: 1, caseworkers: [Caseworker(initials: "MHA", name: "Mette")])
        let ics = ICSExport.calendar(for: f, year: 2026, team: noMail, now: Self.now)
        #expect(!ics.contains("ORGANIZER"))
        #expect(ics.contains("SUMMARY:"))
    }
}
