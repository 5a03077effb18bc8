import SammenCore

/// A small form of labelled fields (text, or a choice cycled with ←/→), used by the meeting board's
/// dialogs: a new meeting, a participant, a card, an agreement, a rating.
public struct FieldForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case newMeeting
        case participant
        case card(column: BoardColumn, editing: String?)
        case agreement(editing: String?)
        case rating
        /// The meeting's «Kort fortalt»: the shared words at the top of its summary.
        case brief
        /// The meeting's internal notes: for the caseworker only, never projected or printed for the family.
        case meetingNotes
        // The family record
        case preference
        case voice
        case actor(editing: String?)
        case goal
        case subGoal(goalID: String)
        case revision(goalID: String)
        case challenge
        case action(challengeID: String)
        case complaint
        case step(childID: String)
        // The family's details (stamdata)
        case newFamily
        case family
        case guardian(editing: Int?)
        case child(editing: String?)
        case newCase(childID: String)
        case editCase(number: String)
        case measure(caseNumber: String, editing: String?)
        case closeCase(number: String)
        case notes
        // Changes to a legal fact ask for what the law asks for
        case abandonGoal(goalID: String)
        case reconsider(complaintID: String)
        /// The caseload file to import (`i` on the dashboard).
        case importFile
        // The team
        case caseworker(editing: String?)
        case teamSettings
        /// Access to the store for an account: login, initials, name (for a new caseworker), leader.
        case member

        /// Where a form has a CPR field and the birth date it fills in.
        var cprFillsBirthDate: (cpr: Int, birth: Int)? {
            switch self {
            case .newFamily: return (4, 3)
            case .child: return (2, 1)
            default: return nil
            }
        }
    }

    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
        /// For a choice field: the options; `value` is one of them.
        public var choices: [String]?
        public var maxLength: Int
        /// A short prefilled value (a date, a number) that the first key typed replaces rather than extends.
        public var replaceOnType: Bool
        /// The cursor and what the field says about its limit.
        public var editing: TextEditing
        /// A CPR number: shown masked whenever the field does not have focus.
        public var masked = false
        /// A choice field searched by typing (the participant picker): letters narrow the choices to those
        /// containing them, ←/→ step through what is left, Backspace takes a letter back.
        public var searchable = false
        public var filter = ""

        /// The choices the filter leaves, in their order (all of them without a filter). Case and accents are
        /// ignored, so «ase» finds «Åse» and «kas» finds «Kasper Juul».
        public var matches: [String] {
            guard let choices else { return [] }
            let wanted = Field.folded(filter.trimmingCharacters(in: .whitespaces))
            guard !wanted.isEmpty else { return choices }
            return choices.filter { Field.folded($0).contains(wanted) }
        }

        static func folded(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
        }

        public init(_ label: String, _ value: String = "", choices: [String]? = nil, maxLength: Int = TextLimits.reason,
                    replaceOnType: Bool = false) {
            self.label = label
            self.value = value
            self.choices = choices
            self.maxLength = maxLength
            self.replaceOnType = replaceOnType
            editing = TextEditing(text: value, limit: maxLength)
        }

        var isChoice: Bool { choices != nil }

        /// Applies an edit to the value; true when it changed.
        mutating func edit(_ change: (inout TextEditing, inout String) -> Bool) -> Bool {
            var text = value
            var state = editing
            let changed = change(&state, &text)
            value = text
            editing = state
            return changed
        }
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [Field]
    public var focus = 0
    public var dirty = false
    public var error: String?
    /// A line of explanation under the fields (what 0 and 10 mean on the scale).
    public var note: String?

    public init(purpose: Purpose, title: String, fields: [Field]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    public func value(_ index: Int) -> String { fields[index].value.trimmingCharacters(in: .whitespaces) }

    mutating func type(_ c: Character) {
        if fields[focus].searchable {
            fields[focus].filter.append(c)
            pickFirstMatch()
            return
        }
        if fields[focus].isChoice { cycle(by: 1); return }
        takeReplaceOnType()
        if fields[focus].edit({ $0.type(c, into: &$1) }) { dirty = true; error = nil }
    }

    mutating func paste(_ text: String) {
        guard !fields[focus].isChoice else { return }
        takeReplaceOnType()
        if fields[focus].edit({ $0.paste(text, into: &$1) }) { dirty = true; error = nil }
    }

    mutating func backspace() {
        if fields[focus].searchable, !fields[focus].filter.isEmpty {
            fields[focus].filter.removeLast()
            pickFirstMatch()
            return
        }
        guard !fields[focus].isChoice else { return }
        fields[focus].replaceOnType = false
        if fields[focus].edit({ $0.backspace(&$1) }) { dirty = true }
    }

    mutating func delete() {
        guard !fields[focus].isChoice else { return }
        fields[focus].replaceOnType = false
        if fields[focus].edit({ $0.delete(&$1) }) { dirty = true }
    }

    /// ←/→ move the cursor in a text field and change a choice.
    mutating func left() {
        if fields[focus].isChoice { cycle(by: -1) } else { fields[focus].replaceOnType = false; fields[focus].editing.left(fields[focus].value) }
    }

    mutating func right() {
        if fields[focus].isChoice { cycle(by: 1) } else { fields[focus].replaceOnType = false; fields[focus].editing.right(fields[focus].value) }
    }

    mutating func home() { fields[focus].replaceOnType = false; fields[focus].editing.home() }
    mutating func end() { fields[focus].replaceOnType = false; fields[focus].editing.end(fields[focus].value) }

    /// A prefilled short value (a date) is replaced by the first key typed into it.
    private mutating func takeReplaceOnType() {
        guard fields[focus].replaceOnType else { return }
        fields[focus].value = ""
        fields[focus].editing.reset(to: "")
        fields[focus].replaceOnType = false
    }

    /// The first choice the filter leaves becomes the value; with none left the value stays (the overlay says so).
    private mutating func pickFirstMatch() {
        guard let first = fields[focus].matches.first else { return }
        if fields[focus].filter.isEmpty && fields[focus].value != first { return }
        fields[focus].value = first
        fields[focus].editing.reset(to: first)
        dirty = true
        error = nil
    }

    mutating func cycle(by step: Int) {
        let choices = fields[focus].searchable ? fields[focus].matches : (fields[focus].choices ?? [])
        guard !choices.isEmpty else { return }
        let i = choices.firstIndex(of: fields[focus].value) ?? 0
        fields[focus].value = choices[(i + step + choices.count) % choices.count]
        fields[focus].editing.reset(to: fields[focus].value)
        dirty = true
    }

    mutating func moveFocus(by step: Int) {
        focus = (focus + step + fields.count) % fields.count
    }
}

import Foundation
