import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A store on a network file system (NFS, SMB/CIFS, …) loses what the store relies on: flock may not lock
/// across machines, a rename may not be atomic for the other clients, and inotify does not see a colleague's
/// change made on another machine. Sammen still opens it, and says so (docs/it-kontakt.md).
public enum NetworkFileSystem {
    /// statfs magic numbers (linux/magic.h and the file systems' own headers) of network and cluster file systems.
    static let kinds: [Int64: String] = [
        0x6969: "NFS",
        0x517B: "SMB",
        0xFF53_4D42: "CIFS",
        0xFE53_4D42: "SMB2",
        0x5346_414F: "AFS",
        0x6B41_4653: "AFS",
        0x7375_7245: "Coda",
        0x564C: "NCP",
        0x0102_1997: "9P",
        0x00C3_6400: "Ceph",
        0x0116_1970: "GFS2",
        0x7461_636F: "OCFS2",
        0x0BD0_0BD0: "Lustre",
        0x6573_5546: "FUSE (fx sshfs)",
    ]

    /// The network file system `path` is on, or nil for a local disk (or when statfs fails).
    public static func kind(of path: String) -> String? {
        guard let type = fileSystemType(path) else { return nil }
        return kinds[Int64(UInt32(truncatingIfNeeded: type))]
    }

    private typealias StatFS = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32

    /// statfs(2)'s f_type. Glibc's Swift module leaves out <sys/vfs.h>, so the function is looked up by name;
    /// f_type is the first field of struct statfs on every Linux architecture (a word), and the buffer is
    /// larger than the struct anywhere (120 bytes on x86-64 and arm64).
    static func fileSystemType(_ path: String) -> Int? {
        guard let symbol = dlsym(nil, "statfs") else { return nil }
        let call = unsafeBitCast(symbol, to: StatFS.self)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buffer.deallocate() }
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: 512)
        guard path.withCString({ call($0, buffer) }) == 0 else { return nil }
        return buffer.load(as: Int.self)
    }

    public static func warning(_ kind: String) -> Phrase {
        Phrase(da: "Advarsel: arkivet ligger på et netværksdrev (\(kind)). Låse og besked om kollegers ændringer virker ikke pålideligt dér; flyt arkivet til serverens egen disk (se docs/it-kontakt.md).",
               en: "Warning: the store is on a network drive (\(kind)). Locks and notice of colleagues' changes do not work reliably there; move the store to the server's own disk (see docs/it-kontakt.md).")
    }
}
