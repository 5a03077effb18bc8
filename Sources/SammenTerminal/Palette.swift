// Turns a `Style` into ncurses attributes and a colour pair, for ncurses' drawing (TerminalBackend+CursesDraw.swift).
// Which attributes and colours a style gets is `TerminalLook`, the same mapping the frame encoder writes as SGR.
// Pairs are made on demand, one per (fg, bg).
import CNcursesw
import SammenUI

struct Palette {
    let colours: TerminalColours
    private let maximumPair: Int
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair = 1

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colours: TerminalColours, pairs: Int) {
        self.colours = colours
        // setcchar takes the pair as a short.
        maximumPair = colours.count > 0 ? min(pairs - 1, Int(Int16.max)) : 0
    }

    mutating func attributesAndPair(for style: Style) -> (attributes: attr_t, pair: Int16) {
        // ncurses leaves out what the terminal cannot draw itself, so dim is always asked for.
        var withDim = colours
        withDim.dim = true
        let look = TerminalLook(style, on: withDim)
        var attributes = sammen_attr_normal()
        if look.bold { attributes |= sammen_attr_bold() }
        if look.dim { attributes |= sammen_attr_dim() }
        if look.underline { attributes |= sammen_attr_underline() }
        if look.reverse { attributes |= sammen_attr_reverse() }
        guard colours.count > 0 else { return (attributes, 0) }
        // nil is the terminal's own colour: -1 with use_default_colors. Without it, TerminalLook spells white and
        // black out, and leaves both nil only for the default pair.
        return (attributes, pair(foreground: Int16(look.foreground ?? -1), background: Int16(look.background ?? -1)))
    }

    private mutating func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
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
