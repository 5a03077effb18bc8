/// What the dashboard and the deadline engine need of a family, small enough to keep for 10,000 families
/// in the store's index, so opening the caseload does not parse every whole record. Derived, never edited.
public struct FamilySummary: Codable, Sendable, Equatable, Identifiable {
    public var id: FamilyID
    public var name: String
    public var children: [ChildSummary]
    public var cases: [CaseSummary]
    public var openComplaints: [ComplaintSummary]
    public var openAgreements: [AgreementSummary]
    public var openChallenges: Int
    public var contactPreference: ContactPreference
    /// Dates of the family's network meetings (held or planned), oldest first: the network-meeting interval
    /// (a team setting) counts from the last one held. A meeting recorded in Sammen, and one marked done in the
    /// årshjul (seed 002: the årshjul holds the family's network meetings), each count, as the årshjul's own
    /// proposal counts them.
    public var networkMeetings: [LocalDate] = []

    public struct ChildSummary: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var birthDate: LocalDate
        /// Whether transition planning has begun (any step recorded).
        public var transitionPlanned: Bool
    }

    public struct CaseSummary: Codable, Sendable, Equatable {
        public var number: String
        public var childID: String
        public var primaryCaseworker: String
        public var buddyCaseworker: String?
        public var opened: LocalDate
        public var status: CaseStatus
        public var measures: [MeasureSummary]
        /// Dates of the follow-ups that count for this case, oldest first. Some may lie after "today": those are
        /// planned, not held (FollowUpRule).
        public var followUps: [LocalDate]
        /// The day the case was closed, when it is closed and the day is known.
        public var closed: LocalDate? = nil
        /// When the child's plan (BL § 91) was made.
        public var childPlanMade: LocalDate? = nil

        public var lastFollowUp: LocalDate? { followUps.last }
    }

    public struct MeasureSummary: Codable, Sendable, Equatable {
        public var legalBasis: LegalBasis
        public var started: LocalDate
        public var ended: LocalDate?

        public func isActive(on date: LocalDate) -> Bool {
            started <= date && (ended.map { date <= $0 } ?? true)
        }
    }

    public struct ComplaintSummary: Codable, Sendable, Equatable {
        public var id: String
        public var caseNumber: String?
        public var received: LocalDate
    }

    public struct AgreementSummary: Codable, Sendable, Equatable {
        public var id: String
        public var what: String
        public var who: String
        public var due: LocalDate
    }

    public init(_ family: Family) {
        id = family.id
        name = family.name
        contactPreference = family.contactPreference
        children = family.children.map {
            ChildSummary(id: $0.id, name: $0.name, birthDate: $0.birthDate, transitionPlanned: !$0.transitionSteps.isEmpty)
        }
        cases = family.children.flatMap { child in
            child.cases.map { c in
                CaseSummary(
                    number: c.number, childID: child.id, primaryCaseworker: c.primaryCaseworker,
                    buddyCaseworker: c.buddyCaseworker, opened: c.opened, status: c.status,
                    measures: c.measures.map { MeasureSummary(legalBasis: $0.legalBasis, started: $0.started, ended: $0.ended) },
                    followUps: family.contacts.filter { $0.followsUp(caseNumber: c.number) }.map(\.date).sorted(),
                    closed: c.closed, childPlanMade: c.childPlanMade)
            }
        }
        openComplaints = family.complaints.filter { $0.reconsidered == nil && $0.outcome == nil }
            .map { ComplaintSummary(id: $0.id, caseNumber: $0.caseNumber, received: $0.received) }
        openAgreements = family.meetings.flatMap(\.agreements).filter { $0.done == nil }
            .map { AgreementSummary(id: $0.id, what: $0.what, who: $0.who, due: $0.due) }
        openChallenges = family.challenges.filter { $0.status != .resolved }.count
        networkMeetings = Self.networkMeetingDates(of: family)
    }

    public func child(_ id: String) -> ChildSummary? { children.first { $0.id == id } }

    /// The network meetings recorded as meetings, and those marked done in the årshjul: on their date, or on the
    /// first of their month when they have none (as YearPlanner reads them), each day once, oldest first.
    public static func networkMeetingDates(of family: Family) -> [LocalDate] {
        var days = Set(family.meetings.filter { $0.kind == .network }.map(\.date))
        for a in family.annualPlan where a.kind == .networkMeeting && a.done {
            if let day = a.date ?? LocalDate(year: a.year, month: a.month, day: 1) { days.insert(day) }
        }
        return days.sorted()
    }

    /// The caseworkers of the family's open cases, primary first.
    public var caseworkers: [String] {
        var seen: [String] = []
        for c in cases where c.isOpen && !seen.contains(c.primaryCaseworker) { seen.append(c.primaryCaseworker) }
        return seen
    }
}

extension FamilySummary.CaseSummary {
    public var isOpen: Bool { status == .open }

    /// The case's cadence on `date` as FollowUpRule decides it (6 weeks while an investigation, support measure or
    /// placement runs, else 3 months). Every screen and command names the cadence through this.
    public func cadence(on date: LocalDate) -> Cadence { FollowUpRule.cadence(of: self, on: date) }
}
