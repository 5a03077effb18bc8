/// What the store was doing when a system call failed, for "Kunne ikke … FIL: …" / "Could not … FILE: …".
public enum IOStep: Equatable, Sendable, CaseIterable {
    case openStore, openFolder, readFolder, read, write, createFolder, createTempFile, createLockFile, lock
    case setPermissions, close, syncToDisk, rename, writeAccessLog

    /// The Danish verb phrase, read before the file's path.
    public var da: String {
        switch self {
        case .openStore: return "åbne arkivet"
        case .openFolder: return "åbne mappen"
        case .readFolder: return "læse mappen"
        case .read: return "læse"
        case .write: return "skrive"
        case .createFolder: return "oprette mappen"
        case .createTempFile: return "oprette en midlertidig fil til"
        case .createLockFile: return "oprette låsefilen"
        case .lock: return "låse arkivet med"
        case .setPermissions: return "sætte rettigheder på"
        case .close: return "lukke"
        case .syncToDisk: return "gemme (fsync)"
        case .rename: return "gemme (omdøbe)"
        case .writeAccessLog: return "skrive i adgangsloggen"
        }
    }

    /// The English verb phrase, read before the file's path.
    public var en: String {
        switch self {
        case .openStore: return "open the store"
        case .openFolder: return "open the folder"
        case .readFolder: return "read the folder"
        case .read: return "read"
        case .write: return "write"
        case .createFolder: return "create the folder"
        case .createTempFile: return "create a temporary file for"
        case .createLockFile: return "create the lock file"
        case .lock: return "lock the store with"
        case .setPermissions: return "set permissions on"
        case .close: return "close"
        case .syncToDisk: return "save (fsync)"
        case .rename: return "save (rename)"
        case .writeAccessLog: return "write to the access log"
        }
    }
}
