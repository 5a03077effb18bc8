import Foundation

/// The words of an invitation e-mail: the subject and a short letter in the program's language. The calendar part
/// carries the event; the letter says the same for someone whose mail program shows no calendar.
public enum InvitationLetter {
    /// "Invitation: Netværksmøde – Familien Nørgaard, 12.01.2027" / "Ændret: …" / "Aflyst: …".
    public static func subject(_ p: Invitations.Pending, family: Family, language: Language) -> String {
        let what: String
        switch (p.method, p.isUpdate) {
        case (.cancel, _): what = language.pick(da: "Aflyst", en: "Cancelled")
        case (.request, true): what = language.pick(da: "Ændret", en: "Updated")
        case (.request, false): what = "Invitation"
        }
        return CPRNumber.redact("\(what): \(p.event.kind.name(in: language)) – \(family.name), \(language.date(p.event.date))")
    }

    /// "tirsdag den 12. januar 2027 kl. 10.00–11.00" / "Tuesday 12 January 2027, 10:00–11:00".
    public static func when(_ event: InvitationEvent, language: Language) -> String {
        let day = language.pick(da: DanishCalendarNames.longWithWeekday(event.date),
                                en: EnglishCalendarNames.longWithWeekday(event.date))
        guard let time = event.time, let start = Scheduling.minutesAfterMidnight(time) else {
            return day + language.pick(da: " (hele dagen)", en: " (all day)")
        }
        let end = start + max(1, event.durationMinutes ?? Scheduling.defaultDurationMinutes)
        func clock(_ m: Int) -> String {
            let text = String(format: "%02d:%02d", (m / 60) % 24, m % 60)
            return language == .da ? DanishCalendarNames.time(text) : text
        }
        return day + language.pick(da: " kl. ", en: ", ") + clock(start) + "–" + clock(end)
    }

    public static func text(_ p: Invitations.Pending, family: Family, organizer: Invitations.Organizer,
                            language: Language) -> String {
        let kind = p.event.kind.name(in: language)
        var lines = [language.pick(da: "Kære \(p.recipient.name)", en: "Dear \(p.recipient.name)"), ""]
        switch (p.method, p.isUpdate) {
        case (.cancel, _):
            lines.append(language.pick(da: "\(kind) – \(family.name) er aflyst:", en: "\(kind) – \(family.name) is cancelled:"))
        case (.request, true):
            lines.append(language.pick(da: "\(kind) – \(family.name) er ændret. Sådan er det nu:",
                                       en: "\(kind) – \(family.name) has changed. This is how it is now:"))
        case (.request, false):
            lines.append(language.pick(da: "Du inviteres til \(kind.lowercased()) – \(family.name).",
                                       en: "You are invited to a \(kind.lowercased()) – \(family.name)."))
        }
        lines.append("")
        lines.append(language.pick(da: "Hvornår: ", en: "When: ") + when(p.event, language: language))
        if let place = p.event.location { lines.append(language.pick(da: "Hvor: ", en: "Where: ") + place) }
        if !p.event.purpose.isEmpty { lines.append(language.pick(da: "Formål: ", en: "Purpose: ") + p.event.purpose) }
        lines.append("")
        if p.method == .request {
            lines.append(language.pick(da: "Svar gerne med din kalender (ja, nej eller måske), så ved jeg, hvem der kommer.",
                                       en: "Please answer with your calendar (yes, no or maybe), so I know who is coming."))
        } else {
            lines.append(language.pick(da: "Aftalen fjernes fra din kalender, når du åbner denne besked.",
                                       en: "The appointment leaves your calendar when you open this message."))
        }
        lines += ["", language.pick(da: "Venlig hilsen", en: "Kind regards"), organizer.name, organizer.address.address]
        return CPRNumber.redact(lines.joined(separator: "\r\n")) + "\r\n"
    }
}
