import Foundation

extension CaseloadImport {
    /// The streamed import's first pass over the rows that join families already in the store (#15.17): per row
    /// only the family's number, where the row starts in the file and its line, 16 bytes where the row itself
    /// is some 100 and its `ImportedCase` several hundred. The later passes read each family's rows again by
    /// their offsets (`ExistingFamilyReader`), so a family's rows may be anywhere in the file.
    struct ExistingFamilyRows {
        /// Per row, in file order until `sorted()`, then by family (in `order`) and in file order within one.
        private(set) var rowFamily: [Int32] = []
        private(set) var rowOffset: [Int] = []
        private(set) var rowLine: [Int32] = []
        /// The families rows were joined to, by number, in the order of their first row (the report's order).
        private(set) var order: [Int32] = []
        /// Family number → its place in `order`, -1 before its first row.
        private var place: [Int32]
        /// After `sorted()`: the rows of `order[p]` are `rowStart[p] ..< rowStart[p + 1]`.
        private(set) var rowStart: [Int32] = []

        // The check that rows about the same child agree (as `Planner.checkChildData`), per child number: the line
        // of the child's first row (0: none yet), a hash of its name key and birth date, and its CPR number packed.
        private var childFirstLine: [Int32]
        private var childNameBirth: [UInt64]
        private var childCPR: [UInt64]

        init(families: Int, children: Int) {
            place = [Int32](repeating: -1, count: families)
            childFirstLine = [Int32](repeating: 0, count: children)
            childNameBirth = [UInt64](repeating: 0, count: children)
            childCPR = [UInt64](repeating: 0, count: children)
        }

        var familyCount: Int { order.count }

        mutating func add(_ row: Row, offset: Int, family: Int32) {
            if place[Int(family)] < 0 {
                place[Int(family)] = Int32(order.count)
                order.append(family)
            }
            rowFamily.append(family)
            rowOffset.append(offset)
            rowLine.append(Int32(truncatingIfNeeded: row.line))
        }

        /// Two rows about the same child in Sammen must agree on the child's data (the case system has one child).
        /// The name and birth date are compared by a 64-bit hash of their keys: a collision could only hide
        /// this problem, never join a row.
        func childDataProblem(_ row: Row, child: Int32) -> ImportProblem? {
            let c = Int(child)
            guard childFirstLine[c] != 0 else { return nil }
            let cpr = NewFamilyOutliner.packedCPR(row.cpr)
            if childNameBirth[c] != Self.nameBirthHash(row) || (childCPR[c] != 0 && cpr != 0 && childCPR[c] != cpr) {
                return ImportProblem(line: row.line, reason: Phrase(
                    da: "barnets navn, fødselsdato eller CPR-nummer er et andet end på linje \(childFirstLine[c]) for samme barn",
                    en: "the child's name, date of birth or CPR number differs from line \(childFirstLine[c]) for the same child"))
            }
            return nil
        }

        /// Remembers the child's first row (a later one changes nothing).
        mutating func rememberChild(_ row: Row, child: Int32) {
            let c = Int(child)
            guard childFirstLine[c] == 0 else { return }
            childFirstLine[c] = Int32(truncatingIfNeeded: row.line)
            childNameBirth[c] = Self.nameBirthHash(row)
            childCPR[c] = NewFamilyOutliner.packedCPR(row.cpr)
        }

        private static func nameBirthHash(_ row: Row) -> UInt64 { FNV.hash(nameKey(row.childName) + "\u{1F}" + row.birthDate.iso) }

        /// Orders the rows by family (in `order`), each family's in file order, and lets go of what only the
        /// first pass needs.
        mutating func sort() {
            var start = [Int32](repeating: 0, count: order.count + 1)
            for family in rowFamily { start[Int(place[Int(family)]) + 1] += 1 }
            for p in 0..<order.count { start[p + 1] += start[p] }
            var next = start
            var offsets = [Int](repeating: 0, count: rowOffset.count)
            var lines = [Int32](repeating: 0, count: rowLine.count)
            for r in rowFamily.indices {
                let p = Int(place[Int(rowFamily[r])])
                let to = Int(next[p])
                next[p] += 1
                offsets[to] = rowOffset[r]
                lines[to] = rowLine[r]
            }
            rowOffset = offsets
            rowLine = lines
            rowStart = start
            rowFamily = []
            place = []
            childFirstLine = []
            childNameBirth = []
            childCPR = []
            order = exactCopy(order)
        }

        /// The rows of the family at place `p` in `order`: (offset, line), in file order.
        func rows(ofFamilyAt p: Int) -> [(offset: Int, line: Int)] {
            (Int(rowStart[p])..<Int(rowStart[p + 1])).map { (rowOffset[$0], Int(rowLine[$0])) }
        }
    }
}
