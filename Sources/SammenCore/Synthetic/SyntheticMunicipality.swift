import Foundation

/// A made-up municipality of any size, for the benchmark (`sammen-bench`) and for trying Sammen at scale:
/// N families with years of contacts, meetings with full boards, goals with revisions, an årshjul and a
/// network, about 20 KB of JSON each. Deterministic: the same seed, size and `today` give the same files,
/// and family i is the same whatever N is (each family has its own random stream).
public struct SyntheticMunicipality: Sendable {
    public var seed: UInt64
    public var today: LocalDate
    public var families: Int

    public init(families: Int, seed: UInt64 = 2026, today: LocalDate) {
        self.families = families
        self.seed = seed
        self.today = today
    }

    /// About 30 families per caseworker (a realistic caseload), at least 4 caseworkers.
    public var caseworkerCount: Int { max(4, (families + 29) / 30) }

    public func team() -> Team {
        var random = SyntheticRandom(seed: seed)
        var taken = Set<String>()
        var workers: [Caseworker] = []
        for i in 0..<caseworkerCount {
            let first = random.pick(i % 2 == 0 ? SyntheticText.mothers : SyntheticText.fathers)
            let last = random.pick(SyntheticText.surnames)
            let initials = Self.initials(first: first, last: last, taken: &taken, serial: i)
            workers.append(Caseworker(initials: initials, name: "\(first) \(last)",
                                      email: initials.lowercased() + "@soeby.dk",
                                      phone: String(format: "72 34 %02d %02d", (i / 100) % 100, i % 100),
                                      learningGoals: ["Holde kadencen i alle mine sager", "Bruge årshjulet med alle familier"]))
        }
        return Team(name: "Børn og Familie, Søby Kommune (syntetisk)", targetCaseload: 30, caseworkers: workers,
                    stopOpMeetings: [today.adding(months: -4), today.adding(months: -1)])
    }

    /// Three letters from the name, made unique by trying other letters (real case systems do the same).
    static func initials(first: String, last: String, taken: inout Set<String>, serial: Int) -> String {
        let f = first.uppercased().first { $0.isASCII && $0.isLetter } ?? "X"
        let l = Array(last.uppercased().filter { $0.isASCII && $0.isLetter })
        for i in 0..<l.count {
            for j in (i + 1)..<max(i + 1, l.count) {
                let candidate = String([f, l[i], l[j]])
                if taken.insert(candidate).inserted { return candidate }
            }
        }
        var n = serial
        while !taken.insert("\(f)\(n)").inserted { n += 1 }
        return "\(f)\(n)"
    }

    /// Family number `index` (0-based): id `s-000001`…
    public func family(_ index: Int, team: Team) -> Family {
        var builder = SyntheticFamilyBuilder(index: index, today: today, team: team,
                                             random: SyntheticRandom(seed: seed ^ (UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15)))
        return builder.make()
    }

    public static func id(_ index: Int) -> FamilyID { String(format: "s-%06d", index + 1) }

    /// Writes the municipality as a new store in `root` through the real store: `Store.create` with the
    /// team and the first families, then one committed import per batch (each file fsynced, as always).
    /// `progress` is told how many families are written so far.
    @discardableResult
    public func write(to root: String, user: String = "bench", batch: Int = 500,
                      progress: ((Int) -> Void)? = nil) throws -> Store {
        let team = self.team()
        let meta = StoreMeta(created: today, training: true, municipality: "Søby Kommune (syntetisk)")
        let first = (0..<min(batch, families)).map { family($0, team: team) }
        let store = try Store.create(at: root, meta: meta, team: team, user: user, families: first)
        progress?(first.count)
        var done = first.count
        while done < families {
            let range = done..<min(done + batch, families)
            let made = makeInParallel(range, team: team)
            try store.commitImport(newFamilies: made, changedFamilies: [], team: nil,
                                   detail: "syntetiske familier \(range.lowerBound + 1)–\(range.upperBound)")
            done = range.upperBound
            progress?(done)
        }
        store.close()
        return store
    }

    /// Building families is pure: do a batch on every core.
    private func makeInParallel(_ range: Range<Int>, team: Team) -> [Family] {
        let results = ParallelResults<Family>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { i in
            results.set(i, family(range.lowerBound + i, team: team))
        }
        return (0..<range.count).map { results.get($0)! }
    }
}

/// SplitMix64: small, fast and the same on every platform and Swift version (the standard library's
/// `random(in:using:)` may change its algorithm, which would change the files).
public struct SyntheticRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (both ends included).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True with the given probability (0…1).
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
