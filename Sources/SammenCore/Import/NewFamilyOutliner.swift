import Foundation

extension CaseloadImport {
    /// The streamed import's first pass over the rows of new families (#15.17): groups them into families and
    /// children as `Grouping` does, with the same checks, but keeps no row and no name. Per family: its group key
    /// (in a `CompactKeyTable`), the line of its last row and its children; per child: a 64-bit hash of its key
    /// and its CPR number as a number. The second pass (`NewFamilyStream`) reads the rows again and takes the
    /// names from them. About 30 bytes a family and 24 a child, where the file has some 100 bytes a row.
    struct NewFamilyOutliner {
        private(set) var problems: [ImportProblem] = []
        /// Group key (`Row.groupKey`) → family index, in the order of the families' first rows.
        private(set) var familyIndex = CompactKeyTable()
        /// Per family: the line of its last row (the family is complete when it has been read).
        private(set) var lastLine: [Int32] = []
        /// Per family: its first and last child (indexes into the child arrays), -1 before the first.
        private var firstChild: [Int32] = []
        private var lastChild: [Int32] = []
        /// Per child: the hash of its key (`Row.childKey`), its CPR number (`packedCPR`, 0 when none), the line
        /// that number was first on, and the family's next child (-1 after the last).
        private var childKeyHash: [UInt64] = []
        private var childCPR: [UInt64] = []
        private var childCPRLine: [Int32] = []
        private var nextChild: [Int32] = []
        /// Family index → the families in Sammen with its name (for the report's note), only where there are any.
        private(set) var sameName: [Int32: [FamilyID]] = [:]

        var count: Int { lastLine.count }

        mutating func add(_ row: Row, directory: Directory) {
            let line = Int32(truncatingIfNeeded: row.line)
            let family: Int
            if let known = familyIndex.insertIfAbsent(row.groupKey, value: Int32(lastLine.count)) {
                family = Int(known)
                lastLine[family] = line
            } else {
                family = lastLine.count
                lastLine.append(line)
                firstChild.append(-1)
                lastChild.append(-1)
                // The family's name is its first row's.
                let namesake = directory.families(named: row.familyName)
                if !namesake.isEmpty { sameName[Int32(family)] = namesake }
            }

            let keyHash = FNV.hash(row.childKey)
            let cpr = Self.packedCPR(row.cpr)
            var child = Int(firstChild[family])
            while child >= 0, childKeyHash[child] != keyHash { child = Int(nextChild[child]) }
            if child >= 0 {
                guard cpr != 0 else { return }
                if childCPR[child] != 0, childCPR[child] != cpr {
                    problems.append(ImportProblem(line: row.line, reason: Phrase(
                        da: "CPR-nummeret er et andet end på linje \(childCPRLine[child]) for samme barn",
                        en: "the CPR number differs from the one on line \(childCPRLine[child]) for the same child")))
                } else if childCPR[child] == 0 {
                    childCPR[child] = cpr
                    childCPRLine[child] = line
                }
                return
            }
            let new = Int32(childKeyHash.count)
            childKeyHash.append(keyHash)
            childCPR.append(cpr)
            childCPRLine.append(cpr == 0 ? 0 : line)
            nextChild.append(-1)
            if lastChild[family] >= 0 { nextChild[Int(lastChild[family])] = new } else { firstChild[family] = new }
            lastChild[family] = new
        }

        /// Lets go of what only the first pass needs and of the arrays' spare room (they grew by doubling): the
        /// outline is held through the second pass and the whole commit.
        mutating func compact() {
            familyIndex.compact()
            lastLine = exactCopy(lastLine)
            firstChild = exactCopy(firstChild)
            lastChild = []
            childKeyHash = exactCopy(childKeyHash)
            childCPR = exactCopy(childCPR)
            childCPRLine = []
            nextChild = exactCopy(nextChild)
        }

        /// The family's children as the first pass counted them, in the order of their first rows.
        func children(of family: Int) -> [(keyHash: UInt64, cpr: UInt64)] {
            var children: [(keyHash: UInt64, cpr: UInt64)] = []
            var child = Int(firstChild[family])
            while child >= 0 {
                children.append((childKeyHash[child], childCPR[child]))
                child = Int(nextChild[child])
            }
            return children
        }

        /// Ids for the families, in their order, none of them the store's.
        func mintIDs(context: ImportContext) -> [FamilyID] {
            var minter = IDMinter(taken: context.existingFamilyIDs)
            var ids: [FamilyID] = []
            ids.reserveCapacity(count)
            for _ in 0..<count { ids.append(minter.mintFamily()) }
            return ids
        }

        /// A checked "DDMMYY-SSSS" as a number (its ten digits + 1), 0 for none: the same number for the same CPR
        /// number and a different one for any other.
        static func packedCPR(_ cpr: String?) -> UInt64 {
            guard let cpr else { return 0 }
            var value: UInt64 = 0
            for byte in cpr.utf8 where byte >= 0x30 && byte <= 0x39 { value = value &* 10 &+ UInt64(byte - 0x30) }
            return value + 1
        }
    }
}

/// A copy of `array` in a buffer of its own size.
func exactCopy<T>(_ array: [T]) -> [T] {
    array.withUnsafeBufferPointer { source in
        [T](unsafeUninitializedCapacity: source.count) { buffer, count in
            _ = buffer.initialize(from: source)
            count = source.count
        }
    }
}
