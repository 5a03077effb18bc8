import Foundation

extension CaseloadImport {
    /// The store's families by what identifies them: case numbers, the case system's family key, children's CPR
    /// numbers and names with birth dates, and family names (for the dry run's notes only).
    ///
    /// Compact (#15.17): a re-import into a store of 28,000 families held dictionaries of strings and every
    /// family's identity, about 8× the file. Here every text is bytes in a `CompactKeyTable` and every reference
    /// a number: families and children are numbered in the order they were added, and the families or children
    /// that share a key are chained (`next…`), so that a lookup gives them in that order. Keys compare byte for
    /// byte: nothing is ever joined on a hash alone. Built one family at a time (`add`), so the store's families
    /// need never be held together.
    struct Directory: Sendable {
        typealias ChildRef = (family: FamilyID, child: String)

        // Families, by number.
        private(set) var familyIDs: [FamilyID] = []
        /// The number of the family's key in `keys`, -1 when it has none.
        private var familyKey: [Int32] = []
        private var familyNextSameKey: [Int32] = []
        private var familyNextSameName: [Int32] = []
        /// Family keys; per key its first and last family.
        private var keys = CompactKeyTable()
        private var keyFirst: [Int32] = [], keyLast: [Int32] = []
        /// `nameKey` of family names; per name its first and last family.
        private var names = CompactKeyTable()
        private var nameFirst: [Int32] = [], nameLast: [Int32] = []

        // Children, by number.
        private var childFamily: [Int32] = []
        private var childIDs: [String] = []
        /// The child's CPR number's number in `cprs`, -1 when it has none (or none that reads as one).
        private var childCPR: [Int32] = []
        private var childNextSameCPR: [Int32] = []
        private var childNextSameKey: [Int32] = []
        private var cprs = CompactKeyTable()
        private var cprFirst: [Int32] = [], cprLast: [Int32] = []
        /// `childKey(name, birth)`; per key its first and last child.
        private var childKeys = CompactKeyTable()
        private var childKeyFirst: [Int32] = [], childKeyLast: [Int32] = []

        // Cases, by number: every case of every family (for the open cases the file does not hold).
        /// `caseNumberKey` → the last case added with it (as a dictionary that is assigned to).
        private var caseIndex = CompactKeyTable()
        private var caseLatest: [Int32] = []
        private var caseChild: [Int32] = []
        private var caseOpen: [Bool] = []
        private var caseKeyNumber: [Int32] = []
        /// The case numbers as written, one after the other.
        private var caseText: [UInt8] = []
        private var caseTextEnd: [Int32] = []

        init() {}

        init(_ families: [ImportedFamilyIdentity]) {
            for family in families { add(family) }
        }

        var familyCount: Int { familyIDs.count }
        var childCount: Int { childIDs.count }

        static func childKey(_ name: String, _ birth: LocalDate) -> String { nameKey(name) + "\u{1F}" + birth.iso }

        mutating func add(_ family: ImportedFamilyIdentity) {
            add(id: family.id, name: family.name, key: family.caseSystemKey,
                children: family.children.map { ($0.id, $0.name, $0.birthDate, $0.cpr) },
                cases: family.cases.map { ($0.number, $0.childID, $0.isOpen) })
        }

        /// Adds a family record's identity, without keeping the record.
        mutating func add(_ family: Family) {
            add(id: family.id, name: family.name, key: family.caseSystemKey,
                children: family.children.map { ($0.id, $0.name, $0.birthDate, $0.cpr) },
                cases: family.children.flatMap { child in child.cases.map { ($0.number, child.id, $0.isOpen) } })
        }

        private mutating func add(id: FamilyID, name: String, key: String?,
                                  children: [(id: String, name: String, birth: LocalDate, cpr: String?)],
                                  cases: [(number: String, childID: String, isOpen: Bool)]) {
            let f = Int32(familyIDs.count)
            familyIDs.append(id)
            familyNextSameKey.append(-1)
            familyNextSameName.append(-1)
            if let key, !key.isEmpty {
                let k = keys.index(addingIfAbsent: key)
                familyKey.append(Int32(k))
                Self.chain(f, key: k, first: &keyFirst, last: &keyLast, next: &familyNextSameKey)
            } else {
                familyKey.append(-1)
            }
            Self.chain(f, key: names.index(addingIfAbsent: nameKey(name)), first: &nameFirst, last: &nameLast,
                       next: &familyNextSameName)

            var childNumber: [String: Int32] = [:]
            for child in children {
                let c = Int32(childIDs.count)
                childNumber[child.id] = c
                childFamily.append(f)
                childIDs.append(child.id)
                childNextSameCPR.append(-1)
                childNextSameKey.append(-1)
                if let cpr = child.cpr, case .success(let number) = CPRNumber.parse(cpr) {
                    let k = cprs.index(addingIfAbsent: number.formatted)
                    childCPR.append(Int32(k))
                    Self.chain(c, key: k, first: &cprFirst, last: &cprLast, next: &childNextSameCPR)
                } else {
                    childCPR.append(-1)
                }
                Self.chain(c, key: childKeys.index(addingIfAbsent: Self.childKey(child.name, child.birth)),
                           first: &childKeyFirst, last: &childKeyLast, next: &childNextSameKey)
            }
            for theCase in cases {
                let n = Int32(caseChild.count)
                // A case of a child the record does not have points at no child (-1): it still names the family.
                caseChild.append(childNumber[theCase.childID] ?? -1 - f)
                caseOpen.append(theCase.isOpen)
                caseText.append(contentsOf: theCase.number.utf8)
                caseTextEnd.append(Int32(caseText.count))
                let k = caseIndex.index(addingIfAbsent: caseNumberKey(theCase.number))
                if k == caseLatest.count { caseLatest.append(n) } else { caseLatest[k] = n }
                caseKeyNumber.append(Int32(k))
            }
        }

        /// Appends item `item` to the chain of key number `key`.
        private static func chain(_ item: Int32, key: Int, first: inout [Int32], last: inout [Int32], next: inout [Int32]) {
            if key == first.count {
                first.append(item)
                last.append(item)
            } else {
                next[Int(last[key])] = item
                last[key] = item
            }
        }

        private static func items(from first: Int32, next: [Int32]) -> [Int32] {
            var items: [Int32] = []
            var item = first
            while item >= 0 {
                items.append(item)
                item = next[Int(item)]
            }
            return items
        }

        /// Lets go of the arrays' spare room: the directory is only read once the store's families are in.
        mutating func compact() {
            keys.compact(); names.compact(); cprs.compact(); childKeys.compact(); caseIndex.compact()
            familyIDs = exactCopy(familyIDs); familyKey = exactCopy(familyKey)
            familyNextSameKey = exactCopy(familyNextSameKey); familyNextSameName = exactCopy(familyNextSameName)
            keyFirst = exactCopy(keyFirst); keyLast = []
            nameFirst = exactCopy(nameFirst); nameLast = []
            childFamily = exactCopy(childFamily); childIDs = exactCopy(childIDs); childCPR = exactCopy(childCPR)
            childNextSameCPR = exactCopy(childNextSameCPR); childNextSameKey = exactCopy(childNextSameKey)
            cprFirst = exactCopy(cprFirst); cprLast = []
            childKeyFirst = exactCopy(childKeyFirst); childKeyLast = []
            caseLatest = exactCopy(caseLatest); caseChild = exactCopy(caseChild); caseOpen = exactCopy(caseOpen)
            caseKeyNumber = exactCopy(caseKeyNumber); caseText = exactCopy(caseText); caseTextEnd = exactCopy(caseTextEnd)
        }

        /// The family's number (its place in `familyIDs`).
        func familyNumber(_ id: FamilyID) -> Int? { familyIDs.firstIndex(of: id) }

        /// The families in Sammen with this name (for the note on a new family of the same name).
        func families(named name: String) -> [FamilyID] {
            guard let k = names.index(of: nameKey(name)) else { return [] }
            return Self.items(from: nameFirst[k], next: familyNextSameName).map { familyIDs[Int($0)] }
        }

        /// Where a row belongs, by numbers: the family's and, when known, the child's.
        enum Place: Equatable {
            case existingCase(family: Int32, child: Int32)
            case existingFamily(family: Int32, child: Int32?)
            case new
            case refused(Phrase)
        }

        /// Where the row belongs, or why that cannot be told safely.
        func anchor(_ row: Row) -> Anchor { anchor(place(row)) }

        func anchor(_ place: Place) -> Anchor {
            switch place {
            case .existingCase(let f, let c): return .existingCase(familyIDs[Int(f)], childID: childID(c))
            case .existingFamily(let f, let c): return .existingFamily(familyIDs[Int(f)], childID: c.map(childID))
            case .new: return .new
            case .refused(let reason): return .refused(reason)
            }
        }

        func childID(_ c: Int32) -> String { c >= 0 ? childIDs[Int(c)] : "" }
        private func family(ofChild c: Int32) -> Int32 { c >= 0 ? childFamily[Int(c)] : -1 - c }

        func place(_ row: Row) -> Place {
            let cprRefs: [Int32] = row.cpr.flatMap { cprs.index(of: $0) }.map { Self.items(from: cprFirst[$0], next: childNextSameCPR) } ?? []
            if let k = caseIndex.index(of: caseNumberKey(row.caseNumber)) {
                let child = caseChild[Int(caseLatest[k])]
                let f = family(ofChild: child)
                if let key = row.familyKey, familyKey[Int(f)] >= 0, keys.index(of: key) != Int(familyKey[Int(f)]) {
                    let stored = keys.key(at: Int(familyKey[Int(f)]))
                    return .refused(Phrase(
                        da: "sagsnr \(quoted(row.caseNumber)) hører i Sammen til en familie med familienøglen \(quoted(stored)), men rækken har \(quoted(key))",
                        en: "case number \(quoted(row.caseNumber)) belongs in Sammen to a family with the family key \(quoted(stored)), but the row has \(quoted(key))"))
                }
                if cprRefs.contains(where: { childFamily[Int($0)] != f }) {
                    return .refused(Phrase(
                        da: "CPR-nummeret hører i Sammen til et barn i en anden familie end sagsnr \(quoted(row.caseNumber))",
                        en: "the CPR number belongs in Sammen to a child in another family than case number \(quoted(row.caseNumber))"))
                }
                return .existingCase(family: f, child: child)
            }
            let byChild: [Int32] = childKeys.index(of: Self.childKey(row.childName, row.birthDate))
                .map { Self.items(from: childKeyFirst[$0], next: childNextSameKey) } ?? []
            if let key = row.familyKey, let k = keys.index(of: key) {
                let ids = Self.items(from: keyFirst[k], next: familyNextSameKey)
                guard ids.count == 1 else {
                    return .refused(Phrase(da: "familienøglen \(quoted(key)) står på \(ids.count) familier i Sammen",
                                           en: "the family key \(quoted(key)) is on \(ids.count) families in Sammen"))
                }
                let child = cprRefs.first { childFamily[Int($0)] == ids[0] } ?? byChild.first { childFamily[Int($0)] == ids[0] }
                return .existingFamily(family: ids[0], child: child)
            }
            if !cprRefs.isEmpty {
                let families = Set(cprRefs.map { childFamily[Int($0)] })
                guard families.count == 1 else {
                    return .refused(Phrase(da: "CPR-nummeret står på børn i \(families.count) familier i Sammen",
                                           en: "the CPR number is on children in \(families.count) families in Sammen"))
                }
                return .existingFamily(family: childFamily[Int(cprRefs[0])], child: cprRefs[0])
            }
            if !byChild.isEmpty {
                // A child with a CPR number in Sammen is not joined by name to a row with another number.
                let rowCPR = row.cpr.flatMap { cprs.index(of: $0) }
                let candidates = byChild.filter { c in
                    guard row.cpr != nil else { return true }
                    let stored = childCPR[Int(c)]
                    return stored < 0 || (rowCPR != nil && Int(stored) == rowCPR)
                }
                if candidates.count > 1 {
                    return .refused(Phrase(
                        da: "\(candidates.count) familier i Sammen har et barn, der hedder \(quoted(row.childName)) og er født \(row.birthDate.danish); tilføj CPR-nummer eller familienøgle, så rækken kan knyttes sikkert",
                        en: "\(candidates.count) families in Sammen have a child called \(quoted(row.childName)) born \(row.birthDate.iso); add the CPR number or a family key so the row can be joined safely"))
                }
                if let only = candidates.first { return .existingFamily(family: childFamily[Int(only)], child: only) }
            }
            return .new
        }

        /// Open cases in the store whose sagsnr the file does not hold.
        func missingCases(seen: (String) -> Bool) -> [FamilyID: [String]] {
            var missing: [FamilyID: [String]] = [:]
            for n in caseChild.indices where caseOpen[n] && !seen(caseIndex.key(at: Int(caseKeyNumber[n]))) {
                let from = n == 0 ? 0 : Int(caseTextEnd[n - 1])
                let number = caseText.withUnsafeBufferPointer {
                    String(decoding: UnsafeBufferPointer(rebasing: $0[from..<Int(caseTextEnd[n])]), as: UTF8.self)
                }
                missing[familyIDs[Int(family(ofChild: caseChild[n]))], default: []].append(number)
            }
            return missing
        }
    }
}
