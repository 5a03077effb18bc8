import Foundation

/// Writes an exported document (a calendar, a handout, a summary) whole or not at all, readable by the user
/// only (0600): exports hold personal data too.
public enum ExportFile {
    public static func write(_ text: String, to path: String) throws {
        let absolute = StoreLocation.absolute(path)
        let folder = (absolute as NSString).deletingLastPathComponent
        guard POSIX.isFolder(folder) else { throw StoreError.io(step: .write, path: path, errno: ENOENT) }
        try AtomicFile.write(Data(text.utf8), to: absolute, shown: path, faults: nil)
    }
}
