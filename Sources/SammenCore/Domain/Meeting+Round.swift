/// Who spoke where on a meeting's board: a participant has spoken on a column when a card there is theirs. The
/// LØFT summary says "everyone had their say in each part" only when this shows it, and otherwise names who did not.
extension Meeting {
    /// Participant id → the columns they have a card in (every participant listed, perhaps with none).
    public var coverage: [String: Set<BoardColumn>] {
        var result: [String: Set<BoardColumn>] = [:]
        for p in participants { result[p.id] = [] }
        for card in cards { result[card.author, default: []].insert(card.column) }
        return result
    }

    /// The participants with the columns (in board order, from `columns`) they have no card in.
    public func unheard(in columns: [BoardColumn]) -> [(participant: Participant, columns: [BoardColumn])] {
        let covered = coverage
        return participants.compactMap { p in
            let missing = columns.filter { !(covered[p.id]?.contains($0) ?? false) }
            return missing.isEmpty ? nil : (p, missing)
        }
    }
}
