extension Family {
    /// Adds imported children and their follow-ups to a family already in the store. A child who is already
    /// there (same name and birth date) gets the new cases instead of a twin; ids are kept unique.
    public mutating func merge(importedChildren: [Child], contacts newContacts: [Contact]) {
        for imported in importedChildren {
            if let i = children.firstIndex(where: {
                $0.name.caseInsensitiveCompare(imported.name) == .orderedSame && $0.birthDate == imported.birthDate
            }) {
                children[i].cases.append(contentsOf: imported.cases)
                if children[i].cpr == nil { children[i].cpr = imported.cpr }
            } else {
                var child = imported
                child.id = Family.uniqueID(child.id, taken: Set(children.map(\.id)))
                children.append(child)
            }
        }
        let takenContacts = Set(contacts.map(\.id))
        for var contact in newContacts {
            contact.id = Family.uniqueID(contact.id, taken: takenContacts.union(contacts.map(\.id)))
            contacts.append(contact)
        }
    }

    /// `id`, or `id-2`, `id-3`… when taken.
    static func uniqueID(_ id: String, taken: Set<String>) -> String {
        guard taken.contains(id) else { return id }
        var n = 2
        while taken.contains("\(id)-\(n)") { n += 1 }
        return "\(id)-\(n)"
    }
}

import Foundation
