import Testing
@testable import SammenCore
@testable import SammenUI

/// The meeting's participant picker offers the family's people who are not yet in the meeting: the same person
/// under a titled network name is not offered twice, two people who share a name part are both offered.
@Suite struct ParticipantPickerTests {
    @Test func theTrainingCaseloadsPsychologistIsNotOfferedAgainUnderHisTitledName() {
        let (_, families) = TrainingCaseload.make(today: d("2026-11-02"))
        // The training family whose network meeting has "Henrik Dam" while its network says "Psykolog Henrik Dam".
        let pairs = families.flatMap { family in family.meetings.map { (family, $0) } }
        guard let (family, meeting) = pairs.first(where: { f, m in
            m.participants.contains { $0.name == "Henrik Dam" } && f.network.contains { $0.contactName == "Psykolog Henrik Dam" }
        }) else {
            Issue.record("the training caseload no longer has its psychologist in a meeting and the network")
            return
        }
        let offered = App.candidates(family, for: meeting, Strings(.da)).map(\.name)
        #expect(!offered.contains { $0.contains("Henrik Dam") }, "offered again: \(offered)")
        for participant in meeting.participants {
            #expect(!offered.contains { $0.hasSuffix(participant.name) }, "\(participant.name) offered again: \(offered)")
        }
        // Someone in the network who is not in the meeting is still offered.
        let inMeeting = meeting.participants.map(\.name)
        let absent = family.network.compactMap(\.contactName).filter { contact in !inMeeting.contains { contact.hasSuffix($0) } }
        for name in absent { #expect(offered.contains(name), "\(name) missing from \(offered)") }
    }

    @Test func twoDifferentHansensAreBothOffered() {
        var family = Family(id: "f-h", name: "Familien Hansen",
                            guardians: [Guardian(name: "Lone Hansen", relation: "mor"), Guardian(name: "Peter Hansen", relation: "far")])
        family.network = [
            NetworkActor(id: "n1", role: .school, organisation: "Søby Skole", contactName: "Lærer Mette Hansen"),
            NetworkActor(id: "n2", role: .ppr, organisation: "PPR Søby", contactName: "Psykolog Mette Hansen-Berg"),
            NetworkActor(id: "n3", role: .doctor, organisation: "Lægehuset", contactName: "Læge Hansen"),
        ]
        let meeting = Meeting(id: "m1", date: d("2026-11-02"), kind: .network, method: .loft,
                              participants: [Participant(id: "p1", name: "Mette Hansen", role: "sagsbehandler"),
                                             Participant(id: "p2", name: "Far Hansen", role: "far")])
        family.meetings = [meeting]
        let offered = App.candidates(family, for: meeting, Strings(.da)).map(\.name)
        // The teacher is the caseworker-named Mette Hansen only by a title in front: the same person, not offered.
        #expect(!offered.contains("Lærer Mette Hansen"))
        // Different people who share a first or a last name are offered.
        #expect(offered.contains("Lone Hansen") && offered.contains("Peter Hansen"))
        #expect(offered.contains("Psykolog Mette Hansen-Berg"))
        #expect(offered.contains("Læge Hansen"))
    }

    @Test func theSamePersonRule() {
        #expect(SamePerson.matches("Psykolog Henrik Dam", "Henrik Dam"))
        #expect(SamePerson.matches("henrik  dam", "Henrik Dam"))
        #expect(SamePerson.matches("Kontaktpædagog Mia Lund", "Mia Lund"))
        #expect(SamePerson.matches("Læge Dam", "Dam"))
        #expect(!SamePerson.matches("Lone Hansen", "Mette Hansen"))
        #expect(!SamePerson.matches("Hansen", "Mette Hansen"))
        #expect(!SamePerson.matches("Mor Familien Ahmed", "Far Familien Ahmed"))
        #expect(!SamePerson.matches("Henrik", "Henrik Dam"))
    }
}
