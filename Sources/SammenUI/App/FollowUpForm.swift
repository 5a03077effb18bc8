import SammenCore

/// The short form that registers a follow-up from the family overview: date, channel, kind, case, note.
public struct FollowUpForm: Sendable, Equatable {
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

    public init(familyID: FamilyID, today: LocalDate, channel: ContactChannel, cases: [String]) {
        self.familyID = familyID
        self.dateText = today.danish
        self.channel = channel
        self.caseChoices = cases
    }

    public var date: LocalDate? { LocalDate(lenient: dateText) }

    /// Types a character into the focused text field.
    mutating func type(_ character: Character) {
        switch focus {
        case .date:
            // The prefilled date is replaced by the first key typed into it, not blocked by it.
            if !dirty || dateText.count >= 10 { dateText = "" }
            dateText.append(character)
        case .note: if note.count < 2000 { note.append(character) }
        default: return
        }
        dirty = true
        error = nil
    }

    mutating func backspace() {
        switch focus {
        case .date: if !dateText.isEmpty { dateText.removeLast() }
        case .note: if !note.isEmpty { note.removeLast() }
        default: return
        }
        dirty = true
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
