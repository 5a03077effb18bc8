import SammenCore

/// The choice a save needs when a colleague changed the same thing in the family: for each place both changed,
/// keep mine or theirs. Everything else is merged already. Nothing is written until the person saves.
public struct ConflictView: Sendable, Equatable {
    /// The family as edited here, whole: what is saved, merged, when the person has chosen.
    public var mine: Family
    /// The family as it was loaded here.
    public var base: Family
    public var conflicts: [MergeConflict]
    /// Every conflict starts as "keep mine": what the person typed is never thrown away without a choice.
    public var choices: [[MergeStep]: MergeSide]
    public var selected = 0
    /// What the status says when the save goes through.
    public var message: String

    public init(mine: Family, base: Family, conflicts: [MergeConflict], choices: [[MergeStep]: MergeSide] = [:], message: String) {
        self.mine = mine
        self.base = base
        self.conflicts = conflicts
        self.message = message
        var all = choices
        for conflict in conflicts where all[conflict.path] == nil { all[conflict.path] = .mine }
        self.choices = all
    }

    public func choice(_ index: Int) -> MergeSide { choices[conflicts[index].path] ?? .mine }
}
