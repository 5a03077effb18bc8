import Foundation

/// The fast path for team.json (a municipality of 10,000 families has hundreds of caseworkers, and every
/// command reads the team). Declines what it does not know, as the family reader does (FamilyFastDecoding);
/// since it declines every unknown key, a team it reads has no field Sammen would lose, so the strict read
/// may use it too.
extension Team {
    static func fastDecode(_ data: Data) -> Team? {
        FastJSONReader.read(data) { try Team(fast: &$0) }
    }

    init(fast r: inout FastJSONReader) throws {
        var version: Int?, name: String?, target: Int?, workers: [Caseworker] = [], stopOps: [LocalDate] = []
        var members: [TeamMember] = []
        var interval: Int?, meetingsFrom: LocalDate?
        try r.object { key, r in
            switch key {
            case "schemaVersion": version = try r.int(); return 0
            case "name": name = try r.string(); return 1
            case "targetCaseload": target = try r.int(); return 2
            case "caseworkers": workers = try r.array { try Caseworker(fast: &$0) }; return 3
            case "stopOpMeetings": stopOps = try r.array { try $0.date() }; return 4
            case "members": members = try r.array { try TeamMember(fast: &$0) }; return 5
            case "networkMeetingIntervalMonths": interval = try r.optional { try $0.int() }; return 6
            case "networkMeetingsFrom": meetingsFrom = try r.optionalDate(); return 7
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(name: try need(name), targetCaseload: try need(target), caseworkers: workers, stopOpMeetings: stopOps,
                  members: members)
        schemaVersion = try need(version)
        networkMeetingIntervalMonths = interval
        networkMeetingsFrom = meetingsFrom
    }
}

extension Caseworker {
    init(fast r: inout FastJSONReader) throws {
        var initials: String?, name: String?, email: String?, phone: String?, goals: [String] = [], active: Bool?, target: Int?
        try r.object { key, r in
            switch key {
            case "initials": initials = try r.string(); return 0
            case "name": name = try r.string(); return 1
            case "email": email = try r.optionalString(); return 2
            case "phone": phone = try r.optionalString(); return 3
            case "learningGoals": goals = try r.strings(); return 4
            case "active": active = try r.bool(); return 5
            case "targetCaseload": target = try r.optional { try $0.int() }; return 6
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(initials: try need(initials), name: try need(name), email: email, phone: phone, learningGoals: goals,
                  active: try need(active))
        targetCaseload = target
    }
}

extension TeamMember {
    init(fast r: inout FastJSONReader) throws {
        var login: String?, initials: String?, leader: Bool?
        try r.object { key, r in
            switch key {
            case "login": login = try r.string(); return 0
            case "initials": initials = try r.string(); return 1
            case "leader": leader = try r.bool(); return 2
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(login: try need(login), initials: try need(initials), leader: try need(leader))
    }
}
