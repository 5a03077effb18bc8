/// One step into a record: a field of an object, or the item of a list with this id (or case number).
public enum MergeStep: Hashable, Sendable {
    case field(String)
    case item(String)
}

/// Which version a person chose where both changed the same thing.
public enum MergeSide: Sendable, Equatable {
    case mine, theirs
}

/// A place both versions changed, each in its own way: the person must choose. `nil` means "not there"
/// (removed, or never set).
public struct MergeConflict: Equatable, Sendable {
    public var path: [MergeStep]
    /// For each step of `path`, an item's own words (its title, name or text, with its date), or nil for a field.
    public var labels: [String?]
    public var base: JSONTree?
    public var mine: JSONTree?
    public var theirs: JSONTree?
}

/// A three-way merge of JSON trees: `base` as it was loaded, `mine` as edited here, `theirs` as it is now on disk.
///
/// What changed on one side only is taken. Lists of items with an `id` (or a case `number`) merge item by item:
/// an item added on each side is kept twice (mine gets a fresh id if both sides gave theirs the same one, as the
/// screens number new items "k4", "k5"…), one removed on one side goes, one changed on each side merges field by
/// field. Lists of plain values (names, initials) merge as sets; other lists merge when both only appended.
/// Everything else that both changed differently is a conflict, settled by `choices` or, until chosen, by mine.
public struct ThreeWayMerge {
    let choices: [[MergeStep]: MergeSide]
    private(set) var conflicts: [MergeConflict] = []

    init(choices: [[MergeStep]: MergeSide]) {
        self.choices = choices
    }

    mutating func merge(_ base: JSONTree?, _ mine: JSONTree?, _ theirs: JSONTree?, at path: [MergeStep],
                        labels: [String?]) -> JSONTree? {
        let base = Self.present(base), mine = Self.present(mine), theirs = Self.present(theirs)
        if mine == theirs { return mine }
        if mine == base { return theirs }
        if theirs == base { return mine }
        // Both changed, differently.
        if let m = mine?.object, let t = theirs?.object, base == nil || base?.object != nil {
            return .object(mergeObjects(base?.object ?? [:], m, t, at: path, labels: labels))
        }
        if let m = mine?.array, let t = theirs?.array, base == nil || base?.array != nil,
           let merged = mergeArrays(base?.array ?? [], m, t, at: path, labels: labels) {
            return .array(merged)
        }
        return conflict(base, mine, theirs, at: path, labels: labels)
    }

    private mutating func conflict(_ base: JSONTree?, _ mine: JSONTree?, _ theirs: JSONTree?, at path: [MergeStep],
                                   labels: [String?]) -> JSONTree? {
        conflicts.append(MergeConflict(path: path, labels: labels, base: base, mine: mine, theirs: theirs))
        return choices[path] == .theirs ? theirs : mine
    }

    /// A field left out and a field set to null mean the same in these records.
    private static func present(_ tree: JSONTree?) -> JSONTree? { tree == .null ? nil : tree }

    private mutating func mergeObjects(_ base: [String: JSONTree], _ mine: [String: JSONTree], _ theirs: [String: JSONTree],
                                       at path: [MergeStep], labels: [String?]) -> [String: JSONTree] {
        var result: [String: JSONTree] = [:]
        let keys = Set(base.keys).union(mine.keys).union(theirs.keys).sorted()
        for key in keys {
            if let value = merge(base[key], mine[key], theirs[key], at: path + [.field(key)], labels: labels + [nil]) {
                result[key] = value
            }
        }
        return result
    }

    /// nil when the lists cannot be merged item by item (then the whole list is one conflict).
    private mutating func mergeArrays(_ base: [JSONTree], _ mine: [JSONTree], _ theirs: [JSONTree],
                                      at path: [MergeStep], labels: [String?]) -> [JSONTree]? {
        if let key = Self.itemKey(base, mine, theirs) {
            return mergeItems(base, mine, theirs, key: key, at: path, labels: labels)
        }
        if (base + mine + theirs).allSatisfy(\.isScalar) {
            // A set: what I removed goes, what I added comes, whatever the colleague did meanwhile.
            let removed = base.filter { !mine.contains($0) }
            let added = mine.filter { !base.contains($0) && !theirs.contains($0) }
            return theirs.filter { !removed.contains($0) } + added
        }
        if mine.starts(with: base) && theirs.starts(with: base) {
            return theirs + mine.dropFirst(base.count)
        }
        return nil
    }

    /// The field that identifies a list's items: "id", or "number" for cases; nil when the items have none, or
    /// one is used twice (the list is then merged as a whole).
    private static func itemKey(_ lists: [JSONTree]...) -> String? {
        for field in ["id", "number"] {
            var fits = true
            for list in lists {
                var seen = Set<String>()
                for item in list {
                    guard let key = item.object?[field]?.string, seen.insert(key).inserted else { fits = false; break }
                }
                if !fits { break }
            }
            if fits { return field }
        }
        return nil
    }

    private mutating func mergeItems(_ base: [JSONTree], _ mine: [JSONTree], _ theirs: [JSONTree], key: String,
                                     at path: [MergeStep], labels: [String?]) -> [JSONTree] {
        func keyed(_ list: [JSONTree]) -> [String: JSONTree] {
            Dictionary(uniqueKeysWithValues: list.map { ($0.object![key]!.string!, $0) })
        }
        func keys(_ list: [JSONTree]) -> [String] { list.map { $0.object![key]!.string! } }
        let baseItems = keyed(base), theirItems = keyed(theirs)
        var mine = mine
        // Both added an item under the same new id: two different items, so mine gets an id of its own.
        if key == "id" {
            var taken = Set(keys(base) + keys(mine) + keys(theirs))
            for (i, item) in mine.enumerated() {
                let id = item.object!["id"]!.string!
                guard baseItems[id] == nil, let other = theirItems[id], other != item else { continue }
                let fresh = Self.freshID(like: id, taken: taken)
                taken.insert(fresh)
                var object = item.object!
                object["id"] = .string(fresh)
                mine[i] = .object(object)
            }
        }
        let mineItems = keyed(mine)
        let baseOrder = keys(base), mineOrder = keys(mine), theirOrder = keys(theirs)
        // The order: the colleague's, unless only I reordered; then the other side's additions where they stood.
        let common = Set(baseOrder).intersection(theirOrder)
        let theirsReordered = theirOrder.filter(common.contains) != baseOrder.filter(common.contains)
        var order = theirsReordered ? theirOrder : mineOrder
        let other = theirsReordered ? mineOrder : theirOrder
        var placed = Set(order)
        for (i, id) in other.enumerated() where !placed.contains(id) {
            // After everything that stood before it on its side (an item appended there is appended here).
            let after = other[..<i].compactMap { order.firstIndex(of: $0) }.max()
            order.insert(id, at: after.map { $0 + 1 } ?? 0)
            placed.insert(id)
        }
        var result: [JSONTree] = []
        for id in order {
            // Named as it was before either changed it, so the person recognises it.
            let label = Self.label(of: baseItems[id] ?? mineItems[id] ?? theirItems[id])
            if let item = merge(baseItems[id], mineItems[id], theirItems[id], at: path + [.item(id)], labels: labels + [label]) {
                result.append(item)
            }
        }
        return result
    }

    /// "k5" → "k7" when k1…k6 are taken; an id without a number gets "-2", "-3"…
    static func freshID(like id: String, taken: Set<String>) -> String {
        let prefix = String(id.reversed().drop(while: \.isNumber).reversed())
        if prefix.count < id.count {
            var highest = 0
            for other in taken where other.hasPrefix(prefix) {
                if let n = Int(other.dropFirst(prefix.count)) { highest = max(highest, n) }
            }
            return prefix + String(highest + 1)
        }
        var n = 2
        while taken.contains("\(id)-\(n)") { n += 1 }
        return "\(id)-\(n)"
    }

    /// An item in its own words, as a person would recognise it: its date and its title, name or text.
    public static func label(of item: JSONTree?) -> String? {
        guard let object = item?.object else { return nil }
        let words = ["title", "name", "text", "purpose", "organisation", "what", "about", "said", "description", "note", "number"]
            .lazy.compactMap { object[$0]?.string }.first { !$0.isEmpty }
        let date = ["date", "received", "opened", "started"].lazy.compactMap { object[$0]?.string }.first
        let parts = [date, words].compactMap { $0 }
        return parts.isEmpty ? object["id"]?.string : parts.joined(separator: " ")
    }
}
