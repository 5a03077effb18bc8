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
    /// Lower-cased family, child, case number and caseworkers, for the incremental search.
    public var searchKey: String

    public struct Flags: Sendable, Equatable {
        public var buddy = false
        public var complaint = false
        public var transition = false
        public var challenge = false
        /// An open agreement from a meeting is overdue or due within a week.
        public var agreementDue = false

        public var any: Bool { buddy || complaint || transition || challenge || agreementDue }

        /// "MKOSA" with dots for the flags not set, so the column lines up.
        public var letters: String {
            (buddy ? "M" : "·") + (complaint ? "K" : "·") + (transition ? "O" : "·") + (challenge ? "S" : "·")
                + (agreementDue ? "A" : "·")
        }
    }

    public static func rows(for family: FamilySummary, today: LocalDate) -> [CaseRow] {
        let deadlines = DeadlineEngine.deadlines(for: family, today: today)
        return family.cases.filter(\.isOpen).map { c in
            let child = family.child(c.childID)
            let next = DeadlineEngine.nextFollowUp(for: c, today: today)
            var flags = Flags()
            flags.buddy = c.buddyCaseworker != nil
            flags.complaint = family.openComplaints.contains { $0.caseNumber == nil || $0.caseNumber == c.number }
            flags.transition = deadlines.contains { $0.kind == .transition && $0.caseNumber == c.number }
            flags.challenge = family.openChallenges > 0
            flags.agreementDue = family.openAgreements.contains { $0.due <= today.adding(days: 7) }
            let key = [family.name, child?.name ?? "", c.number, c.primaryCaseworker, c.buddyCaseworker ?? ""]
                .joined(separator: " ").lowercased()
            return CaseRow(familyID: family.id, familyName: family.name, childName: child?.name ?? "",
                           caseNumber: c.number, caseworker: c.primaryCaseworker, buddy: c.buddyCaseworker,
                           cadence: c.cadence(on: today), lastFollowUp: c.lastFollowUp, nextDue: next,
                           overdueDays: max(0, next.days(until: today)), flags: flags, searchKey: key)
        }
    }

    public static func rows(for caseload: [FamilySummary], today: LocalDate) -> [CaseRow] {
        caseload.flatMap { rows(for: $0, today: today) }
    }
}
