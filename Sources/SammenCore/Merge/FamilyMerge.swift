/// Merging a family edited here with the version a colleague saved meanwhile (base = as loaded here, mine = as
/// edited here, theirs = as it is on disk now). See `ThreeWayMerge` for the rules.
public enum FamilyMerge {
    public struct Outcome: Sendable {
        /// The merged family: every conflict settled by its choice, or by mine where none was made.
        public var family: Family
        /// Every place both changed differently.
        public var conflicts: [MergeConflict]
        /// The conflicts without a choice yet: the family must not be saved until they are empty.
        public var unresolved: [MergeConflict] { conflicts.filter { choices[$0.path] == nil } }
        let choices: [[MergeStep]: MergeSide]
    }

    public static func merge(base: Family, mine: Family, theirs: Family,
                             choices: [[MergeStep]: MergeSide] = [:]) throws -> Outcome {
        var merger = ThreeWayMerge(choices: choices)
        let tree = merger.merge(try JSONTree(encoding: base), try JSONTree(encoding: mine), try JSONTree(encoding: theirs),
                                at: [], labels: []) ?? .object([:])
        var family = try tree.decode(Family.self)
        family.schemaVersion = mine.schemaVersion
        return Outcome(family: family, conflicts: merger.conflicts, choices: choices)
    }

    /// What a save must do, given what is on disk now.
    public enum Decision: Sendable {
        /// Write this family. `merged`: a colleague's change is in it besides mine.
        case write(Family, merged: Bool)
        /// Both changed the same thing: ask which to keep. Nothing is written.
        case ask([MergeConflict], theirs: Family)
    }

    /// The save path's rule: mine as it is when nobody else saved; the merge when someone did; a question when
    /// the merge has a conflict nobody has chosen for.
    public static func decide(base: Family, mine: Family, theirs: Family,
                              choices: [[MergeStep]: MergeSide] = [:]) throws -> Decision {
        if theirs == base || theirs == mine { return .write(mine, merged: false) }
        let outcome = try merge(base: base, mine: mine, theirs: theirs, choices: choices)
        if outcome.unresolved.isEmpty { return .write(outcome.family, merged: true) }
        return .ask(outcome.conflicts, theirs: theirs)
    }
}

/// Thrown by a save when the family changed on disk in a way that needs a person's choice. Nothing was written.
public struct MergeNeeded: Error, Sendable {
    public var conflicts: [MergeConflict]
    /// The family as it is on disk now.
    public var theirs: Family
}
