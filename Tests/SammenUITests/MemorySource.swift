import Foundation
@testable import SammenCore
@testable import SammenUI

/// An in-memory caseload for UI tests: no disk, and a switch to make saves fail.
final class MemorySource: CaseloadSource {
    var families: [FamilyID: Family]
    var team: Team
    var isTraining = false
    var readOnlyReason: String?
    var failSaves: Error?
    var saved: [Family] = []
    var searches: [String] = []

    init(families: [Family], team: Team) {
        self.families = Dictionary(uniqueKeysWithValues: families.map { ($0.id, $0) })
        self.team = team
    }

    var summaries: [FamilySummary] { families.values.map(FamilySummary.init) }

    func loadFamily(_ id: FamilyID) throws -> Family {
        guard let family = families[id] else { throw StoreError.unknownFamily(id) }
        return family
    }

    /// The same rule as the store's save: mine when nobody changed the family meanwhile, else the merge or a question.
    func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> SavedFamily {
        if let failSaves { throw failSaves }
        var family = mine
        var merged = false
        if let base, let theirs = families[mine.id] {
            switch try FamilyMerge.decide(base: base, mine: mine, theirs: theirs, choices: choices) {
            case .write(let result, let wasMerged): (family, merged) = (result, wasMerged)
            case .ask(let conflicts, let theirs): throw MergeNeeded(conflicts: conflicts, theirs: theirs)
            }
        }
        families[family.id] = family
        saved.append(family)
        return SavedFamily(family: family, summary: FamilySummary(family), merged: merged)
    }

    func create(_ family: Family) throws -> FamilySummary {
        if let failSaves { throw failSaves }
        guard families[family.id] == nil else { throw StoreError.invalid(Phrase(verbatim: "exists: \(family.id)")) }
        families[family.id] = family
        saved.append(family)
        return FamilySummary(family)
    }

    /// A colleague's save, as another program would make it.
    func colleagueSaves(_ id: FamilyID, _ change: (inout Family) -> Void) {
        change(&families[id]!)
    }

    func refresh(_ ids: [FamilyID]) -> Store.Refreshed {
        var result = Store.Refreshed()
        for id in ids { if families[id] == nil { result.removed.append(id) } else { result.changed.append(id) } }
        return result
    }

    func refreshAll() -> Store.Refreshed { refresh(Array(families.keys).sorted()) }
    func summary(_ id: FamilyID) -> FamilySummary? { families[id].map(FamilySummary.init) }

    func updateTeam(_ change: (inout Team) throws -> Void) throws -> Team {
        if let failSaves { throw failSaves }
        var changed = team
        try change(&changed)
        team = changed
        return team
    }

    /// The rules of `Store`'s members, in memory: who may manage, which accounts the machine has.
    var mayManageTeam = true
    var accounts: Set<String> = ["mette", "jonas", "lise"]

    func addMember(login: String, initials: String, name: String?, leader: Bool) throws -> Team {
        guard mayManageTeam else { throw StoreError.invalid(Phrase(verbatim: "not a leader")) }
        guard accounts.contains(login) else { throw StoreError.invalid(Phrase(verbatim: "no account «\(login)»")) }
        guard team.member(login: login) == nil, !team.members.contains(where: { $0.initials == initials }) else {
            throw StoreError.invalid(Phrase(verbatim: "taken"))
        }
        return try updateTeam { team in
            team.members.append(TeamMember(login: login, initials: initials, leader: leader))
            team.members.sort { $0.login < $1.login }
            if team.caseworker(initials) == nil { team.caseworkers.append(Caseworker(initials: initials, name: name ?? initials)) }
        }
    }

    func removeMember(login: String) throws -> Team {
        guard mayManageTeam else { throw StoreError.invalid(Phrase(verbatim: "not a leader")) }
        guard let member = team.member(login: login) else { throw StoreError.invalid(Phrase(verbatim: "not in the team")) }
        if member.leader && team.members.filter(\.leader).count == 1 { throw StoreError.invalid(Phrase(verbatim: "the only leader")) }
        return try updateTeam { $0.members.removeAll { $0.login == login } }
    }

    func setLeader(login: String, leader: Bool) throws -> Team {
        guard mayManageTeam else { throw StoreError.invalid(Phrase(verbatim: "not a leader")) }
        guard let i = team.members.firstIndex(where: { $0.login == login }) else { throw StoreError.invalid(Phrase(verbatim: "not in the team")) }
        if !leader && team.members[i].leader && team.members.filter(\.leader).count == 1 { throw StoreError.invalid(Phrase(verbatim: "the only leader")) }
        return try updateTeam { $0.members[i].leader = leader }
    }

    var searchesFound: [[FamilyID]] = []
    func logSearch(_ criterion: String, found: [FamilyID]) {
        searches.append(criterion)
        searchesFound.append(found)
    }
}

func d(_ text: String) -> LocalDate { LocalDate(iso: text)! }

/// Four families, two caseworkers; today is 2026-11-22.
func sampleSource() -> MemorySource {
    func family(_ id: String, _ name: String, child: String, born: String, number: String, worker: String,
                basis: String, opened: String, lastFollowUp: String?, buddy: String? = nil) -> Family {
        let measure = Measure(id: "m1", legalBasis: try! LegalBasisParser.parse(basis).get(), description: "Indsats",
                              started: d(opened))
        var c = ChildCase(number: number, primaryCaseworker: worker, opened: d(opened), measures: [measure])
        c.buddyCaseworker = buddy
        var f = Family(id: id, name: name, guardians: [Guardian(name: "Mor \(name)", relation: "mor", phone: "11 22 33 44")],
                       contactPreference: ContactPreference(channel: .sms, style: .room),
                       children: [Child(id: "c1", name: child, birthDate: d(born), cpr: nil, cases: [c])])
        if let lastFollowUp {
            f.contacts.append(Contact(id: "k1", date: d(lastFollowUp), channel: .phone, kind: .followUp, note: "Status"))
        }
        return f
    }
    let families = [
        family("f-a", "Familien Ahmed", child: "Yasmin", born: "2016-05-01", number: "S-1", worker: "MHA",
               basis: "SEL § 52", opened: "2026-01-10", lastFollowUp: "2026-09-01"),
        family("f-b", "Familien Bæk", child: "Ærenfried", born: "2010-12-24", number: "S-2", worker: "MHA",
               basis: "BL § 86", opened: "2025-06-01", lastFollowUp: "2026-10-01", buddy: "JBO"),
        family("f-c", "Familien Østergaard", child: "Åse", born: "2019-03-03", number: "S-3", worker: "JBO",
               basis: "BL § 32", opened: "2026-11-01", lastFollowUp: nil),
        family("f-d", "Familien Dahl", child: "Dagny", born: "2014-08-08", number: "S-4", worker: "JBO",
               basis: "SEL § 41", opened: "2024-01-01", lastFollowUp: "2026-10-20"),
    ]
    let team = Team(name: "Testteam", targetCaseload: 1, caseworkers: [
        Caseworker(initials: "MHA", name: "Mette Hansen", learningGoals: ["Bruge LØFT ved netværksmøder"]),
        Caseworker(initials: "JBO", name: "Jonas Bo"),
    ], stopOpMeetings: [d("2026-09-15")])
    return MemorySource(families: families, team: team)
}

func makeState(_ source: MemorySource, user: String = "ukendt", language: Language = .da,
               width: Int = 80, height: Int = 24) -> AppState {
    AppState(source: source, language: language, today: d("2026-11-22"), user: user, width: width, height: height)
}

@discardableResult
func press(_ state: inout AppState, _ keys: Key..., source: MemorySource) -> Command {
    var last = Command.none
    for key in keys { last = App.update(&state, .key(key), source: source) }
    return last
}

func type(_ state: inout AppState, _ text: String, source: MemorySource) {
    for c in text { _ = App.update(&state, .key(.character(c)), source: source) }
}
