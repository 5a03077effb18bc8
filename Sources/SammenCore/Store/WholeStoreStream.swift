import Foundation

/// A whole store handed over a part at a time, for `sammen store copy` (`CaseloadStore.importWholeStore`): the
/// store written to holds one family, and one part of the access log, at a time, so a municipality's 100,000
/// families are copied in memory that does not grow with their number.
public struct WholeStoreStream {
    public var meta: StoreMeta
    public var team: Team
    /// Every family's id, in the order `nextFamily` gives them. Checked (valid, unique) before anything is written.
    public var familyIDs: [FamilyID]
    /// The family with `familyIDs[n]` on its n-th call. May throw: then nothing is written.
    public var nextFamily: () throws -> Family
    /// The next part of the access log, oldest first; nil when there is no more. May throw: then nothing is
    /// written.
    public var nextLogEntries: () throws -> [AccessLogEntry]?

    public init(meta: StoreMeta, team: Team, familyIDs: [FamilyID], nextFamily: @escaping () throws -> Family,
                nextLogEntries: @escaping () throws -> [AccessLogEntry]?) {
        self.meta = meta
        self.team = team
        self.familyIDs = familyIDs
        self.nextFamily = nextFamily
        self.nextLogEntries = nextLogEntries
    }

    /// What is already in memory, handed over as a stream (the log in one part).
    public init(_ contents: StoreContents) {
        var nextFamily = 0
        var logGiven = false
        self.init(meta: contents.meta, team: contents.team, familyIDs: contents.families.map(\.id),
                  nextFamily: {
                      defer { nextFamily += 1 }
                      return contents.families[nextFamily]
                  },
                  nextLogEntries: {
                      defer { logGiven = true }
                      return logGiven || contents.accessLog.isEmpty ? nil : contents.accessLog
                  })
    }

    /// Throws `.invalid` (in words) for an id that is not a valid family id or that comes twice.
    public func checkFamilyIDs() throws {
        var ids = Set<FamilyID>()
        ids.reserveCapacity(familyIDs.count)
        for id in familyIDs {
            guard Family.isValidID(id) else { throw StoreError.invalid(Phrase(da: "Ugyldigt familie-id «\(id)»", en: "Invalid family id «\(id)»")) }
            guard ids.insert(id).inserted else {
                throw StoreError.invalid(Phrase(da: "Familie-id «\(id)» findes to gange i det, der skal kopieres.",
                                                en: "The family id «\(id)» appears twice in what is to be copied."))
            }
        }
    }

    /// The n-th family, refused when it is not the one `familyIDs` promised (nothing is then written).
    public func family(number n: Int) throws -> Family {
        let family = try nextFamily()
        guard family.id == familyIDs[n] else {
            throw StoreError.invalid(Phrase(verbatim: "store copy: family \(family.id) came in place of \(familyIDs[n])"))
        }
        return family
    }
}
