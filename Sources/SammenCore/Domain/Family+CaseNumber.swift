/// Correcting a case number typed wrong. The case system's number is how a later export finds the case
/// (`sammen import csv` joins by it), so a typing slip must be correctable in Sammen: the case and everything in
/// the family that names it (follow-ups and other contacts, complaints) move to the new number together.
extension Family {
    /// Renames case `old` to `new` everywhere in the family. False (and nothing changed) when the family has no
    /// case `old`, or already has a case `new`.
    @discardableResult
    public mutating func renumberCase(_ old: String, to new: String) -> Bool {
        guard old != new, cases.contains(where: { $0.number == old }), !cases.contains(where: { $0.number == new }) else {
            return false
        }
        for ci in children.indices {
            for ki in children[ci].cases.indices where children[ci].cases[ki].number == old {
                children[ci].cases[ki].number = new
            }
        }
        for i in contacts.indices where contacts[i].caseNumber == old { contacts[i].caseNumber = new }
        for i in complaints.indices where complaints[i].caseNumber == old { complaints[i].caseNumber = new }
        return true
    }
}
