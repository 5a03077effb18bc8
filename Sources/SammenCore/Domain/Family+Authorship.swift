extension Family {
    /// Marks what this save adds with who added it: every follow-up or contact, child's voice, goal revision and
    /// board card that is not in `loaded` (the family as this program read it) gets the login of the account
    /// and, when the screen did not say, the initials. What colleagues added is left as they saved it.
    public mutating func stampAuthorship(since loaded: Family?, initials: String, login: String) {
        let oldContacts = Set(loaded?.contacts.map(\.id) ?? [])
        for i in contacts.indices where !oldContacts.contains(contacts[i].id) && contacts[i].byLogin == nil {
            contacts[i].byLogin = login
            if contacts[i].by == nil { contacts[i].by = initials }
        }
        let oldVoices = Set(loaded?.childVoices.map(\.id) ?? [])
        for i in childVoices.indices where !oldVoices.contains(childVoices[i].id) && childVoices[i].byLogin == nil {
            childVoices[i].byLogin = login
            if childVoices[i].by == nil { childVoices[i].by = initials }
        }
        for g in goals.indices {
            let known = loaded?.goals.first { $0.id == goals[g].id }?.revisions.count ?? 0
            for r in goals[g].revisions.indices where r >= known && goals[g].revisions[r].byLogin == nil {
                goals[g].revisions[r].byLogin = login
                if goals[g].revisions[r].by == nil { goals[g].revisions[r].by = initials }
            }
        }
        for m in meetings.indices {
            let oldCards = Set(loaded?.meetings.first { $0.id == meetings[m].id }?.cards.map(\.id) ?? [])
            for c in meetings[m].cards.indices where !oldCards.contains(meetings[m].cards[c].id) && meetings[m].cards[c].recordedByLogin == nil {
                meetings[m].cards[c].recordedByLogin = login
                if meetings[m].cards[c].recordedBy == nil { meetings[m].cards[c].recordedBy = initials }
            }
        }
    }
}
