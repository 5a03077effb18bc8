import Foundation

/// Meeting invitations per årshjul activity (iMIP, RFC 6047 over RFC 5546): what is due to be sent, worked out
/// from the plan and from what was sent before (`Family.invitations`).
///
/// - A dated meeting from today on, not done, with participants: a REQUEST to each invitee who has not got this
///   version. The UID stays; SEQUENCE goes up when the event changed since the last version sent.
/// - An invitee no longer among the participants, or an activity deleted, undated, made a deadline or moved out
///   of reach: a CANCEL to everyone who had a REQUEST (meetings already past are left alone).
/// - Each partner gets only the meetings they are invited to, and each message names only them as ATTENDEE.
/// - Nothing goes out without an organizer: the primary caseworker with a usable address in the team.
public enum Invitations {
    /// The caseworker who sends the invitations.
    public struct Organizer: Equatable, Sendable {
        public var name: String
        public var address: EmailAddress
    }

    /// One message due: to one recipient about one activity.
    public struct Pending: Equatable, Sendable {
        public var activityID: String
        public var uid: String
        public var recipient: ICSAttendees.Invitee
        public var method: SentInvitation.Method
        public var sequence: Int
        public var event: InvitationEvent
        /// A REQUEST that replaces one sent before (the meeting changed).
        public var isUpdate: Bool
    }

    /// What is due for a family, and what stands in the way.
    public struct Plan: Equatable, Sendable {
        public var organizer: Organizer?
        /// Why there is no organizer (no open case, no address in the team, a bad one); nil when there is one.
        public var organizerProblem: Phrase?
        public var pending: [Pending] = []
        /// Per activity (by id), the participants who cannot be invited and why.
        public var unreachable: [String: [ICSAttendees.Unreachable]] = [:]
    }

    /// Kinds that are not meetings: nobody is invited to a deadline or an agreement's due date.
    static let notMeetings: Set<ActivityKind> = [.deadline, .agreement]

    /// Whether an activity is a meeting that invitations go out for (from `today` on).
    public static func isInvitable(_ activity: AnnualActivity, today: LocalDate) -> Bool {
        guard let date = activity.date else { return false }
        return date >= today && !activity.done && !notMeetings.contains(activity.kind) && !activity.participants.isEmpty
    }

    /// The organizer: the primary caseworker of the family's first open case, with a usable address in the team.
    public static func organizer(of family: Family, in team: Team) -> Result<Organizer, InvitationProblem> {
        guard let caseworker = FamilyContact.caseworker(of: family, in: team) else {
            return .failure(InvitationProblem(Phrase(da: "familien har ingen sag og dermed ingen sagsbehandler til at sende invitationer",
                                   en: "the family has no case, so no caseworker to send the invitations")))
        }
        guard let text = caseworker.email?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return .failure(InvitationProblem(Phrase(da: "sagsbehandleren \(caseworker.name) har ingen e-mailadresse i teamet; uden afsender sendes ingen invitationer",
                                   en: "the caseworker \(caseworker.name) has no e-mail address in the team; without a sender no invitations are sent")))
        }
        switch EmailAddress.parse(text) {
        case .success(let address): return .success(Organizer(name: caseworker.name, address: address))
        case .failure(let problem):
            return .failure(InvitationProblem(problem.phrase.prefixed(Phrase(da: "sagsbehandlerens e-mailadresse «\(text)» kan ikke bruges: ",
                                                           en: "the caseworker's e-mail address «\(text)» cannot be used: "))))
        }
    }

    /// Everything due for `family` on `today`.
    public static func plan(for family: Family, team: Team, today: LocalDate) -> Plan {
        var plan = Plan()
        switch organizer(of: family, in: team) {
        case .success(let o): plan.organizer = o
        case .failure(let why): plan.organizerProblem = why.phrase
        }
        let sent = family.invitations ?? []
        let byActivity = Dictionary(grouping: sent, by: \.activityID)
        var handled = Set<String>()
        for activity in family.annualPlan {
            handled.insert(activity.id)
            let records = byActivity[activity.id] ?? []
            guard isInvitable(activity, today: today), let event = InvitationEvent(activity) else {
                // A meeting marked done was held: nothing to cancel.
                if activity.done { continue }
                plan.pending += cancellations(records, activityID: activity.id, uid: uid(activity.id, family), today: today)
                continue
            }
            let resolution = ICSAttendees.resolve(activity, in: family, organizer: plan.organizer?.address)
            if !resolution.unreachable.isEmpty { plan.unreachable[activity.id] = resolution.unreachable }
            let invited = Set(resolution.invitees.map { key($0.address) })
            let sequence = nextSequence(records, current: event, floor: activity.sequence)
            for invitee in resolution.invitees {
                let last = records.first { $0.recipient == key(invitee.address) }
                if let last, last.method == .request, last.event == event { continue }
                plan.pending.append(Pending(activityID: activity.id, uid: uid(activity.id, family), recipient: invitee,
                                            method: .request, sequence: sequence, event: event,
                                            isUpdate: last?.method == .request))
            }
            // Taken off the list: they had an invitation, now a cancellation.
            plan.pending += cancellations(records.filter { !invited.contains($0.recipient) }, activityID: activity.id,
                                          uid: uid(activity.id, family), today: today)
        }
        // Deleted activities: their invitations are cancelled.
        for (activityID, records) in byActivity.sorted(by: { $0.key < $1.key }) where !handled.contains(activityID) {
            plan.pending += cancellations(records, activityID: activityID, uid: uid(activityID, family), today: today)
        }
        return plan
    }

    /// The SEQUENCE of the version to send: the last one sent if every recipient of it got this same event,
    /// one more if the event changed since; never below the activity's own count.
    static func nextSequence(_ records: [SentInvitation], current: InvitationEvent, floor: Int) -> Int {
        guard let last = records.map(\.sequence).max() else { return max(0, floor) }
        let changed = records.contains { $0.sequence == last && $0.method == .request && $0.event != current }
        return max(floor, changed ? last + 1 : last)
    }

    /// CANCELs for the recipients whose last message was a REQUEST for a meeting not yet past.
    static func cancellations(_ records: [SentInvitation], activityID: String, uid: String, today: LocalDate) -> [Pending] {
        let open = records.filter { $0.method == .request && $0.event.date >= today }
        guard !open.isEmpty else { return [] }
        let sequence = (records.map(\.sequence).max() ?? 0) + 1
        return open.map { r in
            let address = (try? EmailAddress.parse(r.recipient).get())
            return address.map {
                Pending(activityID: activityID, uid: uid, recipient: ICSAttendees.Invitee(name: r.name, address: $0),
                        method: .cancel, sequence: sequence, event: r.event, isUpdate: false)
            }
        }.compactMap { $0 }
    }

    static func uid(_ activityID: String, _ family: Family) -> String {
        ICSExport.uid(activityID: activityID, familyID: family.id)
    }

    /// How a recipient is keyed in the record: the address as sent, lower case.
    static func key(_ address: EmailAddress) -> String { address.asciiAddress.lowercased() }

    // MARK: - Recording what went out

    /// Records messages that left Sammen: each replaces the earlier record for its activity and recipient, and the
    /// activity's own SEQUENCE follows, so the caseworker's whole-year file matches what the partners have.
    public static func record(_ sent: [Pending], on day: LocalDate, delivery: SentInvitation.Delivery, in family: inout Family) {
        guard !sent.isEmpty else { return }
        var records = family.invitations ?? []
        for p in sent {
            let entry = SentInvitation(activityID: p.activityID, recipient: key(p.recipient.address), name: p.recipient.name,
                                       method: p.method, sequence: p.sequence, sentOn: day, delivery: delivery, event: p.event)
            if let i = records.firstIndex(where: { $0.activityID == p.activityID && $0.recipient == entry.recipient }) {
                records[i] = entry
            } else {
                records.append(entry)
            }
            if let i = family.annualPlan.firstIndex(where: { $0.id == p.activityID }) {
                family.annualPlan[i].sequence = max(family.annualPlan[i].sequence, p.sequence)
            }
        }
        family.invitations = records
    }

    // MARK: - What the årshjul says

    /// An activity's invitation state, for one line on the årshjul.
    public struct Status: Equatable, Sendable {
        /// The last day a REQUEST went out for it, and how.
        public var sentOn: LocalDate?
        public var delivery: SentInvitation.Delivery?
        /// Messages due (invitations, updates or cancellations).
        public var pending: Int
        /// Whether something was sent before and the meeting changed since.
        public var changedSince: Bool
        /// Participants who cannot be invited.
        public var unreachable: Int
    }

    /// The status of each activity that has sent or due invitations (by activity id).
    public static func statuses(_ plan: Plan, family: Family) -> [String: Status] {
        var result: [String: Status] = [:]
        let records = family.invitations ?? []
        let ids = Set(records.map(\.activityID)).union(plan.pending.map(\.activityID)).union(plan.unreachable.keys)
        for id in ids {
            let sent = records.filter { $0.activityID == id && $0.method == .request }
            let last = sent.max { $0.sentOn < $1.sentOn }
            let due = plan.pending.filter { $0.activityID == id }
            result[id] = Status(sentOn: last?.sentOn, delivery: last?.delivery, pending: due.count,
                                changedSince: !sent.isEmpty && !due.isEmpty,
                                unreachable: plan.unreachable[id]?.count ?? 0)
        }
        return result
    }
}
