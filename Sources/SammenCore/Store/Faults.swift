import Foundation

/// A plan to make one system call of a save fail, as tests need: EIO on fsync, ENOSPC on write, or a crash
/// (the process dying at that exact call, so no clean-up runs). A store is given a plan by its owner; normal
/// runs have none. Real crashes are tested too, by killing the process under strace (docs/reliability.md).
public final class FaultPlan: @unchecked Sendable {
    public enum Call: String, Sendable, CaseIterable { case open, write, fsync, rename }
    public enum Action: Sendable, Equatable {
        case fail(errno: Int32)
        case crash
    }

    private let call: Call?
    private let occurrence: Int
    private let action: Action
    private var seen = 0
    private var seenByKind: [Call: Int] = [:]
    private let lock = NSLock()

    /// Act on the `occurrence`-th call (1-based) of kind `call`; with `call` nil, on the n-th call of any kind.
    public init(_ action: Action, at call: Call?, occurrence: Int = 1) {
        self.call = call
        self.occurrence = occurrence
        self.action = action
    }

    /// A plan that never acts: for counting the calls a save makes.
    public static func counting() -> FaultPlan { FaultPlan(.crash, at: nil, occurrence: Int.max) }

    /// How many calls were seen, of every kind.
    public var totalCalls: Int {
        lock.lock(); defer { lock.unlock() }
        return seen
    }

    func action(for kind: Call) -> Action? {
        lock.lock(); defer { lock.unlock() }
        seen += 1
        seenByKind[kind, default: 0] += 1
        if let call {
            return call == kind && seenByKind[kind] == occurrence ? action : nil
        }
        return seen == occurrence ? action : nil
    }
}

/// Thrown when a FaultPlan simulates a crash: the code that catches errors to clean up must let it through
/// untouched, because a dead process cleans nothing up.
public struct SimulatedCrash: Error, Equatable {}
