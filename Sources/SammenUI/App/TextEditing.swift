import SammenCore

/// A text field's editing, the way text fields edit everywhere: a cursor moved with ←/→ and Home/End,
/// Backspace and Delete on either side of it, typing and pasting at it. A length limit refuses what does not fit
/// and says so (`notice`); it never cuts a text silently.
public struct TextEditing: Sendable, Equatable {
    /// Where the cursor stands, in characters from the start (0...text.count).
    public var cursor: Int
    public var limit: Int
    /// Characters refused since the field became full (a fast stream of keys from a paste keeps counting).
    public var refused = 0
    /// What the field has to say about the last edit: the limit reached, a paste refused.
    public var notice: Phrase?

    public init(text: String, limit: Int) {
        cursor = text.count
        self.limit = limit
    }

    /// Types one character at the cursor; true when the text changed.
    @discardableResult
    public mutating func type(_ c: Character, into text: inout String) -> Bool {
        clampCursor(text)
        guard text.count < limit else {
            refused += 1
            notice = TextLimits.reached(limit: limit, refused: refused)
            return false
        }
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(singleLine(c), at: index)
        cursor += 1
        refused = 0
        notice = nil
        return true
    }

    /// Inserts a pasted text at the cursor, whole or not at all; line breaks and tabs become spaces in a one-line
    /// field. True when the text changed.
    @discardableResult
    public mutating func paste(_ pasted: String, into text: inout String) -> Bool {
        clampCursor(text)
        var clean = ""
        clean.reserveCapacity(pasted.utf8.count)
        var lastWasBreak = false
        for c in pasted {
            // "\r\n" is one Character; a break of any kind becomes one space.
            if c.isNewline {
                if !lastWasBreak { clean.append(" ") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            clean.append(singleLine(c))
        }
        guard !clean.isEmpty else { return false }
        let room = max(0, limit - text.count)
        guard clean.count <= room else {
            notice = TextLimits.pasteTooLong(pasted: clean.count, room: room, limit: limit)
            return false
        }
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: clean, at: index)
        cursor += clean.count
        refused = 0
        notice = nil
        return true
    }

    /// Deletes the character before the cursor; true when the text changed.
    @discardableResult
    public mutating func backspace(_ text: inout String) -> Bool {
        clampCursor(text)
        guard cursor > 0 else { return false }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
        refused = 0
        notice = nil
        return true
    }

    /// Deletes the character at the cursor; true when the text changed.
    @discardableResult
    public mutating func delete(_ text: inout String) -> Bool {
        clampCursor(text)
        guard cursor < text.count else { return false }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        refused = 0
        notice = nil
        return true
    }

    public mutating func left(_ text: String) { clampCursor(text); cursor = max(0, cursor - 1) }
    public mutating func right(_ text: String) { clampCursor(text); cursor = min(text.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end(_ text: String) { cursor = text.count }

    /// After the text was set from outside (a choice, a reset), the cursor goes to its end.
    public mutating func reset(to text: String) {
        cursor = text.count
        refused = 0
        notice = nil
    }

    mutating func clampCursor(_ text: String) { cursor = max(0, min(cursor, text.count)) }

    /// A tab or a control character typed into a one-line field is a space: nothing invisible gets stored.
    private func singleLine(_ c: Character) -> Character {
        if c == "\t" || c.isNewline { return " " }
        if let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
           scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            return " "
        }
        return c
    }

    /// The text as a field shows it with the cursor, scrolled so the cursor is in view within `width` cells.
    public static func shown(_ text: String, cursor: Int, width: Int, mark: String = "▏") -> String {
        let characters = Array(text)
        let at = max(0, min(cursor, characters.count))
        let before = String(characters[..<at])
        let after = String(characters[at...])
        let whole = before + mark + after
        guard TextWidth.of(whole) > width, width > 2 else { return whole }
        // Keep the cursor in view: as much before it as fits, then what follows.
        let afterShown = TextWidth.truncate(after, to: max(1, width / 3))
        var room = width - 1 - TextWidth.of(mark) - TextWidth.of(afterShown)
        var start = at
        while start > 0 {
            let w = TextWidth.of(characters[start - 1])
            if w > room { break }
            room -= w
            start -= 1
        }
        let head = String(characters[start..<at])
        let prefix = start > 0 ? "…" : ""
        return TextWidth.truncate(prefix + head + mark + after, to: width)
    }
}

/// A form whose focused field may be a text: the same editing keys for each such form.
protocol TextFieldForm {
    /// The focused text and its editing state, or nil when the focus is on a choice.
    var focusedText: (text: WritableKeyPath<Self, String>, editing: WritableKeyPath<Self, TextEditing>)? { get }
    var dirty: Bool { get set }
    var error: String? { get set }
}

extension TextFieldForm {
    /// Applies an edit to the focused text; true when the text changed.
    @discardableResult
    mutating func editFocused(_ edit: (inout TextEditing, inout String) -> Bool) -> Bool {
        guard let (textPath, editingPath) = focusedText else { return false }
        var text = self[keyPath: textPath]
        var editing = self[keyPath: editingPath]
        let changed = edit(&editing, &text)
        self[keyPath: textPath] = text
        self[keyPath: editingPath] = editing
        if changed {
            dirty = true
            error = nil
        }
        return changed
    }

    /// The focused field's notice (its limit reached, a paste refused) in words.
    func focusedNotice(_ language: Language) -> String? {
        focusedText.flatMap { self[keyPath: $0.editing].notice?.text(in: language) }
    }

    mutating func typeText(_ c: Character) { editFocused { $0.type(c, into: &$1) } }
    mutating func pasteText(_ text: String) { editFocused { $0.paste(text, into: &$1) } }
    mutating func backspaceText() { editFocused { $0.backspace(&$1) } }
    mutating func deleteText() { editFocused { $0.delete(&$1) } }
    mutating func cursorLeft() { editFocused { e, t in e.left(t); return false } }
    mutating func cursorRight() { editFocused { e, t in e.right(t); return false } }
    mutating func cursorHome() { editFocused { e, _ in e.home(); return false } }
    mutating func cursorEnd() { editFocused { e, t in e.end(t); return false } }
}
