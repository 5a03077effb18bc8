import Foundation
import Testing
@testable import SammenCore

/// A family opened to be changed is read strictly: a field Sammen does not know, anywhere in the file, would be
/// lost by the next save, so the file is refused and left alone, while the overview still shows the family.
/// (The fast reader serves the strict read too, #19: this is the guarantee it must keep.)
@Suite struct StrictReadTests {
    /// The family's file with `field` added to its first object that has `key`, as a newer Sammen might write it.
    func addField(_ field: String, before key: String, in root: String, id: String = "f-test") throws -> Data {
        let path = root + "/families/\(id).json"
        let text = String(decoding: try #require(fileBytes(path)), as: UTF8.self)
        let range = try #require(text.range(of: "\"\(key)\" :"))
        let changed = Data(text.replacingCharacters(in: range, with: "\"\(field)\" : 1, \"\(key)\" :").utf8)
        try changed.write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        return changed
    }

    @Test(arguments: ["schemaVersion", "birthDate", "primaryCaseworker", "legalBasis"])
    func anUnknownFieldAnywhereRefusesTheChangeAndLeavesTheFile(key: String) throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let bytes = try addField("fremtidigtFelt", before: key, in: root)
        for caseload in [CaseloadLoading.whole, .onDemand] {
            let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: caseload)
            // Still shown in the overview (a store opened for one family reads it strictly, and finds none).
            if caseload == .whole { #expect(store.summary("f-test")?.name == "Familien Test", "\(key)") }
            #expect(throws: StoreError.self) { _ = try store.loadFamily("f-test") }
            #expect(throws: StoreError.self) {
                try store.update("f-test") { $0.registerContact(date: date("2025-03-01"), channel: .phone, note: "x", by: "MHA") }
            }
            store.close()
            #expect(fileBytes(root + "/families/f-test.json") == bytes, "\(key), \(caseload): the file was changed")
        }
    }

    /// The same family with no unknown field is changed as usual (the refusal above is the field's doing).
    @Test func aKnownFamilyIsChanged() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation, caseload: .onDemand)
        try store.update("f-test") { $0.registerContact(date: date("2025-03-01"), channel: .phone, note: "ringet", by: "MHA") }
        store.close()
        let again = try Store.open(at: root, user: "MHA", access: .readOnly)
        #expect(try again.loadFamily("f-test", logAs: nil).contacts.contains { $0.note == "ringet" })
    }
}
