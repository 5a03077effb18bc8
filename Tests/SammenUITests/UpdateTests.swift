import Testing
@testable import SammenCore
@testable import SammenUI

@Suite struct UpdateTests {
    @Test func overdueFirstThenSoonest() {
        let source = sampleSource()
        let state = makeState(source)
        // Ahmed: 6 weeks from 1 Sep = 13 Oct (overdue); Bæk: 3 months from 1 Oct = 1 Jan; Østergaard: 6 weeks from
        // 1 Nov = 13 Dec; Dahl: 3 months from 20 Oct = 20 Jan.
        #expect(state.visibleRows.map(\.familyName) == ["Familien Ahmed", "Familien Østergaard", "Familien Bæk", "Familien Dahl"])
        #expect(state.visibleRows[0].overdueDays == 40)
    }

    @Test func theUsersOwnCaseloadIsTheDefault() {
        let source = sampleSource()
        let state = makeState(source, user: "JBO")
        // JBO's own cases and the case where JBO is the buddy.
        #expect(Set(state.visibleRows.map(\.caseNumber)) == ["S-2", "S-3", "S-4"])
    }

    @Test func movingClampsAtBothEnds() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .up, source: source)
        #expect(state.dashboard.selected == 0)
        press(&state, .down, .character("j"), .down, .down, .down, source: source)
        #expect(state.dashboard.selected == 3)
        press(&state, .character("k"), source: source)
        #expect(state.dashboard.selected == 2)
        press(&state, .character("g"), source: source)
        #expect(state.dashboard.selected == 0)
        press(&state, .character("G"), source: source)
        #expect(state.dashboard.selected == 3)
        press(&state, .pageUp, source: source)
        #expect(state.dashboard.selected == 0)
        press(&state, .pageDown, source: source)
        #expect(state.dashboard.selected == 3)
    }

    @Test func incrementalSearchWithDanishLetters() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .character("/"), source: source)
        #expect(state.dashboard.searching)
        type(&state, "ø", source: source)
        #expect(state.visibleRows.map(\.familyName) == ["Familien Østergaard"])
        press(&state, .backspace, source: source)
        #expect(state.visibleRows.count == 4)
        type(&state, "ærenf", source: source)
        #expect(state.visibleRows.map(\.childName) == ["Ærenfried"])
        press(&state, .enter, source: source)
        #expect(!state.dashboard.searching && state.dashboard.search == "ærenf")
        #expect(source.searches == ["ærenf"])
        press(&state, .character("/"), .escape, source: source)
        #expect(state.dashboard.search.isEmpty && state.visibleRows.count == 4)
    }

    @Test func escClearsAKeptSearchAndSaysSo() {
        let source = sampleSource()
        var state = makeState(source, width: 80, height: 24)
        press(&state, .character("/"), source: source)
        type(&state, "ærenf", source: source)
        press(&state, .enter, source: source)
        #expect(state.visibleRows.count == 1)
        #expect(Renderer.render(state).text().contains("Esc ryd søgningen"))
        press(&state, .escape, source: source)
        #expect(state.dashboard.search.isEmpty && state.visibleRows.count == 4)
        #expect(state.status?.text == "Søgningen er ryddet: alle sager vises igen.")
        #expect(!Renderer.render(state).text().contains("Esc ryd"))
        // With no search, Esc on the caseload does nothing at all.
        state.status = nil
        press(&state, .escape, source: source)
        #expect(state.status == nil && state.visibleRows.count == 4 && state.screen == .dashboard)
    }

    @Test func searchFindsCaseNumbersAndCaseworkers() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .character("/"), source: source)
        type(&state, "s-4", source: source)
        #expect(state.visibleRows.map(\.caseNumber) == ["S-4"])
        press(&state, .escape, .character("/"), source: source)
        type(&state, "jbo", source: source)
        #expect(Set(state.visibleRows.map(\.caseNumber)) == ["S-2", "S-3", "S-4"])
    }

    @Test func caseworkerAndKindFiltersCycle() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .character("c"), source: source)
        #expect(state.dashboard.caseworker == "MHA")
        #expect(Set(state.visibleRows.map(\.caseNumber)) == ["S-1", "S-2"])
        press(&state, .character("c"), source: source)
        #expect(state.dashboard.caseworker == "JBO")
        press(&state, .character("c"), source: source)
        #expect(state.dashboard.caseworker == nil)
        press(&state, .character("v"), source: source)
        #expect(state.dashboard.kind == .sixWeeks && Set(state.visibleRows.map(\.caseNumber)) == ["S-1", "S-3"])
        press(&state, .character("v"), source: source)
        #expect(Set(state.visibleRows.map(\.caseNumber)) == ["S-2", "S-4"])
        press(&state, .character("v"), source: source)
        #expect(state.visibleRows.map(\.caseNumber) == ["S-1"])
        press(&state, .character("v"), source: source)
        // Flagged: S-2 (buddy, transition) and the families whose network meeting is overdue (none held, N).
        #expect(Set(state.visibleRows.map(\.caseNumber)) == ["S-1", "S-2", "S-4"])
        #expect(state.visibleRows.filter { $0.caseNumber != "S-2" }.allSatisfy { $0.flags.networkMeeting })
        press(&state, .character("v"), source: source)
        #expect(state.dashboard.kind == .all)
    }

    @Test func sortingByColumnAndReverse() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .character("s"), source: source)
        #expect(state.dashboard.sort == .family)
        #expect(state.visibleRows.map(\.familyName) == ["Familien Ahmed", "Familien Bæk", "Familien Dahl", "Familien Østergaard"])
        press(&state, .character("S"), source: source)
        #expect(state.visibleRows.first?.familyName == "Familien Østergaard")
        // The selection follows its row through a re-sort.
        let selected = state.visibleRows[state.dashboard.selected].caseNumber
        press(&state, .character("s"), source: source)
        #expect(state.visibleRows[state.dashboard.selected].caseNumber == selected)
    }

    @Test func enterOpensEscGoesBack() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .enter, source: source)
        #expect(state.screen == .family && state.family?.family.id == "f-a")
        press(&state, .tab, source: source)
        #expect(state.family?.pane == 1)
        press(&state, .escape, source: source)
        #expect(state.screen == .dashboard && state.family == nil)
        press(&state, .character("l"), source: source)
        #expect(state.screen == .family)
        press(&state, .character("h"), source: source)
        #expect(state.screen == .dashboard)
    }

    @Test func registeringAFollowUpMovesTheNextDueDateAtOnce() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        #expect(state.visibleRows[0].caseNumber == "S-1" && state.visibleRows[0].overdueDays > 0)
        press(&state, .enter, .character("f"), source: source)
        let form = try! #require(state.form)
        #expect(form.channel == .sms)  // the family's preference
        #expect(form.dateText == "22.11.2026")
        press(&state, .tab, .right, .tab, .tab, .tab, source: source)
        type(&state, "Mor fortæller om ny skole", source: source)
        press(&state, .enter, source: source)
        #expect(state.form == nil)
        #expect(state.status?.isError == false)
        #expect(state.status?.text.contains("03.01.2027") == true)
        let saved = try! #require(source.saved.last)
        #expect(saved.contacts.last?.note == "Mor fortæller om ny skole")
        #expect(saved.contacts.last?.channel == .email)
        #expect(saved.contacts.last?.by == "MHA")
        press(&state, .escape, source: source)
        let row = state.rows.first { $0.caseNumber == "S-1" }!
        #expect(row.nextDue == d("2027-01-03") && row.overdueDays == 0)
        #expect(state.visibleRows.last?.caseNumber == "S-1")
    }

    @Test func aFailedSaveKeepsTheEditAndSaysWhy() {
        let source = sampleSource()
        source.failSaves = StoreError.io(step: .syncToDisk, path: "families/f-a.json", errno: 28)
        var state = makeState(source)
        press(&state, .enter, .character("f"), .tab, .tab, .tab, .tab, source: source)
        type(&state, "vigtig note", source: source)
        press(&state, .enter, source: source)
        #expect(state.form?.note == "vigtig note")
        #expect(state.status?.isError == true)
        #expect(state.status?.text.contains("disken er fuld") == true)
        source.failSaves = nil
        press(&state, .enter, source: source)
        #expect(state.form == nil && source.saved.count == 1)
    }

    @Test func anImpossibleDateIsRefusedInWords() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .enter, .character("f"), source: source)
        for _ in 0..<10 { press(&state, .backspace, source: source) }
        type(&state, "30.02.2026", source: source)
        press(&state, .enter, source: source)
        #expect(state.form?.error?.contains("30.02.2026") == true)
        #expect(source.saved.isEmpty)
    }

    @Test func quittingAsksOnlyWhenSomethingIsUnsaved() {
        let source = sampleSource()
        var state = makeState(source)
        #expect(press(&state, .character("q"), source: source) == .quit)
        press(&state, .enter, .character("f"), source: source)
        type(&state, "1", source: source)
        #expect(press(&state, .control("c"), source: source) == .none)
        #expect(state.overlay == .confirmQuit)
        #expect(press(&state, .character("n"), source: source) == .none)
        #expect(state.form != nil)
        press(&state, .escape, source: source)
        #expect(state.overlay == .confirmDiscard)
        press(&state, .character("j"), source: source)
        #expect(state.form == nil)
        #expect(press(&state, .character("q"), source: source) == .quit)
    }

    @Test func readOnlyRefusesToOpenTheForm() {
        let source = sampleSource()
        source.readOnlyReason = "i brug af MHA"
        var state = makeState(source)
        press(&state, .enter, .character("f"), source: source)
        #expect(state.form == nil && state.status?.isError == true)
    }

    @Test func helpOpensAndClosesAndTabsSwitchScreens() {
        let source = sampleSource()
        var state = makeState(source)
        press(&state, .character("?"), source: source)
        #expect(state.overlay == .help)
        press(&state, .character("j"), source: source)
        #expect(state.overlay == .help && state.dashboard.selected == 0)
        press(&state, .escape, source: source)
        #expect(state.overlay == nil)
        press(&state, .character("2"), source: source)
        #expect(state.screen == .leader)
        press(&state, .escape, source: source)
        #expect(state.screen == .dashboard)
        press(&state, .function(1), source: source)
        #expect(state.overlay == .help)
    }

    @Test func mouseClickSelectsAndASecondClickOpens() {
        let source = sampleSource()
        var state = makeState(source)
        _ = App.update(&state, .mouse(x: 5, y: DashboardScreen.firstRowY + 2, button: .left), source: source)
        #expect(state.dashboard.selected == 2)
        _ = App.update(&state, .mouse(x: 5, y: DashboardScreen.firstRowY + 2, button: .left), source: source)
        #expect(state.screen == .family)
        _ = App.update(&state, .mouse(x: 12, y: 0, button: .left), source: source)
        #expect(state.screen == .dashboard)
        _ = App.update(&state, .mouse(x: 5, y: 20, button: .scrollDown), source: source)
        #expect(state.dashboard.selected == 3)
    }

    @Test func everyBindingInTheTableDoesSomething() {
        for binding in KeyBindings.all {
            for key in binding.keys {
                let scope = binding.scope == .global ? Scope.dashboard : binding.scope
                #expect(KeyBindings.action(for: key, in: scope) != nil, "\(key) in \(scope)")
            }
        }
        // A key bound twice in one scope would make one binding dead.
        for scope in [Scope.dashboard, .leader, .family] {
            let keys = KeyBindings.all.filter { $0.scope == scope || $0.scope == .global }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(scope)")
        }
    }

    @Test func leaderFiguresMatchTheDeadlineEngine() {
        let source = sampleSource()
        let figures = LeaderScreen.figures(summaries: source.summaries, team: source.team, today: d("2026-11-22"))
        let mha = figures.first { $0.initials == "MHA" }!
        let overdue = DeadlineEngine.deadlines(for: source.summaries, today: d("2026-11-22"))
            .filter { $0.kind == .followUp && $0.caseworker == "MHA" && $0.overdueDays(on: d("2026-11-22")) > 0 }
        #expect(mha.cases == 2 && mha.overdue == overdue.count && mha.overdue == 1)
        #expect(figures.first { $0.initials == "JBO" }!.buddyCases == 1)
    }

    @Test func everyTextHasEveryLanguage() {
        for language in Language.allCases {
            let table = Catalogue.table(language)
            for key in UIText.allCases {
                #expect(!(table[key] ?? "").isEmpty, "\(key) missing in \(language)")
            }
        }
    }

    @Test func languageFromFlagAndEnvironment() {
        #expect(Language.resolve(flag: nil, environment: [:]) == .da)
        #expect(Language.resolve(flag: "en", environment: [:]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "da_DK.UTF-8"]) == .da)
        #expect(Language.resolve(flag: "da", environment: ["LANG": "en_US.UTF-8"]) == .da)
    }

    /// Found by the key storm: End twice overflowed the scroll offset and trapped.
    @Test func endTwiceThenUpScrollsBackAtOnce() {
        let source = sampleSource()
        var state = makeState(source, width: 60, height: 10)
        press(&state, .character("2"), .end, .end, source: source)
        let bottom = state.leaderScroll
        press(&state, .up, source: source)
        #expect(state.leaderScroll == max(0, bottom - 1))
        press(&state, .character("1"), .enter, .end, .end, .end, source: source)
        let before = Renderer.render(state).text()
        press(&state, .up, source: source)
        #expect(Renderer.render(state).text() != before)
    }
}
