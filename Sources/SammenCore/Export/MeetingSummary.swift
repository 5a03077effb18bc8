import Foundation

/// The shared summary of a meeting (LØFT or Signs of Safety), handed out right after it: who took part, each
/// column in the participants' own words with who said them, the 0–10 ratings compared with the last meeting,
/// and the agreements as a table of who does what by when. In plain Danish (or English with `language: .en`), for
/// the family and the network; what the participants said stays in their own words.
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
    ///   - language: Sammen's own words in Danish (the default) or English.
    public static func render(meeting: Meeting, family: Family, team: Team, format: ExportFormat,
                              earlier: [Meeting] = [], training: Bool, language: Language = .da) -> String {
        document(meeting: meeting, family: family, team: team, earlier: earlier, training: training,
                 language: language).render(format)
    }

    static func document(meeting: Meeting, family: Family, team: Team, earlier: [Meeting],
                         training: Bool, language: Language = .da) -> ExportDocument {
        let words = Wording(meeting: meeting, language: language)
        let l = language
        let kind = ExportVocabulary.meetingKind(meeting.kind, in: l)
        var blocks: [ExportBlock] = []

        var when = ExportVocabulary.longWithWeekday(meeting.date, in: l)
        if let time = meeting.time, !time.isEmpty { when += ExportVocabulary.at(time, in: l) }
        blocks.append(.fields([ExportField(l.pick(da: "Dato", en: "Date"), when),
                               ExportField(l.pick(da: "Metode", en: "Method"), words.methodName)]))
        blocks.append(.paragraph(words.methodIntro(hasRatings: !meeting.ratings.isEmpty, meeting: meeting)))
        if let summary = meeting.summary, !ExportText.oneLine(summary).isEmpty {
            blocks.append(.section(l.pick(da: "Kort fortalt", en: "In brief"), [.paragraph(summary)]))
        }
        blocks.append(.section(l.pick(da: "Deltagere", en: "Participants"), meeting.participants.isEmpty
            ? [.paragraph(l.pick(da: "Ingen deltagere skrevet op.", en: "No participants written down."))]
            : [.items(meeting.participants.map { ExportItem(label(for: $0, in: l)) })]))

        for column in words.columns {
            let cards = meeting.cards.filter { $0.column == column }
            if cards.isEmpty && !words.alwaysShown(column) { continue }
            blocks.append(.section(words.heading(column), columnBlocks(cards, meeting: meeting, words: words)))
        }

        if !meeting.ratings.isEmpty {
            blocks.append(.section(words.scaleHeading, ratingBlocks(meeting: meeting, earlier: earlier, words: words)))
        }
        blocks.append(.section(l.pick(da: "Hvem gør hvad – og hvornår", en: "Who does what – and when"),
                               agreementBlocks(meeting.agreements, team: team, language: l)))

        let contacts = contactLines(family: family, team: team, language: l)
        if !contacts.isEmpty {
            blocks.append(.section(l.pick(da: "Kontakt", en: "Contact"), [
                .paragraph(l.pick(da: "Har I spørgsmål til opsummeringen, så kontakt jeres sagsbehandler:",
                                  en: "If you have questions about the summary, contact your caseworker:")),
                .items(contacts.map { ExportItem($0) }),
            ]))
        }

        var footer = [l.pick(da: "Fælles opsummering fra mødet, lavet med Sammen. \(team.name).",
                             en: "Shared summary of the meeting, made with Sammen. \(team.name).")]
        if meeting.method == .signsOfSafety {
            footer.append(l.pick(
                da: "Signs of Safety er et varemærke tilhørende Elia. Opsummeringen er ikke lavet eller godkendt af Elia.",
                en: "Signs of Safety is a trademark of Elia. The summary is not made or endorsed by Elia."))
        }
        return ExportDocument(
            title: "\(kind) \(ExportVocabulary.long(meeting.date, in: l)) – \(family.name)",
            trainingNotice: training ? trainingNotice(in: l) : nil,
            blocks: blocks, footer: footer, language: l)
    }

    /// After "ØVELSE – ": what the training marker means, in the document's language.
    static func trainingNotice(in language: Language) -> String {
        language.pick(da: "fiktive oplysninger til træning. Familien findes ikke.",
                      en: "fictional details for training. The family does not exist.")
    }

    // MARK: Columns

    private static func columnBlocks(_ cards: [BoardCard], meeting: Meeting, words: Wording) -> [ExportBlock] {
        guard !cards.isEmpty else {
            return [.paragraph(words.language.pick(da: "Intet skrevet op.", en: "Nothing written down."))]
        }
        func items(_ cards: [BoardCard]) -> ExportBlock {
            .items(cards.map { ExportItem(lead: author(of: $0, in: meeting, language: words.language) + ":", $0.text) })
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

    /// "Camilla Nørgaard (mor)": the role as typed (a known role in English with --lang en).
    static func label(for p: Participant, in language: Language = .da) -> String {
        let name = ExportText.oneLine(p.name)
        let role = ExportText.oneLine(ParticipantRoles.name(p.role, in: language))
        if name.isEmpty { return role.isEmpty ? unknown(language) : role }
        return role.isEmpty || role.lowercased() == name.lowercased() ? name : "\(name) (\(role))"
    }

    /// Who said it: the participant by id, else by name, else the author as written.
    static func author(of card: BoardCard, in meeting: Meeting, language: Language = .da) -> String {
        if let p = meeting.participants.first(where: { $0.id == card.author })
            ?? meeting.participants.first(where: { $0.name.lowercased() == card.author.lowercased() }) {
            return label(for: p, in: language)
        }
        let raw = ExportText.oneLine(card.author)
        return raw.isEmpty ? unknown(language) : raw
    }

    private static func unknown(_ language: Language) -> String { language.pick(da: "Ukendt", en: "Unknown") }

    // MARK: Ratings

    private static func ratingBlocks(meeting: Meeting, earlier: [Meeting], words: Wording) -> [ExportBlock] {
        let previous = earlier
            .filter { $0.id != meeting.id && $0.date < meeting.date && !$0.ratings.isEmpty }
            .max { $0.date < $1.date }
        let l = words.language
        var intro = words.scaleExplanation
        if let previous {
            intro += l.pick(
                da: " Tallene sammenlignes med \(ExportVocabulary.meetingKindDefinite(previous.kind)) "
                    + "den \(ExportVocabulary.long(previous.date)) (sidst).",
                en: " The numbers are compared with \(ExportVocabulary.meetingKindDefinite(previous.kind, in: .en)) "
                    + "on \(ExportVocabulary.long(previous.date, in: .en)) (last time).")
        }
        var rows: [[String]] = []
        var lines: [String] = []
        for rating in meeting.ratings {
            let participant = meeting.participants.first { $0.id == rating.participant }
            let who = participant.map { label(for: $0, in: l) } ?? ExportText.oneLine(rating.participant)
            guard let previous else {
                rows.append([who, "\(rating.value)"])
                lines.append("\(who): \(rating.value)")
                continue
            }
            if let before = participant.flatMap({ previousRating(of: $0, in: meeting, previous: previous) }) {
                let change = changeText(from: before, to: rating.value, in: l)
                rows.append([who, "\(before)", "\(rating.value)", change])
                lines.append(l.pick(da: "\(who): sidst: \(before), nu: \(rating.value) (\(change))",
                                    en: "\(who): last time: \(before), now: \(rating.value) (\(change))"))
            } else {
                rows.append([who, "–", "\(rating.value)", l.pick(da: "første gang", en: "first time")])
                lines.append(l.pick(da: "\(who): nu: \(rating.value) (gav ikke et tal sidst)",
                                    en: "\(who): now: \(rating.value) (gave no number last time)"))
            }
        }
        let headers = previous == nil
            ? [l.pick(da: "Deltager", en: "Participant"), l.pick(da: "Tal", en: "Number")]
            : [l.pick(da: "Deltager", en: "Participant"), l.pick(da: "Sidst", en: "Last time"), l.pick(da: "Nu", en: "Now"),
               l.pick(da: "Ændring", en: "Change")]
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

    static func changeText(from before: Int, to now: Int, in language: Language = .da) -> String {
        switch now - before {
        case 0: return language.pick(da: "uændret", en: "unchanged")
        case let d where d > 0: return language.pick(da: "\(d) op", en: "\(d) up")
        case let d: return language.pick(da: "\(-d) ned", en: "\(-d) down")
        }
    }

    // MARK: Agreements and contact

    private static func agreementBlocks(_ agreements: [Agreement], team: Team, language l: Language) -> [ExportBlock] {
        guard !agreements.isEmpty else {
            return [.paragraph(l.pick(da: "Der blev ikke lavet aftaler med dato på mødet.",
                                      en: "No agreements with a date were made at the meeting."))]
        }
        let rows = agreements.map { a -> [String] in
            [a.what, who(a.who, team: team, in: l), ExportVocabulary.long(a.due, in: l),
             a.done.map { l.pick(da: "Gjort ", en: "Done ") + ExportVocabulary.long($0, in: l) }
                ?? l.pick(da: "Åben", en: "Open")]
        }
        let headers = l == .da ? ["Hvad", "Hvem", "Senest", "Status"] : ["What", "Who", "By", "Status"]
        return [.table(ExportTable(headers: headers, rows: rows))]
    }

    /// An agreement's owner: a caseworker's initials become the name, everything else stays as written.
    static func who(_ text: String, team: Team, in language: Language = .da) -> String {
        team.caseworker(text.trimmingCharacters(in: .whitespaces)).map {
            "\($0.name) (\(language.pick(da: "sagsbehandler", en: "caseworker")))"
        } ?? text
    }

    /// The primary caseworkers of the family's open cases, with the team's phone and e-mail.
    static func contactLines(family: Family, team: Team, language l: Language = .da) -> [String] {
        var seen: [String] = []
        for c in family.cases where c.isOpen && !seen.contains(c.primaryCaseworker.uppercased()) {
            seen.append(c.primaryCaseworker.uppercased())
        }
        return seen.map { initials in
            guard let cw = team.caseworker(initials) else { return initials }
            var line = "\(cw.name), " + l.pick(da: "sagsbehandler", en: "caseworker")
            var ways: [String] = []
            if let phone = cw.phone, !phone.isEmpty { ways.append(l.pick(da: "telefon ", en: "phone ") + phone) }
            if let mail = cw.email, !mail.isEmpty { ways.append("e-mail \(mail)") }
            if !ways.isEmpty { line += ": " + ways.joined(separator: ", ") }
            return line
        }
    }
}
