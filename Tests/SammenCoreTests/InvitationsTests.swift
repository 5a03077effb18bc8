import Foundation
import Testing
@testable import SammenCore

/// Meeting invitations (RFC 5546 over RFC 6047): what is due after a meeting is created, moved, re-staffed,
/// undated or deleted; sequences that only go up; nobody invited to what they are not part of; no CPR.
@Suite struct InvitationsTests {
    static let today = date("2027-01-05")
    static let now = Date(timeIntervalSince1970: 1_799_150_400)  // 2027-01-05 12:00 UTC

    static func family() -> Family {
        var f = sampleFamily(id: "f-inv", name: "Familien Kant")
        f.children[0].cpr = "020415-1234"
        f.guardians = [Guardian(name: "Ida Kant", relation: "mor", email: "Ida Kant <ida@eksempel.dk>"),
                       Guardian(name: "Bo Kant", relation: "far")]
        f.network = [NetworkActor(id: "n1", role: .school, organisation: "Søby Skole", contactName: "Anne Holt",
                                  email: "anne@søbyskole.dk"),
                     NetworkActor(id: "n2", role: .ppr, organisation: "PPR Søby", email: "ppr@soeby.dk")]
        f.annualPlan = [
            AnnualActivity(id: "a1", year: 2027, month: 2, kind: .networkMeeting, purpose: "Netværksmøde om skolestart (020415-1234)",
                           participants: ["Forældrene", "Skolen", "Mette (sagsbehandler)"], date: date("2027-02-09"),
                           time: "10:00", durationMinutes: 90),
            AnnualActivity(id: "a2", year: 2027, month: 3, kind: .followUp, purpose: "Opfølgning", participants: ["mor"]),
            AnnualActivity(id: "a3", year: 2027, month: 1, kind: .deadline, purpose: "Frist", participants: ["PPR"],
                           date: date("2027-01-20")),
        ]
        f.annualPlan[0].location = "Søby Skole, lokale 12"
        return f
    }

    static func team(email: String? = "mha@soeby.dk") -> Team {
        Team(name: "T", targetCaseload: 20, caseworkers: [Caseworker(initials: "MHA", name: "Mette Hansen", email: email)])
    }

    func plan(_ f: Family, team: Team = Self.team(), today: LocalDate = Self.today) -> Invitations.Plan {
        Invitations.plan(for: f, team: team, today: today)
    }

    func sendAll(_ f: inout Family, on day: LocalDate = Self.today) {
        Invitations.record(plan(f, today: day).pending, on: day, delivery: .mail, in: &f)
    }

    @Test func aDatedMeetingInvitesItsPartnersOnly() {
        let p = plan(Self.family())
        #expect(p.organizer?.address.address == "mha@soeby.dk")
        #expect(p.pending.map(\.recipient.address.asciiAddress) == ["ida@eksempel.dk", "anne@xn--sbyskole-54a.dk"])
        #expect(p.pending.allSatisfy { $0.method == .request && $0.sequence == 0 && !$0.isUpdate && $0.activityID == "a1" })
        #expect(Set(p.pending.map(\.uid)) == ["a1-f-inv@sammen.local"])
        // Bo has no address: listed, not dropped. The deadline a3 and the undated a2 invite nobody.
        #expect(p.unreachable["a1"]?.map(\.name) == ["Bo Kant"])
        #expect(!p.pending.contains { $0.recipient.address.asciiAddress == "ppr@soeby.dk" })
    }

    @Test func noOrganizerNoInvitation() {
        for team in [Self.team(email: nil), Self.team(email: "mette at soeby"), Team(name: "T", targetCaseload: 1)] {
            let p = plan(Self.family(), team: team)
            #expect(p.organizer == nil)
            #expect(p.organizerProblem != nil)
            let report = InvitationSender.run(family: Self.family(), team: team, today: Self.today, now: Self.now,
                                              language: .da, mode: .dryRun) { _ in }
            #expect(report.outcomes.isEmpty)
        }
        #expect(plan(Self.family(), team: Self.team(email: nil)).organizerProblem?.da.contains("ingen e-mailadresse") == true)
    }

    @Test func sentOnceThenNothingIsDue() {
        var f = Self.family()
        sendAll(&f)
        #expect(plan(f).pending.isEmpty)
        #expect(f.invitations?.count == 2)
        let status = Invitations.statuses(plan(f), family: f)["a1"]
        #expect(status == Invitations.Status(sentOn: Self.today, delivery: .mail, pending: 0, changedSince: false, unreachable: 1))
    }

    @Test func movingSendsAnUpdateWithTheSameUIDAndAHigherSequence() {
        var f = Self.family()
        sendAll(&f)
        f.annualPlan[0].date = date("2027-02-16")
        let p = plan(f)
        #expect(p.pending.count == 2)
        #expect(p.pending.allSatisfy { $0.method == .request && $0.isUpdate && $0.sequence == 1 && $0.uid == "a1-f-inv@sammen.local" })
        #expect(Invitations.statuses(p, family: f)["a1"]?.changedSince == true)
        sendAll(&f, on: date("2027-01-06"))
        #expect(f.annualPlan[0].sequence == 1)
        // A second move: 2.
        f.annualPlan[0].time = "13:00"
        #expect(plan(f).pending.map(\.sequence) == [2, 2])
    }

    @Test func aPartialFailureIsRetriedWithTheSameSequence() {
        var f = Self.family()
        sendAll(&f)
        f.annualPlan[0].location = "Rådhuset"
        let first = plan(f).pending
        Invitations.record([first[0]], on: Self.today, delivery: .mail, in: &f)
        let retry = plan(f).pending
        #expect(retry.count == 1)
        #expect(retry[0].recipient == first[1].recipient)
        #expect(retry[0].sequence == first[1].sequence)
    }

    @Test func removingAPartnerCancelsForThemAlone() {
        var f = Self.family()
        sendAll(&f)
        f.annualPlan[0].participants = ["Forældrene"]
        let p = plan(f)
        #expect(p.pending.count == 1)
        #expect(p.pending[0].method == .cancel)
        #expect(p.pending[0].recipient.address.asciiAddress == "anne@xn--sbyskole-54a.dk")
        #expect(p.pending[0].sequence == 1)
        sendAll(&f)
        #expect(plan(f).pending.isEmpty)
    }

    @Test func deletingOrUndatingCancelsForEveryone() {
        for change in [{ (f: inout Family) in f.annualPlan.removeAll { $0.id == "a1" } },
                       { (f: inout Family) in f.annualPlan[0].date = nil; f.annualPlan[0].time = nil },
                       { (f: inout Family) in f.annualPlan[0].kind = .deadline }] {
            var f = Self.family()
            sendAll(&f)
            change(&f)
            let p = plan(f)
            #expect(p.pending.count == 2)
            #expect(p.pending.allSatisfy { $0.method == .cancel && $0.sequence == 1 && $0.uid == "a1-f-inv@sammen.local" })
            // The cancellation says what it cancels: the event as it was sent.
            #expect(p.pending.allSatisfy { $0.event.date == date("2027-02-09") })
            sendAll(&f)
            #expect(plan(f).pending.isEmpty)
        }
    }

    @Test func pastAndHeldMeetingsAreLeftAlone() {
        var f = Self.family()
        sendAll(&f)
        f.annualPlan[0].done = true
        #expect(plan(f).pending.isEmpty)
        // The day after the meeting, deleting it cancels nothing.
        var g = Self.family()
        sendAll(&g)
        g.annualPlan.removeAll()
        #expect(plan(g, today: date("2027-02-10")).pending.isEmpty)
        // A meeting already past is not invited to.
        #expect(plan(Self.family(), today: date("2027-02-10")).pending.isEmpty)
    }

    @Test func aChangedAddressCancelsTheOldAndInvitesTheNew() {
        var f = Self.family()
        sendAll(&f)
        f.network[0].email = "anne.holt@soeby.dk"
        let p = plan(f)
        #expect(Set(p.pending.map { "\($0.method.rawValue) \($0.recipient.address.asciiAddress)" })
            == ["request anne.holt@soeby.dk", "cancel anne@xn--sbyskole-54a.dk"])
    }

    // MARK: The message

    @Test func theMessageIsMultipartAlternativeWithTheMethod() throws {
        let f = Self.family()
        let p = plan(f)
        let mail = InvitationMail.compose(p.pending[1], family: f, organizer: p.organizer!, now: Self.now, language: .da)
        let m = mail.message
        #expect(m.contains("\r\nTo: \"Anne Holt (Søby Skole)\"") == false)  // not ASCII: encoded
        #expect(m.contains("To: =?UTF-8?B?"))
        #expect(m.contains("<anne@xn--sbyskole-54a.dk>"))
        #expect(m.contains("From: \"Mette Hansen\" <mha@soeby.dk>"))
        #expect(m.contains("Content-Type: multipart/alternative; boundary="))
        #expect(m.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(m.contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST"))
        #expect(!m.contains("\n\n"))  // CRLF throughout
        #expect(mail.fileName == "invitation-f-inv-a1-request-0-1.eml")
        let ics = InvitationMail.calendarText(p.pending[1], family: f, organizer: p.organizer!, now: Self.now, language: .da)
        #expect(ics.contains("METHOD:REQUEST\r\n"))
        #expect(ics.contains("CLASS:PRIVATE\r\n"))
        #expect(ics.contains("LOCATION:Søby Skole\\, lokale 12\r\n"))
        #expect(ics.contains("ORGANIZER;CN=Mette Hansen:mailto:mha@soeby.dk\r\n"))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("RSVP=TRUE:mailto:anne@xn--sbyskole-54a.dk"))
        // Only this recipient is named: the parents' addresses do not go to the school.
        #expect(!unfolded.contains("ida@eksempel.dk"))
        #expect(!unfolded.contains("1234"))
        let letter = InvitationLetter.text(p.pending[1], family: f, organizer: p.organizer!, language: .da)
        #expect(letter.contains("tirsdag den 9. februar 2027 kl. 10.00–11.30"))
        #expect(letter.contains("Hvor: Søby Skole, lokale 12"))
        #expect(!letter.contains("1234"))
        let english = InvitationLetter.text(p.pending[1], family: f, organizer: p.organizer!, language: .en)
        #expect(english.contains("Tuesday 9 February 2027, 10:00–11:30"))
    }

    @Test func aCancellationSaysSo() {
        var f = Self.family()
        sendAll(&f)
        f.annualPlan.removeAll()
        let p = plan(f)
        let mail = InvitationMail.compose(p.pending[0], family: f, organizer: p.organizer!, now: Self.now, language: .en)
        #expect(mail.message.contains("method=CANCEL"))
        let ics = InvitationMail.calendarText(p.pending[0], family: f, organizer: p.organizer!, now: Self.now, language: .en)
        #expect(ics.contains("METHOD:CANCEL\r\n") && ics.contains("STATUS:CANCELLED\r\n") && ics.contains("SEQUENCE:1\r\n"))
        #expect(InvitationLetter.subject(p.pending[0], family: f, language: .en).hasPrefix("Cancelled: "))
    }

    @Test func encodedWordsStayShortAndRoundTrip() {
        let text = "Netværksmøde – Familien Ærø-Østergård, 09.02.2027 " + String(repeating: "æ", count: 40)
        let encoded = MailHeader.encoded(text)
        let words = encoded.split(separator: " ")
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = words.map { w -> String in
            let b64 = w.dropFirst(10).dropLast(2)
            return String(decoding: Data(base64Encoded: String(b64))!, as: UTF8.self)
        }.joined()
        #expect(decoded == text)
        #expect(MailHeader.encoded("Plain ASCII") == "Plain ASCII")
        #expect(MailHeader.encoded("CPR 020415-1234") == "CPR 020415-XXXX")
    }

    // MARK: The mail program

    @Test func theMailCommandComesFromTheEnvironmentThenTheConfigThenTheDefault() {
        #expect(MailCommand.resolve(environment: ["SAMMEN_SENDMAIL": "msmtp -C '/tmp/my rc'"], configured: "x").words
            == ["msmtp", "-C", "/tmp/my rc"])
        #expect(MailCommand.resolve(environment: ["SAMMEN_SENDMAIL": "  "], configured: "/usr/bin/msmtp").words == ["/usr/bin/msmtp"])
        #expect(MailCommand.resolve(environment: [:], configured: nil).words == ["/usr/sbin/sendmail"])
    }

    @Test func aMissingOrFailingMailProgramIsAFailureInWords() throws {
        let missing = MailCommand(words: ["/nonexistent/sendmail"], origin: Phrase(verbatim: "test"))
        guard case .failure(let why) = missing.send("x") else { Issue.record("a missing program cannot succeed"); return }
        #expect(why.phrase.da.contains("findes ikke"))
        let failing = MailCommand(words: ["/bin/sh", "-c", "echo 'recipient refused' >&2; exit 75", "sh"], origin: Phrase(verbatim: "test"))
        guard case .failure(let code) = failing.send("x") else { Issue.record("exit 75 cannot succeed"); return }
        #expect(code.phrase.en.contains("exit code 75"))
        #expect(code.phrase.en.contains("recipient refused"))
        // A program that never reads its input and exits at once: no SIGPIPE, a failure.
        let deaf = MailCommand(words: ["/bin/false"], origin: Phrase(verbatim: "test"))
        guard case .failure = deaf.send(String(repeating: "x", count: 200_000)) else { Issue.record("false cannot succeed"); return }
    }

    @Test func aWorkingMailProgramGetsTheWholeMessageAndTheOptions() throws {
        let folder = makeTemporaryFolder()
        defer { removeFolder(folder) }
        let out = folder + "/got"
        let ok = MailCommand(words: ["/bin/sh", "-c", "echo \"$@\" > '\(out).args'; cat > '\(out)'", "sh"], origin: Phrase(verbatim: "test"))
        let message = "To: a@b.dk\r\nSubject: x\r\n\r\nbody æøå\r\n"
        guard case .success = ok.send(message) else { Issue.record("the program exits 0"); return }
        #expect(FileManager.default.contents(atPath: out) == Data(message.utf8))
        #expect(String(decoding: FileManager.default.contents(atPath: out + ".args")!, as: UTF8.self) == "-oi -t\n")
    }

    @Test func failedDeliveriesAreReportedAndNotReturnedAsSent() {
        let f = Self.family()
        let failing = MailCommand(words: ["/bin/sh", "-c", "cat >/dev/null; exit 1", "sh"], origin: Phrase(verbatim: "test"))
        let report = InvitationSender.run(family: f, team: Self.team(), today: Self.today, now: Self.now, language: .da,
                                          mode: .mail(failing)) { _ in }
        #expect(report.outcomes.count == 2)
        #expect(report.failed.count == 2)
        #expect(report.sent.isEmpty)
        // When the access log cannot take the line, nothing is sent.
        struct LogFull: Error {}
        let unlogged = InvitationSender.run(family: f, team: Self.team(), today: Self.today, now: Self.now, language: .da,
                                            mode: .mail(MailCommand(words: ["/bin/true"], origin: Phrase(verbatim: "t")))) { _ in throw LogFull() }
        #expect(unlogged.sent.isEmpty && unlogged.failed.count == 2)
    }
}
