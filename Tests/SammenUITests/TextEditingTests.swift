import Testing
@testable import SammenCore
@testable import SammenUI

/// Text fields edit like text fields: a cursor, Home/End, Backspace and Delete in the middle, paste; a limit that
/// says so and never cuts.
@Suite struct TextEditingTests {
    func field(_ text: String, limit: Int = 20) -> (String, TextEditing) { (text, TextEditing(text: text, limit: limit)) }

    @Test func typingGoesWhereTheCursorIs() {
        var (text, e) = field("Mor og far")
        e.home()
        e.type("(", into: &text)
        e.end(text)
        e.type(")", into: &text)
        #expect(text == "(Mor og far)")
        e.home()
        for _ in 0..<5 { e.right(text) }
        e.type("X", into: &text)
        #expect(text == "(Mor Xog far)" && e.cursor == 6)
        e.left(text)
        e.left(text)
        #expect(e.cursor == 4)
    }

    @Test func backspaceAndDeleteInTheMiddle() {
        var (text, e) = field("abcdef")
        e.home()
        e.right(text); e.right(text); e.right(text)
        e.backspace(&text)
        #expect(text == "abdef" && e.cursor == 2)
        e.delete(&text)
        #expect(text == "abef" && e.cursor == 2)
        // At the ends nothing happens and nothing breaks.
        e.home()
        let noBackspace = e.backspace(&text)
        #expect(!noBackspace)
        e.end(text)
        let noDelete = e.delete(&text)
        #expect(!noDelete)
        #expect(text == "abef")
    }

    @Test func danishLettersAndCombinedCharactersAreOneStepEach() {
        var (text, e) = field("Åse")
        e.left(text)
        e.backspace(&text)
        #expect(text == "Åe")
        var (flag, f) = field("🇩🇰é")
        f.left(flag)
        f.backspace(&flag)
        #expect(flag == "é")
    }

    @Test func theLimitRefusesAndSaysSoWithoutCutting() {
        var (text, e) = field("", limit: 5)
        for c in "abcdefgh" { e.type(c, into: &text) }
        #expect(text == "abcde")
        #expect(e.refused == 3)
        #expect(e.notice?.da == "Feltet er fuldt: højst 5 tegn; 3 tegn blev ikke taget med.")
        #expect(e.notice?.en == "The field is full: at most 5 characters; 3 characters were not taken.")
        // Deleting makes room and clears the notice.
        e.backspace(&text)
        #expect(e.notice == nil && e.refused == 0)
        let typed = e.type("x", into: &text)
        #expect(typed && text == "abcdx")
    }

    @Test func aPasteIsInsertedWholeOrNotAtAll() {
        var (text, e) = field("ab", limit: 10)
        e.left(text)
        let pasted = e.paste("1\r\n2\n3", into: &text)
        #expect(pasted)
        #expect(text == "a1 2 3b" && e.cursor == 6)
        let refused = e.paste("12345", into: &text)
        #expect(!refused)
        #expect(text == "a1 2 3b")
        #expect(e.notice?.da == "Den indsatte tekst er 5 tegn, men feltet rummer højst 10 (plads til 3 mere). Intet er sat ind.")
        // Exactly what fits goes in.
        let fits = e.paste("xyz", into: &text)
        #expect(fits && text.count == 10)
    }

    @Test func controlCharactersNeverGetStored() {
        var (text, e) = field("")
        e.type("\u{1B}", into: &text)
        e.type("\t", into: &text)
        e.paste("a\u{07}b\u{9B}c", into: &text)
        #expect(text == "  a b c")
    }

    @Test func theShownTextKeepsTheCursorInView() {
        let long = String(repeating: "a", count: 50) + "XYZ" + String(repeating: "b", count: 50)
        let shown = TextEditing.shown(long, cursor: 53, width: 20)
        #expect(TextWidth.of(shown) <= 20)
        #expect(shown.contains("XYZ▏"))
        #expect(shown.hasPrefix("…"))
        #expect(TextEditing.shown("kort", cursor: 2, width: 20) == "ko▏rt")
    }

    // In the forms: the follow-up note, a record form, the wheel's activity.
    @Test func theFollowUpFormEditsInTheMiddleAndPastes() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        press(&state, .enter, .character("f"), .tab, .tab, .tab, .tab, source: source)
        type(&state, "Samtale om skolen", source: source)
        press(&state, .home, source: source)
        _ = App.update(&state, .paste("God "), source: source)
        press(&state, .end, .left, .left, .left, .left, .left, .left, .backspace, source: source)
        #expect(state.form?.note == "God Samtale omskolen")
        press(&state, .delete, source: source)
        #expect(state.form?.note == "God Samtale omkolen")
        // The date field: ← moves in the date instead of changing anything else.
        press(&state, .tab, source: source)
        #expect(state.form?.focus == .date)
        press(&state, .end, .backspace, .backspace, source: source)
        type(&state, "25", source: source)
        #expect(state.form?.dateText == "22.11.2025")
    }

    @Test func aNoteOverTheLimitSaysSoInTheFormAndIsNotCut() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        press(&state, .enter, .character("f"), .tab, .tab, .tab, .tab, source: source)
        let long = String(repeating: "ord ", count: 600)  // 2,400 characters
        _ = App.update(&state, .paste(long), source: source)
        #expect(state.form?.note == "")
        #expect(Renderer.render(state).text().contains("Den indsatte tekst er 2.400 tegn"))
        // Typed one key at a time (a terminal without bracketed paste), the field fills and then says how much
        // it did not take.
        for c in long { _ = App.update(&state, .key(.character(c)), source: source) }
        #expect(state.form?.note.count == TextLimits.note)
        #expect(Renderer.render(state).text().contains("Feltet er fuldt: højst 2.000 tegn; 400 tegn blev ikke taget med."))
    }

    @Test func aPasteOutsideAFieldIsNeverReadAsKeys() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        _ = App.update(&state, .paste("q"), source: source)
        _ = App.update(&state, .paste("\nf"), source: source)
        #expect(state.screen == .dashboard && state.form == nil)
        #expect(state.status?.text.contains("Indsat tekst er ikke brugt") == true)
    }

    @Test func theSearchFieldEditsLikeATextFieldAndSaysWhenFull() {
        let source = sampleSource()
        var state = makeState(source, user: "MHA")
        press(&state, .character("/"), source: source)
        type(&state, "Familien Bk", source: source)
        press(&state, .left, source: source)
        type(&state, "æ", source: source)
        #expect(state.dashboard.search == "Familien Bæk")
        #expect(state.visibleRows.map(\.familyName) == ["Familien Bæk"])
        press(&state, .home, .delete, source: source)
        #expect(state.dashboard.search == "amilien Bæk")
        type(&state, String(repeating: "x", count: 60), source: source)
        #expect(state.dashboard.search.count == 60)
        #expect(state.status?.text == "Feltet er fuldt: højst 60 tegn; 11 tegn blev ikke taget med.")
    }
}
