import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The team's members (team.json's logins → initials): who may add and remove them, and the changes themselves,
/// each made on the latest team.json under one hold of the lock.
extension Store {
    /// Whether this account may add and remove members: root (the team's IT contact), a member marked as
    /// leader, or in a private store its owner (the only one who can open it).
    public var mayManageTeam: Bool {
        if geteuid() == 0 { return true }
        if !isTeamStore { return isWritable }
        return team.member(login: login)?.leader == true
    }

    /// Adds `login` as the caseworker with `initials` (a caseworker of that name is added to the team when
    /// there is none). Refused for a login or initials already taken by another member.
    public func addMember(login newLogin: String, initials: String, name: String?, leader: Bool) throws {
        try checkMayManage()
        try updateTeam { team in
            if let existing = team.member(login: newLogin) {
                throw StoreError.invalid(Phrase(da: "«\(newLogin)» er allerede med i teamet som \(existing.initials); fjern først med «sammen team remove \(newLogin)».",
                                                en: "«\(newLogin)» is already in the team as \(existing.initials); remove it first with «sammen team remove \(newLogin)»."))
            }
            if let other = team.members.first(where: { $0.initials.caseInsensitiveCompare(initials) == .orderedSame }) {
                throw StoreError.invalid(Phrase(da: "initialerne \(initials) hører allerede til «\(other.login)».",
                                                en: "the initials \(initials) already belong to «\(other.login)»."))
            }
            team.members.append(TeamMember(login: newLogin, initials: initials, leader: leader))
            team.members.sort { $0.login < $1.login }
            if team.caseworker(initials) == nil {
                team.caseworkers.append(Caseworker(initials: initials, name: name ?? initials))
            }
        }
        try log(.change, detail: "team: \(newLogin) tilføjet som \(initials)\(leader ? " (leder)" : "")")
    }

    /// Takes `login` out of the team: it may read nothing more. Its caseworker stays (the records name it).
    /// The last leader is not removed except by root, so someone can still manage the team.
    public func removeMember(login oldLogin: String) throws {
        try checkMayManage()
        try updateTeam { team in
            guard let member = team.member(login: oldLogin) else {
                throw StoreError.invalid(Phrase(da: "«\(oldLogin)» er ikke med i teamet.", en: "«\(oldLogin)» is not in the team."))
            }
            if member.leader && geteuid() != 0 && team.members.filter(\.leader).count == 1 {
                throw StoreError.invalid(Phrase(da: "«\(oldLogin)» er teamets eneste leder; gør en anden til leder først, eller bed IT-kontakten (root) om at fjerne den.",
                                                en: "«\(oldLogin)» is the team's only leader; make someone else leader first, or ask the IT contact (root) to remove it."))
            }
            team.members.removeAll { $0.login == oldLogin }
        }
        try log(.change, detail: "team: \(oldLogin) fjernet")
    }

    /// Marks `login` as the team's leader or not. A leader may not step down as the last leader (except by
    /// root), so someone can still manage the team.
    public func setLeader(login member: String, leader: Bool) throws {
        try checkMayManage()
        try updateTeam { team in
            guard let i = team.members.firstIndex(where: { $0.login == member }) else {
                throw StoreError.invalid(Phrase(da: "«\(member)» er ikke med i teamet.", en: "«\(member)» is not in the team."))
            }
            if !leader && team.members[i].leader && geteuid() != 0 && team.members.filter(\.leader).count == 1 {
                throw StoreError.invalid(Phrase(da: "«\(member)» er teamets eneste leder; gør en anden til leder først.",
                                                en: "«\(member)» is the team's only leader; make someone else leader first."))
            }
            team.members[i].leader = leader
        }
        try log(.change, detail: "team: \(member) \(leader ? "er leder" : "er ikke længere leder")")
    }

    private func checkMayManage() throws {
        guard isWritable else { throw StoreError.readOnly }
        guard mayManageTeam else {
            throw StoreError.invalid(Phrase(da: "Kun teamets leder eller IT-kontakten (root) kan tilføje og fjerne medlemmer; din bruger «\(login)» er ikke leder.",
                                            en: "Only the team's leader or the IT contact (root) can add and remove members; your account «\(login)» is not a leader."))
        }
    }

    /// Reads team.json as it is now, applies `change` and saves it, under one hold of the lock.
    public func updateTeam(_ change: (inout Team) throws -> Void) throws {
        guard isWritable else { throw StoreError.readOnly }
        try withWriteLock {
            // What the open found wrong with team.json is replaced by what is true of it now.
            problems.removeAll { $0.path == StoreFormat.teamFile }
            loadTeam()
            if let problem = problems.first(where: { $0.path == StoreFormat.teamFile }) { throw StoreError.unreadable(problem) }
            var changed = team
            try change(&changed)
            guard changed != team else { return }
            try saveTeam(changed)
        }
    }
}
