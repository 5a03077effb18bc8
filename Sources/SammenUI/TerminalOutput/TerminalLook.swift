// How a `Style` looks on a given terminal: which attributes and which colour numbers. One mapping for both ways
// a frame reaches the terminal (our own bytes, `FrameEncoder`, and ncurses' attributes when the terminal does
// not speak ECMA-48), so a style looks the same whichever draws it.

/// What the terminal can show, as terminfo and the environment say.
public struct TerminalColours: Sendable, Equatable {
    /// How many colours: 0 for none (NO_COLOR set, or a terminal without colours), else 8, 16, 88, 256…
    public var count: Int
    /// Whether the terminal's own colours can be asked for (ncurses' `use_default_colors`): then a style
    /// without a colour keeps the terminal's, so light and dark themes both work; else white on black.
    public var defaultColours: Bool
    /// Whether the terminal can draw dim text (terminfo `dim`).
    public var dim: Bool

    public init(count: Int, defaultColours: Bool, dim: Bool = true) {
        self.count = max(0, count)
        self.defaultColours = defaultColours
        self.dim = dim
    }

    public static let none = TerminalColours(count: 0, defaultColours: false)
}

/// A style as the terminal draws it. `nil` colours are the terminal's own (SGR 39 and 49).
public struct TerminalLook: Sendable, Equatable {
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false
    public var foreground: Int?
    public var background: Int?

    public init(bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false,
                foreground: Int? = nil, background: Int? = nil) {
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.foreground = foreground
        self.background = background
    }

    public init(_ style: Style, on colours: TerminalColours) {
        bold = style.bold
        underline = style.underline
        guard colours.count > 0 else {
            // Without colour only bold, reverse and underline are used; a coloured background (status bar,
            // training marker) becomes reverse so it still stands out.
            reverse = style.reverse || style.background != nil
            return
        }
        reverse = style.reverse
        dim = style.dim
        // Without the terminal's own colours, "default" is white on black.
        let defaultForeground = colours.defaultColours ? nil : 7 as Int?
        let defaultBackground = colours.defaultColours ? nil : 0 as Int?
        var foreground = defaultForeground
        if let color = style.foreground {
            let (index, needsBold, needsDim) = Self.number(color, colours: colours.count)
            foreground = index ?? defaultForeground
            if needsBold { bold = true }
            if needsDim { dim = true }
        }
        var background = defaultBackground
        if let color = style.background {
            background = Self.number(color, colours: colours.count).index ?? defaultBackground
        }
        // Both colours the default ones: the terminal's own pair (ncurses' pair 0), whatever they are.
        if foreground == defaultForeground && background == defaultBackground {
            (foreground, background) = (nil, nil)
        }
        self.foreground = foreground
        self.background = background
        if !colours.dim { dim = false }
    }

    /// The colour number; on 8-colour terminals bright colours become the base colour drawn bold, and bright
    /// black (grey) becomes the default colour drawn dim, since black on black would vanish.
    static func number(_ color: Color, colours: Int) -> (index: Int?, needsBold: Bool, needsDim: Bool) {
        let base: Int
        let bright: Bool
        switch color {
        case .black: (base, bright) = (0, false)
        case .red: (base, bright) = (1, false)
        case .green: (base, bright) = (2, false)
        case .yellow: (base, bright) = (3, false)
        case .blue: (base, bright) = (4, false)
        case .magenta: (base, bright) = (5, false)
        case .cyan: (base, bright) = (6, false)
        case .white: (base, bright) = (7, false)
        case .brightBlack: (base, bright) = (0, true)
        case .brightRed: (base, bright) = (1, true)
        case .brightGreen: (base, bright) = (2, true)
        case .brightYellow: (base, bright) = (3, true)
        case .brightBlue: (base, bright) = (4, true)
        case .brightMagenta: (base, bright) = (5, true)
        case .brightCyan: (base, bright) = (6, true)
        case .brightWhite: (base, bright) = (7, true)
        }
        if !bright { return (base, false, false) }
        if colours >= 16 { return (base + 8, false, false) }
        if base == 0 { return (nil, false, true) }
        return (base, true, false)
    }
}
