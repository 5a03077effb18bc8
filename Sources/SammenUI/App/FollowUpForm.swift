import SammenCore

/// The short form that registers a follow-up from the family overview: date, channel, kind, case, note.
public struct FollowUpForm: Sendable, Equatable, TextFieldForm {
    public enum Field: Int, CaseIterable, Sendable { case date, channel, kind, caseNumber, note }

    public var familyID: FamilyID
    public var dateText: String
    public var channel: ContactChannel
    public var kind: ContactKind = .followUp
    /// nil = all the family's cases.
    public var caseNumber: String?
    public var caseChoices: [String]
    public var note = ""
    public var focus: Field = .date
    public var dirty = false
    public var error: String?
    public var dateEditing: TextEditing
    public var noteEditing = TextEditing(text: "", limit: TextLimits.note)
    /// The prefilled date is replaced by the first key typed into it, not extended by it.
    var replaceDate = true

    public init(familyID: FamilyID, today: LocalDate, channel: ContactChannel, cases: [String]) {
        self.familyID = familyID
        self.dateText = today.danish
        self.channel = channel
        self.caseChoices = cases
        dateEditing = TextEditing(text: today.danish, limit: TextLimits.date)
    }

    var focusedText: (text: WritableKeyPath<FollowUpForm, String>, editing: WritableKeyPath<FollowUpForm, TextEditing>)? {
        switch focus {
        case .date: return (\.dateText, \.dateEditing)
        case .note: return (\.note, \.noteEditing)
        default: return nil
        }
    }

    public var date: LocalDate? { LocalDate(lenient: dateText) }

    /// Types a character into the focused text field.
    mutating func type(_ character: Character) {
        if focus == .date && replaceDate {
            dateText = ""
            dateEditing.reset(to: "")
        }
        if focus == .date { replaceDate = false }
        typeText(character)
    }

    mutating func paste(_ text: String) {
        if focus == .date && replaceDate {
            dateText = ""
            dateEditing.reset(to: "")
            replaceDate = false
        }
        pasteText(text)
    }

    mutating func backspace() {
        if focus == .date { replaceDate = false }
        backspaceText()
    }

    /// ←/→ move the cursor in a text field and change a choice field.
    mutating func left() {
        if focusedText == nil { cycle(by: -1) } else { if focus == .date { replaceDate = false }; cursorLeft() }
    }

    mutating func right() {
        if focusedText == nil { cycle(by: 1) } else { if focus == .date { replaceDate = false }; cursorRight() }
    }

    /// ←/→ (or space) change a choice field.
    mutating func cycle(by step: Int) {
        switch focus {
        case .channel:
            let all = ContactChannel.allCases
            let i = all.firstIndex(of: channel) ?? 0
            channel = all[(i + step + all.count) % all.count]
        case .kind:
            kind = kind == .followUp ? .informal : .followUp
        case .caseNumber:
            let options: [String?] = [nil] + caseChoices.map { Optional($0) }
            let i = options.firstIndex(of: caseNumber) ?? 0
            caseNumber = options[(i + step + options.count) % options.count]
        default: return
        }
        dirty = true
    }

    mutating func moveFocus(by step: Int) {
        let all = Field.allCases
        focus = all[(focus.rawValue + step + all.count) % all.count]
    }
}
