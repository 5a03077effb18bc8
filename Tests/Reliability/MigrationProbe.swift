import Foundation

// A Sammen whose schema is version 3, for killing a migration of a store of today's Sammen (version 2; the
// shipped 1 → 2 migration runs first on an older store). Compiled by Tests/Reliability/run.sh together with the SammenCore sources, as one
// module, so it needs no import. Opening a version-1 store for writing migrates every file: a backup first,
// then all files in one transaction. run.sh kills this process at every write, fsync and rename of that.
//
//   sammen-probe migrate STORE   open for writing (migrating), close; exit 0, or 3 with the message
//   sammen-probe check STORE     open read-only as schema 2 and check; exit 0 clean, 1 with problems, 3 on error
//
// And the interactive program's save, at today's schema (no migration), for killing it while a colleague's program
// has the store open:
//   sammen-probe uisave STORE BASE   BASE is a family file as the program read it before a colleague saved the
//                                    family: adds a follow-up and a note to it and saves through the program's one
//                                    save path (`Store.save(_:base:)`: the lock, a reload, the merge, the write)
//   sammen-probe hold STORE          a colleague's program: open for writing, then read what changes every 50 ms
//                                    (as the event loop does after the watcher wakes it) until killed; never writes

@main
struct MigrationProbe {
    static let policy = SchemaPolicy(current: 3, migrations: [1: SchemaUpgrades.toSchema2, 2: { object in
        // Version 3 of this test schema only renumbers; a real migration would reshape `object` here.
        if object["name"] == nil, let old = object.removeValue(forKey: "familyName") { object["name"] = old }
    }])

    static func uiSave(store root: String, base path: String) -> Never {
        do {
            let store = try Store.open(at: root, user: "probe", access: .perOperation)
            let data = try POSIX.readFile(path, shown: "base")
            let base = try RecordCodec(policy: SchemaPolicy.standard).decode(Family.self, from: data, shown: "base").value
            var mine = base
            mine.registerContact(date: LocalDate(iso: "2026-09-04")!, channel: .meeting, note: "programmets opfølgning", by: "probe")
            mine.internalNotes = "rettet i programmet"
            let saved = try store.save(mine, base: base)
            store.close()
            print(saved.merged ? "merged" : "written")
            exit(0)
        } catch let error as StoreError {
            FileHandle.standardError.write(Data((error.danishMessage + "\n").utf8))
            exit(3)
        } catch {
            FileHandle.standardError.write(Data("uventet fejl: \(error)\n".utf8))
            exit(3)
        }
    }

    static func main() {
        let args = CommandLine.arguments
        if args.count == 4 && args[1] == "uisave" { uiSave(store: args[2], base: args[3]) }
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
            case "hold":
                let store = try Store.open(at: args[2], user: "kollega", access: .perOperation)
                while true {
                    usleep(50_000)
                    _ = store.refreshAll()
                }
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
