import Foundation

/// One invitation as an e-mail (RFC 6047): multipart/alternative with a short letter in text/plain (Danish or
/// English) and the event in text/calendar with the same method as the calendar's METHOD. Both parts are base64,
/// so any mail server carries them unchanged; header words outside ASCII are RFC 2047 encoded words; addresses
/// go out with their domain in ASCII (Punycode). Every text Sammen writes passes the CPR redaction.
public struct InvitationMail: Equatable, Sendable {
    public var pending: Invitations.Pending
    /// The whole message, CRLF line ends, ready for `sendmail -t` or an .eml file.
    public var message: String
    /// A file name made from the family id, activity id, method and a number: no names, no CPR.
    public var fileName: String

    public static func compose(_ pending: Invitations.Pending, family: Family, organizer: Invitations.Organizer,
                               now: Date, language: Language, index: Int = 1) -> InvitationMail {
        let calendar = calendarText(pending, family: family, organizer: organizer, now: now, language: language)
        let boundary = "sammen-" + String(format: "%08x", UInt32(truncatingIfNeeded: FNV.hash(pending.uid + pending.recipient.address.asciiAddress + "\(pending.sequence)")))
        let letter = InvitationLetter.text(pending, family: family, organizer: organizer, language: language)
        var headers = [
            "From: " + MailHeader.mailbox(organizer.name, organizer.address),
            "To: " + MailHeader.mailbox(pending.recipient.name, pending.recipient.address),
            "Subject: " + MailHeader.encoded(InvitationLetter.subject(pending, family: family, language: language)),
            "Date: " + MailHeader.date(now),
            "Message-ID: <\(pending.uid.replacingOccurrences(of: "@", with: "."))-\(pending.sequence)-\(pending.method.rawValue)-\(index)-\(String(Int(now.timeIntervalSince1970), radix: 16))@sammen.local>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        headers.append("Content-Language: \(language.rawValue)")
        var lines = headers.flatMap(MailHeader.fold)
        lines += ["", "--\(boundary)",
                  "Content-Type: text/plain; charset=UTF-8",
                  "Content-Transfer-Encoding: base64", ""]
        lines += base64Lines(letter)
        lines += ["--\(boundary)",
                  "Content-Type: text/calendar; charset=UTF-8; method=\(pending.method == .request ? "REQUEST" : "CANCEL")",
                  "Content-Transfer-Encoding: base64", ""]
        lines += base64Lines(calendar)
        lines += ["--\(boundary)--", ""]
        let name = "invitation-\(family.id)-\(safe(pending.activityID))-\(pending.method.rawValue)-\(pending.sequence)-\(index).eml"
        return InvitationMail(pending: pending, message: lines.joined(separator: "\r\n"), fileName: name)
    }

    /// The iCalendar object: METHOD REQUEST or CANCEL, one VEVENT naming the organizer and this one attendee.
    public static func calendarText(_ pending: Invitations.Pending, family: Family, organizer: Invitations.Organizer,
                                    now: Date, language: Language) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(ICSExport.productID)",
            "CALSCALE:GREGORIAN",
            "METHOD:\(pending.method == .request ? "REQUEST" : "CANCEL")",
        ]
        if pending.event.time != nil { lines += ICSExport.timeZone }
        lines += ICSExport.eventLines(uid: pending.uid, sequence: pending.sequence, stamp: ICSFormat.utc(now),
                                      event: pending.event, familyName: family.name,
                                      organizer: (organizer.name, organizer.address), attendees: [pending.recipient],
                                      cancelled: pending.method == .cancel, language: language)
        lines.append("END:VCALENDAR")
        return lines.map(ICSFormat.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func base64Lines(_ text: String) -> [String] {
        let encoded = Data(text.utf8).base64EncodedString()
        var out: [String] = []
        var i = encoded.startIndex
        while i < encoded.endIndex {
            let j = encoded.index(i, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            out.append(String(encoded[i..<j]))
            i = j
        }
        return out
    }

    static func safe(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" }.prefix(40))
    }
}

/// RFC 5322 header pieces: mailboxes, RFC 2047 encoded words, the date, folding.
enum MailHeader {
    /// `"Name" <addr>` with the name encoded when it is not plain ASCII; the address's domain in ASCII.
    static func mailbox(_ name: String, _ address: EmailAddress) -> String {
        let clean = CPRNumber.redact(name).filter { !$0.isNewline && $0 != "\"" && $0 != "\\" && !($0.asciiValue.map { $0 < 0x20 } ?? false) }
        if clean.isEmpty { return "<\(address.asciiAddress)>" }
        if clean.unicodeScalars.allSatisfy({ $0.isASCII }) { return "\"\(clean)\" <\(address.asciiAddress)>" }
        return encoded(clean) + " <\(address.asciiAddress)>"
    }

    /// The text as is when it is printable ASCII, else as UTF-8 "B" encoded words of at most 75 characters each.
    static func encoded(_ text: String) -> String {
        let clean = CPRNumber.redact(text).replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return clean }
        // 45 bytes of UTF-8 make 60 base64 characters: "=?UTF-8?B?" + 60 + "?=" = 72. Cut between characters.
        var words: [String] = []
        var chunk = Data()
        for ch in clean {
            let bytes = Data(String(ch).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=") }
        return words.joined(separator: " ")
    }

    /// "Thu, 03 Dec 2026 09:43:37 +0000" (RFC 5322 § 3.3), in UTC.
    static func date(_ instant: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return f.string(from: instant)
    }

    /// Folds a header line at spaces so no line is longer than 78 characters (RFC 5322 § 2.2.3).
    static func fold(_ line: String) -> [String] {
        guard line.count > 78 else { return [line] }
        var out: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > 78 {
                out.append(current)
                current = " " + word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        out.append(current)
        return out
    }
}
