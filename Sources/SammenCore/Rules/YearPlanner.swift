import Foundation

/// Proposes a family's årshjul for a year from the rules: the caseworker accepts, moves or removes each item.
///
/// Decisions (the brief left them open):
/// - Only the future is planned. For the current year the proposal starts in today's month (earlier months are
///   history, already in the log); a past year gets nothing. Something overdue (a follow-up, a network meeting, a
///   child conversation) is proposed in today's month, and the series continues from there.
/// - One follow-up series covers the whole family: a follow-up without a case number follows up every open case
///   (`Contact.followsUp`). Each case keeps its own clock (last follow-up, else its opened date, and its cadence);
///   the next family follow-up is the earliest case due, and it resets every case open by then. So when all cases
///   share a cadence the family gets that cadence, with 6 weeks and 3 months mixed 6 weeks wins, and a case opened
///   mid-year starts its own count from its opened date. Nothing is proposed before the family's first case opens.
/// - Network meetings every 6 months from the last one held (a network meeting in `family.meetings`, or one
///   marked done in the årshjul; a scheduled meeting is itself proposed). A child conversation once a year per
///   child with an open case, 12 months after the child was last heard (a `ChildVoice`, or a child conversation
///   marked done). With no history the series starts now (today's month, or when the case opens), also when
///   planning next year, so this year's and next year's proposals never disagree.
/// - Follow-ups, meetings, conversations and transition steps get a month only; statutory deadlines and
///   agreements keep their fixed date.
/// - An activity already in `family.annualPlan` for the year covers one proposal of the same kind in the same
///   month (done or not), preferring one with the same purpose, so re-proposing never doubles a month.
/// - Ids are "p-<year>-<kind>-<n>", numbered per kind in date order before covered ones are removed, so an id
///   stays the same when the caseworker accepts its neighbours; an id already taken gets "-2", "-3"…
public enum YearPlanner {
    /// `settings`: the team's network-meeting interval, as `due` reads it (RuleSettings); a team that does not
    /// track network meetings still gets them proposed every 6 months (seed 002's one municipality).
    public static func propose(for family: Family, year: Int, today: LocalDate,
                               settings: RuleSettings = .standard) -> [AnnualActivity] {
        guard year >= today.year, (1...9999).contains(year) else { return [] }
        var context = Context(family: family, year: year, today: today)
        context.networkMonths = settings.networkMeetingMonths ?? RuleSettings.defaultNetworkMeetingMonths
        guard !context.openCases.isEmpty else { return [] }
        var drafts: [Draft] = []
        drafts += context.followUps()
        drafts += context.networkMeetings()
        drafts += context.childConversations()
        drafts += context.statutoryDeadlines()
        drafts += context.transitionSteps()
        drafts += context.agreements()
        drafts.sort { $0.sortKey < $1.sortKey }
        let numbered = number(drafts, year: year)
        let kept = removeCovered(numbered, by: family.annualPlan.filter { $0.year == year })
        return uniqueIDs(kept, taken: Set(family.annualPlan.map(\.id)))
    }

    /// An activity before it has an id; `when` orders month-only items within their month.
    struct Draft {
        var activity: AnnualActivity
        var when: LocalDate

        init(_ kind: ActivityKind, on when: LocalDate, purpose: String, participants: [String], dated: Bool) {
            activity = AnnualActivity(id: "", year: when.year, month: when.month, kind: kind, purpose: purpose,
                                      participants: participants, date: dated ? when : nil)
            self.when = when
        }

        var sortKey: (Int, Int, String) {
            (when.dayNumber, ActivityKind.allCases.firstIndex(of: activity.kind) ?? 0, activity.purpose)
        }
    }

    static func number(_ drafts: [Draft], year: Int) -> [AnnualActivity] {
        var counts: [ActivityKind: Int] = [:]
        return drafts.map { draft in
            var a = draft.activity
            let n = (counts[a.kind] ?? 0) + 1
            counts[a.kind] = n
            a.id = "p-\(year)-\(a.kind.rawValue)-\(n)"
            return a
        }
    }

    /// Drops each proposal that an existing activity of the same kind and month covers; each existing one
    /// covers at most one proposal, one with the same purpose first.
    static func removeCovered(_ proposals: [AnnualActivity], by existing: [AnnualActivity]) -> [AnnualActivity] {
        var unused = existing
        var covered = Set<Int>()
        for exactPurpose in [true, false] {
            for (i, p) in proposals.enumerated() where !covered.contains(i) {
                if let j = unused.firstIndex(where: {
                    $0.kind == p.kind && $0.month == p.month && (!exactPurpose || $0.purpose == p.purpose)
                }) {
                    unused.remove(at: j)
                    covered.insert(i)
                }
            }
        }
        return proposals.enumerated().filter { !covered.contains($0.offset) }.map(\.element)
    }

    static func uniqueIDs(_ proposals: [AnnualActivity], taken: Set<String>) -> [AnnualActivity] {
        var taken = taken
        return proposals.map { p in
            var p = p
            var candidate = p.id
            var k = 2
            while taken.contains(candidate) {
                candidate = "\(p.id)-\(k)"
                k += 1
            }
            p.id = candidate
            taken.insert(candidate)
            return p
        }
    }
}

extension YearPlanner {
    /// What the rules need of one family for one year.
    struct Context {
        let family: Family
        let year: Int
        let today: LocalDate
        /// The first day planned: 1 January, or the first of today's month in the current year.
        let windowStart: LocalDate
        let windowEnd: LocalDate
        let openCases: [(child: Child, case: ChildCase)]
        let summaries: [FamilySummary.CaseSummary]

        init(family: Family, year: Int, today: LocalDate) {
            self.family = family
            self.year = year
            self.today = today
            windowStart = LocalDate(year: year, month: year == today.year ? today.month : 1, day: 1)!
            windowEnd = LocalDate(year: year, month: 12, day: 31)!
            openCases = family.children.flatMap { child in child.cases.filter(\.isOpen).map { (child, $0) } }
            summaries = FamilySummary(family).cases.filter(\.isOpen)
        }

        /// Months between network meetings: the team's interval (RuleSettings), as `due` counts them.
        var networkMonths = RuleSettings.defaultNetworkMeetingMonths

        func inWindow(_ date: LocalDate) -> Bool { windowStart <= date && date <= windowEnd }

        /// The day the family's first open case opened.
        var familyOpened: LocalDate { openCases.map(\.case.opened).min()! }

        /// A recurring activity's dates in the window. It follows on from the last one `held`; with none, or when
        /// that is overdue, it starts at `floor` (now, or when the case opens). A `planned` one (already in the
        /// årshjul or scheduled) up to two months after a due date takes its place, so a series never runs beside
        /// a plan.
        func recurring(held: [LocalDate], planned: [LocalDate], floor: LocalDate,
                       step: (LocalDate) -> LocalDate) -> [LocalDate] {
            var result: [LocalDate] = []
            var previous = held.max()
            var d = max(previous.map(step) ?? floor, floor)
            while d <= windowEnd {
                let after = previous ?? LocalDate(dayNumber: Int.min / 4)
                if let p = planned.filter({ $0 > after && $0 <= d.adding(months: 2) }).min() { d = p }
                if inWindow(d) { result.append(d) }
                previous = d
                d = step(d)
            }
            return result
        }

        /// Planned activities of `kind`: (held, planned) dates; a month-only one counts as the first of its month.
        /// Done ones are held; not done ones from today's month on are planned (older ones did not happen).
        func plannedActivities(_ kind: ActivityKind, where include: (AnnualActivity) -> Bool = { _ in true })
            -> (held: [LocalDate], planned: [LocalDate]) {
            let thisMonth = LocalDate(year: today.year, month: today.month, day: 1)!
            var held: [LocalDate] = []
            var planned: [LocalDate] = []
            for a in family.annualPlan where a.kind == kind && include(a) {
                guard let d = a.date ?? LocalDate(year: a.year, month: a.month, day: 1) else { continue }
                if a.done { held.append(d) } else if d >= thisMonth { planned.append(d) }
            }
            return (held, planned)
        }

        // MARK: People

        var guardianNames: [String] { family.guardians.map(\.name) }
        static let caseworker = "Sagsbehandler"

        /// The children with an open case, by first name, "Emil og Clara".
        func childNames(_ children: [Child]) -> String { Self.join(children.map(\.name)) }

        static func join(_ names: [String]) -> String {
            guard names.count > 1 else { return names.first ?? "" }
            return names.dropLast().joined(separator: ", ") + " og " + names.last!
        }

        /// Danish genitive: "Emils", "Mads'".
        static func genitive(_ name: String) -> String {
            guard let last = name.last?.lowercased() else { return name }
            return ["s", "x", "z"].contains(last) ? name + "'" : name + "s"
        }

        var childrenWithOpenCases: [Child] {
            var seen: [Child] = []
            for (child, _) in openCases where !seen.contains(where: { $0.id == child.id }) { seen.append(child) }
            return seen
        }

        // MARK: Follow-ups

        func followUps() -> [Draft] {
            // Each open case's clock: when it was last followed up (a follow-up dated after today is planned, not
            // held) or opened. FollowUpRule, the one cadence rule, says when each is due and at what pace.
            var clocks = summaries.map { c in (case: c, base: FollowUpRule.base(of: c, on: today)) }
            var dates: [(LocalDate, Cadence)] = []
            while true {
                let dues = clocks.map { clock -> (due: LocalDate, cadence: Cadence, opened: LocalDate) in
                    let next = FollowUpRule.next(after: clock.base, for: clock.case)
                    return (next.due, next.cadence, clock.case.opened)
                }
                guard let next = dues.map(\.due).min() else { break }
                let d = max(next, today)
                if d > windowEnd { break }
                if inWindow(d) {
                    let open = dues.filter { $0.opened <= d }
                    dates.append((d, open.contains { $0.cadence == .sixWeeks } ? .sixWeeks : .threeMonths))
                }
                for i in clocks.indices where clocks[i].case.opened <= d { clocks[i].base = d }
            }
            return dates.map { d, cadence in
                let rhythm = cadence == .sixWeeks ? "hver 6. uge" : "hver 3. måned"
                return Draft(.followUp, on: d,
                             purpose: "Fast opfølgning (\(rhythm)): hvordan går det, hvordan går det med målene, og passer hjælpen stadig?",
                             participants: guardianNames + [Self.caseworker], dated: false)
            }
        }

        // MARK: Network meetings

        func networkMeetings() -> [Draft] {
            let meetings = family.meetings.filter { $0.kind == .network }.map(\.date)
            let plan = plannedActivities(.networkMeeting)
            let dates = recurring(held: meetings.filter { $0 <= today } + plan.held,
                                  planned: meetings.filter { $0 > today } + plan.planned,
                                  floor: max(today, familyOpened)) { $0.adding(months: networkMonths) }
            // The partners close to the family (rings 1–2) who work with the family or a child with a case, by
            // organisation without its department ("Søby Skole, 1.B" -> "Søby Skole").
            let children = Set(childrenWithOpenCases.map(\.id))
            let partners = family.network.filter { $0.closeness <= 2 && ($0.childID.map(children.contains) ?? true) }
                .map { String($0.organisation.split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let purpose = "Netværksmøde: alle omkring \(childNames(childrenWithOpenCases)) mødes med jer, så I ikke selv skal koordinere. Vi aftaler, hvem gør hvad."
            return dates.map {
                Draft(.networkMeeting, on: $0, purpose: purpose,
                      participants: guardianNames + partners + [Self.caseworker], dated: false)
            }
        }

        // MARK: Child conversations

        func childConversations() -> [Draft] {
            childrenWithOpenCases.flatMap { child -> [Draft] in
                let opened = openCases.filter { $0.child.id == child.id }.map(\.case.opened).min()!
                // Heard: a recorded child voice, or a child conversation done in the årshjul. An årshjul entry counts
                // for the child it names, or for the only child with a case.
                let only = childrenWithOpenCases.count == 1
                let plan = plannedActivities(.childConversation) {
                    only || $0.participants.contains(child.name) || $0.purpose.contains(child.name)
                }
                let voices = family.childVoices.filter { $0.childID == child.id }.map(\.date)
                let dates = recurring(held: voices + plan.held, planned: plan.planned,
                                      floor: max(today, opened)) { $0.adding(months: 12) }
                return dates.map {
                    Draft(.childConversation, on: $0,
                          purpose: "Børnesamtale med \(child.name): hvad er godt, og hvad er svært? \(child.name) fortæller på sin egen måde – med ord, billeder eller tegn.",
                          participants: [child.name, Self.caseworker], dated: false)
                }
            }
        }
    }
}
