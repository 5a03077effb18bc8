import Foundation
import Testing
@testable import SammenCore
@testable import SammenUI

/// The årshjul's invitation status and send key: what the selected activity says about its invitation, who cannot
/// be invited, and that `s` asks the event loop to send only when there is an organizer and something is due.
extension SnapshotTests {
    /// Mother and school invited to a follow-up that moved after the mother's invitation went out; "Mormor" is nobody
    /// in the record.
    static func invitationSource(organizerEmail: String? = "mha@soeby.dk") -> MemorySource {
        let source = sampleSource()
        source.team.caseworkers[0].email = organizerEmail
        var f = source.families["f-a"]!
        f.guardians[0].email = "mor.ahmed@eksempel.dk"
        f.network = [NetworkActor(id: "n1", role: .school, organisation: "Søby Skole", contactName: "Lone Berg",
                                  email: "lone@søbyskole.dk")]
        var a1 = AnnualActivity(id: "a1", year: 2026, month: 11, kind: .networkMeeting, purpose: "Netværksmøde om pauser i skolen",
                                participants: ["Mor", "Skolen", "Mormor"], date: d("2026-11-26"), time: "10:00")
        a1.location = "Søby Skole, lokale 12"
        f.annualPlan = [a1]
        f.invitations = [SentInvitation(activityID: "a1", recipient: "mor.ahmed@eksempel.dk", name: "Mor Familien Ahmed",
                                        method: .request, sequence: 0, sentOn: d("2026-11-20"), delivery: .mail,
                                        event: InvitationEvent(kind: .networkMeeting, date: d("2026-11-24"), time: "10:00",
                                                               location: "Søby Skole, lokale 12",
                                                               purpose: "Netværksmøde om pauser i skolen"))]
        source.families["f-a"] = f
        return source
    }

    static func invitationState(_ source: MemorySource, language: Language = .da, width: Int, height: Int) -> AppState {
        var state = makeState(source, language: language, width: width, height: height)
        press(&state, .enter, .character("å"), source: source)
        return state
    }

    @Test(arguments: [(80, 24), (160, 48)]) func wheelInvitationStatus(width: Int, height: Int) {
        let state = Self.invitationState(Self.invitationSource(), width: width, height: height)
        // At 80 columns the line wraps; the list beside the wheel, joined, says the same.
        let listX = WheelScreen.geometry(width: width, height: height, strings: state.strings).map { 4 * $0.radius + 6 } ?? 0
        let text = Renderer.render(state).text().split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.dropFirst(listX)).trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
        #expect(text.contains("sendt 20.11 · ændret") && text.contains("siden · 2 venter"))
        #expect(text.contains("Mormor"))
        assertSnapshot("wheel-invitation-\(width)x\(height)", state)
    }

    @Test(arguments: [(80, 24), (160, 48)]) func wheelInvitationStatusEnglish(width: Int, height: Int) {
        let state = Self.invitationState(Self.invitationSource(), language: .en, width: width, height: height)
        #expect(Renderer.render(state).text().contains("sent 11-20 · changed"))
        assertSnapshot("wheel-invitation-en-\(width)x\(height)", state)
    }

    @Test func sendKeyAsksTheEventLoopToSend() {
        let source = Self.invitationSource()
        var state = Self.invitationState(source, width: 80, height: 24)
        #expect(press(&state, .character("s"), source: source) == .sendInvitations("f-a"))
        // After the loop reports back, the status line says what happened and the screen shows the new state.
        var sent = source.families["f-a"]!
        let plan = Invitations.plan(for: sent, team: source.team, today: state.today)
        Invitations.record(plan.pending, on: state.today, delivery: .mail, in: &sent)
        App.invitationsSent(&state, family: sent, summary: nil, message: "2 invitation(er) sendt", isError: false)
        let text = Renderer.render(state).text()
        #expect(text.contains("sendt 22.11"))
        #expect(!text.contains("ændret siden"))
        #expect(text.contains("2 invitation(er) sendt"))
        // Nothing due now: the key says so and sends nothing.
        source.families["f-a"] = sent
        #expect(press(&state, .character("s"), source: source) == .none)
        #expect(state.status?.text == "Intet at sende: alle invitationer er sendt.")
    }

    @Test func noOrganizerNoSending() {
        let source = Self.invitationSource(organizerEmail: nil)
        var state = Self.invitationState(source, width: 80, height: 24)
        #expect(press(&state, .character("s"), source: source) == .none)
        #expect(state.status?.isError == true)
        #expect(state.status?.text.contains("Mette Hansen har ingen e-mailadresse") == true)
    }

    @Test func theActivityFormTakesAPlace() {
        let source = Self.invitationSource()
        var state = Self.invitationState(source, width: 80, height: 24)
        press(&state, .character("e"), source: source)
        for _ in 0..<5 { press(&state, .tab, source: source) }
        #expect(state.activityForm?.focus == .location)
        for _ in 0..<30 { press(&state, .backspace, source: source) }
        type(&state, "Rådhuset", source: source)
        press(&state, .enter, source: source)
        #expect(source.families["f-a"]!.annualPlan[0].location == "Rådhuset")
    }
}
