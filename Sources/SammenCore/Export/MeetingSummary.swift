import Foundation

/// The shared summary of a meeting (LØFT or Signs of Safety), handed out right after it: who took part, each
/// column in the participants' own words with who said them, the 0–10 ratings compared with the last meeting,
/// and the agreements as a table of who does what by when. In plain Danish, for the family and the network.
///
/// It never contains a CPR number, the meeting's or the family's internal notes, or anything about another
/// family: it reads only the meeting, the family's name and caseworkers, the team, and the ratings and dates of
/// `earlier`. Free text is cleaned on the way out (`ExportText.clean`), so a CPR number typed into a card is masked.
public enum MeetingSummary {
    /// - Parameters:
    ///   - earlier: the same family's other meetings (any order, the meeting itself may be among them); the latest
    ///     one before `meeting` that has ratings is compared with, participant by participant (by name, else by a
    ///     role only one person has in both meetings). Only its date and ratings are used.
    ///   - training: the family is from the training caseload: "ØVELSE" first and last.
    public static func render(meeting: Meeting, family: Family, team: Team, format: ExportFormat,
                              earlier: [Meeting] = [], training: Bool) -> String {
        document(meeting: meeting, family: family, team: team, earlier: earlier, training: training).render(format)
    }

    static func document(meeting: Meeting, family: Family, team: Team, earlier: [Meeting],
                         training: Bool) -> ExportDocument {
        let words = Wording(meeting: meeting)
        let kind = ExportVocabulary.meetingKind(meeting.kind)
        var blocks: [ExportBlock] = []

        var when = DanishCalendarNames.longWithWeekday(meeting.date)
        if let time = meeting.time, !time.isEmpty { when += " kl. " + DanishCalendarNames.time(time) }
        blocks.append(.fields([ExportField("Dato", when), ExportField("Metode", words.methodName)]))
        blocks.append(.paragraph(words.methodIntro(hasRatings: !meeting.ratings.isEmpty)))
        if let summary = meeting.summary, !ExportText.oneLine(summary).isEmpty {
            blocks.append(.section("Kort fortalt", [.paragraph(summary)]))
        }
        blocks.append(.section("Deltagere", meeting.participants.isEmpty
            ? [.paragraph("Ingen deltagere skrevet op.")]
            : [.items(meeting.participants.map { ExportItem(label(for: $0)) })]))

        for column in words.columns {
            let cards = meeting.cards.filter { $0.column == column }
            if cards.isEmpty && !words.alwaysShown(column) { continue }
            blocks.append(.section(words.heading(column), columnBlocks(cards, meeting: meeting, words: words)))
        }

        if !meeting.ratings.isEmpty {
            blocks.append(.section(words.scaleHeading, ratingBlocks(meeting: meeting, earlier: earlier, words: words)))
        }
        blocks.append(.section("Hvem gør hvad – og hvornår", agreementBlocks(meeting.agreements, team: team)))

        let contacts = contactLines(family: family, team: team)
        if !contacts.isEmpty {
            blocks.append(.section("Kontakt", [
                .paragraph("Har I spørgsmål til opsummeringen, så kontakt jeres sagsbehandler:"),
                .items(contacts.map { ExportItem($0) }),
            ]))
        }

        var footer = ["Fælles opsummering fra mødet, lavet med Sammen. \(team.name)."]
        if meeting.method == .signsOfSafety {
            footer.append("Signs of Safety er et varemærke tilhørende Elia. Opsummeringen er ikke lavet eller godkendt af Elia.")
        }
        return ExportDocument(
            title: "\(kind) \(ExportVocabulary.long(meeting.date)) – \(family.name)",
            trainingNotice: training ? "fiktive oplysninger til træning. Familien findes ikke." : nil,
            blocks: blocks, footer: footer)
    }

    // MARK: Columns

    private static func columnBlocks(_ cards: [BoardCard], meeting: Meeting, words: Wording) -> [ExportBlock] {
        guard !cards.isEmpty else { return [.paragraph("Intet skrevet op.")] }
        func items(_ cards: [BoardCard]) -> ExportBlock {
            .items(cards.map { ExportItem(lead: author(of: $0, in: meeting) + ":", $0.text) })
        }
        // Signs of Safety's finer kinds as sub-headings, when the facilitator used them.
        guard cards.contains(where: { $0.safetyKind != nil }) else { return [items(cards)] }
        var blocks: [ExportBlock] = []
        let plain = cards.filter { $0.safetyKind == nil }
        if !plain.isEmpty { blocks.append(items(plain)) }
        for kind in SafetyCardKind.allCases {
            let ofKind = cards.filter { $0.safetyKind == kind }
            if !ofKind.isEmpty { blocks.append(.section(words.subheading(kind), [items(ofKind)])) }
        }
        return blocks
    }

    /// "Camilla Nørgaard (mor)"
    static func label(for p: Participant) -> String {
        let name = ExportText.oneLine(p.name)
        let role = ExportText.oneLine(p.role)
        if name.isEmpty { return role.isEmpty ? "Ukendt" : role }
        return role.isEmpty || role.lowercased() == name.lowercased() ? name : "\(name) (\(role))"
    }

    /// Who said it: the participant by id, else by name, else the author as written.
    static func author(of card: BoardCard, in meeting: Meeting) -> String {
        if let p = meeting.participants.first(where: { $0.id == card.author })
            ?? meeting.participants.first(where: { $0.name.lowercased() == card.author.lowercased() }) {
            return label(for: p)
        }
        let raw = ExportText.oneLine(card.author)
        return raw.isEmpty ? "Ukendt" : raw
    }

    // MARK: Ratings

    private static func ratingBlocks(meeting: Meeting, earlier: [Meeting], words: Wording) -> [ExportBlock] {
        let previous = earlier
            .filter { $0.id != meeting.id && $0.date < meeting.date && !$0.ratings.isEmpty }
            .max { $0.date < $1.date }
        var intro = words.scaleExplanation
        if let previous {
            intro += " Tallene sammenlignes med \(ExportVocabulary.meetingKindDefinite(previous.kind)) "
                + "den \(ExportVocabulary.long(previous.date)) (sidst)."
        }
        var rows: [[String]] = []
        var lines: [String] = []
        for rating in meeting.ratings {
            let participant = meeting.participants.first { $0.id == rating.participant }
            let who = participant.map(label(for:)) ?? ExportText.oneLine(rating.participant)
            guard let previous else {
                rows.append([who, "\(rating.value)"])
                lines.append("\(who): \(rating.value)")
                continue
            }
            if let before = participant.flatMap({ previousRating(of: $0, in: meeting, previous: previous) }) {
                let change = changeText(from: before, to: rating.value)
                rows.append([who, "\(before)", "\(rating.value)", change])
                lines.append("\(who): sidst: \(before), nu: \(rating.value) (\(change))")
            } else {
                rows.append([who, "–", "\(rating.value)", "første gang"])
                lines.append("\(who): nu: \(rating.value) (gav ikke et tal sidst)")
            }
        }
        let headers = previous == nil ? ["Deltager", "Tal"] : ["Deltager", "Sidst", "Nu", "Ændring"]
        return [.paragraph(intro), .table(ExportTable(headers: headers, rows: rows, textLines: lines))]
    }

    /// The participant's rating at `previous`: the same name, else the same role when exactly one person had it in
    /// each meeting (a new teacher compared with the old one, as "lærer").
    static func previousRating(of p: Participant, in meeting: Meeting, previous: Meeting) -> Int? {
        func norm(_ s: String) -> String { ExportText.oneLine(s).lowercased() }
        func value(_ q: Participant) -> Int? { previous.ratings.last { $0.participant == q.id }?.value }
        if !norm(p.name).isEmpty, let same = previous.participants.first(where: { norm($0.name) == norm(p.name) }) {
            return value(same)
        }
        let role = norm(p.role)
        guard !role.isEmpty, meeting.participants.filter({ norm($0.role) == role }).count == 1 else { return nil }
        let before = previous.participants.filter { norm($0.role) == role }
        return before.count == 1 ? value(before[0]) : nil
    }

    static func changeText(from before: Int, to now: Int) -> String {
        switch now - before {
        case 0: return "uændret"
        case let d where d > 0: return "\(d) op"
        case let d: return "\(-d) ned"
        }
    }

    // MARK: Agreements and contact

    private static func agreementBlocks(_ agreements: [Agreement], team: Team) -> [ExportBlock] {
        guard !agreements.isEmpty else { return [.paragraph("Der blev ikke lavet aftaler med dato på mødet.")] }
        let rows = agreements.map { a -> [String] in
            [a.what, who(a.who, team: team), ExportVocabulary.long(a.due),
             a.done.map { "Gjort \(ExportVocabulary.long($0))" } ?? "Åben"]
        }
        return [.table(ExportTable(headers: ["Hvad", "Hvem", "Senest", "Status"], rows: rows))]
    }

    /// An agreement's owner: a caseworker's initials become the name, everything else stays as written.
    static func who(_ text: String, team: Team) -> String {
        team.caseworker(text.trimmingCharacters(in: .whitespaces)).map { "\($0.name) (sagsbehandler)" } ?? text
    }

    /// The primary caseworkers of the family's open cases, with the team's phone and e-mail.
    static func contactLines(family: Family, team: Team) -> [String] {
        var seen: [String] = []
        for c in family.cases where c.isOpen && !seen.contains(c.primaryCaseworker.uppercased()) {
            seen.append(c.primaryCaseworker.uppercased())
        }
        return seen.map { initials in
            guard let cw = team.caseworker(initials) else { return initials }
            var line = "\(cw.name), sagsbehandler"
            var ways: [String] = []
            if let phone = cw.phone, !phone.isEmpty { ways.append("telefon \(phone)") }
            if let mail = cw.email, !mail.isEmpty { ways.append("e-mail \(mail)") }
            if !ways.isEmpty { line += ": " + ways.joined(separator: ", ") }
            return line
        }
    }
}
