import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who may read a store's files, as the file system says it: a private store is its owner's alone (folders
/// 0700, files 0600); a team store belongs to a group (folders 2770 with the setgid bit, so every new file
/// inherits the group, files 0660). Nothing is ever readable by other accounts.
///
/// The modes of a new file or folder follow from the folder it is made in, so every writer (a save, the log,
/// a transaction, a backup, the index) makes the same modes whatever its umask, and no writer needs to be told.
public struct StoreModes: Equatable, Sendable {
    public var file: mode_t
    public var folder: mode_t
    /// The team's group, nil for a private store.
    public var group: gid_t?

    public static let privateStore = StoreModes(file: 0o600, folder: 0o700, group: nil)
    public static func team(group: gid_t) -> StoreModes { StoreModes(file: 0o660, folder: 0o2770, group: group) }

    public var isTeam: Bool { group != nil }

    /// The modes for what is made inside `path`: a team's when the folder has the setgid bit and gives its
    /// group rights, else private.
    static func of(folder path: String) -> StoreModes {
        var info = stat()
        guard stat(path, &info) == 0 else { return .privateStore }
        return of(info)
    }

    static func of(_ info: stat) -> StoreModes {
        let mode = info.st_mode
        if mode & S_ISGID != 0 && mode & 0o070 != 0 { return .team(group: info.st_gid) }
        return .privateStore
    }

    /// A store folder is a team's when it has the setgid bit and gives its group rights (`init --group` makes
    /// it so). A folder that gives a group rights without setgid is a private store with loose modes.
    public static func isTeamStore(at root: String) -> Bool {
        var info = stat()
        return stat(root, &info) == 0 && of(info).isTeam
    }
}

/// The files and folders of a store whose modes let in someone they should not, checked when a store is
/// opened: as ssh refuses a private key that others can read, Sammen refuses a store that others can read.
enum StorePermissions {
    /// The entries at the top of a store that are checked on every open (family files are checked as the
    /// folder is scanned, FamilyFolderScan).
    static let checkedEntries = [StoreFormat.metaFile, StoreFormat.teamFile, StoreFormat.familiesFolder,
                                 StoreFormat.cacheFolder, StoreFormat.indexFile, StoreFormat.indexJournalFile, StoreFormat.accessLogFile,
                                 StoreFormat.logFolder, StoreFormat.backupsFolder, StoreLock.fileName]

    static let folders: Set<String> = [StoreFormat.familiesFolder, StoreFormat.cacheFolder, StoreFormat.logFolder,
                                       StoreFormat.backupsFolder]

    /// What is wrong with `info` (of `shown`) in a store whose folder is `rootInfo`, or nil when nothing is.
    static func looseness(_ info: stat, root rootInfo: stat) -> Phrase? {
        let mode = info.st_mode & 0o7777
        if mode & 0o007 != 0 {
            return Phrase(da: "kan læses eller ændres af alle brugere på maskinen (rettigheder \(octal(mode)))",
                          en: "can be read or changed by every account on the machine (mode \(octal(mode)))")
        }
        if !StoreModes.of(rootInfo).isTeam {
            if mode & 0o070 != 0 {
                return Phrase(da: "kan læses af gruppen \(groupName(info.st_gid)), men arkivet er privat (rettigheder \(octal(mode)))",
                              en: "can be read by the group \(groupName(info.st_gid)), but the store is private (mode \(octal(mode)))")
            }
        } else if info.st_gid != rootInfo.st_gid {
            return Phrase(da: "tilhører gruppen \(groupName(info.st_gid)), ikke arkivets gruppe \(groupName(rootInfo.st_gid))",
                          en: "belongs to the group \(groupName(info.st_gid)), not the store's group \(groupName(rootInfo.st_gid))")
        }
        return nil
    }

    /// Checks the store folder and its top entries; throws `.looseModes` with every finding and the commands
    /// that fix them.
    static func check(root: String) throws {
        var rootInfo = stat()
        guard stat(root, &rootInfo) == 0 else { return }
        var found: [LooseFile] = []
        let rootMode = rootInfo.st_mode & 0o7777
        if rootMode & 0o007 != 0 {
            found.append(LooseFile(path: root, reason: Phrase(
                da: "mappen kan læses af alle brugere på maskinen (rettigheder \(octal(rootMode)))",
                en: "the folder can be read by every account on the machine (mode \(octal(rootMode)))")))
        }
        if rootMode & 0o070 != 0 && !StoreModes.of(rootInfo).isTeam {
            found.append(LooseFile(path: root, reason: Phrase(
                da: "mappen kan læses af gruppen \(groupName(rootInfo.st_gid)), men arkivet er privat (rettigheder \(octal(rootMode)); et teamarkiv har setgid-bitten, 2770)",
                en: "the folder can be read by the group \(groupName(rootInfo.st_gid)), but the store is private (mode \(octal(rootMode)); a team store has the setgid bit, 2770)")))
        }
        for name in checkedEntries {
            var info = stat()
            // Only what has the expected type: a link, or a folder where a file belongs, is refused with its own
            // words by the code that opens it (O_NOFOLLOW, ELOOP, EISDIR).
            guard lstat(root + "/" + name, &info) == 0 else { continue }
            let expected = StorePermissions.folders.contains(name) ? S_IFDIR : S_IFREG
            guard (info.st_mode & S_IFMT) == expected else { continue }
            if let reason = looseness(info, root: rootInfo) { found.append(LooseFile(path: name, reason: reason)) }
            if name == StoreFormat.logFolder, (info.st_mode & S_IFMT) == S_IFDIR {
                for month in (try? POSIX.list(root + "/" + name, shown: name)) ?? [] {
                    var monthInfo = stat()
                    guard lstat(root + "/" + name + "/" + month, &monthInfo) == 0, (monthInfo.st_mode & S_IFMT) == S_IFREG,
                          let reason = looseness(monthInfo, root: rootInfo) else { continue }
                    found.append(LooseFile(path: name + "/" + month, reason: reason))
                }
            }
        }
        if !found.isEmpty { throw StoreError.looseModes(found: found, fix: fixCommands(root: root, rootInfo: rootInfo)) }
    }

    /// The commands that make a store's modes right again, for the message.
    static func fixCommands(root: String, rootInfo: stat) -> String {
        let quoted = "'" + root.replacingOccurrences(of: "'", with: "'\\''") + "'"
        if !StoreModes.of(rootInfo).isTeam {
            return "chmod -R go-rwx \(quoted)"
        }
        let group = groupName(rootInfo.st_gid)
        return "chgrp -R \(group) \(quoted) && chmod -R o-rwx,g+rwX \(quoted) && find \(quoted) -type d -exec chmod g+s {} +"
    }

    static func octal(_ mode: mode_t) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func groupName(_ gid: gid_t) -> String {
        guard let group = getgrgid(gid), let name = group.pointee.gr_name else { return "\(gid)" }
        return String(cString: name)
    }
}

/// A file or folder of the store with modes that let someone in (see StorePermissions).
public struct LooseFile: Equatable, Sendable {
    public var path: String
    public var reason: Phrase
}
