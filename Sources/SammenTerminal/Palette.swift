// Turns a `Style` into ncurses attributes and a colour pair. Pairs are made on demand, one per (fg, bg).
import CNcursesw
import SammenUI

struct Palette {
    /// 0 means no colour at all (NO_COLOR set, or a terminal without colours).
    private let colors: Int
    private let maximumPair: Int
    /// With use_default_colors, -1 means the terminal's own colour (so light and dark themes both work).
    private let defaultForeground: Int16
    private let defaultBackground: Int16
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair = 1

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colors: Int, pairs: Int, defaultColors: Bool) {
        self.colors = colors
        // setcchar takes the pair as a short.
        maximumPair = min(pairs - 1, Int(Int16.max))
        defaultForeground = defaultColors ? -1 : Int16(COLOR_WHITE)
        defaultBackground = defaultColors ? -1 : Int16(COLOR_BLACK)
    }

    mutating func attributesAndPair(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = sammen_attr_normal()
        if style.bold { attributes |= sammen_attr_bold() }
        if style.underline { attributes |= sammen_attr_underline() }
        guard colors > 0 else {
            // Without colour only bold, reverse and underline are used; a coloured background (status bar,
            // training marker) becomes reverse so it still stands out.
            if style.reverse || style.background != nil { attributes |= sammen_attr_reverse() }
            return (attributes, 0)
        }
        if style.reverse { attributes |= sammen_attr_reverse() }
        if style.dim { attributes |= sammen_attr_dim() }
        var foreground = defaultForeground
        if let color = style.foreground {
            let (index, needsBold, needsDim) = terminalIndex(color)
            foreground = index ?? defaultForeground
            if needsBold { attributes |= sammen_attr_bold() }
            if needsDim { attributes |= sammen_attr_dim() }
        }
        var background = defaultBackground
        if let color = style.background {
            background = terminalIndex(color).index ?? defaultBackground
        }
        return (attributes, pair(foreground: foreground, background: background))
    }

    /// The colour number; on 8-colour terminals bright colours become the base colour drawn bold, and bright
    /// black (grey) becomes the default colour drawn dim, since black on black would vanish.
    private func terminalIndex(_ color: Color) -> (index: Int16?, needsBold: Bool, needsDim: Bool) {
        let base: Int16
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
        if colors >= 16 { return (base + 8, false, false) }
        if base == 0 { return (nil, false, true) }
        return (base, true, false)
    }

    private mutating func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == defaultForeground && background == defaultBackground { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        // Out of pairs: fall back to the default colours rather than recycling a pair still on screen.
        guard nextPair <= maximumPair else { return 0 }
        let number = Int16(nextPair)
        guard init_pair(number, foreground, background) == OK else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }
}
