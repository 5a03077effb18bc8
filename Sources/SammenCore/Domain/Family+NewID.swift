import Foundation

/// New ids say nothing about who they belong to (#15.4). A family id used to be an FNV-1a hash of the family's
/// name and first sagsnr: 32 bits, unsalted, reversible in under a second with a list of surnames, and it
/// leaves the store in file names and log lines. New ids come from the system's CSPRNG
/// (`SystemRandomNumberGenerator`: getrandom(2) on Linux), letters only, and are checked against every id in use. Existing ids
/// are kept as they are: the files, the access log's history and exported calendars' UIDs name them.
extension Family {
    /// Random letters in a new id: 12 of 19, about 51 bits, so a collision is rare even at 100,000 families (and
    /// is checked).
    public static let randomIDLetters = 12

    /// Consonants only: an id never spells a word, and never holds a digit, so no id can look like a CPR number
    /// or a date (a hex id with ten decimal digits in a row was masked as a CPR number in messages).
    static let idAlphabet = Array("bcdfghjkmnpqrstvwxz")

    /// A new family id, "f-" and 12 random letters, not in `taken`.
    public static func newID(notIn taken: Set<FamilyID>) -> FamilyID {
        randomID(prefix: "f", notIn: taken)
    }

    /// A random id with a prefix ("f" family, "c" child, "m" measure, "k" contact), not in `taken`.
    public static func randomID(prefix: String, letters: Int = randomIDLetters, notIn taken: Set<String>) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            var id = prefix + "-"
            for _ in 0..<letters {
                let n = UInt64(idAlphabet.count)
                id.append(idAlphabet[Int(RepeatableIDs.shared?.next(upperBound: n) ?? generator.next(upperBound: n))])
            }
            if !taken.contains(id) { return id }
        }
    }
}

/// The whole-program attack tests (Tests/Reliability/run.sh) compare a store with the one the same command made
/// in an earlier run, so they need the same ids: with `SAMMEN_TEST_ID_SEED=N` the ids come from a SplitMix64
/// sequence from N instead of the CSPRNG. Never set in use (the ids would still say nothing about a family, but
/// the next one could be guessed).
final class RepeatableIDs: @unchecked Sendable {
    static let shared: RepeatableIDs? = ProcessInfo.processInfo.environment["SAMMEN_TEST_ID_SEED"]
        .flatMap { UInt64($0) }.map(RepeatableIDs.init)

    private let lock = NSLock()
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    func next(upperBound: UInt64) -> UInt64 {
        lock.lock(); defer { lock.unlock() }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) % upperBound
    }
}

extension Store {
    /// A new family id, unique in the store: not the id of any family, readable or not (a damaged file's name
    /// counts too), nor one in `reserved` (ids handed out for families not yet saved).
    public func newFamilyID(reserved: Set<FamilyID> = []) -> FamilyID {
        var taken = reserved.union(index.entries.keys)
        for problem in problems where problem.path.hasPrefix(StoreFormat.familiesFolder + "/") {
            taken.insert(String((problem.path as NSString).lastPathComponent.split(separator: ".").first ?? ""))
        }
        while true {
            let id = Family.newID(notIn: taken)
            if !POSIX.exists(root + "/" + StoreFormat.familyPath(id)) { return id }
            taken.insert(id)
        }
    }
}
