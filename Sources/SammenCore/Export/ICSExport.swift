import Foundation

/// A family's årshjul as an RFC 5545 calendar file, for the caseworker's calendar program.
///
/// Only dated activities become events; month-only ones are left out (`undatedActivities` lists them, so the
/// program can say how many). Each event's UID is made from the activity id and the family id, so importing
/// a later export updates the same events (with a higher SEQUENCE when the activity changed) instead of
/// doubling them. The file carries no CPR number and no internal notes: SUMMARY is the kind and the family name,
/// DESCRIPTION the purpose written for the parents, CLASS:PRIVATE. It is a PUBLISH for the caseworker's own calendar:
/// no ATTENDEE (RFC 5546 forbids them there; invitations to partners are `Invitations`, one meeting each). The words Sammen adds (the calendar's name, the kind of
/// activity) follow the language; what the caseworker wrote (the purpose) is given as written.
public enum ICSExport {
    public static let productID = "-//Sammen//Sammen 0.1//DA"
    public static let timeZoneID = "Europe/Copenhagen"

    /// The calendar for the activities of `year` (every year when nil). `now` is the DTSTAMP.
    public static func calendar(for family: Family, year: Int?, team: Team, now: Date, language: Language = .da) -> String {
        calendar(for: family, period: year.map(PlanPeriod.calendarYear), team: team, now: now, language: language)
    }

    /// The calendar for the activities of a period's twelve months (every activity when nil).
    public static func calendar(for family: Family, period: PlanPeriod?, team: Team, now: Date, language: Language = .da) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(productID)",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICSFormat.text(language.pick(da: "Årshjul", en: "Annual wheel") + (period.map { " " + $0.label(language) } ?? "") + " – \(family.name)"),
            "X-WR-TIMEZONE:\(timeZoneID)",
        ]
        lines += timeZone
        let organizer = FamilyContact.caseworker(of: family, in: team)
        let stamp = ICSFormat.utc(now)
        for activity in datedActivities(for: family, period: period) {
            lines += event(activity, family: family, organizer: organizer, stamp: stamp, language: language)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSFormat.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The activities that become events: those of `year` with a date, by date, time and id.
    public static func datedActivities(for family: Family, year: Int?) -> [AnnualActivity] {
        datedActivities(for: family, period: year.map(PlanPeriod.calendarYear))
    }

    /// The activities of a period's months that become events.
    public static func datedActivities(for family: Family, period: PlanPeriod?) -> [AnnualActivity] {
        activities(of: family, period: period).filter { $0.date != nil }.sorted {
            ($0.date!, startMinutes($0) ?? -1, $0.id) < ($1.date!, startMinutes($1) ?? -1, $1.id)
        }
    }

    /// The activities of `year` left out of the calendar because they have a month but no date yet.
    public static func undatedActivities(for family: Family, year: Int?) -> [AnnualActivity] {
        undatedActivities(for: family, period: year.map(PlanPeriod.calendarYear))
    }

    public static func undatedActivities(for family: Family, period: PlanPeriod?) -> [AnnualActivity] {
        activities(of: family, period: period).filter { $0.date == nil }
    }

    /// The UID of an activity's event: stable across exports.
    public static func uid(activityID: String, familyID: FamilyID) -> String {
        "\(activityID)-\(familyID)@sammen.local"
    }

    static func activities(of family: Family, period: PlanPeriod?) -> [AnnualActivity] {
        family.annualPlan.filter { period?.contains(year: $0.year, month: $0.month) ?? true }
    }

    static func startMinutes(_ activity: AnnualActivity) -> Int? {
        activity.time.flatMap(Scheduling.minutesAfterMidnight)
    }

    static func event(_ activity: AnnualActivity, family: Family, organizer: Caseworker?, stamp: String,
                      language: Language) -> [String] {
        // The caseworker's own calendar: PUBLISH carries no ATTENDEE (RFC 5546 § 3.2.1); invitations go per meeting.
        let address = EmailAddress.optional(organizer?.email)
        return eventLines(uid: uid(activityID: activity.id, familyID: family.id), sequence: max(0, activity.sequence),
                          stamp: stamp, event: InvitationEvent(activity)!, familyName: family.name,
                          organizer: organizer.flatMap { o in address.map { (o.name, $0) } }, attendees: [],
                          cancelled: false, language: language)
    }

    /// One VEVENT: shared by the whole-year file (PUBLISH) and the invitations (REQUEST, CANCEL). CLASS:PRIVATE
    /// because the title names the family; the description is the purpose, written for the parents.
    static func eventLines(uid: String, sequence: Int, stamp: String, event: InvitationEvent, familyName: String,
                           organizer: (name: String, address: EmailAddress)?, attendees: [ICSAttendees.Invitee],
                           cancelled: Bool, language: Language) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + ICSFormat.text(uid),
            "SEQUENCE:\(sequence)",
            "DTSTAMP:\(stamp)",
        ]
        if let start = event.time.flatMap(Scheduling.minutesAfterMidnight) {
            let end = start + max(1, event.durationMinutes ?? Scheduling.defaultDurationMinutes)
            lines.append("DTSTART;TZID=\(timeZoneID):\(ICSFormat.localDateTime(event.date, minutes: start))")
            lines.append("DTEND;TZID=\(timeZoneID):\(ICSFormat.localDateTime(event.date, minutes: end))")
        } else {
            // All day: DTEND is the next day (exclusive), which every calendar program reads the same way.
            lines.append("DTSTART;VALUE=DATE:\(ICSFormat.date(event.date))")
            lines.append("DTEND;VALUE=DATE:\(ICSFormat.date(event.date.adding(days: 1)))")
        }
        lines.append("SUMMARY:" + ICSFormat.text("\(event.kind.name(in: language)) – \(familyName)"))
        if !event.purpose.isEmpty {
            lines.append("DESCRIPTION:" + ICSFormat.text(event.purpose))
        }
        if let location = event.location, !location.isEmpty {
            lines.append("LOCATION:" + ICSFormat.text(location))
        }
        if let organizer {
            lines.append("ORGANIZER;CN=\(ICSFormat.parameter(organizer.name)):mailto:\(organizer.address.asciiAddress)")
        }
        for invitee in attendees {
            lines.append("ATTENDEE;CN=\(ICSFormat.parameter(invitee.name));ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:\(invitee.address.asciiAddress)")
        }
        lines += ["CLASS:PRIVATE", cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
        return lines
    }

    /// Europe/Copenhagen since 1996: CET (+0100) in winter, CEST (+0200) from the last Sunday of March at 02:00
    /// to the last Sunday of October at 03:00.
    static let timeZone = [
        "BEGIN:VTIMEZONE",
        "TZID:\(timeZoneID)",
        "X-LIC-LOCATION:\(timeZoneID)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
