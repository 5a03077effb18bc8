import Foundation
import Testing
@testable import SammenCore

/// The hand-written family reader (the store's fast path) must agree with JSONDecoder: it reads every family
/// Sammen writes, gives the same value, and declines (never misreads) anything JSONDecoder would refuse.
@Suite struct FastDecodingTests {
    static let day = LocalDate(year: 2026, month: 11, day: 2)!
    let codec = RecordCodec(policy: .standard)

    func expectSame(_ family: Family, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = try codec.encode(family)
        let fast = Family.fastDecode(data)
        #expect(fast != nil, "the fast reader declined \(family.id)", sourceLocation: sourceLocation)
        #expect(fast == (try JSONDecoder().decode(Family.self, from: data)), sourceLocation: sourceLocation)
        #expect(fast == family, sourceLocation: sourceLocation)
    }

    @Test func readsTheTrainingCaseloadAsJSONDecoderDoes() throws {
        for family in TrainingCaseload.make(today: Self.day).families { try expectSame(family) }
    }

    @Test func readsSyntheticFamiliesAsJSONDecoderDoes() throws {
        let municipality = SyntheticMunicipality(families: 300, today: Self.day)
        let team = municipality.team()
        for i in 0..<300 { try expectSame(municipality.family(i, team: team)) }
    }

    /// Every optional field set and every list filled, so a field the fast reader forgot shows up here.
    @Test func readsEveryFieldOfTheModel() throws {
        var family = TrainingCaseload.make(today: Self.day).families[0]
        family.address = "Engvej 1"
        family.internalNotes = "intern «note»\nmed linjeskift og \"citat\" og \\ og tab\t og 😀 og \u{1}"
        family.contactPreference.note = "sms"
        family.guardians = [Guardian(name: "Mor", relation: "mor", phone: "12", email: "a@b.dk")]
        family.children[0].cpr = "0101150000"
        family.children[0].situation = "s"
        family.children[0].transitionSteps = [TransitionStep(id: "t1", title: "t", due: Self.day, done: Self.day)]
        family.children[0].cases[0].buddyCaseworker = "JOP"
        family.children[0].cases[0].status = .closed
        family.children[0].cases[0].closed = Self.day
        family.children[0].cases[0].childPlanMade = Self.day
        family.children[0].cases[0].measures[0].ended = Self.day
        family.children[0].cases[0].measures[0].provider = "p"
        family.contacts[0].caseNumber = family.children[0].cases[0].number
        let smart = SMART(specific: "a", measurable: "b", acceptedBy: "c", realistic: "d", deadline: Self.day)
        family.goals = [Goal(id: "g1", childID: "b1", title: "t", horizon: .long, smart: smart,
                             owner: Responsible(kind: .partner, name: "Skolen"), status: .achieved, created: Self.day,
                             subGoals: [SubGoal(id: "g1-1", title: "s", owner: Responsible(kind: .family), deadline: Self.day, status: .abandoned)],
                             revisions: [GoalRevision(date: Self.day, reason: "r", previousTitle: "p", previousSmart: smart, by: "MHA")])]
        family.network = [NetworkActor(id: "n1", role: .viso, organisation: "o", contactName: "c", phone: "1", email: "e",
                                       closeness: 3, coordinatedBy: .family, childID: "b1")]
        var activity = AnnualActivity(id: "a1", year: 2026, month: 11, kind: .deadline, purpose: "p", participants: ["x"],
                                      date: Self.day, time: "10:00", durationMinutes: 45, done: true)
        activity.sequence = 3
        family.annualPlan = [activity]
        var meeting = Meeting(id: "m1", date: Self.day, time: "09:00", kind: .transition, method: .signsOfSafety,
                              wellbeingWording: true, participants: [Participant(id: "mor", name: "Mor", role: "mor", email: "e")],
                              cards: [BoardCard(id: "k1", column: .worries, text: "t", author: "mor", safetyKind: .harm)],
                              ratings: [Rating(participant: "mor", value: 0)],
                              agreements: [Agreement(id: "a1", what: "w", who: "x", due: Self.day, done: Self.day)], summary: "s")
        meeting.internalNotes = "n"
        family.meetings = [meeting]
        family.childVoices = [ChildVoice(id: "v1", childID: "b1", date: Self.day, method: .alternativeCommunication, said: "s", by: "MHA")]
        family.challenges = [CollaborationChallenge(id: "c1", opened: Self.day, between: ["a", "b"], about: .decision, explicit: true,
                                                    description: "d", actions: [ChallengeAction(date: Self.day, kind: .viso, note: "n")],
                                                    status: .easing)]
        family.complaints = [Complaint(id: "k1", caseNumber: "x", received: Self.day, about: "a", reconsidered: Self.day, outcome: .withdrawn)]
        try expectSame(family)
    }

    /// A family with invitations sent: every field of what was sent, both methods and deliveries, an event with and
    /// without its optional parts. Before the fast reader knew `invitations`, such a family was declined.
    static func invitedFamily() -> Family {
        var family = TrainingCaseload.make(today: day).families[1]
        let full = InvitationEvent(kind: .networkMeeting, date: day, time: "13:30", durationMinutes: 90,
                                   location: "Søby Skole, lokale 12 «PPR»", purpose: "Netværksmøde \"om skolen\"")
        let bare = InvitationEvent(kind: .followUp, date: day, purpose: "Opfølgning")
        family.invitations = [
            SentInvitation(activityID: "a1", recipient: "skole@soeby.dk", name: "Søby Skole", method: .request, sequence: 0,
                           sentOn: day, delivery: .mail, event: full),
            SentInvitation(activityID: "a1", recipient: "ppr@xn--sby-kna.dk", name: "PPR (Åse)", method: .cancel, sequence: 4,
                           sentOn: day, delivery: .file, event: bare),
        ]
        return family
    }

    @Test func readsSentInvitationsAsJSONDecoderDoes() throws {
        try expectSame(Self.invitedFamily())
        var none = Self.invitedFamily()
        none.invitations = []
        try expectSame(none)
        // Written as null by hand: both readers give nil.
        var data = String(decoding: try codec.encode(Self.invitedFamily()), as: UTF8.self)
        let start = data.range(of: "\"invitations\"")!
        let end = data.range(of: "],", range: start.upperBound..<data.endIndex)!
        data.replaceSubrange(start.lowerBound..<end.upperBound, with: "\"invitations\": null,")
        let fast = Family.fastDecode(Data(data.utf8))
        #expect(fast != nil && fast?.invitations == nil)
        #expect(fast == (try JSONDecoder().decode(Family.self, from: Data(data.utf8))))
    }

    /// Damaged copies of a family with invitations: whenever the fast reader accepts one, JSONDecoder agrees.
    @Test func neverMisreadsDamagedInvitations() throws {
        let original = Array(try codec.encode(Self.invitedFamily()))
        let from = String(decoding: original, as: UTF8.self).range(of: "\"invitations\"")!.lowerBound.utf16Offset(in: String(decoding: original, as: UTF8.self))
        var random = SyntheticRandom(seed: 17)
        let pieces: [[UInt8]] = [[0x22], [0x2C], [0x7B], [0x7D], Array("null".utf8), Array("1".utf8), Array("\"x\"".utf8)]
        var accepted = 0
        for _ in 0..<800 {
            var bytes = original
            // Damage inside the invitations, where the new reader works.
            let at = random.int(from...(from + 600))
            switch random.int(0...2) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(contentsOf: random.pick(pieces), at: at)
            default: bytes[at] = UInt8(truncatingIfNeeded: random.int(0...255))
            }
            guard let fast = Family.fastDecode(Data(bytes)) else { continue }
            accepted += 1
            #expect(fast == (try? JSONDecoder().decode(Family.self, from: Data(bytes))))
        }
        #expect(accepted > 0)
    }

    @Test func readsTeamsAsJSONDecoderDoes() throws {
        var teams = [TrainingCaseload.make(today: Self.day).team, SyntheticMunicipality(families: 500, today: Self.day).team()]
        teams[0].caseworkers.append(Caseworker(initials: "ØJA", name: "Ø \"citat\"", learningGoals: [], active: false))
        // The rules' team settings (network meetings: the interval, and the day the team began keeping them).
        teams[1].networkMeetingIntervalMonths = 0
        #expect(teams[0].networkMeetingsFrom != nil)
        for team in teams {
            let data = try codec.encode(team)
            let fast = Team.fastDecode(data)
            #expect(fast != nil)
            #expect(fast == (try JSONDecoder().decode(Team.self, from: data)))
            #expect(fast == team)
            let extra = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"name\" :", with: "\"x\" : 1, \"name\" :")
            #expect(Team.fastDecode(Data(extra.utf8)) == nil)
        }
    }

    /// What the fast reader does not take on, it declines; JSONDecoder then decides (and explains).
    @Test func declinesWhatItDoesNotKnow() throws {
        let data = try codec.encode(TrainingCaseload.make(today: Self.day).families[1])
        let text = String(decoding: data, as: UTF8.self)
        let variants = [
            text.replacingOccurrences(of: "\"name\" :", with: "\"extra\" : 1, \"name\" :"),  // an unknown field
            text.replacingOccurrences(of: "\"name\" :", with: "\"id\" : \"other\", \"name\" :"),  // a key twice
            text.replacingOccurrences(of: "\"schemaVersion\" : \(StoreFormat.currentSchemaVersion)", with: "\"schemaVersion\" : \(StoreFormat.currentSchemaVersion).0"),
            "\u{FEFF}" + text,
            text.replacingOccurrences(of: "\"contacts\" : [", with: "\"contacts\" : null, \"x\" : ["),
            text.replacingOccurrences(of: "Familien", with: "\\ud800Familien"),
        ]
        for variant in variants { #expect(Family.fastDecode(Data(variant.utf8)) == nil) }
        #expect(Family.fastDecode(data + Data("x".utf8)) == nil)
    }

    /// Damaged copies of a real file: whenever the fast reader accepts one, JSONDecoder reads the same value.
    @Test func neverAcceptsWhatJSONDecoderWouldNot() throws {
        let original = Array(try codec.encode(TrainingCaseload.make(today: Self.day).families[4]))
        var random = SyntheticRandom(seed: 8)
        let pieces: [[UInt8]] = [[0x22], [0x5C], [0x2C], [0x7B], [0x7D], [0x5B], [0x5D], Array("null".utf8), Array("1".utf8),
                                 Array("-".utf8), [0xC3], [0xFF], [0x00], Array("\\u00e6".utf8), Array("e5".utf8)]
        var accepted = 0
        for _ in 0..<1_500 {
            var bytes = original
            for _ in 0..<random.int(1...3) {
                let at = random.int(0...(bytes.count - 1))
                switch random.int(0...2) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: random.pick(pieces), at: at)
                default: bytes[at] = UInt8(truncatingIfNeeded: random.int(0...255))
                }
            }
            guard let fast = Family.fastDecode(Data(bytes)) else { continue }
            accepted += 1
            #expect(fast == (try? JSONDecoder().decode(Family.self, from: Data(bytes))))
        }
        #expect(accepted > 0)
    }
}
