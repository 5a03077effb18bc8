import Foundation
@testable import SammenCore

/// The JSON-file store: a private store in a temporary folder, as `sammen init` makes it.
struct FileStoreFactory: ContractStoreFactory {
    let name = "file"
    var skipReason: String? { nil }

    func makeStore(team: Team, user: String) throws -> any ContractStoreHandle {
        let base = FileManager.default.temporaryDirectory.path + "/sammen-contract-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let root = base + "/store"
        try Store.create(at: root, meta: StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false),
                         team: team, user: user).close()
        return FileStoreHandle(base: base, root: root, user: user)
    }
}

final class FileStoreHandle: ContractStoreHandle {
    let base: String
    let root: String
    let user: String

    init(base: String, root: String, user: String) {
        self.base = base
        self.root = root
        self.user = user
    }

    func open(access: StoreAccess) throws -> any CaseloadStore {
        try Store.open(at: root, user: user, access: access)
    }

    func openFailingNextWrite() throws -> any CaseloadStore {
        let store = try Store.open(at: root, user: user, access: .perOperation)
        // The record's write is the first rename from now on (the access log is appended, not renamed).
        store.faults = FaultPlan(.fail(errno: EIO), at: .rename)
        return store
    }

    func writeRawRecord(_ id: FamilyID, _ bytes: Data) throws {
        let path = root + "/" + StoreFormat.familyPath(id)
        guard FileManager.default.createFile(atPath: path, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        chmod(path, 0o600)
    }

    func rawRecord(_ id: FamilyID) throws -> Data? {
        FileManager.default.contents(atPath: root + "/" + StoreFormat.familyPath(id))
    }

    func setStoreSchemaVersion(_ version: Int) throws {
        let path = root + "/" + StoreFormat.metaFile
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        object["schemaVersion"] = version
        if version < 2 { object.removeValue(forKey: "minimumWriterVersion") }
        let written = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try written.write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        // The team file of a store that old has no members yet.
        if version < 2 {
            let teamPath = root + "/" + StoreFormat.teamFile
            let teamData = try Data(contentsOf: URL(fileURLWithPath: teamPath))
            guard var team = try JSONSerialization.jsonObject(with: teamData) as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
            team["schemaVersion"] = version
            team.removeValue(forKey: "members")
            try JSONSerialization.data(withJSONObject: team, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: teamPath))
            chmod(teamPath, 0o600)
        }
    }

    func destroy() {
        try? FileManager.default.removeItem(atPath: base)
    }
}
