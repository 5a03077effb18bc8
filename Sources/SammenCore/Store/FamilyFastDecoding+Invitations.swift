/// The fast path for what was sent to partners (`Family.invitations`): read field by field like the synthesized
/// `Decodable`, so a family with sent invitations is not handed to `JSONDecoder` (see `FamilyFastDecoding.swift`).
extension SentInvitation {
    init(fast r: inout FastJSONReader) throws {
        var activityID: String?, recipient: String?, name: String?, method: Method?, sequence: Int?
        var sentOn: LocalDate?, delivery: Delivery?, event: InvitationEvent?
        try r.object { key, r in
            switch key {
            case "activityID": activityID = try r.string(); return 0
            case "recipient": recipient = try r.string(); return 1
            case "name": name = try r.string(); return 2
            case "method": method = try r.value(Method.self); return 3
            case "sequence": sequence = try r.int(); return 4
            case "sentOn": sentOn = try r.date(); return 5
            case "delivery": delivery = try r.value(Delivery.self); return 6
            case "event": event = try InvitationEvent(fast: &r); return 7
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(activityID: try need(activityID), recipient: try need(recipient), name: try need(name),
                  method: try need(method), sequence: try need(sequence), sentOn: try need(sentOn),
                  delivery: try need(delivery), event: try need(event))
    }
}

extension InvitationEvent {
    init(fast r: inout FastJSONReader) throws {
        var kind: ActivityKind?, date: LocalDate?, time: String?, minutes: Int?, location: String?, purpose: String?
        try r.object { key, r in
            switch key {
            case "kind": kind = try r.value(ActivityKind.self); return 0
            case "date": date = try r.date(); return 1
            case "time": time = try r.optionalString(); return 2
            case "durationMinutes": minutes = try r.optional { try $0.int() }; return 3
            case "location": location = try r.optionalString(); return 4
            case "purpose": purpose = try r.string(); return 5
            default: throw FastJSONReader.Declined()
            }
        }
        self.init(kind: try need(kind), date: try need(date), time: time, durationMinutes: minutes, location: location,
                  purpose: try need(purpose))
    }
}
