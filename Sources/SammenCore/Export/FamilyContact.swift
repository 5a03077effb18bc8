/// Who the family deals with, for everything printed or sent out about the family.
public enum FamilyContact {
    /// The primary caseworker of the family's first open case (else of its first case), looked up in `team`.
    /// A caseworker the team does not know is returned by initials only, so the family still sees a contact.
    public static func caseworker(of family: Family, in team: Team) -> Caseworker? {
        guard let c = family.cases.first(where: \.isOpen) ?? family.cases.first else { return nil }
        return team.caseworker(c.primaryCaseworker) ?? Caseworker(initials: c.primaryCaseworker, name: c.primaryCaseworker)
    }
}
