import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an exported document (a calendar, a handout, a summary) whole or not at all, readable by the user
/// only (0600): exports hold personal data too.
///
/// Two rules (#15.4, #15.8): an export is never written inside a store folder (its real path, links resolved:
/// `--out` pointing at access.log, a family file or store.json, or at a link into the store, is refused), and a
/// default file name says nothing about the family: the kind, the year and when it was exported, never an id
/// (old ids were a hash of the name), a name or a CPR number. The caller logs the export before writing it.
public enum ExportFile {
    /// Refuses a target inside `storeRoot` (the store's folder; nil for a database) or in a folder that does not
    /// exist. Call before logging the export, so a refused export is not logged as done.
    public static func checkTarget(_ path: String, storeRoot: String?) throws {
        let absolute = StoreLocation.absolute(path)
        let folder = (absolute as NSString).deletingLastPathComponent
        guard POSIX.isFolder(folder) else { throw StoreError.io(step: .write, path: path, errno: ENOENT) }
        if let storeRoot, isInside(absolute, store: storeRoot) {
            throw StoreError.invalid(Phrase(
                da: "\(path) ligger i arkivmappen; en eksport skrives aldrig ind i arkivet (den kunne erstatte dets filer). Vælg en anden mappe.",
                en: "\(path) is inside the store folder; an export is never written into the store (it could replace its files). Choose another folder."))
        }
    }

    /// Whether `path` (absolute) is in the store folder or below it, or is the store folder, comparing real
    /// paths: its folder's with links resolved, and the file itself when it is a link.
    public static func isInside(_ path: String, store storeRoot: String) -> Bool {
        guard let root = realPath(storeRoot) else { return false }
        var candidates: [String] = []
        if let folder = realPath((path as NSString).deletingLastPathComponent) {
            candidates.append(folder + "/" + (path as NSString).lastPathComponent)
        }
        if let resolved = realPath(path) { candidates.append(resolved) }
        return candidates.contains { $0 == root || $0.hasPrefix(root + "/") }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes a file of the user's own that no store holds (their settings), whole and 0600.
    public static func write(_ text: String, to path: String) throws {
        let absolute = StoreLocation.absolute(path)
        guard POSIX.isFolder((absolute as NSString).deletingLastPathComponent) else { throw StoreError.io(step: .write, path: path, errno: ENOENT) }
        try AtomicFile.write(Data(text.utf8), to: absolute, shown: path, faults: nil, mode: POSIX.privateFileMode)
    }

    /// Writes the document to `path`, which `checkTarget` accepted.
    public static func write(_ text: String, to path: String, storeRoot: String?) throws {
        try checkTarget(path, storeRoot: storeRoot)
        let absolute = StoreLocation.absolute(path)
        // The exporter's alone, whatever folder it lands in (a team's setgid folder would otherwise give 0660).
        try AtomicFile.write(Data(text.utf8), to: absolute, shown: path, faults: nil, mode: POSIX.privateFileMode)
    }

    /// A file name stem for an export in `folder`: `kind`, then the date and time of the export
    /// ("aarshjul-2027-20261203-104512"), with "-2", "-3"… when a file with that stem and any of `extensions`
    /// is there already (two exports in one second never overwrite each other).
    public static func defaultStem(_ kind: String, in folder: String, extensions: [String], now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = kind + "-" + formatter.string(from: now)
        var stem = base
        var n = 2
        while extensions.contains(where: { POSIX.exists(folder + "/" + stem + "." + $0) }) {
            stem = "\(base)-\(n)"
            n += 1
        }
        return stem
    }
}
