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
    }

    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
        /// For a choice field: the options; `value` is one of them.
        public var choices: [String]?
        public var maxLength: Int
        /// A short prefilled value (a date, a number) that the first key typed replaces rather than extends.
        public var replaceOnType: Bool

        public init(_ label: String, _ value: String = "", choices: [String]? = nil, maxLength: Int = 300,
                    replaceOnType: Bool = false) {
            self.label = label
            self.value = value
            self.choices = choices
            self.maxLength = maxLength
            self.replaceOnType = replaceOnType
        }
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [Field]
    public var focus = 0
    public var dirty = false
    public var error: String?

    public init(purpose: Purpose, title: String, fields: [Field]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    public func value(_ index: Int) -> String { fields[index].value.trimmingCharacters(in: .whitespaces) }

    mutating func type(_ c: Character) {
        if fields[focus].choices != nil { cycle(by: 1); return }
        if fields[focus].replaceOnType {
            fields[focus].value = ""
            fields[focus].replaceOnType = false
        }
        guard fields[focus].value.count < fields[focus].maxLength else { return }
        fields[focus].value.append(c)
        dirty = true
        error = nil
    }

    mutating func backspace() {
        guard fields[focus].choices == nil, !fields[focus].value.isEmpty else { return }
        fields[focus].replaceOnType = false
        fields[focus].value.removeLast()
        dirty = true
    }

    mutating func cycle(by step: Int) {
        guard let choices = fields[focus].choices, !choices.isEmpty else { return }
        let i = choices.firstIndex(of: fields[focus].value) ?? 0
        fields[focus].value = choices[(i + step + choices.count) % choices.count]
        dirty = true
    }

    mutating func moveFocus(by step: Int) {
        focus = (focus + step + fields.count) % fields.count
    }
}

import Foundation
