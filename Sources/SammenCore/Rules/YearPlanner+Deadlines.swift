/// The dated parts of a proposed year: statutory deadlines, the transition to adult life and meeting agreements.
extension YearPlanner.Context {
    typealias Draft = YearPlanner.Draft

    // MARK: Statutory deadlines

    /// Deadlines that fall in the planned months: a running investigation (4 months, BL § 20), an open complaint
    /// (reconsidered within 4 weeks) and a missing child's plan (3 months after a placement began, BL § 91,
    /// stk. 2). Each keeps its date: it is fixed by law.
    func statutoryDeadlines() -> [Draft] {
        var drafts: [Draft] = []
        for (child, c) in openCases {
            // One investigation per case (BL § 20 with its content § 22 is one), as `due` lists it.
            if let m = c.measures.filter({ $0.role == .investigation && $0.ended == nil }).min(by: { $0.started < $1.started }) {
                let due = m.started.adding(months: 4)
                if inWindow(due) {
                drafts.append(Draft(.deadline, on: due,
                                    purpose: "Undersøgelsen af \(Self.genitive(child.name)) behov skal være færdig senest i dag – 4 måneder efter, at den begyndte (Barnets Lov § 20).",
                                    participants: [Self.caseworker], dated: true))
                }
            }
            // The child's plan is required for a placement (BL § 91, stk. 2), not for support under § 32 alone.
            if c.childPlanMade == nil {
                let starts = c.measures.filter { $0.role == .placement && ($0.ended.map { $0 >= today } ?? true) }.map(\.started)
                if let start = starts.min(), inWindow(start.adding(months: 3)) {
                    drafts.append(Draft(.deadline, on: start.adding(months: 3),
                                        purpose: "Barnets plan for \(child.name) skal være lavet senest i dag – 3 måneder efter afgørelsen om anbringelse (Barnets Lov § 91, stk. 2). Vi laver den sammen med jer.",
                                        participants: guardianNames + [Self.caseworker], dated: true))
                }
            }
        }
        for complaint in family.complaints where complaint.reconsidered == nil && complaint.outcome == nil {
            let due = complaint.reconsiderationDeadline
            guard inWindow(due) else { continue }
            drafts.append(Draft(.deadline, on: due,
                                purpose: "Kommunen skal have set på jeres klage igen senest i dag – 4 uger efter, at den kom ind. Holder vi fast i afgørelsen, sender vi klagen videre til Ankestyrelsen.",
                                participants: [Self.caseworker], dated: true))
        }
        return drafts
    }

    // MARK: Transition to adult life (Barnets Lov §§ 122–123)

    /// For a young person between 15½ and 18 in the planned months: the recorded transition steps not yet done,
    /// or, when none are recorded, the steps the law sets out: prepared before 16, begun right after the 16th
    /// birthday, in dialogue with the young person and the parents, and finished so the decision on help after 18
    /// can take effect on the 18th birthday.
    func transitionSteps() -> [Draft] {
        childrenWithOpenCases.flatMap { child -> [Draft] in
            let sixteen = child.sixteenthBirthday
            let eighteen = child.eighteenthBirthday
            guard sixteen.adding(months: -6) <= windowEnd, eighteen >= windowStart, today < eighteen else { return [] }
            let people = [child.name] + guardianNames + [Self.caseworker]
            let adult = people + ["Voksenområdet"]

            if !child.transitionSteps.isEmpty {
                return child.transitionSteps.compactMap { step in
                    guard step.done == nil, let due = step.due, inWindow(due) else { return nil }
                    return Draft(.transition, on: due, purpose: step.title, participants: adult, dated: false)
                }
            }

            let name = child.name
            var steps: [(LocalDate, String, [String])] = [
                (sixteen.adding(months: -6),
                 "Overgangsmøde med voksenområdet: vi fortæller jer og \(name), hvordan overgangen til voksenlivet forberedes, og hvem fra voksenområdet der er med (Barnets Lov § 122).",
                 adult),
                (sixteen,
                 "\(name) fylder 16: kort efter fødselsdagen kontakter vi jer og \(name), og forberedelsen af voksenlivet begynder (Barnets Lov § 122).",
                 people),
                (sixteen.adding(years: 1),
                 "Status på overgangen, når \(name) fylder 17: hjælp og støtte, uddannelse, arbejde og forsørgelse, bolig og sociale forhold (Barnets Lov § 123).",
                 adult),
                (eighteen.adding(months: -6),
                 "Forberedelsen af voksenlivet afsluttes, så kommunen kan træffe afgørelse om hjælpen efter 18 år i god tid (Barnets Lov § 123, stk. 3).",
                 adult),
                (eighteen,
                 "\(name) fylder 18: hjælpen efter 18 år begynder, så der ikke opstår et hul (Barnets Lov § 123, stk. 3).",
                 people),
            ]
            // Preparation that should have begun at 16 but has no recorded step: begin it now.
            if sixteen < today {
                steps.removeAll { $0.0 < today }
                steps.insert((today,
                              "Forberedelsen af \(Self.genitive(name)) voksenliv skal i gang nu: vi taler med jer og \(name) om ønskerne til livet efter 18 år (Barnets Lov §§ 122–123).",
                              adult), at: 0)
            }
            return steps.filter { inWindow($0.0) }.map {
                Draft(.transition, on: $0.0, purpose: $0.1, participants: $0.2, dated: false)
            }
        }
    }

    // MARK: Agreements

    /// Open agreements from the family's meetings, due in the planned months, in their month with their date.
    func agreements() -> [Draft] {
        family.meetings.flatMap { meeting in
            meeting.agreements.filter { $0.done == nil && inWindow($0.due) }.map { a in
                Draft(.agreement, on: a.due, purpose: "\(a.what) (\(a.who) står for det).",
                      participants: [a.who], dated: true)
            }
        }
    }
}
