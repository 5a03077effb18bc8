/// The fast path's readers for meetings and boards, goals, the network and the årshjul (see FamilyFastDecoding).
extension Meeting {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, date: LocalDate?, time: String?, kind: MeetingKind?, method: MeetingMethod?, wellbeing: Bool?
        var people: [Participant] = [], cards: [BoardCard] = [], ratings: [Rating] = [], agreements: [Agreement] = []
        var summary: String?, notes: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "date": date = try r.date(); return 1
            case "time": time = try r.optionalString(); return 2
            case "kind": kind = try r.value(MeetingKind.self); return 3
            case "method": method = try r.value(MeetingMethod.self); return 4
            case "wellbeingWording": wellbeing = try r.bool(); return 5
            case "participants": people = try r.array { try Participant(fast: &$0) }; return 6
            case "cards": cards = try r.array { try BoardCard(fast: &$0) }; return 7
            case "ratings": ratings = try r.array { try Rating(fast: &$0) }; return 8
            case "agreements": agreements = try r.array { try Agreement(fast: &$0) }; return 9
            case "summary": summary = try r.optionalString(); return 10
            case "internalNotes": notes = try r.optionalString(); return 11
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), date: try need(date), time: time, kind: try need(kind), method: try need(method),
                  wellbeingWording: try need(wellbeing), participants: people, cards: cards, ratings: ratings,
                  agreements: agreements, summary: summary)
        internalNotes = notes
    }
}

extension Participant {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, name: String?, role: String?, email: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "name": name = try r.string(); return 1
            case "role": role = try r.string(); return 2
            case "email": email = try r.optionalString(); return 3
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), name: try need(name), role: try need(role), email: email)
    }
}

extension BoardCard {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, column: BoardColumn?, text: String?, author: String?, kind: SafetyCardKind?
        var recordedBy: String?, recordedByLogin: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "column": column = try r.value(BoardColumn.self); return 1
            case "text": text = try r.string(); return 2
            case "author": author = try r.string(); return 3
            case "safetyKind": kind = try r.optional { try $0.value(SafetyCardKind.self) }; return 4
            case "recordedBy": recordedBy = try r.optionalString(); return 5
            case "recordedByLogin": recordedByLogin = try r.optionalString(); return 6
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), column: try need(column), text: try need(text), author: try need(author), safetyKind: kind)
        self.recordedBy = recordedBy
        self.recordedByLogin = recordedByLogin
    }
}

extension Rating {
    init(fast r: inout FastJSONReader) throws {
        var participant: String?, value: Int?
        try r.object { key, r in
            switch key {
            case "participant": participant = try r.string(); return 0
            case "value": value = try r.int(); return 1
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(participant: try need(participant), value: try need(value))
    }
}

extension Agreement {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, what: String?, who: String?, due: LocalDate?, done: LocalDate?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "what": what = try r.string(); return 1
            case "who": who = try r.string(); return 2
            case "due": due = try r.date(); return 3
            case "done": done = try r.optionalDate(); return 4
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), what: try need(what), who: try need(who), due: try need(due), done: done)
    }
}

extension Goal {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, child: String?, title: String?, horizon: GoalHorizon?, smart: SMART?, owner: Responsible?
        var status: GoalStatus?, created: LocalDate?, subGoals: [SubGoal] = [], revisions: [GoalRevision] = []
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "childID": child = try r.optionalString(); return 1
            case "title": title = try r.string(); return 2
            case "horizon": horizon = try r.value(GoalHorizon.self); return 3
            case "smart": smart = try SMART(fast: &r); return 4
            case "owner": owner = try Responsible(fast: &r); return 5
            case "status": status = try r.value(GoalStatus.self); return 6
            case "created": created = try r.date(); return 7
            case "subGoals": subGoals = try r.array { try SubGoal(fast: &$0) }; return 8
            case "revisions": revisions = try r.array { try GoalRevision(fast: &$0) }; return 9
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), childID: child, title: try need(title), horizon: try need(horizon), smart: try need(smart),
                  owner: try need(owner), status: try need(status), created: try need(created), subGoals: subGoals,
                  revisions: revisions)
    }
}

extension SMART {
    init(fast r: inout FastJSONReader) throws {
        var specific: String?, measurable: String?, accepted: String?, realistic: String?, deadline: LocalDate?
        try r.object { key, r in
            switch key {
            case "specific": specific = try r.string(); return 0
            case "measurable": measurable = try r.string(); return 1
            case "acceptedBy": accepted = try r.string(); return 2
            case "realistic": realistic = try r.string(); return 3
            case "deadline": deadline = try r.optionalDate(); return 4
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(specific: try need(specific), measurable: try need(measurable), acceptedBy: try need(accepted),
                  realistic: try need(realistic), deadline: deadline)
    }
}

extension Responsible {
    init(fast r: inout FastJSONReader) throws {
        var kind: ResponsibleKind?, name: String?
        try r.object { key, r in
            switch key {
            case "kind": kind = try r.value(ResponsibleKind.self); return 0
            case "name": name = try r.optionalString(); return 1
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(kind: try need(kind), name: name)
    }
}

extension SubGoal {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, title: String?, owner: Responsible?, deadline: LocalDate?, status: GoalStatus?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "title": title = try r.string(); return 1
            case "owner": owner = try Responsible(fast: &r); return 2
            case "deadline": deadline = try r.optionalDate(); return 3
            case "status": status = try r.value(GoalStatus.self); return 4
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), title: try need(title), owner: try need(owner), deadline: deadline, status: try need(status))
    }
}

extension GoalRevision {
    init(fast r: inout FastJSONReader) throws {
        var date: LocalDate?, reason: String?, previous: String?, previousSmart: SMART?, by: String?
        var byLogin: String?
        try r.object { key, r in
            switch key {
            case "date": date = try r.date(); return 0
            case "reason": reason = try r.string(); return 1
            case "previousTitle": previous = try r.string(); return 2
            case "previousSmart": previousSmart = try r.optional { try SMART(fast: &$0) }; return 3
            case "by": by = try r.optionalString(); return 4
            case "byLogin": byLogin = try r.optionalString(); return 5
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(date: try need(date), reason: try need(reason), previousTitle: try need(previous),
                  previousSmart: previousSmart, by: by)
        self.byLogin = byLogin
    }
}

extension NetworkActor {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, role: ActorRole?, organisation: String?, contact: String?, phone: String?, email: String?
        var closeness: Int?, coordinator: Coordinator?, child: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "role": role = try r.value(ActorRole.self); return 1
            case "organisation": organisation = try r.string(); return 2
            case "contactName": contact = try r.optionalString(); return 3
            case "phone": phone = try r.optionalString(); return 4
            case "email": email = try r.optionalString(); return 5
            case "closeness": closeness = try r.int(); return 6
            case "coordinatedBy": coordinator = try r.value(Coordinator.self); return 7
            case "childID": child = try r.optionalString(); return 8
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), role: try need(role), organisation: try need(organisation), contactName: contact,
                  phone: phone, email: email, closeness: try need(closeness), coordinatedBy: try need(coordinator),
                  childID: child)
    }
}

extension AnnualActivity {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, year: Int?, month: Int?, kind: ActivityKind?, purpose: String?, people: [String] = []
        var date: LocalDate?, time: String?, minutes: Int?, done: Bool?, sequence: Int?, location: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "year": year = try r.int(); return 1
            case "month": month = try r.int(); return 2
            case "kind": kind = try r.value(ActivityKind.self); return 3
            case "purpose": purpose = try r.string(); return 4
            case "participants": people = try r.strings(); return 5
            case "date": date = try r.optionalDate(); return 6
            case "time": time = try r.optionalString(); return 7
            case "durationMinutes": minutes = try r.optional { try $0.int() }; return 8
            case "done": done = try r.bool(); return 9
            case "sequence": sequence = try r.int(); return 10
            case "location": location = try r.optionalString(); return 11
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), year: try need(year), month: try need(month), kind: try need(kind),
                  purpose: try need(purpose), participants: people, date: date, time: time, durationMinutes: minutes,
                  done: try need(done))
        self.sequence = try need(sequence)
        self.location = location
    }
}
