// What the terminal backend hands to `update`: pure values, so the UI can be driven by tests without a terminal.

/// A key press, already decoded from the terminal's byte sequences.
///
/// Terminals send some control keys as the same byte as a named key, so the backend reports those by name:
/// Ctrl-I is `.tab`, Ctrl-J and Ctrl-M are `.enter`, Ctrl-H is `.backspace`, Ctrl-[ is `.escape`.
/// Every other Ctrl-letter arrives as `.control` with the lowercase letter, e.g. Ctrl-C is `.control("c")`.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// F1 is `.function(1)`; shifted function keys come as higher numbers (Shift-F1 is F13 on xterm).
    case function(Int)
    case control(Character)
}

public enum MouseButton: Hashable, Sendable {
    case left
    case right
    case scrollUp
    case scrollDown
}

public enum Event: Sendable, Equatable {
    case key(Key)
    /// The terminal changed size; the next frame should be rendered at this size.
    case resize(width: Int, height: Int)
    /// A button press or wheel step at a screen cell (0-based column and row).
    case mouse(x: Int, y: Int, button: MouseButton)
    /// Nothing arrived within the wait the event loop asked for (e.g. to refresh a clock or a message).
    case tick
    /// Text pasted into the terminal (bracketed paste): goes into the focused text field whole, never read as keys.
    case paste(String)
}
