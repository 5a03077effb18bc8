import Foundation
import SammenCore
import SammenUI

/// The rest of a caseload that arrives in two steps (issue #18): read on a thread of its own while the first rows
/// are on the screen, and the dashboard's whole state made there too, so the screen never stops. A byte on a pipe
/// wakes the event loop (as a colleague's save does); the loop then takes the result (`take`).
///
/// While it runs, the store belongs to that thread: the loop calls nothing on it (AppState lets only moving,
/// help and quitting through until `App.caseloadArrived`), and the colleague watch starts after.
final class RestOfCaseload: @unchecked Sendable {
    /// What the loop polls with the keyboard: readable once the rest is here or failed.
    let descriptor: Int32
    private let writeEnd: Int32
    private let lock = NSLock()
    private var result: Result<AppState, Error>?

    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        descriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(descriptor)
        close(writeEnd)
    }

    /// Starts reading. `whole` makes the state from the source once everything is in (on this thread).
    func start(source: StoreSource, whole: @escaping @Sendable (StoreSource) -> AppState) {
        let box = SourceBox(source: source)
        let thread = Thread { [self] in
            let outcome: Result<AppState, Error>
            do {
                try box.source.store.loadRest()
                outcome = .success(whole(box.source))
            } catch {
                outcome = .failure(error)
            }
            lock.lock()
            result = outcome
            lock.unlock()
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, once (nil while it is still arriving).
    func take() -> Result<AppState, Error>? {
        lock.lock()
        defer { lock.unlock() }
        guard let outcome = result else { return nil }
        result = nil
        var byte: UInt8 = 0
        _ = read(descriptor, &byte, 1)
        return outcome
    }

    /// Waits for the thread (quitting while the rest arrives: the store must not be closed under it).
    func wait() -> Result<AppState, Error> {
        while true {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&ready, 1, -1)
            if let outcome = take() { return outcome }
        }
    }

    private struct SourceBox: @unchecked Sendable {
        let source: StoreSource
    }
}
