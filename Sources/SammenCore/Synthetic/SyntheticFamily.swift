/// Builds one synthetic family from its own random stream: 1–3 children, cases opened 2–3 years ago with
/// follow-ups at the cadence since, 4–10 meetings with full boards, goals with revisions, this year's årshjul
/// and a network. Follow-ups are placed so the caseload has some overdue, some due soon and some later.
struct SyntheticFamilyBuilder {
    let index: Int
    let today: LocalDate
    let team: Team
    var random: SyntheticRandom
    private typealias T = SyntheticText

    init(index: Int, today: LocalDate, team: Team, random: SyntheticRandom) {
        self.index = index
        self.today = today
        self.team = team
        self.random = random
    }

    mutating func make() -> Family {
        let surname = random.pick(T.surnames)
        let mother = random.pick(T.mothers) + " " + surname
        let father = random.pick(T.fathers) + " " + surname
        var guardians = [Guardian(name: mother, relation: "mor", phone: phone(), email: FictionalContact.mailAddress(mother))]
        if random.chance(0.7) { guardians.append(Guardian(name: father, relation: "far", phone: phone(), email: FictionalContact.mailAddress(father))) }
        let preference = ContactPreference(channel: random.pick(ContactChannel.allCases), style: random.pick(ContactStyle.allCases),
                                           note: random.chance(0.4) ? "Ring efter kl. 14; skriv en sms først." : nil)
        var family = Family(id: SyntheticMunicipality.id(index), name: "Familien \(surname)",
                            address: "\(random.pick(T.streets)) \(random.int(1...120)), \(random.pick(T.towns))",
                            guardians: guardians, contactPreference: preference)

        let workers = team.caseworkers.map(\.initials)
        let primary = workers[index % workers.count]
        let buddy = random.chance(0.15) ? workers[(index + 7) % workers.count] : nil
        let childCount = random.chance(0.5) ? 1 : (random.chance(0.7) ? 2 : 3)
        var contacts: [Contact] = []
        for c in 0..<childCount {
            let boy = random.chance(0.55)
            let birth = today.adding(months: -random.int(14...214)).adding(days: -random.int(0...27))
            var child = Child(id: "b\(c + 1)", name: random.pick(boy ? T.boys : T.girls), birthDate: birth,
                              cpr: cpr(birth, boy: boy), situation: c == 0 || random.chance(0.3) ? random.pick(T.situations) : nil)
            if c == 0 || random.chance(0.35) {
                // A sibling's case shares the family's follow-ups, or (half the time) is followed up on its own.
                let separate = c > 0 && random.chance(0.5)
                let (sag, log) = makeCase(serial: index * 3 + c, primary: primary, buddy: c == 0 ? buddy : nil,
                                          logPrefix: separate ? "p\(c)-" : nil)
                child.cases = [sag]
                if c == 0 || separate { contacts += log }
            }
            if birth.adding(years: 16) <= today.adding(months: 6), random.chance(0.5) {
                child.transitionSteps = [TransitionStep(id: "t1", title: "Møde med voksenområdet", due: today.adding(days: random.int(-30...90))),
                                         TransitionStep(id: "t2", title: "Afklaring af bolig og uddannelse")]
            }
            family.children.append(child)
        }
        let opened = family.cases.map(\.opened).min() ?? today.adding(months: -24)
        for i in 0..<random.int(3...8) {
            let date = opened.adding(days: random.int(0...max(1, opened.days(until: today))))
            contacts.append(Contact(id: "k\(i + 1)", date: date, channel: random.pick([.phone, .sms, .email]),
                                    kind: .informal, note: random.pick(T.informal), by: primary))
        }
        family.contacts = contacts.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        family.meetings = meetings(from: opened, family: family, caseworker: primary)
        family.goals = goals(family.children, caseworker: primary)
        family.network = network(family.children)
        family.annualPlan = wheel(family.contacts, caseworker: primary)
        family.childVoices = family.children.prefix(2).enumerated().map { i, child in
            ChildVoice(id: "v\(i + 1)", childID: child.id, date: today.adding(days: -random.int(10...200)),
                       method: random.pick(ChildVoiceMethod.allCases), said: random.pick(T.voices), by: primary)
        }
        if random.chance(0.2) {
            family.challenges = [CollaborationChallenge(
                id: "s1", opened: today.adding(days: -random.int(20...300)), between: ["Forældrene", "Skolen"],
                about: random.pick(ChallengeTopic.allCases), explicit: random.chance(0.5),
                description: "Uenighed om, hvor meget støtte barnet skal have i frikvartererne.",
                actions: [ChallengeAction(date: today.adding(days: -random.int(1...19)), kind: .dialogue, note: "Fælles møde med skolelederen.")],
                status: random.pick([.open, .easing, .resolved]))]
        }
        if random.chance(0.08), let number = family.cases.first?.number {
            let received = today.adding(days: -random.int(3...60))
            family.complaints = [Complaint(id: "c1", caseNumber: number, received: received, about: "Afslag på merudgifter til kørsel",
                                           reconsidered: random.chance(0.5) ? received.adding(days: 20) : nil)]
        }
        if random.chance(0.3) { family.internalNotes = "Aftalt med teamleder: tag makker med til næste hjemmebesøg." }
        return family
    }

    // MARK: Cases and the contact log

    /// A case opened 2–3 years ago with its measures, and its follow-ups at the cadence up to a last one placed
    /// so the next falls due between 60 days ago and 90 days ahead.
    private mutating func makeCase(serial: Int, primary: String, buddy: String?, logPrefix: String?) -> (ChildCase, [Contact]) {
        let opened = today.adding(months: -random.int(24...36)).adding(days: -random.int(0...27))
        let number = String(format: "%04d-%05d", opened.year, serial)
        let sixWeeks = random.chance(0.4)
        var measures: [Measure] = []
        if sixWeeks {
            let investigationStart = random.chance(0.15) ? today.adding(days: -random.int(10...150)) : opened
            let running = investigationStart > opened
            measures.append(Measure(id: "m1", legalBasis: FictionalRule.investigation.basis(from: investigationStart),
                                    description: "Børnefaglig undersøgelse", started: investigationStart,
                                    ended: running ? nil : opened.adding(months: 4)))
            measures.append(Measure(id: "m2", legalBasis: FictionalRule.support.basis(from: opened.adding(months: 4)),
                                    description: "Familiebehandling hver uge i hjemmet", started: opened.adding(months: 4),
                                    provider: "Familiehuset Søby"))
        }
        for _ in 0..<random.int(1...2) {
            let (rule, what) = random.pick(T.measures)
            let start = opened.adding(months: random.int(0...12))
            let ended: LocalDate? = random.chance(0.2) ? start.adding(months: random.int(3...9)) : nil
            measures.append(Measure(id: "m\(measures.count + 1)", legalBasis: rule.basis(from: start), description: what,
                                    started: start, ended: ended.map { min($0, today) }, provider: random.chance(0.5) ? "Søby Kommune" : nil))
        }
        var sag = ChildCase(number: number, primaryCaseworker: primary, buddyCaseworker: buddy, opened: opened, measures: measures)
        sag.childPlanMade = opened.adding(months: 2)
        if random.chance(0.06) {
            sag.status = .closed
            sag.closed = today.adding(days: -random.int(5...200))
        }
        // Walk back from the last follow-up at the cadence to the opening date.
        let next = today.adding(days: random.int(-60...90))
        var date = sixWeeks ? next.adding(days: -42) : next.adding(months: -3)
        var dates: [LocalDate] = []
        while date > opened {
            dates.append(date.adding(days: random.int(-4...4)))
            date = sixWeeks ? date.adding(days: -42) : date.adding(months: -3)
        }
        let log = dates.reversed().enumerated().map { i, d in
            Contact(id: "\(logPrefix ?? "o")\(i + 1)", date: min(d, today), channel: random.pick([.homeVisit, .meeting, .video, .phone]),
                    kind: .followUp, caseNumber: logPrefix == nil ? nil : number, note: random.pick(T.routine), by: primary)
        }
        return (sag, log)
    }

    // MARK: Meetings

    private mutating func meetings(from opened: LocalDate, family: Family, caseworker: String) -> [Meeting] {
        let count = 4 + random.int(0...2) + (random.chance(0.25) ? random.int(0...4) : 0)
        let span = max(count, opened.days(until: today))
        var people = [Participant(id: "mor", name: family.guardians[0].name, role: "mor")]
        if family.guardians.count > 1 { people.append(Participant(id: "far", name: family.guardians[1].name, role: "far")) }
        people += [Participant(id: "laerer", name: "\(random.pick(T.mothers)) \(random.pick(T.surnames))", role: "lærer"),
                   Participant(id: "ppr", name: "\(random.pick(T.fathers)) \(random.pick(T.surnames))", role: "PPR"),
                   Participant(id: "sb", name: team.caseworker(caseworker)?.name ?? caseworker, role: "sagsbehandler",
                               email: caseworker.lowercased() + "@soeby.dk")]
        var result: [Meeting] = []
        for m in 0..<count {
            // The parents and the caseworker at every meeting; school and PPR at some.
            let present = people.filter { ["mor", "far", "sb"].contains($0.id) || random.chance(0.4) }
            let authors = present.map(\.id)
            let date = opened.adding(days: span * (m + 1) / (count + 1) + random.int(-5...5))
            let loft = random.chance(0.7)
            var meeting = Meeting(id: "m\(m + 1)", date: min(date, today), time: random.pick(["09:00", "10:30", "13:00", "14:30"]),
                                  kind: m == 0 ? .start : random.pick([.network, .followUp, .status]),
                                  method: loft ? .loft : .signsOfSafety, participants: present,
                                  summary: random.pick(T.summaries))
            var cards: [BoardCard] = []
            func card(_ column: BoardColumn, _ texts: [String], _ n: Int, _ kind: SafetyCardKind?) {
                for _ in 0..<n {
                    cards.append(BoardCard(id: "m\(m + 1)-k\(cards.count + 1)", column: column, text: random.pick(texts),
                                           author: random.pick(authors), safetyKind: loft ? nil : kind))
                }
            }
            card(.worries, T.worries, random.int(1...2), .danger)
            card(.working, T.working, random.int(1...2), .strength)
            card(.mustHappen, T.mustHappen, 1, .goal)
            if loft { card(.agreements, T.agreements, 1, nil) }
            meeting.cards = cards
            meeting.ratings = loft && random.chance(0.5) ? [] : authors.prefix(3).map { Rating(participant: $0, value: random.int(3...8)) }
            let latest = m == count - 1
            meeting.agreements = (0..<random.int(1...2)).map { a in
                let due = latest ? today.adding(days: random.int(-10...30)) : meeting.date.adding(days: random.int(14...40))
                return Agreement(id: "m\(m + 1)-a\(a + 1)", what: random.pick(T.agreements), who: random.pick(["Skolen", "PPR", "Forældrene", caseworker]),
                                 due: due, done: latest && random.chance(0.6) ? nil : min(due, today))
            }
            result.append(meeting)
        }
        return result.sorted { $0.date < $1.date }
    }

    // MARK: Goals, network, årshjul

    private mutating func goals(_ children: [Child], caseworker: String) -> [Goal] {
        (0..<random.int(1...3)).map { g in
            let child = children[g % children.count]
            let (title, measurable) = random.pick(T.goals)
            let created = today.adding(months: -random.int(3...18))
            var revisions: [GoalRevision] = []
            for r in 0..<random.int(0...2) {
                revisions.append(GoalRevision(date: created.adding(months: r + 1), reason: random.pick(T.revisionReasons),
                                              previousTitle: "\(child.name) \(random.pick(T.goals).0)", by: caseworker))
            }
            let subGoals = (0..<random.int(1...3)).map { s in
                SubGoal(id: "g\(g + 1)-\(s + 1)", title: random.pick(T.subGoals),
                        owner: random.chance(0.5) ? Responsible(kind: .family, name: "Forældrene") : Responsible(kind: .partner, name: "Skolen"),
                        deadline: today.adding(days: random.int(-60...120)), status: random.pick(GoalStatus.allCases))
            }
            return Goal(id: "g\(g + 1)", childID: child.id, title: "\(child.name) \(title)", horizon: random.pick(GoalHorizon.allCases),
                        smart: SMART(specific: "\(child.name) \(title), også på de svære dage", measurable: measurable,
                                     acceptedBy: "Forældrene og skolen", realistic: "Det lykkes allerede nogle dage",
                                     deadline: today.adding(months: random.int(1...9))),
                        owner: Responsible(kind: .family, name: "Forældrene"), status: .inProgress, created: created,
                        subGoals: subGoals, revisions: revisions)
        }
    }

    private mutating func network(_ children: [Child]) -> [NetworkActor] {
        let roles: [(ActorRole, String)] = [(.school, "Søby Skole"), (.ppr, "PPR Søby"), (.doctor, "Lægerne i Søby"),
                                            (.physiotherapist, "Børnefysioterapien"), (.respiteCare, "Aflastningen Lærkereden"),
                                            (.hospital, "Børneafdelingen, Sygehus Syd"), (.familyGuide, "Familiehuset Søby")]
        return (0..<random.int(2...5)).map { i in
            let (role, organisation) = roles[i]
            return NetworkActor(id: "n\(i + 1)", role: role, organisation: organisation,
                                contactName: "\(random.pick(T.mothers)) \(random.pick(T.surnames))", phone: phone(),
                                closeness: random.int(1...3), coordinatedBy: random.chance(0.7) ? .caseworker : .family,
                                childID: children[0].id)
        }
    }

    /// This year's wheel: the follow-ups held this year, the next ones planned, and two network meetings.
    private mutating func wheel(_ contacts: [Contact], caseworker: String) -> [AnnualActivity] {
        var items: [AnnualActivity] = []
        for c in contacts where c.kind == .followUp && c.date.year == today.year {
            items.append(AnnualActivity(id: "", year: c.date.year, month: c.date.month, kind: .followUp,
                                        purpose: "Opfølgning: hvordan går det, og passer hjælpen stadig?", participants: ["Forældrene", caseworker],
                                        date: c.date, time: "10:00", durationMinutes: 60, done: true))
        }
        for month in [3, 9] {
            items.append(AnnualActivity(id: "", year: today.year, month: month, kind: .networkMeeting,
                                        purpose: "Netværksmøde: alle omkring barnet samles", participants: ["Forældrene", "Skolen", "PPR", caseworker]))
        }
        items.append(AnnualActivity(id: "", year: today.year, month: 6, kind: .childConversation, purpose: "Børnesamtale før sommerferien"))
        return items.sorted { ($0.month, $0.date?.day ?? 0) < ($1.month, $1.date?.day ?? 0) }.enumerated().map { i, a in
            var a = a
            a.id = String(format: "a%02d", i + 1)
            return a
        }
    }

    // MARK: Identity

    private mutating func phone() -> String {
        String(format: "%02d %02d %02d %02d", random.int(20...99), random.int(0...99), random.int(0...99), random.int(0...99))
    }

    /// A made-up CPR number that matches the birth date (the 7th digit gives the century; odd last digit: boy).
    private mutating func cpr(_ birth: LocalDate, boy: Bool) -> String {
        let century = birth.year >= 2000 ? random.pick([4, 9]) : random.int(0...3)
        var last = random.int(0...9)
        if (last % 2 == 1) != boy { last = (last + 1) % 10 }
        return String(format: "%02d%02d%02d%d%02d%d", birth.day, birth.month, birth.year % 100, century, random.int(0...99), last)
    }
}
