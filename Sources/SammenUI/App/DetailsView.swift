import SammenCore

/// The family's details (stamdata): the family, its parents and other contacts, the children with their cases
/// and measures, and the internal notes. Which item is selected; the family itself is in `AppState.family`.
public struct DetailsView: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case family
        case guardian(Int)
        case child(String)
        case childCase(String)
        case measure(caseNumber: String, id: String)
        case notes
    }

    public var selected = 0

    public init(selected: Int = 0) { self.selected = selected }
}

/// One change to a family's record, kept so `u` can undo it: the record as it was, and what undoing says.
public struct RecordChange: Sendable, Equatable {
    public var familyID: FamilyID
    public var before: Family
    /// The record right after the change: undo puts `before` back only while the record is still this, so it
    /// never throws away what was done since (in the årshjul, on the board, by a colleague).
    public var after: Family
    /// What was done, in the words the status line used ("Sag S-1 er lukket …"), for "Fortrudt: …".
    public var description: String
    /// A message of its own for undoing, when "Fortrudt: …" is not the best words.
    public var undoneMessage: String?

    public init(familyID: FamilyID, before: Family, after: Family, description: String, undoneMessage: String? = nil) {
        self.familyID = familyID
        self.before = before
        self.after = after
        self.description = description
        self.undoneMessage = undoneMessage
    }
}
