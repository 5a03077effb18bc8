import Foundation

/// Checks what JSON decoding cannot: references that must exist, numbers in range, ids that must be unique.
/// Each finding carries the path of the offending value, so `sammen check` can name line and column.
public enum FamilyValidator {
    public struct Finding: Equatable, Sendable {
        public var path: [JSONLocator.PathElement]
        public var reason: Phrase
        /// The reason in Danish.
        public var message: String { reason.da }
    }

    public static func validate(_ family: Family, team: Team) -> [Finding] {
        var findings: [Finding] = []
        func add(_ path: [JSONLocator.PathElement], _ da: String, _ en: String) {
            findings.append(Finding(path: path, reason: Phrase(da: da, en: en)))
        }
        func unique<T>(_ items: [T], _ key: String, id: (T) -> String, what: Phrase) {
            var seen = Set<String>()
            for (i, item) in items.enumerated() where !seen.insert(id(item)).inserted {
                add([.key(key), .index(i), .key("id")], "\(what.da) «\(id(item))» findes to gange", "\(what.en) «\(id(item))» appears twice")
            }
        }

        if family.name.trimmingCharacters(in: .whitespaces).isEmpty { add([.key("name")], "familien har intet navn", "the family has no name") }
        unique(family.children, "children", id: \.id, what: Phrase(da: "barnets id", en: "the child's id"))
        unique(family.contacts, "contacts", id: \.id, what: Phrase(da: "kontaktens id", en: "the contact's id"))
        unique(family.goals, "goals", id: \.id, what: Phrase(da: "målets id", en: "the goal's id"))
        unique(family.meetings, "meetings", id: \.id, what: Phrase(da: "mødets id", en: "the meeting's id"))
        unique(family.annualPlan, "annualPlan", id: \.id, what: Phrase(da: "aktivitetens id", en: "the activity's id"))
        unique(family.network, "network", id: \.id, what: Phrase(da: "aktørens id", en: "the actor's id"))

        let caseNumbers = Set(family.cases.map(\.number))
        for (ci, child) in family.children.enumerated() {
            let childPath: [JSONLocator.PathElement] = [.key("children"), .index(ci)]
            if let cpr = child.cpr {
                switch CPRNumber.parse(cpr) {
                case .failure(let error):
                    add(childPath + [.key("cpr")], "CPR-nummeret er ugyldigt: \(error.danishMessage)", "the CPR number is invalid: \(error.englishMessage)")
                case .success(let number) where number.birthDate != child.birthDate:
                    add(childPath + [.key("cpr")], "CPR-nummerets fødselsdato passer ikke med barnets fødselsdato",
                        "the CPR number's date of birth does not match the child's date of birth")
                default: break
                }
            }
            for (ki, c) in child.cases.enumerated() {
                let casePath = childPath + [.key("cases"), .index(ki)]
                if c.number.trimmingCharacters(in: .whitespaces).isEmpty { add(casePath + [.key("number")], "sagen har intet sagsnr", "the case has no case number") }
                if team.caseworker(c.primaryCaseworker) == nil {
                    add(casePath + [.key("primaryCaseworker")], "sagsbehandleren «\(c.primaryCaseworker)» findes ikke i team.json",
                        "the caseworker «\(c.primaryCaseworker)» is not in team.json")
                }
                if let buddy = c.buddyCaseworker {
                    if team.caseworker(buddy) == nil {
                        add(casePath + [.key("buddyCaseworker")], "makkeren «\(buddy)» findes ikke i team.json", "the buddy «\(buddy)» is not in team.json")
                    } else if buddy.caseInsensitiveCompare(c.primaryCaseworker) == .orderedSame {
                        add(casePath + [.key("buddyCaseworker")], "makkeren er den samme som den primære sagsbehandler",
                            "the buddy is the same as the primary caseworker")
                    }
                }
                if let closed = c.closed, closed < c.opened {
                    add(casePath + [.key("closed")], "sagen er lukket før den blev åbnet", "the case was closed before it was opened")
                }
                for (mi, m) in c.measures.enumerated() {
                    if let ended = m.ended, ended < m.started {
                        add(casePath + [.key("measures"), .index(mi), .key("ended")], "indsatsen slutter før den begynder", "the measure ends before it starts")
                    }
                }
            }
        }
        for (i, contact) in family.contacts.enumerated() {
            if let number = contact.caseNumber, !caseNumbers.contains(number) {
                add([.key("contacts"), .index(i), .key("caseNumber")], "kontakten nævner sagsnr \(number), som familien ikke har",
                    "the contact names case number \(number), which the family does not have")
            }
        }
        for (i, activity) in family.annualPlan.enumerated() {
            let path: [JSONLocator.PathElement] = [.key("annualPlan"), .index(i)]
            if !(1...12).contains(activity.month) { add(path + [.key("month")], "måneden skal være 1–12", "the month must be 1–12") }
            if let time = activity.time, !isClockTime(time) { add(path + [.key("time")], "klokkeslættet skal skrives TT:MM", "the time must be written HH:MM") }
            if let date = activity.date, date.month != activity.month || date.year != activity.year {
                add(path + [.key("date")], "datoen ligger ikke i aktivitetens måned", "the date is not in the activity's month")
            }
        }
        for (i, actor) in family.network.enumerated() where !(1...3).contains(actor.closeness) {
            add([.key("network"), .index(i), .key("closeness")], "nærhed skal være 1, 2 eller 3", "closeness must be 1, 2 or 3")
        }
        for (mi, meeting) in family.meetings.enumerated() {
            let path: [JSONLocator.PathElement] = [.key("meetings"), .index(mi)]
            let ids = Set(meeting.participants.map(\.id))
            for (i, card) in meeting.cards.enumerated() where !ids.contains(card.author) {
                add(path + [.key("cards"), .index(i), .key("author")], "kortets forfatter «\(card.author)» er ikke deltager i mødet",
                    "the card's author «\(card.author)» is not a participant in the meeting")
            }
            for (i, rating) in meeting.ratings.enumerated() {
                if !(0...10).contains(rating.value) { add(path + [.key("ratings"), .index(i), .key("value")], "skalaen går fra 0 til 10", "the scale goes from 0 to 10") }
                if !ids.contains(rating.participant) {
                    add(path + [.key("ratings"), .index(i), .key("participant")], "«\(rating.participant)» er ikke deltager i mødet",
                        "«\(rating.participant)» is not a participant in the meeting")
                }
            }
            if let time = meeting.time, !isClockTime(time) { add(path + [.key("time")], "klokkeslættet skal skrives TT:MM", "the time must be written HH:MM") }
        }
        return findings
    }

    /// "HH:MM", 00:00–23:59.
    public static func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return false }
        return h < 24 && m < 60
    }
}
