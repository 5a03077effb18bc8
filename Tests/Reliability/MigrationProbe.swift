import Foundation

// A Sammen whose schema is version 3, for killing a migration of a store of today's Sammen (version 2; the
// shipped 1 → 2 migration runs first on an older store). Compiled by Tests/Reliability/run.sh together with the SammenCore sources, as one
// module, so it needs no import. Opening a version-1 store for writing migrates every file: a backup first,
// then all files in one transaction. run.sh kills this process at every write, fsync and rename of that.
//
//   sammen-probe migrate STORE   open for writing (migrating), close; exit 0, or 3 with the message
//   sammen-probe check STORE     open read-only as schema 2 and check; exit 0 clean, 1 with problems, 3 on error

@main
struct MigrationProbe {
    static let policy = SchemaPolicy(current: 3, migrations: [1: SchemaUpgrades.toSchema2, 2: { object in
        // Version 3 of this test schema only renumbers; a real migration would reshape `object` here.
        if object["name"] == nil, let old = object.removeValue(forKey: "familyName") { object["name"] = old }
    }])

    static func main() {
        let args = CommandLine.arguments
        guard args.count == 3 else {
            FileHandle.standardError.write(Data("brug: sammen-probe migrate|check ARKIV\n".utf8))
            exit(2)
        }
        do {
            switch args[1] {
            case "migrate":
                let store = try Store.open(at: args[2], user: "probe", access: .perOperation, policy: policy)
                for notice in store.notices { print(notice) }
                store.close()
                exit(0)
            case "check":
                let store = try Store.open(at: args[2], user: "probe", access: .readOnly, policy: policy)
                let problems = store.check()
                for problem in problems { print(problem.danishMessage) }
                exit(problems.isEmpty ? 0 : 1)
            default:
                exit(2)
            }
        } catch let error as StoreError {
            FileHandle.standardError.write(Data((error.danishMessage + "\n").utf8))
            exit(3)
        } catch {
            FileHandle.standardError.write(Data("uventet fejl: \(error)\n".utf8))
            exit(3)
        }
    }
}
