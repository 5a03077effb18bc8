import Foundation
import Testing
import SammenCore

/// The store guarantees of docs/architecture.md, written once against `CaseloadStore` and run on every kind of
/// store (`ContractFactories.all`): what the screens and commands rely on, whatever holds the records.
@Suite struct StoreContractTests {
    // MARK: Whole or nothing

    @Test(arguments: ContractFactories.names)
    func aFailedSaveLeavesTheRecordAsItWasAndCanBeRetried(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            try setup.create(contractFamily("f-atomic"))
            setup.close()
            let before = try #require(try handle.rawRecord("f-atomic"))

            let failing = try handle.openFailingNextWrite()
            var family = try failing.loadFamily("f-atomic")
            family.address = "Nørregade 1, 5000 Odense C"
            #expect(thrownError { try failing.save(family) } != nil, "the failing write did not fail")
            failing.close()
            #expect(try handle.rawRecord("f-atomic") == before, "a failed save changed the record")
            let reader = try handle.open(access: .readOnly)
            #expect(try reader.loadFamily("f-atomic").address == nil)
            #expect(reader.problems.isEmpty, "a failed save left a problem: \(reader.problems)")

            let again = try handle.open(access: .perOperation)
            var retried = try again.loadFamily("f-atomic")
            retried.address = "Nørregade 1, 5000 Odense C"
            try again.save(retried)
            #expect(try handle.open(access: .readOnly).loadFamily("f-atomic").address == "Nørregade 1, 5000 Odense C")
        }
    }

    @Test(arguments: ContractFactories.names)
    func anImportWithOneTakenIDWritesNoneOfItsFamilies(kind: String) throws {
        try onStore(kind) { handle in
            let store = try handle.open(access: .perOperation)
            try store.create(contractFamily("f-taken", name: "Familien Først"))
            let before = try handle.rawRecord("f-taken")
            let error = thrownError {
                try store.commitImport(newFamilies: [contractFamily("f-new1", caseNumber: "2026-0101"),
                                                     contractFamily("f-taken", name: "Familien Anden", caseNumber: "2026-0102")],
                                       changedFamilies: [], team: nil, detail: "kontrakt")
            }
            #expect(error as? StoreError == .conflict(path: StoreFormat.familyPath("f-taken")))
            let fresh = try handle.open(access: .readOnly)
            #expect(fresh.summary("f-new1") == nil, "half an import was written")
            #expect(try handle.rawRecord("f-new1") == nil, "half an import was written")
            #expect(try handle.rawRecord("f-taken") == before)
        }
    }

    @Test(arguments: ContractFactories.names)
    func aStreamedImportIsAllOrNothingToo(kind: String) throws {
        try onStore(kind) { handle in
            let store = try handle.open(access: .perOperation)
            let families = (1...3).map { contractFamily("f-stream\($0)", caseNumber: "2026-020\($0)") }
            let ids = families.map(\.id)
            // The third family cannot be made (the import's second pass failed): the first two must not stay.
            struct Broken: Error {}
            var made = 0
            #expect(throws: Broken.self) {
                try store.commitImport(newFamilyIDs: ids, nextNewFamily: {
                    defer { made += 1 }
                    if made == 2 { throw Broken() }
                    return families[made]
                }, changedFamilies: [], team: nil, detail: "kontrakt")
            }
            for id in ids { #expect(try handle.rawRecord(id) == nil, "half a streamed import was written: \(id)") }
            #expect(try handle.open(access: .readOnly).summaries.isEmpty)
            // Whole, it is written, and a fresh instance sees every family.
            made = 0
            try store.commitImport(newFamilyIDs: ids, nextNewFamily: {
                defer { made += 1 }
                return families[made]
            }, changedFamilies: [], team: nil, detail: "kontrakt")
            let fresh = try handle.open(access: .readOnly)
            #expect(Set(fresh.summaries.map(\.id)) == Set(ids))
            for family in families { #expect(fresh.summary(family.id) == FamilySummary(try fresh.loadFamily(family.id, logAs: nil))) }
        }
    }

    /// A re-import that changes families already in the store, each made as it comes (#15.17): all or nothing when
    /// one cannot be made, a conflict (and nothing written) when a colleague saved one since it was read for the
    /// import, and written whole otherwise, summaries included.
    @Test(arguments: ContractFactories.names)
    func aStreamedReimportOfChangedFamiliesIsAllOrNothingAndChecksForColleagues(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            let ids = ["f-re1", "f-re2"]
            for (n, id) in ids.enumerated() { try setup.create(contractFamily(id, caseNumber: "2026-030\(n)")) }
            let before = try ids.map { try handle.rawRecord($0) }

            let importer = try handle.open(access: .perOperation)
            func readForImport() throws -> [Family] {
                try ids.map {
                    var family = try importer.loadFamilyForImport($0, remembersFingerprint: true)
                    family.children[0].cases[0].primaryCaseworker = "KLA"
                    return family
                }
            }
            struct Broken: Error {}
            var changed = try readForImport()
            var made = 0
            #expect(throws: Broken.self) {
                try importer.commitImport(newFamilyIDs: [], nextNewFamily: { throw Broken() }, changedFamilyIDs: ids, nextChangedFamily: {
                    defer { made += 1 }
                    if made == 1 { throw Broken() }
                    return changed[made]
                }, team: nil, detail: "kontrakt")
            }
            #expect(try ids.map { try handle.rawRecord($0) } == before, "half a streamed re-import was written")

            // A colleague saves the second family after the import read it: the import is refused whole.
            let colleague = try handle.open(access: .perOperation)
            var theirs = try colleague.loadFamily("f-re2")
            theirs.address = "Hos kollegaen"
            try colleague.save(theirs)
            let colleagues = try handle.rawRecord("f-re2")
            made = 0
            let error = thrownError {
                try importer.commitImport(newFamilyIDs: [], nextNewFamily: { throw Broken() }, changedFamilyIDs: ids, nextChangedFamily: {
                    defer { made += 1 }
                    return changed[made]
                }, team: nil, detail: "kontrakt")
            }
            #expect(error as? StoreError == .conflict(path: StoreFormat.familyPath("f-re2")), "\(String(describing: error))")
            #expect(try handle.rawRecord("f-re1") == before[0], "a refused re-import wrote a family")
            #expect(try handle.rawRecord("f-re2") == colleagues, "a refused re-import overwrote the colleague's save")

            // Read again, it is written whole, and a fresh instance sees the changes and their summaries.
            changed = try readForImport()
            made = 0
            try importer.commitImport(newFamilyIDs: [], nextNewFamily: { throw Broken() }, changedFamilyIDs: ids, nextChangedFamily: {
                defer { made += 1 }
                return changed[made]
            }, team: nil, detail: "kontrakt")
            let fresh = try handle.open(access: .readOnly)
            for id in ids {
                let family = try fresh.loadFamily(id, logAs: nil)
                #expect(family.children[0].cases[0].primaryCaseworker == "KLA")
                #expect(fresh.summary(id) == FamilySummary(family))
            }
            #expect(try fresh.loadFamily("f-re2", logAs: nil).address == "Hos kollegaen", "the colleague's save was lost")
            #expect(importer.summary("f-re1")?.cases.first?.primaryCaseworker == "KLA", "the importer's own caseload is stale")
        }
    }

    // MARK: Conflicts

    @Test(arguments: ContractFactories.names)
    func twoWritersOfOneRecordConflictWithTheSameStoreError(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            try setup.create(contractFamily("f-both"))
            let mine = try handle.open(access: .perOperation)
            let theirs = try handle.open(access: .perOperation)
            var a = try mine.loadFamily("f-both")
            var b = try theirs.loadFamily("f-both")
            a.address = "Hos mig"
            b.address = "Hos dem"
            try theirs.save(b)
            let written = try handle.rawRecord("f-both")
            #expect(thrownError { try mine.save(a) } as? StoreError == .conflict(path: StoreFormat.familyPath("f-both")))
            #expect(try handle.rawRecord("f-both") == written, "the conflicting save wrote")
            #expect(try handle.open(access: .readOnly).loadFamily("f-both").address == "Hos dem")
        }
    }

    @Test(arguments: ContractFactories.names)
    func twoWritersOfTheTeamConflict(kind: String) throws {
        try onStore(kind) { handle in
            let mine = try handle.open(access: .perOperation)
            let theirs = try handle.open(access: .perOperation)
            var a = mine.team
            var b = theirs.team
            a.targetCaseload = 20
            b.targetCaseload = 30
            try theirs.saveTeam(b)
            #expect(thrownError { try mine.saveTeam(a) } as? StoreError == .conflict(path: StoreFormat.teamFile))
            #expect(try handle.open(access: .readOnly).team.targetCaseload == 30)
        }
    }

    @Test(arguments: ContractFactories.names)
    func createFailsWhenTheIDIsTaken(kind: String) throws {
        try onStore(kind) { handle in
            let first = try handle.open(access: .perOperation)
            let second = try handle.open(access: .perOperation)
            try first.create(contractFamily("f-one", name: "Familien Først"))
            let before = try handle.rawRecord("f-one")
            #expect(thrownError { try second.create(contractFamily("f-one", name: "Familien Anden")) } as? StoreError == .conflict(path: StoreFormat.familyPath("f-one")))
            #expect(thrownError { try first.create(contractFamily("f-one", name: "Familien Tredje")) } as? StoreError == .conflict(path: StoreFormat.familyPath("f-one")))
            #expect(try handle.rawRecord("f-one") == before)
            #expect(try handle.open(access: .readOnly).loadFamily("f-one").name == "Familien Først")
        }
    }

    @Test(arguments: ContractFactories.names)
    func theMergingSaveKeepsTwoDifferentChanges(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            try setup.create(contractFamily("f-merge"))
            let mine = try handle.open(access: .perOperation)
            let theirs = try handle.open(access: .perOperation)
            let base = try mine.loadFamily("f-merge")
            let theirBase = try theirs.loadFamily("f-merge")
            var theirChange = theirBase
            theirChange.internalNotes = "Ringet til skolen"
            #expect(!(try theirs.save(theirChange, base: theirBase).merged))
            var myChange = base
            myChange.address = "Vestergade 2"
            let saved = try mine.save(myChange, base: base)
            #expect(saved.merged, "a colleague's change was not noticed")
            let now = try handle.open(access: .readOnly).loadFamily("f-merge")
            #expect(now.address == "Vestergade 2")
            #expect(now.internalNotes == "Ringet til skolen")
            #expect(saved.family == now, "the save did not return the family as written")
        }
    }

    @Test(arguments: ContractFactories.names)
    func theMergingSaveAsksWhenBothChangedTheSameThingAndWritesNothing(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            try setup.create(contractFamily("f-same"))
            let mine = try handle.open(access: .perOperation)
            let theirs = try handle.open(access: .perOperation)
            let base = try mine.loadFamily("f-same")
            var theirChange = try theirs.loadFamily("f-same")
            theirChange.address = "Hos dem"
            _ = try theirs.save(theirChange, base: base)
            let written = try handle.rawRecord("f-same")
            var myChange = base
            myChange.address = "Hos mig"
            let error = thrownError { _ = try mine.save(myChange, base: base) }
            #expect(error is MergeNeeded, "expected MergeNeeded, got \(String(describing: error))")
            #expect((error as? MergeNeeded)?.theirs.address == "Hos dem")
            #expect(try handle.rawRecord("f-same") == written, "a merge that needs a choice wrote")
        }
    }

    @Test(arguments: ContractFactories.names)
    func updateChangesTheRecordAsItIsNow(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            try setup.create(contractFamily("f-update"))
            let cli = try handle.open(access: .perOperation)
            _ = try cli.loadFamily("f-update")
            let colleague = try handle.open(access: .perOperation)
            var changed = try colleague.loadFamily("f-update")
            changed.internalNotes = "Kollegaens note"
            try colleague.save(changed)
            let saved = try cli.update("f-update") { $0.address = "Torvet 3" }
            #expect(saved.internalNotes == "Kollegaens note", "update worked on an old copy")
            let now = try handle.open(access: .readOnly).loadFamily("f-update")
            #expect(now.internalNotes == "Kollegaens note")
            #expect(now.address == "Torvet 3")
        }
    }

    @Test(arguments: ContractFactories.names)
    func aReadOnlyStoreRefusesEveryWrite(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            try setup.create(contractFamily("f-ro"))
            let reader = try handle.open(access: .readOnly)
            #expect(!(reader.isWritable))
            let family = try reader.loadFamily("f-ro")
            #expect(thrownError { try reader.save(family) } as? StoreError == .readOnly)
            #expect(thrownError { try reader.create(contractFamily("f-ro2")) } as? StoreError == .readOnly)
            #expect(thrownError { try reader.saveTeam(reader.team) } as? StoreError == .readOnly)
            #expect(try handle.rawRecord("f-ro2") == nil)
        }
    }

    // MARK: Records the codec refuses

    @Test(arguments: ContractFactories.names)
    func aDamagedRecordIsReportedLeftOutAndNeverOverwritten(kind: String) throws {
        try onStore(kind) { handle in
            let setup = try handle.open(access: .perOperation)
            try setup.create(contractFamily("f-good"))
            setup.close()
            let damaged = Data(#"{ "schemaVersion": 2, "id": "f-bad", "name": "#.utf8)
            try handle.writeRawRecord("f-bad", damaged)
            let store = try handle.open(access: .perOperation)
            let path = StoreFormat.familyPath("f-bad")
            #expect(store.problems.contains { $0.path == path }, "not reported: \(store.problems)")
            #expect(Set(store.summaries.map(\.id)) == ["f-good"])
            #expect(store.missingFamilyFiles == [path])
            #expect(!(store.isEmpty), "a store with a damaged record is not empty")
            guard case .unreadable? = thrownError({ _ = try store.loadFamily("f-bad") }) as? StoreError else {
                Issue.record("loading the damaged record did not throw .unreadable"); return
            }
            #expect(thrownError { try store.create(contractFamily("f-bad")) } != nil, "created over a damaged record")
            #expect(thrownError { _ = try store.update("f-bad") { $0.address = "x" } } != nil)
            #expect(thrownError { try store.save(contractFamily("f-bad")) } != nil, "saved over a damaged record")
            #expect(store.newFamilyID(reserved: []) != "f-bad")
            store.close()
            #expect(try handle.rawRecord("f-bad") == damaged, "the damaged record was changed")
            #expect(store.check(today: nil).contains { $0.path == path }, "check does not name it")
        }
    }

    @Test(arguments: ContractFactories.names)
    func aRecordWithAFieldSammenDoesNotKnowIsNeverSavedOver(kind: String) throws {
        try onStore(kind) { handle in
            let bytes = try recordBytes(contractFamily("f-unknown"), extraField: "fremtidigtFelt")
            try handle.writeRawRecord("f-unknown", bytes)
            let store = try handle.open(access: .perOperation)
            guard case .unreadable? = thrownError({ _ = try store.loadFamily("f-unknown") }) as? StoreError else {
                Issue.record("a record with an unknown field was loaded for changing"); return
            }
            #expect(thrownError { try store.save(contractFamily("f-unknown")) } != nil)
            store.close()
            #expect(try handle.rawRecord("f-unknown").flatMap(canonicalJSON) == canonicalJSON(bytes), "the record was changed")
        }
    }

    @Test(arguments: ContractFactories.names)
    func aRecordFromANewerSammenIsRefusedAndLeftAlone(kind: String) throws {
        try onStore(kind) { handle in
            let newer = StoreFormat.currentSchemaVersion + 1
            let bytes = try recordBytes(contractFamily("f-newer"), schemaVersion: newer)
            try handle.writeRawRecord("f-newer", bytes)
            let store = try handle.open(access: .perOperation)
            let path = StoreFormat.familyPath("f-newer")
            #expect(store.problems.contains { $0.path == path })
            #expect(store.summary("f-newer") == nil)
            #expect(thrownError { _ = try store.loadFamily("f-newer") } as? StoreError == .newerSchema(path: path, found: newer, supported: StoreFormat.currentSchemaVersion))
            store.close()
            #expect(try handle.rawRecord("f-newer").flatMap(canonicalJSON) == canonicalJSON(bytes), "the record was changed")
        }
    }

    // MARK: Schema of the store

    @Test(arguments: ContractFactories.names)
    func aStoreFromANewerSammenIsRefused(kind: String) throws {
        try onStore(kind) { handle in
            try handle.setStoreSchemaVersion(StoreFormat.currentSchemaVersion + 1)
            let error = thrownError { _ = try handle.open(access: .perOperation) }
            switch error as? StoreError {
            case .newerSchema?, .programTooOld?: break
            default: Issue.record("a store of a newer schema was opened for writing: \(String(describing: error))")
            }
        }
    }

    @Test(arguments: ContractFactories.names)
    func anOlderStoreIsMigratedOnOpenAndKeepsItsRecords(kind: String) throws {
        try onStore(kind) { handle in
            let family = contractFamily("f-old")
            try handle.writeRawRecord("f-old", try recordBytes(family, schemaVersion: 1))
            try handle.setStoreSchemaVersion(1)
            let store = try handle.open(access: .perOperation)
            #expect(store.meta.schemaVersion == StoreFormat.currentSchemaVersion)
            #expect(try store.loadFamily("f-old") == family, "the migration changed the record")
            store.close()
            let raw = try #require(try handle.rawRecord("f-old").flatMap(jsonObject))
            #expect(raw["schemaVersion"] as? Int == StoreFormat.currentSchemaVersion, "the record was not migrated")
            let again = try handle.open(access: .perOperation)
            #expect(again.meta.schemaVersion == StoreFormat.currentSchemaVersion)
            #expect(try again.loadFamily("f-old") == family)
        }
    }

    // MARK: The access log

    @Test(arguments: ContractFactories.names)
    func theAccessLogOnlyGrowsAndNamesWhoDidWhat(kind: String) throws {
        try onStore(kind) { handle in
            let store = try handle.open(access: .perOperation)
            let before = try store.accessLogEntries(family: nil)
            try store.create(contractFamily("f-log"))
            var family = try store.loadFamily("f-log")
            family.address = "Algade 4"
            try store.save(family)
            try store.log(.search, family: nil, detail: "søgning i sagsstammen: «Kontrakt»")
            _ = thrownError { try store.create(contractFamily("f-log")) }
            var team = store.team
            team.targetCaseload = 22
            try store.saveTeam(team)
            let after = try store.accessLogEntries(family: nil)
            #expect(Array(after.prefix(before.count)) == before, "an earlier entry changed or went")
            let added = after.dropFirst(before.count)
            for (action, id) in [(AccessAction.create, "f-log"), (.read, "f-log"), (.change, "f-log")] as [(AccessAction, FamilyID?)] {
                #expect(added.contains { $0.action == action && $0.family == id }, "no \(action) entry for \(id ?? "-")")
            }
            #expect(added.contains { $0.action == .search && $0.detail == "søgning i sagsstammen: «Kontrakt»" })
            for entry in added {
                #expect(entry.user == store.user)
                #expect(entry.login == store.login)
            }
            let reader = try handle.open(access: .readOnly)
            #expect(Array(try reader.accessLogEntries(family: nil).prefix(after.count)) == after)
        }
    }

    @Test(arguments: ContractFactories.names)
    func theExtractForOneFamilyHoldsOnlyItsEntries(kind: String) throws {
        try onStore(kind) { handle in
            let store = try handle.open(access: .perOperation)
            try store.create(contractFamily("f-mine", caseNumber: "2026-0201"))
            try store.create(contractFamily("f-other", caseNumber: "2026-0202"))
            _ = try store.loadFamily("f-mine")
            _ = try store.loadFamily("f-other")
            let extract = try store.accessLogEntries(family: "f-mine")
            #expect(extract.map(\.action) == [.create, .read])
            #expect(extract.allSatisfy { $0.family == "f-mine" })
        }
    }

    // MARK: Summaries

    @Test(arguments: ContractFactories.names)
    func summariesMatchTheRecordsAndFollowColleaguesSaves(kind: String) throws {
        try onStore(kind) { handle in
            let writer = try handle.open(access: .perOperation)
            let families = (1...5).map { n in
                contractFamily("f-sum\(n)", name: "Familien Nr\(n)", caseNumber: "2026-03\(n)0", caseworker: n % 2 == 0 ? "JBO" : "MHA")
            }
            for family in families { try writer.create(family) }
            let viewer = try handle.open(access: .readOnly)
            #expect(Set(viewer.summaries.map(\.id)) == Set(families.map(\.id)))
            for summary in viewer.summaries {
                #expect(summary == FamilySummary(try viewer.loadFamily(summary.id, logAs: nil)), "\(summary.id)")
            }
            #expect(viewer.findFamily("2026-0320")?.id == "f-sum2")

            var changed = try writer.loadFamily("f-sum3")
            changed.children[0].cases[0].primaryCaseworker = "JBO"
            try writer.save(changed)
            let refreshed = viewer.refreshFamilies(["f-sum3"])
            #expect(refreshed.changed == ["f-sum3"])
            #expect(viewer.summary("f-sum3") == FamilySummary(try writer.loadFamily("f-sum3", logAs: nil)))
            #expect(viewer.summary("f-sum3")?.cases.first?.primaryCaseworker == "JBO")
            #expect(viewer.refreshAll().isEmpty, "nothing changed since, yet the refresh found something")
        }
    }

    @Test(arguments: ContractFactories.names)
    func aColleaguesNewFamilyIsFoundByRefreshAll(kind: String) throws {
        try onStore(kind) { handle in
            let viewer = try handle.open(access: .readOnly)
            let writer = try handle.open(access: .perOperation)
            try writer.create(contractFamily("f-late"))
            #expect(viewer.refreshAll().changed == ["f-late"])
            #expect(viewer.summary("f-late") == FamilySummary(try writer.loadFamily("f-late", logAs: nil)))
        }
    }

    @Test(arguments: ContractFactories.names)
    func theChangeFeedTellsOfAColleaguesSaveAndTeamChange(kind: String) throws {
        try onStore(kind) { handle in
            let viewer = try handle.open(access: .readOnly)
            let writer = try handle.open(access: .perOperation)
            try writer.create(contractFamily("f-feed"))
            // With and without notifications: what the event loop calls after waking (or its poll interval).
            for polling in [true, false] {
                let feed = viewer.changeFeed(polling: polling)
                _ = feed.changes()
                var family = try writer.loadFamily("f-feed")
                family.internalNotes = "Gemt af en kollega (\(polling))"
                try writer.save(family)
                let changes = feed.changes()
                #expect(changes.everything || changes.families.contains("f-feed"), "polling \(polling): \(changes)")
                let refreshed = changes.everything ? viewer.refreshAll() : viewer.refreshFamilies(changes.families.sorted())
                #expect(refreshed.changed.contains("f-feed"), "polling \(polling)")
                #expect(viewer.summary("f-feed") == FamilySummary(try writer.loadFamily("f-feed", logAs: nil)))
                #expect(feed.changes().isEmpty, "polling \(polling): news without a change")

                var team = writer.team
                team.targetCaseload += 1
                try writer.saveTeam(team)
                #expect(feed.changes().team, "polling \(polling): the team change was not told")
                #expect(viewer.refreshTeam())
                #expect(viewer.team.targetCaseload == team.targetCaseload)
            }
        }
    }

    // MARK: Moving a whole store

    @Test(arguments: ContractFactories.names)
    func aWholeStoreGoesIntoAnEmptyStoreExactlyAndNeverIntoAFullOne(kind: String) throws {
        try onStore(kind) { handle in
            let store = try handle.open(access: .perOperation)
            #expect(store.isEmpty)
            var team = contractTeam()
            team.name = "Det kopierede team"
            var family = contractFamily("f-copied")
            family.internalNotes = "Æblegrød – «citat» \u{1F600}"
            let log = [
                AccessLogEntry(time: "2026-01-05T09:00:00+01:00", user: "MHA", login: "mha", action: .create, detail: "nyt arkiv med 0 familier"),
                AccessLogEntry(time: "2026-02-10T10:30:00+01:00", user: "JBO", login: "jbo", action: .read, family: "f-copied"),
            ]
            let meta = StoreMeta(created: LocalDate(iso: "2025-06-01")!, training: true, municipality: "Søby Kommune (fiktiv)")
            try store.importWholeStore(StoreContents(meta: meta, team: team, families: [family], accessLog: log), detail: "kopi fra kontrakt")
            let copy = try handle.open(access: .readOnly)
            let copied = try RecordCodec().encode(copy.loadFamily("f-copied", logAs: nil))
            #expect(copied == (try RecordCodec().encode(family)))
            #expect(copy.team == team)
            #expect(copy.meta.created == meta.created)
            #expect(copy.meta.training == true)
            #expect(copy.meta.municipality == meta.municipality)
            let entries = try copy.accessLogEntries(family: nil)
            #expect(isSubsequence(log, of: entries), "the copied log is not in the store as it was")
            #expect(entries.contains { $0.action == .import && $0.detail == "kopi fra kontrakt" })

            let full = try handle.open(access: .perOperation)
            #expect(!(full.isEmpty))
            let error = thrownError {
                try full.importWholeStore(StoreContents(meta: meta, team: contractTeam(), families: [contractFamily("f-second")], accessLog: []),
                                          detail: "kopi nr. 2")
            }
            guard case .invalid? = error as? StoreError else { Issue.record("copied into a store that is not empty"); return }
            #expect(try handle.rawRecord("f-second") == nil)
            #expect(try handle.open(access: .readOnly).team == team)
        }
    }
}

private func jsonObject(_ data: Data) -> [String: Any]? {
    try? JSONSerialization.jsonObject(with: data) as? [String: Any]
}

/// The same JSON whatever its key order and spacing (a database's jsonb keeps neither).
private func canonicalJSON(_ data: Data) -> Data? {
    guard let object = try? JSONSerialization.jsonObject(with: data) else { return nil }
    return try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
}

/// Whether every element of `part` is in `whole`, in the same order.
func isSubsequence<T: Equatable>(_ part: [T], of whole: [T]) -> Bool {
    var rest = whole[...]
    for element in part {
        guard let i = rest.firstIndex(of: element) else { return false }
        rest = rest[(i + 1)...]
    }
    return true
}
