/// The fictional training caseload of "Handicapteamet, Børn og Familie" in the fictional Søby Kommune, for
/// workshops, parent courses and demos. Every person, organisation, phone number and CPR number is made up.
///
/// Every date is placed relative to `today`, so a workshop on any day sees the same situation: some follow-ups
/// overdue, some due this week, some later; running investigations, pending complaints, young people turning 16.
/// Decisions made before 1 January 2024 cite Serviceloven (SEL), later ones Barnets Lov (BL), so the caseload
/// shows both numberings the way a real one does.
public enum TrainingCaseload {
    /// The whole caseload with every date placed relative to `today`, so a workshop on any day sees the same
    /// situation (some overdue, some due this week, some later). Deterministic: same today -> same output.
    public static func make(today: LocalDate) -> (team: Team, families: [Family]) {
        let kit = Kit(today: today)
        return (kit.team(), kit.families())
    }
}

extension TrainingCaseload {
    /// The builders the families are written with. Each family is a method on `Kit` (TrainingFamilies*.swift),
    /// so it reads like a short story: `day(-40)` is 40 days ago, `born(7, 3)` a child aged 7 years 3 months.
    struct Kit {
        let today: LocalDate

        func families() -> [Family] {
            [f001(), f002(), f003(), f004(), f005(), f006(), f007(), f008(), f009(), f010(), f011(), f012(),
             f013(), f014(), f015(), f016(), f017(), f018(), f019(), f020(),
             f021(), f022(), f023(), f024(), f025(), f026(), f027(),
             f028(), f029(), f030(), f031(), f032(), f033(), f034()]
        }

        func team() -> Team {
            let lastStopOp = day(-45)
            var team = Team(
                name: "Handicapteamet, Børn og Familie, Søby Kommune", targetCaseload: 30,
                caseworkers: [
                    Caseworker(initials: "MHA", name: "Mette Hansen", email: "mha@soeby.dk", phone: "72 34 51 10",
                               learningGoals: ["Holde årshjulet opdateret for alle mine familier, også i travle perioder",
                                               "Bede om en makker tidligere i de komplekse sager",
                                               "Sige fra over for nye sager, når min sagsstamme er for stor"]),
                    Caseworker(initials: "JOP", name: "Jonas Poulsen", email: "jop@soeby.dk", phone: "72 34 51 22",
                               learningGoals: ["Lede LØFT-møder, så alle kommer til orde i alle fire kolonner",
                                               "Bruge skalaspørgsmål (0–10) ved hver opfølgning"]),
                    Caseworker(initials: "SBL", name: "Sofie Bech Larsen", email: "sbl@soeby.dk", phone: "72 34 51 37",
                               learningGoals: ["Tage uenigheder op tidligt og åbent, før de bliver til klager",
                                               "Høre barnets stemme med piktogrammer og tegn til tale"]),
                    Caseworker(initials: "NKR", name: "Nadia Kristensen", email: "nkr@soeby.dk", phone: "72 34 51 48",
                               learningGoals: ["Kende reglerne for overgang til voksenlivet (Barnets Lov §§ 122–123)",
                                               "Planlægge et år frem med årshjulet i alle overtagne sager",
                                               "Holde opfølgningskadencen i de sager, jeg har overtaget"]),
                ],
                stopOpMeetings: [lastStopOp.adding(months: -6), lastStopOp.adding(months: -3), lastStopOp])
            // The team began keeping its network meetings in Sammen some 200 days ago: families with none recorded
            // since are overdue from 6 months after that, not from when their case opened years ago.
            team.networkMeetingsFrom = day(-200)
            return team
        }

        // MARK: Dates

        /// `offset` days from today (negative: before).
        func day(_ offset: Int) -> LocalDate { today.adding(days: offset) }

        /// `months` calendar months and `days` days from today (negative: before).
        func date(months: Int, days: Int = 0) -> LocalDate { today.adding(months: months).adding(days: days) }

        /// The birth date of a child who is `years` years, `months` months and `days` days old today.
        func born(_ years: Int, _ months: Int = 0, _ days: Int = 0) -> LocalDate {
            today.adding(months: -(years * 12 + months)).adding(days: -days)
        }

        // MARK: Identity

        /// A made-up CPR number for the birth date: DDMMYY, a 7th digit that gives the right century
        /// (CPR-kontoret's table), and a last digit odd for boys, even for girls.
        func cpr(_ birth: LocalDate, _ serial: Int, boy: Bool) -> String {
            let yy = birth.year % 100
            let centuryDigit: Int
            switch birth.year {
            case 2000...2036: centuryDigit = serial % 2 == 0 ? 4 : 9
            case 2037...2057: centuryDigit = 5 + serial % 4
            default: centuryDigit = serial % 4
            }
            let middle = (serial * 37 + 11) % 100
            var last = (serial * 7 + 3) % 10
            if (last % 2 == 1) != boy { last = (last + 1) % 10 }
            return String(format: "%02d%02d%02d%d%02d%d", birth.day, birth.month, yy, centuryDigit, middle, last)
        }

        /// The municipality's case number: the year the case was opened and a running number, "2024-03117".
        func sagsnr(_ opened: LocalDate, _ serial: Int) -> String {
            String(format: "%04d-%05d", opened.year, serial)
        }

        func guardian(_ name: String, _ relation: String, _ phone: String, email: Bool = true) -> Guardian {
            Guardian(name: name, relation: relation, phone: phone, email: email ? mailAddress(name) : nil)
        }

        func mailAddress(_ name: String) -> String { FictionalContact.mailAddress(name) }

        // MARK: Cases and measures

        typealias Rule = FictionalRule

        func basis(_ rule: Rule, from start: LocalDate) -> LegalBasis { rule.basis(from: start) }

        func measure(_ id: String, _ rule: Rule, _ what: String, from: LocalDate, to: LocalDate? = nil,
                     by provider: String? = nil) -> Measure {
            Measure(id: id, legalBasis: basis(rule, from: from), description: what, started: from, ended: to,
                    provider: provider)
        }

        func sag(_ number: String, _ caseworker: String, buddy: String? = nil, opened: LocalDate,
                 measures: [Measure], closed: LocalDate? = nil, planMade: LocalDate? = nil) -> ChildCase {
            var c = ChildCase(number: number, primaryCaseworker: caseworker, buddyCaseworker: buddy, opened: opened,
                              status: closed == nil ? .open : .closed, measures: measures)
            c.closed = closed
            c.childPlanMade = planMade
            return c
        }

        func step(_ id: String, _ title: String, due: LocalDate? = nil, done: LocalDate? = nil) -> TransitionStep {
            TransitionStep(id: id, title: title, due: due, done: done)
        }

        // MARK: Contact log

        /// Follow-ups at the cadence, oldest first. The newest is placed so that the next follow-up falls due `dueIn`
        /// days from today (negative: overdue). `notes` are the story, written oldest first, one per follow-up; before
        /// them come routine follow-ups at the same cadence back to about 13 months ago, so the log and the årshjul
        /// cover the whole year. None before `since` (the day the case was opened).
        /// `onTime`: each held a day or two before it was due; otherwise about every other one a few days late, as in
        /// an overloaded caseload (the leader view's on-time share shows the difference).
        func followUps(_ cadence: Cadence, dueIn: Int, by: String, since: LocalDate, onTime: Bool = true,
                       notes: [String], channels: [ContactChannel]? = nil, caseNumber: String? = nil) -> [Contact] {
            let next = day(dueIn)
            let last = cadence == .sixWeeks ? next.adding(days: -42) : next.adding(months: -3)
            let rotation = channels ?? (cadence == .sixWeeks ? [.homeVisit, .meeting, .video, .phone]
                                                             : [.meeting, .homeVisit, .phone])
            let horizon = max(since, today.adding(months: -13))
            // Follow-up k (counted back from the newest) is due at planned(k) + jitter(k + 1) and held at
            // planned(k) + jitter(k): on time exactly when jitter(k) <= jitter(k + 1).
            let late = [0, 3, -2, 4, -1, 2, -3, 1]
            func jitter(_ k: Int) -> Int { onTime ? k / 2 : late[k % late.count] }
            func planned(_ k: Int) -> LocalDate {
                cadence == .sixWeeks ? last.adding(days: -42 * k) : last.adding(months: -3 * k)
            }
            var back = notes.count
            while planned(back).adding(days: jitter(back)) >= horizon { back += 1 }
            var result: [Contact] = []
            for k in stride(from: back - 1, through: 0, by: -1) {
                let date = planned(k).adding(days: jitter(k))
                guard date >= since else { continue }
                let note = k < notes.count ? notes[notes.count - 1 - k] : Self.routine[k % Self.routine.count]
                result.append(Contact(id: "o\(result.count + 1)", date: date,
                                      channel: channel(of: note) ?? rotation[k % rotation.count],
                                      kind: .followUp, caseNumber: caseNumber, note: note, by: by))
            }
            return result
        }

        /// The channel a note names in its heading ("Opfølgning hjemme: …", "Opfølgning på video: …"), if any.
        func channel(of note: String) -> ContactChannel? {
            let heading = note.prefix(while: { $0 != ":" }).lowercased()
            if heading.contains("video") { return .video }
            if heading.contains("telefon") { return .phone }
            if heading.contains("hjemme") || heading.contains("plejefamilien") { return .homeVisit }
            if heading.contains("tolk") || heading.contains("kastanjegården") { return .meeting }
            return nil
        }

        /// Notes of the ordinary follow-ups where nothing much changed.
        static let routine = [
            "Opfølgning: aftalerne er gennemgået, og hjælpen passer stadig. Ingen ændringer.",
            "Opfølgning: kort status på målene. Familien oplever, at hverdagen fungerer nogenlunde.",
            "Opfølgning: bevillingerne er gennemgået og fortsætter uændret.",
            "Opfølgning: forældrene fortalte om de seneste uger; der er ikke opstået nye behov.",
            "Opfølgning: status fra skole eller institution gennemgået sammen med forældrene.",
            "Opfølgning: vi talte om, hvad der går godt, og hvad der skal tages op næste gang.",
        ]

        /// An informal contact: logged, but it does not move the follow-up.
        func contact(_ id: String, _ offset: Int, _ channel: ContactChannel, _ note: String, by: String) -> Contact {
            Contact(id: id, date: day(offset), channel: channel, kind: .informal, note: note, by: by)
        }

        // MARK: Årshjul

        /// An activity placed in the month of `at`, with the date itself when `dated`. Done when it lies before today,
        /// unless told otherwise.
        func activity(_ at: LocalDate, _ kind: ActivityKind, _ purpose: String, dated: Bool = true,
                      time: String? = nil, minutes: Int? = nil, with participants: [String] = [],
                      done: Bool? = nil) -> AnnualActivity {
            AnnualActivity(id: "", year: at.year, month: at.month, kind: kind, purpose: purpose,
                           participants: participants, date: dated ? at : nil, time: dated ? time : nil,
                           durationMinutes: minutes, done: done ?? (at < today))
        }

        /// The family's årshjul for this year (and, from October, the first half of next year): the follow-ups held
        /// and the ones planned at the cadence, a network meeting every 6 months around `network`, and `extra`.
        /// The next follow-up (counted from `opened` when none was held) has a date and a time; the later ones are
        /// placed by month only.
        func wheel(_ log: [Contact], _ cadence: Cadence, people: [String], opened: LocalDate? = nil,
                   network: LocalDate? = nil, networkPeople: [String] = [],
                   extra: [AnnualActivity] = []) -> [AnnualActivity] {
            var items: [AnnualActivity] = []
            let held = log.filter { $0.kind == .followUp }.map(\.date).sorted()
            for d in held {
                items.append(activity(d, .followUp, "Opfølgning: hvordan går det, og passer hjælpen stadig?",
                                      time: "10:00", minutes: 60, with: people, done: true))
            }
            var next = cadence.next(after: held.last ?? opened ?? today)
            for i in 0..<12 {
                items.append(activity(next, .followUp, "Opfølgning: vi ser på målene og aftalerne sammen",
                                      dated: i == 0, time: "10:00", minutes: 60, with: people, done: false))
                next = cadence.next(after: next)
            }
            if let network {
                // A first meeting still ahead has none before it; a held one had one every 6 months.
                for k in (network > today ? 0 : -2)...3 {
                    let d = network.adding(months: 6 * k)
                    let soon = d <= today.adding(days: 45)
                    items.append(activity(d, .networkMeeting,
                                          "Netværksmøde: alle omkring barnet samles, så I ikke selv skal koordinere",
                                          dated: soon, time: "13:00", minutes: 90, with: networkPeople))
                }
            }
            items += extra
            let kept = items.filter {
                $0.year == today.year || (today.month >= 10 && $0.year == today.year + 1 && $0.month <= 6)
            }
            let sorted = kept.sorted {
                ($0.year, $0.month, $0.date?.day ?? 0, $0.kind.rawValue, $0.purpose)
                    < ($1.year, $1.month, $1.date?.day ?? 0, $1.kind.rawValue, $1.purpose)
            }
            return sorted.enumerated().map { i, a in
                var a = a
                a.id = String(format: "a%02d", i + 1)
                return a
            }
        }

        // MARK: Meetings

        func person(_ id: String, _ name: String, _ role: String, email: String? = nil) -> Participant {
            Participant(id: id, name: name, role: role, email: email)
        }

        func worry(_ who: String, _ text: String, _ kind: SafetyCardKind? = nil) -> BoardCard {
            BoardCard(id: "", column: .worries, text: text, author: who, safetyKind: kind)
        }

        func works(_ who: String, _ text: String, _ kind: SafetyCardKind? = nil) -> BoardCard {
            BoardCard(id: "", column: .working, text: text, author: who, safetyKind: kind)
        }

        func mustHappen(_ who: String, _ text: String, _ kind: SafetyCardKind? = nil) -> BoardCard {
            BoardCard(id: "", column: .mustHappen, text: text, author: who, safetyKind: kind)
        }

        func agreed(_ who: String, _ text: String) -> BoardCard {
            BoardCard(id: "", column: .agreements, text: text, author: who)
        }

        func agreement(_ what: String, _ who: String, due: LocalDate, done: LocalDate? = nil) -> Agreement {
            Agreement(id: "", what: what, who: who, due: due, done: done)
        }

        /// A meeting; its cards and agreements are numbered "<meeting id>-k1…" and "<meeting id>-a1…".
        func meeting(_ id: String, _ date: LocalDate, _ time: String?, _ kind: MeetingKind, _ method: MeetingMethod,
                     wellbeing: Bool = false, people: [Participant], cards: [BoardCard],
                     ratings: [(String, Int)] = [], agreements: [Agreement] = [], summary: String? = nil,
                     secret: String? = nil) -> Meeting {
            var m = Meeting(id: id, date: date, time: time, kind: kind, method: method, wellbeingWording: wellbeing,
                            participants: people, ratings: ratings.map { Rating(participant: $0.0, value: $0.1) },
                            summary: summary)
            m.cards = cards.enumerated().map { i, c in
                var c = c
                c.id = "\(id)-k\(i + 1)"
                return c
            }
            m.agreements = agreements.enumerated().map { i, a in
                var a = a
                a.id = "\(id)-a\(i + 1)"
                return a
            }
            m.internalNotes = secret
            return m
        }

        // MARK: Goals

        func byFamily(_ name: String = "Familien") -> Responsible { Responsible(kind: .family, name: name) }
        func byCaseworker(_ initials: String) -> Responsible { Responsible(kind: .caseworker, name: initials) }
        func byPartner(_ name: String) -> Responsible { Responsible(kind: .partner, name: name) }

        func sub(_ title: String, _ owner: Responsible, due: LocalDate? = nil,
                 _ status: GoalStatus = .notStarted) -> SubGoal {
            SubGoal(id: "", title: title, owner: owner, deadline: due, status: status)
        }

        func revised(_ date: LocalDate, _ reason: String, was previousTitle: String, by: String) -> GoalRevision {
            GoalRevision(date: date, reason: reason, previousTitle: previousTitle, by: by)
        }

        /// A goal in plain words; its sub-goals are numbered "<goal id>-1…".
        func goal(_ id: String, child: String?, _ title: String, _ horizon: GoalHorizon, owner: Responsible,
                  status: GoalStatus = .inProgress, created: LocalDate, specific: String, measurable: String,
                  acceptedBy: String, realistic: String, deadline: LocalDate?, subGoals: [SubGoal] = [],
                  revisions: [GoalRevision] = []) -> Goal {
            Goal(id: id, childID: child, title: title, horizon: horizon,
                 smart: SMART(specific: specific, measurable: measurable, acceptedBy: acceptedBy,
                              realistic: realistic, deadline: deadline),
                 owner: owner, status: status, created: created,
                 subGoals: subGoals.enumerated().map { i, s in
                     var s = s
                     s.id = "\(id)-\(i + 1)"
                     return s
                 },
                 revisions: revisions)
        }

        // MARK: Network, voices, the family

        func actor(_ id: String, _ role: ActorRole, _ organisation: String, _ contactName: String? = nil,
                   ring: Int, by: Coordinator, child: String? = nil, phone: String? = nil,
                   email: String? = nil) -> NetworkActor {
            NetworkActor(id: id, role: role, organisation: organisation, contactName: contactName, phone: phone,
                         email: email, closeness: ring, coordinatedBy: by, childID: child)
        }

        func voice(_ id: String, _ child: String, _ date: LocalDate, _ method: ChildVoiceMethod, _ said: String,
                   by: String) -> ChildVoice {
            ChildVoice(id: id, childID: child, date: date, method: method, said: said, by: by)
        }

        func family(_ id: FamilyID, _ name: String, address: String? = nil, guardians: [Guardian],
                    prefers: ContactPreference, children: [Child], contacts: [Contact], goals: [Goal] = [],
                    network: [NetworkActor] = [], plan: [AnnualActivity] = [], meetings: [Meeting] = [],
                    voices: [ChildVoice] = [], challenges: [CollaborationChallenge] = [],
                    complaints: [Complaint] = [], secret: String? = nil) -> Family {
            var f = Family(id: id, name: name, address: address, guardians: guardians, contactPreference: prefers,
                           children: children)
            f.contacts = contacts.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            f.goals = goals
            f.network = network
            f.annualPlan = plan
            f.meetings = meetings.sorted { $0.date < $1.date }
            f.childVoices = voices
            f.challenges = challenges
            f.complaints = complaints
            f.internalNotes = secret
            return f
        }
    }
}
