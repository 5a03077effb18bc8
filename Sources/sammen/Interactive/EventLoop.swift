import Foundation
import SammenCore
import SammenUI
import SammenTerminal

/// The interactive program: draw the state, wait for an event, update, repeat. The terminal backend is the
/// only code that talks to ncurses; everything else is the pure UI library.
enum EventLoop {
    static func run(source: StoreSource, language: Language, today: LocalDate, user: String) throws -> ExitCode {
        let terminal = try TerminalBackend()
        defer { terminal.shutdown() }
        let size = terminal.size
        var state = AppState(source: source, language: language, today: today, user: user,
                             width: size.width, height: size.height, problemCount: source.store.problems.count)
        if let notice = source.store.notices.first { state.status = .init(text: notice, isError: false) }
        while true {
            terminal.draw(Renderer.render(state))
            guard let event = terminal.nextEvent(timeoutMilliseconds: nil) else { break }
            if App.update(&state, event, source: source) == .quit { break }
        }
        source.store.close()
        return .ok
    }
}
