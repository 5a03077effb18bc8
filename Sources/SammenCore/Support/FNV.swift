import Foundation

/// FNV-1a, 64 bit: a fast fingerprint of a file's bytes, to see whether it changed on disk since it was
/// loaded. Not for security.
public enum FNV {
    public static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { hash($0) }
    }

    public static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in raw {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    public static func hash(_ text: String) -> UInt64 { hash(Data(text.utf8)) }
}
