extension Family {
    /// Registers a contact in the log. A planned follow-up (`.followUp`) moves the next due date of the
    /// case it names, or of every case when it names none. Returns the new entry.
    @discardableResult
    public mutating func registerContact(date: LocalDate, channel: ContactChannel, kind: ContactKind = .followUp,
                                         note: String = "", caseNumber: String? = nil, by: String? = nil) -> Contact {
        let taken = Set(contacts.map(\.id))
        var n = contacts.count + 1
        while taken.contains("k\(n)") { n += 1 }
        let contact = Contact(id: "k\(n)", date: date, channel: channel, kind: kind, caseNumber: caseNumber,
                              note: note, by: by)
        contacts.append(contact)
        return contact
    }
}
