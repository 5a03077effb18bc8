import Foundation

/// How an executable was linked, read from its ELF file (as `ldd` would say, without running the program or
/// resolving anything): the shared libraries its dynamic section names. The table says whether the measured
/// `sammen` carries the Swift runtime or loads it (libswiftCore.so), which shows in every start.
struct BinaryLinking {
    /// DT_NEEDED of the executable, in the file's order; empty for a fully static one.
    var needed: [String]
    /// Whether the file has a dynamic section at all.
    var dynamic: Bool

    var swiftRuntimeShared: Bool { needed.contains { $0.hasPrefix("libswiftCore") } }

    /// One line for the table: the runtime, then the system libraries it still loads.
    var summary: String {
        guard dynamic else { return "fully static (no shared libraries)" }
        let runtime = swiftRuntimeShared ? "Swift runtime shared (libswiftCore.so needed)" : "Swift runtime linked in (static)"
        let others = needed.filter { !$0.hasPrefix("libswift") && !$0.hasPrefix("libFoundation") && !$0.hasPrefix("libdispatch")
            && !$0.hasPrefix("libBlocksRuntime") && !$0.hasPrefix("lib_FoundationICU") }
        let foundation = needed.contains { $0.hasPrefix("libFoundation") } ? ", Foundation shared" : ""
        return runtime + foundation + "; system libraries shared: " + (others.isEmpty ? "none" : others.joined(separator: " "))
    }

    struct NotELF: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads a 64-bit little-endian ELF file's program headers and dynamic section.
    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        let bytes = [UInt8](data.prefix(64))
        guard bytes.count == 64, bytes[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), bytes[4] == 2, bytes[5] == 1 else {
            throw NotELF(description: "\(path) is not a 64-bit little-endian ELF file")
        }
        func u(_ at: Int, _ size: Int) throws -> UInt64 {
            guard at >= 0, at + size <= data.count else { throw NotELF(description: "\(path): ELF field out of the file") }
            var value: UInt64 = 0
            for k in (0..<size).reversed() { value = value << 8 | UInt64(data[data.startIndex + at + k]) }
            return value
        }
        let phoff = Int(try u(0x20, 8)), phentsize = Int(try u(0x36, 2)), phnum = Int(try u(0x38, 2))
        var loads: [(vaddr: UInt64, offset: UInt64, size: UInt64)] = []
        var dynamicAt: (offset: Int, size: Int)?
        for k in 0..<phnum {
            let h = phoff + k * phentsize
            let type = try u(h, 4)
            let offset = try u(h + 0x08, 8), vaddr = try u(h + 0x10, 8), size = try u(h + 0x20, 8)
            if type == 1 { loads.append((vaddr, offset, size)) }  // PT_LOAD
            if type == 2 { dynamicAt = (Int(offset), Int(size)) }  // PT_DYNAMIC
        }
        guard let dynamicAt else {
            needed = []
            dynamic = false
            return
        }
        var neededOffsets: [UInt64] = []
        var strtab: UInt64?
        var at = dynamicAt.offset
        while at + 16 <= dynamicAt.offset + dynamicAt.size {
            let tag = try u(at, 8), value = try u(at + 8, 8)
            if tag == 0 { break }  // DT_NULL
            if tag == 1 { neededOffsets.append(value) }  // DT_NEEDED: an offset into the string table
            if tag == 5 { strtab = value }  // DT_STRTAB: an address, found through the loaded segments
            at += 16
        }
        guard let strtab, let segment = loads.first(where: { strtab >= $0.vaddr && strtab < $0.vaddr + $0.size }) else {
            throw NotELF(description: "\(path): no string table for the dynamic section")
        }
        let table = Int(strtab - segment.vaddr + segment.offset)
        needed = try neededOffsets.map { offset in
            var end = table + Int(offset)
            let start = end
            while try u(end, 1) != 0 { end += 1 }
            return String(decoding: data[(data.startIndex + start)..<(data.startIndex + end)], as: UTF8.self)
        }
        dynamic = true
    }
}
