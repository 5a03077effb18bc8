import Foundation

/// The fast path of `RecordCodec` for family files: each type read field by field with `FastJSONReader`, the way
/// the synthesized `Decodable` reads it (required fields required, optionals absent or null, `@DefaultEmpty`
/// lists absent). Anything else — an unknown key (a field added to the model but not here), a null list — is
/// declined and read by `JSONDecoder`, so a field forgotten here costs speed, never correctness.
/// `FastDecodingTests` checks that both readers agree on every training and synthetic family.
extension Family {
    static func fastDecode(_ data: Data) -> Family? {
        FastJSONReader.read(data) { try Family(fast: &$0) }
    }

    init(fast r: inout FastJSONReader) throws {
        var version: Int?, id: String?, name: String?, address: String?, preference: ContactPreference?
        var guardians: [Guardian] = [], children: [Child] = [], contacts: [Contact] = [], goals: [Goal] = []
        var network: [NetworkActor] = [], plan: [AnnualActivity] = [], meetings: [Meeting] = []
        var voices: [ChildVoice] = [], challenges: [CollaborationChallenge] = [], complaints: [Complaint] = []
        var notes: String?, caseSystemKey: String?, invitations: [SentInvitation]?
        try r.object { key, r in
            switch key {
            case "schemaVersion": version = try r.int(); return 0
            case "id": id = try r.string(); return 1
            case "name": name = try r.string(); return 2
            case "address": address = try r.optionalString(); return 3
            case "guardians": guardians = try r.array { try Guardian(fast: &$0) }; return 4
            case "contactPreference": preference = try ContactPreference(fast: &r); return 5
            case "children": children = try r.array { try Child(fast: &$0) }; return 6
            case "contacts": contacts = try r.array { try Contact(fast: &$0) }; return 7
            case "goals": goals = try r.array { try Goal(fast: &$0) }; return 8
            case "network": network = try r.array { try NetworkActor(fast: &$0) }; return 9
            case "annualPlan": plan = try r.array { try AnnualActivity(fast: &$0) }; return 10
            case "meetings": meetings = try r.array { try Meeting(fast: &$0) }; return 11
            case "childVoices": voices = try r.array { try ChildVoice(fast: &$0) }; return 12
            case "challenges": challenges = try r.array { try CollaborationChallenge(fast: &$0) }; return 13
            case "complaints": complaints = try r.array { try Complaint(fast: &$0) }; return 14
            case "internalNotes": notes = try r.optionalString(); return 15
            case "caseSystemKey": caseSystemKey = try r.optionalString(); return 16
            case "invitations": invitations = try r.optional { try $0.array { try SentInvitation(fast: &$0) } }; return 17
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), name: try need(name), address: address, guardians: guardians,
                  contactPreference: try need(preference), children: children)
        schemaVersion = try need(version)
        self.contacts = contacts
        self.goals = goals
        self.network = network
        annualPlan = plan
        self.meetings = meetings
        childVoices = voices
        self.challenges = challenges
        self.complaints = complaints
        internalNotes = notes
        self.caseSystemKey = caseSystemKey
        self.invitations = invitations
    }
}

/// A required field that was not in the object: declined (JSONDecoder says which one).
func need<T>(_ value: T?) throws -> T {
    guard let value else { throw FastJSONReader.Declined() }
    return value
}

extension FastJSONReader {
    mutating func optionalString() throws -> String? { try optional { try $0.string() } }
    mutating func optionalDate() throws -> LocalDate? { try optional { try $0.date() } }
    mutating func strings() throws -> [String] { try array { try $0.string() } }

    mutating func legalBasis() throws -> LegalBasis {
        guard case .success(let basis) = LegalBasisParser.parseRemembered(try string()) else { throw Declined() }
        return basis
    }
}

extension Guardian {
    init(fast r: inout FastJSONReader) throws {
        var name: String?, relation: String?, phone: String?, email: String?
        try r.object { key, r in
            switch key {
            case "name": name = try r.string(); return 0
            case "relation": relation = try r.string(); return 1
            case "phone": phone = try r.optionalString(); return 2
            case "email": email = try r.optionalString(); return 3
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(name: try need(name), relation: try need(relation), phone: phone, email: email)
    }
}

extension ContactPreference {
    init(fast r: inout FastJSONReader) throws {
        var channel: ContactChannel?, style: ContactStyle?, note: String?
        try r.object { key, r in
            switch key {
            case "channel": channel = try r.value(ContactChannel.self); return 0
            case "style": style = try r.value(ContactStyle.self); return 1
            case "note": note = try r.optionalString(); return 2
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(channel: try need(channel), style: try need(style), note: note)
    }
}

extension Child {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, name: String?, birth: LocalDate?, cpr: String?, situation: String?
        var cases: [ChildCase] = [], steps: [TransitionStep] = []
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "name": name = try r.string(); return 1
            case "birthDate": birth = try r.date(); return 2
            case "cpr": cpr = try r.optionalString(); return 3
            case "situation": situation = try r.optionalString(); return 4
            case "cases": cases = try r.array { try ChildCase(fast: &$0) }; return 5
            case "transitionSteps": steps = try r.array { try TransitionStep(fast: &$0) }; return 6
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), name: try need(name), birthDate: try need(birth), cpr: cpr, situation: situation,
                  cases: cases, transitionSteps: steps)
    }
}

extension ChildCase {
    init(fast r: inout FastJSONReader) throws {
        var number: String?, primary: String?, buddy: String?, opened: LocalDate?, status: CaseStatus?
        var closed: LocalDate?, measures: [Measure] = [], plan: LocalDate?
        try r.object { key, r in
            switch key {
            case "number": number = try r.string(); return 0
            case "primaryCaseworker": primary = try r.string(); return 1
            case "buddyCaseworker": buddy = try r.optionalString(); return 2
            case "opened": opened = try r.date(); return 3
            case "status": status = try r.value(CaseStatus.self); return 4
            case "closed": closed = try r.optionalDate(); return 5
            case "measures": measures = try r.array { try Measure(fast: &$0) }; return 6
            case "childPlanMade": plan = try r.optionalDate(); return 7
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(number: try need(number), primaryCaseworker: try need(primary), buddyCaseworker: buddy,
                  opened: try need(opened), status: try need(status), measures: measures)
        self.closed = closed
        childPlanMade = plan
    }
}

extension Measure {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, basis: LegalBasis?, what: String?, started: LocalDate?, ended: LocalDate?, provider: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "legalBasis": basis = try r.legalBasis(); return 1
            case "description": what = try r.string(); return 2
            case "started": started = try r.date(); return 3
            case "ended": ended = try r.optionalDate(); return 4
            case "provider": provider = try r.optionalString(); return 5
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), legalBasis: try need(basis), description: try need(what), started: try need(started),
                  ended: ended, provider: provider)
    }
}

extension TransitionStep {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, title: String?, due: LocalDate?, done: LocalDate?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "title": title = try r.string(); return 1
            case "due": due = try r.optionalDate(); return 2
            case "done": done = try r.optionalDate(); return 3
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), title: try need(title), due: due, done: done)
    }
}

extension Contact {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, date: LocalDate?, channel: ContactChannel?, kind: ContactKind?, number: String?
        var note: String?, by: String?, byLogin: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "date": date = try r.date(); return 1
            case "channel": channel = try r.value(ContactChannel.self); return 2
            case "kind": kind = try r.value(ContactKind.self); return 3
            case "caseNumber": number = try r.optionalString(); return 4
            case "note": note = try r.string(); return 5
            case "by": by = try r.optionalString(); return 6
            case "byLogin": byLogin = try r.optionalString(); return 7
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), date: try need(date), channel: try need(channel), kind: try need(kind),
                  caseNumber: number, note: try need(note), by: by)
        self.byLogin = byLogin
    }
}

extension ChildVoice {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, child: String?, date: LocalDate?, method: ChildVoiceMethod?, said: String?, by: String?
        var byLogin: String?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "childID": child = try r.string(); return 1
            case "date": date = try r.date(); return 2
            case "method": method = try r.value(ChildVoiceMethod.self); return 3
            case "said": said = try r.string(); return 4
            case "by": by = try r.optionalString(); return 5
            case "byLogin": byLogin = try r.optionalString(); return 6
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), childID: try need(child), date: try need(date), method: try need(method),
                  said: try need(said), by: by)
        self.byLogin = byLogin
    }
}

extension CollaborationChallenge {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, opened: LocalDate?, between: [String]?, about: ChallengeTopic?, explicit: Bool?
        var what: String?, actions: [ChallengeAction] = [], status: ChallengeStatus?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "opened": opened = try r.date(); return 1
            case "between": between = try r.strings(); return 2
            case "about": about = try r.value(ChallengeTopic.self); return 3
            case "explicit": explicit = try r.bool(); return 4
            case "description": what = try r.string(); return 5
            case "actions": actions = try r.array { try ChallengeAction(fast: &$0) }; return 6
            case "status": status = try r.value(ChallengeStatus.self); return 7
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), opened: try need(opened), between: try need(between), about: try need(about),
                  explicit: try need(explicit), description: try need(what), actions: actions, status: try need(status))
    }
}

extension ChallengeAction {
    init(fast r: inout FastJSONReader) throws {
        var date: LocalDate?, kind: ChallengeActionKind?, note: String?
        try r.object { key, r in
            switch key {
            case "date": date = try r.date(); return 0
            case "kind": kind = try r.value(ChallengeActionKind.self); return 1
            case "note": note = try r.string(); return 2
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(date: try need(date), kind: try need(kind), note: try need(note))
    }
}

extension Complaint {
    init(fast r: inout FastJSONReader) throws {
        var id: String?, number: String?, received: LocalDate?, about: String?, reconsidered: LocalDate?
        var outcome: ComplaintOutcome?
        try r.object { key, r in
            switch key {
            case "id": id = try r.string(); return 0
            case "caseNumber": number = try r.optionalString(); return 1
            case "received": received = try r.date(); return 2
            case "about": about = try r.string(); return 3
            case "reconsidered": reconsidered = try r.optionalDate(); return 4
            case "outcome": outcome = try r.optional { try $0.value(ComplaintOutcome.self) }; return 5
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(id: try need(id), caseNumber: number, received: try need(received), about: try need(about),
                  reconsidered: reconsidered, outcome: outcome)
    }
}
