import Foundation
import SammenCore

/// The board's words: participant roles and who may be invited to a meeting, meeting kinds, column titles in
/// LØFT and Signs of Safety, and the Signs of Safety card kinds, in the screen's language.
extension App {
    /// The roles offered for a participant, in the screen's language (stored in Danish: `ParticipantRoles`).
    static func roles(_ s: Strings) -> [String] { ParticipantRoles.all.map { s.language == .da ? $0.da : $0.en } }

    /// Someone who can be picked for a meeting instead of typed again, so the 0–10 scale compares the same person.
    struct Candidate {
        var label: String
        var name: String
        var role: String
        var email: String?
    }

    /// The family's parents, its network and the people of its earlier meetings, not already in `meeting`.
    /// Someone already in the meeting, or already offered, under a longer or titled name is not offered again.
    static func candidates(_ family: Family, for meeting: Meeting, _ s: Strings) -> [Candidate] {
        var seen = meeting.participants.map(\.name)
        var result: [Candidate] = []
        func add(_ name: String, _ role: String, _ email: String?, _ place: String?) {
            let clean = name.trimmingCharacters(in: .whitespaces)
            guard !clean.isEmpty, !seen.contains(where: { SamePerson.matches($0, clean) }) else { return }
            seen.append(clean)
            let shownRole = ParticipantRoles.name(role, in: s.language)
            result.append(Candidate(label: "\(clean) — \(shownRole)" + (place.map { " (\($0))" } ?? ""), name: clean, role: role, email: email))
        }
        for g in family.guardians { add(g.name, g.relation, g.email, nil) }
        for a in family.network { add(a.contactName ?? a.organisation, actorRole(a.role), a.email, a.contactName == nil ? nil : a.organisation) }
        for m in family.meetings.sorted(by: { $0.date > $1.date }) where m.id != meeting.id {
            for p in m.participants { add(p.name, p.role, p.email, nil) }
        }
        return result
    }

    /// The participant role that goes with a network actor's kind.
    static func actorRole(_ role: ActorRole) -> String {
        switch role {
        case .school: return "lærer"
        case .dayCare: return "pædagog"
        case .ppr: return "PPR"
        case .physiotherapist: return "fysioterapeut"
        case .occupationalTherapist: return "ergoterapeut"
        case .speechTherapist: return "talepædagog"
        case .healthVisitor: return "sundhedsplejerske"
        case .doctor: return "læge"
        case .familyGuide: return "familiebehandler"
        default: return "anden"
        }
    }

    static func meetingKindName(_ kind: MeetingKind, _ s: Strings) -> String {
        switch kind {
        case .network: return s[.meetingNetwork]
        case .followUp: return s[.meetingFollowUp]
        case .start: return s[.meetingStart]
        case .status: return s[.meetingStatus]
        case .transition: return s[.meetingTransition]
        }
    }

    static func columnTitle(_ column: BoardColumn, _ meeting: Meeting, _ s: Strings) -> String {
        switch (meeting.method, column) {
        case (.loft, .worries): return s[.loftWorries]
        case (.loft, .working): return s[.loftWorking]
        case (.loft, .mustHappen): return s[.loftMustHappen]
        case (.loft, .agreements): return s[.loftAgreements]
        case (.signsOfSafety, .worries): return s[.sosWorries]
        case (.signsOfSafety, .working): return s[.sosWorking]
        case (.signsOfSafety, .mustHappen): return s[.sosMustHappen]
        case (.signsOfSafety, .agreements): return s[.sosAgreements]
        }
    }

    static func safetyKinds(for column: BoardColumn) -> [SafetyCardKind] {
        switch column {
        case .worries: return [.harm, .danger, .complicatingFactor]
        case .working: return [.strength, .existingSafety]
        case .mustHappen: return [.goal, .nextStep]
        case .agreements: return [.nextStep]
        }
    }

    static func safetyKindName(_ kind: SafetyCardKind, _ s: Strings) -> String {
        switch kind {
        case .harm: return s[.safetyHarm]
        case .danger: return s[.safetyDanger]
        case .complicatingFactor: return s[.safetyComplicating]
        case .strength: return s[.safetyStrength]
        case .existingSafety: return s[.safetyExisting]
        case .goal: return s[.safetyGoal]
        case .nextStep: return s[.safetyNextStep]
        }
    }
}
