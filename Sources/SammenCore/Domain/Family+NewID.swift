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
            for _ in 0..<letters { id.append(idAlphabet[Int(generator.next(upperBound: UInt64(idAlphabet.count)))]) }
            if !taken.contains(id) { return id }
        }
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
