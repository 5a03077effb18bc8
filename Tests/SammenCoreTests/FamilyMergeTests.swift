import Foundation
import Testing
@testable import SammenCore

/// The three-way merge of a family (base = as loaded, mine = as edited here, theirs = as a colleague saved it).
@Suite struct FamilyMergeTests {
    /// A family with something in every kind of list the screens edit.
    func base() -> Family {
        var f = sampleFamily(id: "f-merge", name: "Familien Flet")
        f.address = "Vejen 1"
        f.guardians = [Guardian(name: "Mor Flet", relation: "mor", phone: "11 11 11 11")]
        f.contacts = [Contact(id: "k1", date: date("2026-10-01"), channel: .phone, kind: .followUp, note: "Status")]
        f.annualPlan = [AnnualActivity(id: "a1", year: 2027, month: 3, kind: .followUp, purpose: "Opfølgning", participants: ["Mor"])]
        f.meetings = [Meeting(id: "m1", date: date("2026-11-01"), kind: .network, method: .loft,
                              cards: [BoardCard(id: "k1", column: .worries, text: "Søvn", author: "MHA"),
                                      BoardCard(id: "k2", column: .working, text: "Skolen", author: "MHA")])]
        f.network = [NetworkActor(id: "n1", role: .school, organisation: "Byskolen")]
        return f
    }

    func decide(_ base: Family, _ mine: Family, _ theirs: Family, choices: [[MergeStep]: MergeSide] = [:]) throws -> (Family?, [MergeConflict], Bool) {
        switch try FamilyMerge.decide(base: base, mine: mine, theirs: theirs, choices: choices) {
        case .write(let family, let merged): return (family, [], merged)
        case .ask(let conflicts, _): return (nil, conflicts, false)
        }
    }

    @Test func nobodyElseChangedItSavesMineAsItIs() throws {
        let b = base()
        var mine = b
        mine.name = "Familien Ny"
        let (saved, conflicts, merged) = try decide(b, mine, b)
        #expect(saved == mine && conflicts.isEmpty && !merged)
    }

    @Test func aFollowUpAddedByEachKeepsBothEvenUnderTheSameNewID() throws {
        let b = base()
        var mine = b, theirs = b
        mine.registerContact(date: date("2026-11-20"), channel: .phone, note: "Min opfølgning", by: "MHA")
        theirs.registerContact(date: date("2026-11-21"), channel: .sms, note: "Kollegas opfølgning", by: "JBO")
        #expect(mine.contacts.last!.id == theirs.contacts.last!.id)  // both numbered k2
        let (saved, conflicts, merged) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && merged)
        let notes = saved!.contacts.map(\.note)
        #expect(notes == ["Status", "Kollegas opfølgning", "Min opfølgning"])
        #expect(Set(saved!.contacts.map(\.id)).count == 3)
    }

    @Test func theSameAdditionOnBothSidesIsKeptOnce() throws {
        let b = base()
        var mine = b
        mine.registerContact(date: date("2026-11-20"), channel: .phone, note: "Samme", by: "MHA")
        let (saved, conflicts, _) = try decide(b, mine, mine)
        #expect(conflicts.isEmpty && saved!.contacts.count == 2)
    }

    @Test func aCardAddedByEachOnTheBoard() throws {
        let b = base()
        var mine = b, theirs = b
        mine.meetings[0].cards.append(BoardCard(id: "k3", column: .mustHappen, text: "Mit kort", author: "MHA"))
        theirs.meetings[0].cards.append(BoardCard(id: "k3", column: .worries, text: "Kollegas kort", author: "JBO"))
        let (saved, conflicts, merged) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && merged)
        #expect(saved!.meetings[0].cards.map(\.text) == ["Søvn", "Skolen", "Kollegas kort", "Mit kort"])
    }

    @Test func anActivityEachOnTheWheel() throws {
        let b = base()
        var mine = b, theirs = b
        mine.annualPlan.append(AnnualActivity(id: "a2", year: 2027, month: 5, kind: .networkMeeting, purpose: "Netværksmøde"))
        theirs.annualPlan.append(AnnualActivity(id: "a2", year: 2027, month: 9, kind: .childConversation, purpose: "Børnesamtale"))
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty)
        #expect(saved!.annualPlan.map(\.purpose) == ["Opfølgning", "Børnesamtale", "Netværksmøde"])
        #expect(saved!.annualPlan.map(\.id) == ["a1", "a2", "a3"])
    }

    @Test func differentFieldsMerge() throws {
        let b = base()
        var mine = b, theirs = b
        mine.name = "Familien Flet-Hansen"
        theirs.address = "Gaden 2"
        theirs.contactPreference.channel = .email
        let (saved, conflicts, merged) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && merged)
        #expect(saved!.name == "Familien Flet-Hansen" && saved!.address == "Gaden 2" && saved!.contactPreference.channel == .email)
    }

    @Test func differentFieldsOfOneItemMerge() throws {
        let b = base()
        var mine = b, theirs = b
        mine.meetings[0].cards[0].text = "Søvn og mad"
        theirs.meetings[0].cards[0].column = .mustHappen
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty)
        #expect(saved!.meetings[0].cards[0].text == "Søvn og mad" && saved!.meetings[0].cards[0].column == .mustHappen)
    }

    @Test func theSameFieldChangedByBothIsAConflictWithBothValues() throws {
        let b = base()
        var mine = b, theirs = b
        mine.contacts[0].note = "Min note"
        theirs.contacts[0].note = "Kollegas note"
        theirs.address = "Gaden 2"
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(saved == nil)
        #expect(conflicts.count == 1)
        let conflict = conflicts[0]
        #expect(conflict.path == [.field("contacts"), .item("k1"), .field("note")])
        #expect(conflict.labels == [nil, "2026-10-01 Status", nil])
        #expect(conflict.base == .string("Status") && conflict.mine == .string("Min note") && conflict.theirs == .string("Kollegas note"))

        let (keptTheirs, _, _) = try decide(b, mine, theirs, choices: [conflict.path: .theirs])
        #expect(keptTheirs!.contacts[0].note == "Kollegas note" && keptTheirs!.address == "Gaden 2")
        let (keptMine, _, _) = try decide(b, mine, theirs, choices: [conflict.path: .mine])
        #expect(keptMine!.contacts[0].note == "Min note" && keptMine!.address == "Gaden 2")
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        let b = base()
        var mine = b, theirs = b
        mine.name = "Familien Enig"
        theirs.name = "Familien Enig"
        theirs.address = "Gaden 2"
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.name == "Familien Enig" && saved!.address == "Gaden 2")
    }

    @Test func aRemovalMergesWithAnAdditionElsewhere() throws {
        let b = base()
        var mine = b, theirs = b
        mine.network.removeAll()
        theirs.registerContact(date: date("2026-11-21"), channel: .sms, note: "Ny", by: "JBO")
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.network.isEmpty && saved!.contacts.count == 2)
    }

    @Test func removedHereButChangedThereAsks() throws {
        let b = base()
        var mine = b, theirs = b
        mine.meetings[0].cards.removeAll { $0.id == "k1" }
        theirs.meetings[0].cards[0].text = "Søvn, nu værre"
        let (_, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.count == 1)
        #expect(conflicts[0].path == [.field("meetings"), .item("m1"), .field("cards"), .item("k1")])
        #expect(conflicts[0].mine == nil && conflicts[0].theirs?.object?["text"] == .string("Søvn, nu værre"))
        let (removed, _, _) = try decide(b, mine, theirs, choices: [conflicts[0].path: .mine])
        #expect(removed!.meetings[0].cards.map(\.id) == ["k2"])
        let (kept, _, _) = try decide(b, mine, theirs, choices: [conflicts[0].path: .theirs])
        #expect(kept!.meetings[0].cards.map(\.text) == ["Søvn, nu værre", "Skolen"])
    }

    @Test func changedHereButRemovedThereAsks() throws {
        let b = base()
        var mine = b, theirs = b
        mine.network[0].organisation = "Byskolen, afd. Nord"
        theirs.network.removeAll()
        let (_, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.count == 1 && conflicts[0].theirs == nil && conflicts[0].mine != nil)
        #expect(conflicts[0].labels.last == "Byskolen")
    }

    @Test func removedOnBothSidesIsGone() throws {
        let b = base()
        var mine = b, theirs = b
        mine.network.removeAll()
        theirs.network.removeAll()
        theirs.address = nil
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.network.isEmpty && saved!.address == nil)
    }

    @Test func anOptionalFieldSetOnOneSideAndClearedOnTheOther() throws {
        let b = base()
        var mine = b, theirs = b
        mine.internalNotes = "Ring efter kl. 15"
        theirs.address = nil
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.internalNotes == "Ring efter kl. 15" && saved!.address == nil)

        var mine2 = b, theirs2 = b
        mine2.address = "Min adresse"
        theirs2.address = nil
        let (_, asked, _) = try decide(b, mine2, theirs2)
        #expect(asked.count == 1 && asked[0].path == [.field("address")] && asked[0].theirs == nil)
    }

    @Test func casesMergeByTheirCaseNumberAndMeasuresByID() throws {
        let b = base()
        var mine = b, theirs = b
        mine.children[0].cases[0].buddyCaseworker = "JBO"
        theirs.children[0].cases[0].measures[0].provider = "Aflastningen"
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty)
        #expect(saved!.children[0].cases[0].buddyCaseworker == "JBO")
        #expect(saved!.children[0].cases[0].measures[0].provider == "Aflastningen")

        var mine2 = b, theirs2 = b
        mine2.children[0].cases[0].primaryCaseworker = "JBO"
        theirs2.children[0].cases[0].primaryCaseworker = "KLA"
        let (_, asked, _) = try decide(b, mine2, theirs2)
        #expect(asked.map(\.path) == [[.field("children"), .item("c1"), .field("cases"), .item("2025-0001"), .field("primaryCaseworker")]])
    }

    @Test func aListOfNamesMergesAsASet() throws {
        let b = base()
        var mine = b, theirs = b
        mine.annualPlan[0].participants = ["Mor", "Skolen"]
        theirs.annualPlan[0].participants = ["PPR"]
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.annualPlan[0].participants == ["PPR", "Skolen"])
    }

    @Test func aListWithoutIDsMergesWhenBothOnlyAppended() throws {
        let b = base()
        var mine = b, theirs = b
        mine.guardians.append(Guardian(name: "Far Flet", relation: "far"))
        theirs.guardians.append(Guardian(name: "Plejemor", relation: "plejemor"))
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.guardians.map(\.name) == ["Mor Flet", "Plejemor", "Far Flet"])
    }

    @Test func aListWithoutIDsEditedOnBothSidesAsksAsAWhole() throws {
        let b = base()
        var mine = b, theirs = b
        mine.guardians[0].phone = "22 22 22 22"
        theirs.guardians[0].email = "mor@example.org"
        let (_, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.map(\.path) == [[.field("guardians")]])
    }

    @Test func myReorderKeepsTheColleaguesNewCard() throws {
        let b = base()
        var mine = b, theirs = b
        mine.meetings[0].cards.reverse()
        theirs.meetings[0].cards.append(BoardCard(id: "k3", column: .agreements, text: "Aftale", author: "JBO"))
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.meetings[0].cards.map(\.id) == ["k2", "k1", "k3"])
    }

    @Test func aMeetingAddedByEachKeepsBothWithTheirCards() throws {
        let b = base()
        var mine = b, theirs = b
        mine.meetings.append(Meeting(id: "m2", date: date("2026-12-01"), kind: .followUp, method: .loft,
                                     cards: [BoardCard(id: "k1", column: .worries, text: "Mit", author: "MHA")]))
        theirs.meetings.append(Meeting(id: "m2", date: date("2026-12-02"), kind: .network, method: .signsOfSafety))
        let (saved, conflicts, _) = try decide(b, mine, theirs)
        #expect(conflicts.isEmpty && saved!.meetings.map(\.id) == ["m1", "m2", "m3"])
        #expect(saved!.meetings[2].cards.map(\.text) == ["Mit"])
    }

    @Test func severalConflictsAreAllReportedAndAllMustBeChosen() throws {
        let b = base()
        var mine = b, theirs = b
        mine.name = "A"; theirs.name = "B"
        mine.annualPlan[0].month = 4; theirs.annualPlan[0].month = 6
        let outcome = try FamilyMerge.merge(base: b, mine: mine, theirs: theirs, choices: [[.field("name")]: .theirs])
        #expect(outcome.conflicts.count == 2)
        #expect(outcome.unresolved.map(\.path) == [[.field("annualPlan"), .item("a1"), .field("month")]])
        #expect(outcome.family.name == "B" && outcome.family.annualPlan[0].month == 4)
    }

    @Test func freshIDsFollowTheNumbering() {
        #expect(ThreeWayMerge.freshID(like: "k5", taken: ["k1", "k5", "k6", "ag2"]) == "k7")
        #expect(ThreeWayMerge.freshID(like: "ag2", taken: ["ag1", "ag2", "k9"]) == "ag3")
        #expect(ThreeWayMerge.freshID(like: "x", taken: ["x", "x-2"]) == "x-3")
    }

    @Test func jsonTreeKeepsBoolsAndNumbersApart() throws {
        let tree = try JSONDecoder().decode(JSONTree.self, from: Data(#"{"a":true,"b":1,"c":1.5,"d":null,"e":["x"]}"#.utf8))
        #expect(tree == .object(["a": .bool(true), "b": .int(1), "c": .double(1.5), "d": .null, "e": .array([.string("x")])]))
        let family = base()
        #expect(try JSONTree(encoding: family).decode(Family.self) == family)
    }
}

/// The store's merging save and its refresh of single families: two instances of one store, as two colleagues.
@Suite struct MergingSaveTests {
    @Test func aColleaguesFollowUpAndMineAreBothSaved() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let me = try Store.open(at: root, user: "mha", access: .perOperation)
        let colleague = try Store.open(at: root, user: "jbo", access: .perOperation)
        let base = try me.loadFamily("f-test")
        try colleague.update("f-test") { $0.registerContact(date: date("2026-11-21"), channel: .sms, note: "Kollega", by: "JBO") }
        var mine = base
        mine.registerContact(date: date("2026-11-22"), channel: .phone, note: "Mig", by: "MHA")
        let result = try me.save(mine, base: base)
        #expect(result.merged)
        let onDisk = try Store.open(at: root, user: "x", access: .readOnly).loadFamily("f-test")
        #expect(onDisk.contacts.map(\.note) == ["Kollega", "Mig"] && onDisk == result.family)
    }

    @Test func theSameFieldWritesNothingUntilChosen() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let me = try Store.open(at: root, user: "mha", access: .perOperation)
        let colleague = try Store.open(at: root, user: "jbo", access: .perOperation)
        let base = try me.loadFamily("f-test")
        try colleague.update("f-test") { $0.name = "Familien Kollega" }
        let path = root + "/families/f-test.json"
        let before = fileBytes(path)
        var mine = base
        mine.name = "Familien Mig"
        #expect(throws: MergeNeeded.self) { try me.save(mine, base: base) }
        #expect(fileBytes(path) == before)
        do {
            _ = try me.save(mine, base: base)
        } catch let needed as MergeNeeded {
            #expect(needed.conflicts.map(\.path) == [[.field("name")]] && needed.theirs.name == "Familien Kollega")
        }
        let chosen = try me.save(mine, base: base, choices: [[.field("name")]: .mine])
        #expect(chosen.family.name == "Familien Mig")
        #expect(try Store.open(at: root, user: "x", access: .readOnly).loadFamily("f-test").name == "Familien Mig")
    }

    @Test func aLaterReadElsewhereInTheProgramDoesNotHideAColleaguesSave() throws {
        let root = try makeStore()
        defer { removeFolder(root) }
        let me = try Store.open(at: root, user: "mha", access: .perOperation)
        let colleague = try Store.open(at: root, user: "jbo", access: .perOperation)
        let base = try me.loadFamily("f-test")
        try colleague.update("f-test") { $0.name = "Familien Kollega" }
        _ = try me.loadFamily("f-test")  // e.g. an export read it meanwhile; the screen still edits `base`
        var mine = base
        mine.address = "Min vej 1"
        let saved = try me.save(mine, base: base)
        #expect(saved.merged && saved.family.name == "Familien Kollega" && saved.family.address == "Min vej 1")
    }

    @Test func refreshReadsOnlyWhatAColleagueChanged() throws {
        let root = try makeStore([sampleFamily(id: "f-a", caseNumber: "1"), sampleFamily(id: "f-b", caseNumber: "2")])
        defer { removeFolder(root) }
        let me = try Store.open(at: root, user: "mha", access: .perOperation)
        let colleague = try Store.open(at: root, user: "jbo", access: .perOperation)
        #expect(me.refreshFamilies(["f-a", "f-b"]).isEmpty)
        // My own save is already known.
        var mine = try me.loadFamily("f-a")
        mine.name = "Familien Egen"
        _ = try me.save(mine, base: try me.loadFamily("f-a"))
        #expect(me.refreshFamilies(["f-a"]).isEmpty)
        try colleague.update("f-b") { $0.name = "Familien Ændret" }
        #expect(me.refreshFamilies(["f-a", "f-b"]) == Store.Refreshed(changed: ["f-b"], removed: []))
        #expect(me.summary("f-b")?.name == "Familien Ændret")
        unlink(root + "/families/f-a.json")
        #expect(me.refreshAll() == Store.Refreshed(changed: [], removed: ["f-a"]))
        #expect(me.summary("f-a") == nil && me.summaries.count == 1)
        // A damaged file leaves the caseload and is reported.
        try Data("{".utf8).write(to: URL(fileURLWithPath: root + "/families/f-b.json"))
        #expect(me.refreshFamilies(["f-b"]).removed == ["f-b"])
        #expect(me.problems.contains { $0.path == "families/f-b.json" })
    }
}
