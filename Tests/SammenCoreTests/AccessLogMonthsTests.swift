import Foundation
import Testing
@testable import SammenCore

/// The access log as one file per month: appends from many writers, the move of Sammen 0.1's access.log,
/// purging whole months, and a clock that jumps (#15.14).
@Suite struct AccessLogMonthsTests {
    func entry(_ time: String, _ detail: String = "x") -> AccessLogEntry {
        AccessLogEntry(time: time, user: "MHA", login: "mha", action: .read, family: "f-test", detail: detail)
    }

    func lines(_ entries: [AccessLogEntry]) throws -> Data {
        var data = Data()
        for e in entries { data.append(try AccessLog.line(e)) }
        return data
    }

    func write(_ data: Data, _ path: String) {
        FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
    }

    func date(_ iso: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: iso)!
    }

    @Test func anEntryGoesToTheFileOfItsOwnMonth() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let log = AccessLog(root: root)
        try log.append(entry("2026-11-30T23:59:59+01:00", "november"))
        try log.append(entry("2026-12-01T00:00:00+01:00", "december"))
        #expect(String(decoding: fileBytes(root + "/log/2026-11.jsonl")!, as: UTF8.self).contains("november"))
        #expect(String(decoding: fileBytes(root + "/log/2026-12.jsonl")!, as: UTF8.self).contains("december"))
        #expect(!String(decoding: fileBytes(root + "/log/2026-12.jsonl")!, as: UTF8.self).contains("november"))
        #expect(AccessLog.month(of: "2026-12-03T10:52:23+01:00") == "2026-12")
        #expect(AccessLog.month(of: "garbage") == nil && AccessLog.month(of: "2026/12") == nil)
    }

    @Test func appendsFromManyWritersAtOnceNeverInterleave() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let writers = 8, each = 150
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            let log = AccessLog(root: root)
            for i in 0..<each {
                try! log.append(entry("2026-12-03T10:00:00+01:00", "writer \(w) line \(i) " + String(repeating: "ø", count: 200)))
            }
        }
        let text = String(decoding: fileBytes(root + "/log/2026-12.jsonl")!, as: UTF8.self)
        let mine = text.split(separator: "\n").filter { $0.contains("writer ") }
        #expect(mine.count == writers * each)
        #expect(mine.allSatisfy { (try? JSONDecoder().decode(AccessLogEntry.self, from: Data($0.utf8))) != nil })
    }

    @Test func theOldAccessLogIsMovedIntoMonthsWithEveryLineExactlyOnce() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        var old = try lines([entry("2026-10-05T09:00:00+02:00", "oktober"), entry("2026-11-05T09:00:00+01:00", "november")])
        old.append(Data("not json at all\n".utf8))
        old.append(try lines([entry("2026-11-06T09:00:00+01:00", "november 2")]))
        write(old, root + "/access.log")
        let before = try AccessLog(root: root).entries().count
        let store = try Store.open(at: root, user: "t", access: .perOperation)
        #expect(!FileManager.default.fileExists(atPath: root + "/access.log"))
        #expect(store.notices.contains { $0.da.contains("én fil pr. måned") })
        let all = accessLogText(root)
        for text in ["oktober", "\"november\"", "november 2", "not json at all"] {
            #expect(all.components(separatedBy: text).count == 2, "\(text) once")
        }
        // The unreadable line stays where it was: with november's lines.
        let november = try #require(try FileManager.default.contentsOfDirectory(atPath: root + "/log").first { $0.hasPrefix("2026-11-migrated-") })
        #expect(String(decoding: fileBytes(root + "/log/" + november)!, as: UTF8.self).contains("not json at all"))
        // Opening again moves nothing twice; an old program's new access.log is moved too, without duplicates.
        store.close()
        write(try lines([entry("2026-12-01T08:00:00+01:00", "efter flytningen")]), root + "/access.log")
        _ = try Store.open(at: root, user: "t", access: .perOperation)
        let again = accessLogText(root)
        #expect(again.components(separatedBy: "oktober").count == 2)
        #expect(again.components(separatedBy: "efter flytningen").count == 2)
        #expect(try AccessLog(root: root).entries().count >= before + 1)
    }

    @Test func aCrashAtEveryStepOfTheMoveLosesAndDoublesNoLine() throws {
        let old = try lines((1...30).map { entry(String(format: "2026-%02d-%02dT09:00:00+01:00", 10 + $0 % 3, 1 + $0 % 3), "linje \($0)") })
        let probe = try makeStore(name: "moveProbe")
        defer { removeFolder((probe as NSString).deletingLastPathComponent) }
        write(old, probe + "/access.log")
        let counter = FaultPlan.counting()
        try AccessLog(root: probe).moveLegacyFile(faults: counter)
        #expect(counter.totalCalls > 5)
        for step in 1...counter.totalCalls {
            let root = try makeStore(name: "moveStep\(step)")
            defer { removeFolder((root as NSString).deletingLastPathComponent) }
            write(old, root + "/access.log")
            do {
                try AccessLog(root: root).moveLegacyFile(faults: FaultPlan(.crash, at: nil, occurrence: step))
            } catch is SimulatedCrash {}
            // Readers see every line exactly once even now, and the next writer finishes the move.
            let seen = try AccessLog(root: root).entries().compactMap(\.detail).filter { $0.hasPrefix("linje ") }
            #expect(seen.count == 30, "step \(step): a reader sees \(seen.count) lines")
            _ = try Store.open(at: root, user: "t", access: .perOperation)
            let after = try AccessLog(root: root).entries().compactMap(\.detail).filter { $0.hasPrefix("linje ") }
            #expect(Set(after).count == 30 && after.count == 30, "step \(step): \(after.count) lines after the move")
            #expect(!FileManager.default.fileExists(atPath: root + "/access.log"))
            #expect(!allPaths(root).contains { $0.hasSuffix(".moving") || $0.contains(".sammen-tmp-") }, "step \(step)")
        }
    }

    /// A purge judges a month by its first and last readable entry: damaged or cut-off lines at either end,
    /// and lines with no date for a time, are passed over, and a file with no readable line is not judged.
    @Test func aMonthsEndsAreItsFirstAndLastReadableEntries() throws {
        let root = makeTemporaryFolder()
        defer { removeFolder(root) }
        let path = root + "/2026-11.jsonl"
        var data = Data("not json\n{\"time\": \"yesterday\", \"user\": \"x\"}\n".utf8)
        data.append(try lines([entry("2026-11-02T09:00:00+01:00"), entry("2026-11-15T09:00:00+01:00"),
                               entry("2026-11-29T17:30:00+01:00")]))
        data.append(Data("{\"time\": \"2026-11-30T08:00:00+01:00\", \"us".utf8))
        write(data, path)
        let ends = try #require(try AccessLog.ends(of: path, shown: "log/2026-11.jsonl"))
        #expect(ends.first == "2026-11-02T09:00:00+01:00")
        #expect(ends.last == "2026-11-29T17:30:00+01:00")
        // Longer than the 64 KB read at each end: the last entry is still found from the back.
        var long = try lines([entry("2026-11-01T08:00:00+01:00")])
        for day in 2...28 {
            for hour in 10..<20 { long.append(try lines([entry("2026-11-\(day < 10 ? "0" : "")\(day)T\(hour):00:00+01:00", String(repeating: "y", count: 600))])) }
        }
        long.append(Data("garbage\n".utf8))
        #expect(long.count > 2 * 64 * 1024)
        write(long, path)
        let longEnds = try #require(try AccessLog.ends(of: path, shown: "log/2026-11.jsonl"))
        #expect(longEnds.first == "2026-11-01T08:00:00+01:00")
        #expect(longEnds.last == "2026-11-28T19:00:00+01:00")
        write(Data("nothing readable\n{}\n".utf8), path)
        #expect(try AccessLog.ends(of: path, shown: "log/2026-11.jsonl") == nil)
    }

    @Test func wholeOldMonthsArePurgedAndTheCurrentOnesKept() throws {
        let root = makeTemporaryFolder() + "/s"
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: root + "/log", withIntermediateDirectories: true)
        for month in ["2026-01", "2026-02", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"] {
            write(try lines([entry("\(month)-01T09:00:00+01:00"), entry("\(month)-28T09:00:00+01:00")]), root + "/log/\(month).jsonl")
        }
        let notice = try AccessLog(root: root).purge(now: date("2026-12-03T12:00:00+01:00"), faults: nil)
        #expect(notice == nil)
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/log").sorted()
        // 180 days before 3 December is 6 June: every month that ended before it goes, June stays whole.
        #expect(left == ["2026-06.jsonl", "2026-07.jsonl", "2026-08.jsonl", "2026-09.jsonl", "2026-10.jsonl", "2026-11.jsonl", "2026-12.jsonl"])
    }

    @Test func aClockYearsAheadPurgesNothingAndSaysSo() throws {
        let root = makeTemporaryFolder() + "/s"
        defer { removeFolder((root as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: root + "/log", withIntermediateDirectories: true)
        for month in ["2026-10", "2026-11", "2026-12"] {
            write(try lines([entry("\(month)-02T09:00:00+01:00")]), root + "/log/\(month).jsonl")
        }
        let log = AccessLog(root: root)
        let jumped = date("2031-06-01T12:00:00+02:00")
        let notice = try #require(try log.purge(now: jumped, faults: nil))
        #expect(notice.da.contains("ikke ryddet") && notice.da.contains("2026-12-02") && notice.en.contains("clock"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/log").count == 3)
        // The program goes on under the wrong clock and writes; the next purge still keeps the real months,
        // because the log jumps years between them and the new lines.
        try log.append(entry(AccessLog.timestamp(jumped)))
        let second = try #require(try log.purge(now: jumped.addingTimeInterval(86_400), faults: nil))
        #expect(second.da.contains("springer") && second.da.contains("2026-10.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/log").count == 4)
        // The clock set right again: nothing of the real months is lost either.
        #expect(try log.purge(now: date("2026-12-04T12:00:00+01:00"), faults: nil) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/log").count == 4)
    }

    @Test func aReaderThatCannotLogShowsNothing() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let reader = try Store.open(at: root, user: "t", access: .readOnly)
        // This month's log file cannot be appended to (a folder stands in its place).
        let current = currentLogFile(root)
        try? FileManager.default.removeItem(atPath: current)
        try FileManager.default.createDirectory(atPath: current, withIntermediateDirectories: false)
        #expect(throws: StoreError.self) { try reader.loadFamily("f-test") }
        #expect(throws: StoreError.self) { try reader.log(.list, detail: "families") }
    }
}

/// Schema 2: team.json's members, store.json's minimumWriterVersion, the logins on what is recorded.
@Suite struct SchemaTwoTests {
    /// A store as Sammen 0.1 wrote it: schema 1, no members, no minimumWriterVersion, one access.log.
    func makeSchemaOneStore(name: String = #function) throws -> String {
        let root = try makeStore(name: name)
        for file in ["store.json", "team.json", "families/f-test.json"] {
            var object = try JSONSerialization.jsonObject(with: fileBytes(root + "/" + file)!) as! [String: Any]
            object["schemaVersion"] = 1
            object.removeValue(forKey: "members")
            object.removeValue(forKey: "minimumWriterVersion")
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            FileManager.default.createFile(atPath: root + "/" + file, contents: data, attributes: [.posixPermissions: 0o600])
        }
        FileManager.default.createFile(atPath: root + "/access.log", contents: fileBytes(currentLogFile(root)),
                                       attributes: [.posixPermissions: 0o600])
        try FileManager.default.removeItem(atPath: root + "/log")
        return root
    }

    @Test func aSchemaOneStoreIsUpgradedWithABackupFirst() throws {
        let root = try makeSchemaOneStore()
        defer { removeFolder(root) }
        let oldTeam = fileBytes(root + "/team.json")!
        let oldMeta = fileBytes(root + "/store.json")!
        // A reader sees it as it will be, and changes nothing.
        let reader = try Store.open(at: root, user: "t", access: .readOnly)
        #expect(reader.team.members.isEmpty)
        #expect(fileBytes(root + "/team.json") == oldTeam && fileBytes(root + "/store.json") == oldMeta)
        let store = try Store.open(at: root, user: "t", access: .perOperation)
        #expect(store.notices.contains { $0.da.contains("opgraderet fra skemaversion 1 til 2") })
        let team = String(decoding: fileBytes(root + "/team.json")!, as: UTF8.self)
        #expect(team.contains("\"schemaVersion\" : 2") && team.contains("\"members\" : ["))
        let meta = String(decoding: fileBytes(root + "/store.json")!, as: UTF8.self)
        #expect(meta.contains("\"minimumWriterVersion\" : \"\(StoreFormat.minimumWriterVersion)\""))
        let backups = try FileManager.default.contentsOfDirectory(atPath: root + "/backups")
        #expect(backups.count == 1 && backups[0].hasPrefix("schema-1-"))
        #expect(fileBytes(root + "/backups/\(backups[0])/team.json") == oldTeam)
        #expect(fileBytes(root + "/backups/\(backups[0])/store.json") == oldMeta)
        #expect(store.check().isEmpty, "\(store.check())")
    }

    @Test func anOlderProgramThanTheStoreAsksForMayOnlyRead() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let path = root + "/store.json"
        let text = String(decoding: fileBytes(path)!, as: UTF8.self)
            .replacingOccurrences(of: "\"minimumWriterVersion\" : \"\(StoreFormat.minimumWriterVersion)\"", with: "\"minimumWriterVersion\" : \"0.10.0\"")
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        #expect(throws: StoreError.programTooOld(required: "0.10.0", running: StoreFormat.programVersion)) {
            try Store.open(at: root, user: "t", access: .perOperation)
        }
        let message = StoreError.programTooOld(required: "0.10.0", running: "0.2.0").message(in: .da)
        #expect(message.contains("Installér Sammen 0.10.0"))
        _ = try Store.open(at: root, user: "t", access: .readOnly)
        #expect(ProgramVersion("0.10.0") > ProgramVersion("0.9.3") && ProgramVersion("1.0") == ProgramVersion("1.0.0"))
    }

    @Test func membersAreAddedOnceAndGetACaseworker() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "t", access: .perOperation)
        #expect(store.mayManageTeam)
        try store.addMember(login: "mette", initials: "MHA", name: nil, leader: true)
        try store.addMember(login: "sofie", initials: "SOK", name: "Sofie Krag", leader: false)
        #expect(throws: StoreError.self) { try store.addMember(login: "mette", initials: "MH2", name: nil, leader: false) }
        #expect(throws: StoreError.self) { try store.addMember(login: "other", initials: "sok", name: nil, leader: false) }
        let again = try Store.open(at: root, user: "t", access: .readOnly)
        #expect(again.team.members == [TeamMember(login: "mette", initials: "MHA", leader: true),
                                       TeamMember(login: "sofie", initials: "SOK", leader: false)])
        #expect(again.team.caseworker("SOK")?.name == "Sofie Krag")
        #expect(again.team.caseworkers.filter { $0.initials == "MHA" }.count == 1)
        try store.removeMember(login: "sofie")
        #expect(throws: StoreError.self) { try store.removeMember(login: "sofie") }
        #expect(try Store.open(at: root, user: "t", access: .readOnly).team.members.map(\.login) == ["mette"])
        #expect(accessLogText(root).contains("team: sofie fjernet"))
    }

    @Test func whatASaveAddsCarriesTheLoginAndWhatOthersAddedIsLeftAlone() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let store = try Store.open(at: root, user: "MHA", access: .perOperation)
        var family = try store.loadFamily("f-test")
        family.contacts.append(Contact(id: "k-old", date: date("2026-01-05"), channel: .phone, kind: .followUp, note: "før", by: "JBO"))
        try store.save(family)
        var next = try store.loadFamily("f-test")
        #expect(next.contacts[0].byLogin == OSAccount.current().login, "a contact added in this save is stamped")
        // A colleague's entry written by hand without a login stays without one.
        next.contacts[0].byLogin = nil
        next.contacts[0].by = "JBO"
        let data = try RecordCodec(policy: .standard).encode(next)
        FileManager.default.createFile(atPath: root + "/families/f-test.json", contents: data, attributes: [.posixPermissions: 0o600])
        var mine = try store.loadFamily("f-test")
        _ = mine.registerContact(date: date("2026-02-01"), channel: .sms, note: "min")
        try store.save(mine)
        let saved = try store.loadFamily("f-test")
        #expect(saved.contacts.first { $0.note == "før" }?.byLogin == nil)
        #expect(saved.contacts.first { $0.note == "min" }?.byLogin == OSAccount.current().login)
        #expect(saved.contacts.first { $0.note == "min" }?.by == "MHA")
        // The fast decoder reads the new field (a summary is never a slow parse because of it).
        #expect(Family.fastDecode(fileBytes(root + "/families/f-test.json")!) != nil)
    }
}
