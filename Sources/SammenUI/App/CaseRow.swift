import Foundation
import SammenCore

/// One row of the dashboard: one open case with its follow-up status on "today".
public struct CaseRow: Sendable, Equatable {
    public var familyID: FamilyID
    public var familyName: String
    public var childName: String
    public var caseNumber: String
    public var caseworker: String
    public var buddy: String?
    public var cadence: Cadence
    public var lastFollowUp: LocalDate?
    public var nextDue: LocalDate
    public var overdueDays: Int
    public var flags: Flags
    /// Lower-cased family, child, case number and caseworkers, for the incremental search. In Unicode's
    /// composed form (NFC), so a search can compare bytes (see `matches`).
    public var searchKey: String

    public struct Flags: Sendable, Equatable {
        public var buddy = false
        public var complaint = false
        public var transition = false
        public var challenge = false
        /// An open agreement from a meeting is overdue or due within a week.
        public var agreementDue = false
        /// The family's network meeting (the team's interval) is overdue or due within a week.
        public var networkMeeting = false
        /// The child is 18 or over and the case is still open in the children's area (BL §§ 86–87 stop at 18).
        public var adult = false

        public var any: Bool { buddy || complaint || transition || challenge || agreementDue || networkMeeting || adult }

        /// "MKOSA" with dots for the flags not set, so the column lines up.
        public var letters: String {
            (buddy ? "M" : "·") + (complaint ? "K" : "·") + (transition ? "O" : "·") + (challenge ? "S" : "·")
                + (agreementDue ? "A" : "·") + (networkMeeting ? "N" : "·") + (adult ? "V" : "·")
        }
    }

    /// Built for every open case when the dashboard opens, so kept cheap: the flags come straight from the
    /// summary (the deadline engine's own rule for transitions), not from computing every deadline.
    public static func rows(for family: FamilySummary, today: LocalDate, settings: RuleSettings = .standard) -> [CaseRow] {
        var result: [CaseRow] = []
        let weekAhead = today.adding(days: 7)
        let agreementDue = family.openAgreements.contains { $0.due <= weekAhead }
        let networkMeeting = settings.networkMeetingMonths
            .flatMap { DeadlineEngine.networkMeetingDue(family, months: $0, from: settings.networkMeetingsFrom, today: today) }.map { $0 <= weekAhead } ?? false
        for c in family.cases where c.isOpen {
            let child = family.child(c.childID)
            // FollowUpRule: the one cadence rule `due` uses.
            let status = FollowUpRule.status(of: c, on: today)
            let cadence = status.cadence
            let next = status.due
            var flags = Flags()
            flags.buddy = c.buddyCaseworker != nil
            flags.complaint = family.openComplaints.contains { $0.caseNumber == nil || $0.caseNumber == c.number }
            flags.transition = DeadlineEngine.transitionDue(for: child, today: today) != nil
            flags.challenge = family.openChallenges > 0
            flags.agreementDue = agreementDue
            flags.networkMeeting = networkMeeting
            flags.adult = child.map { $0.birthDate.adding(years: 18) <= today } ?? false
            let key = searchText(family.name + " " + (child?.name ?? "") + " " + c.number + " " + c.primaryCaseworker + " "
                                 + (c.buddyCaseworker ?? ""))
            result.append(CaseRow(familyID: family.id, familyName: family.name, childName: child?.name ?? "",
                                  caseNumber: c.number, caseworker: c.primaryCaseworker, buddy: c.buddyCaseworker,
                                  cadence: cadence, lastFollowUp: c.lastFollowUp, nextDue: next,
                                  overdueDays: max(0, next.days(until: today)), flags: flags, searchKey: key))
        }
        return result
    }

    public static func rows(for caseload: [FamilySummary], today: LocalDate, settings: RuleSettings = .standard) -> [CaseRow] {
        ParallelPieces.flatMap(caseload) { $0.flatMap { rows(for: $0, today: today, settings: settings) } }
    }

    /// Lower-cased and composed (NFC). Text with nothing from U+0300 up (combining marks start there) is
    /// already composed, which is nearly every Danish name: only the rest goes through Foundation.
    static func searchText(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.unicodeScalars.contains(where: { $0.value >= 0x300 }) else { return lower }
        return lower.precomposedStringWithCanonicalMapping
    }

    /// Whether the search key holds `needle` (made with `searchText`): bytes compared, so a
    /// keystroke on 10,000 rows stays well under a millisecond. On composed text this is what comparing
    /// characters gives, except that a match may end inside a character (a letter followed by a combining mark).
    func matches(_ needle: [UInt8]) -> Bool {
        needle.isEmpty || CaseRow.key(searchKey, holds: needle)
    }

    /// `matches` on a search key alone (what the filter's loop calls, so no row is copied).
    static func key(_ searchKey: String, holds needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        return searchKey.utf8.withContiguousStorageIfAvailable { hay in
            needle.withUnsafeBufferPointer { n in
                let first = n[0]
                var i = 0
                while i + n.count <= hay.count {
                    if hay[i] == first {
                        var j = 1
                        while j < n.count && hay[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        } ?? searchKey.contains(String(decoding: needle, as: UTF8.self))
    }
}
