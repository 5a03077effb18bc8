import Foundation
import Testing
import SammenCore

/// Runs `body` on a new store of the kind named `kind` (`ContractFactories`), destroyed afterwards. A kind that
/// cannot run here is skipped with its reason printed, so a run without a database server says so.
func onStore(_ kind: String, _ test: String = #function, _ body: (_ handle: any ContractStoreHandle) throws -> Void) throws {
    guard let factory = ContractFactories.all.first(where: { $0.name == kind }) else {
        Issue.record("no store kind «\(kind)»")
        return
    }
    if let reason = factory.skipReason {
        print("SKIPPED \(test) on the \(kind) store: \(reason)")
        return
    }
    let handle = try factory.makeStore(team: contractTeam(), user: "MHA")
    defer { handle.destroy() }
    try body(handle)
}

func contractTeam() -> Team {
    Team(name: "Kontrakt-team", targetCaseload: 25, caseworkers: [
        Caseworker(initials: "MHA", name: "Mette Hansen"), Caseworker(initials: "JBO", name: "Jonas Bo"),
    ])
}

/// A family with one child and one case under SEL § 52 (a 6-week follow-up), as a caseworker enters it.
func contractFamily(_ id: FamilyID, name: String = "Familien Kontrakt", caseNumber: String = "2026-0001",
                    caseworker: String = "MHA") -> Family {
    let basis = try! LegalBasisParser.parse("SEL § 52").get()
    let measure = Measure(id: "m1", legalBasis: basis, description: "Støtte", started: LocalDate(iso: "2026-01-10")!)
    let childCase = ChildCase(number: caseNumber, primaryCaseworker: caseworker, opened: LocalDate(iso: "2026-01-10")!,
                              measures: [measure])
    return Family(id: id, name: name, children: [Child(id: "c1", name: "Emma", birthDate: LocalDate(iso: "2015-04-02")!,
                                                       cases: [childCase])])
}

/// The thrown error, or nil when `body` did not throw.
func thrownError(_ body: () throws -> Void) -> Error? {
    do { try body() } catch { return error }
    return nil
}

/// A record as Sammen writes it (pretty, sorted keys), for writing one behind a store's back.
func recordBytes(_ family: Family, schemaVersion: Int? = nil, extraField: String? = nil) throws -> Data {
    var object = try JSONSerialization.jsonObject(with: RecordCodec().encode(family)) as! [String: Any]
    if let schemaVersion { object["schemaVersion"] = schemaVersion }
    if let extraField { object[extraField] = "ukendt" }
    return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
}
