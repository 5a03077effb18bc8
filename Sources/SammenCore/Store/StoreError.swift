import Foundation

/// Everything that can go wrong in the store, in words a caseworker can act on.
/// No message ever contains a CPR number: paths hold family ids only, and free text is redacted.
public enum StoreError: Error, Equatable, Sendable {
    /// A system call failed; `step` says what Sammen was doing, `path` on which file.
    case io(step: String, path: String, errno: Int32)
    case notAStore(path: String)
    case alreadyAStore(path: String)
    case locked(holder: LockHolder?, path: String)
    case readOnly
    /// The file changed on disk since it was loaded: another instance saved it first.
    case conflict(path: String)
    /// The file could not be read as a Sammen file.
    case unreadable(FileProblem)
    case newerSchema(path: String, found: Int, supported: Int)
    case unknownFamily(String)
    case invalid(String)
    /// The file is written and in place, but the disk reported an error while making it durable (the fsync of
    /// its folder). It is not undone; it may be lost in a power cut.
    case notDurable(path: String, errno: Int32)
    /// A transaction (an import, an upgrade) is committed but could not be finished now; the next instance that
    /// opens the store finishes it.
    case unfinished(path: String, errno: Int32)

    public var danishMessage: String {
        switch self {
        case let .io(step, path, code):
            return "Kunne ikke \(step) \(path): \(StoreError.describe(errno: code))"
        case .notAStore(let path):
            return "\(path) er ikke et Sammen-arkiv (der mangler store.json). Opret et med «sammen import csv» eller «sammen demo --init MAPPE»."
        case .alreadyAStore(let path):
            return "\(path) er allerede et Sammen-arkiv; det bliver ikke overskrevet."
        case let .locked(holder, path):
            if let holder {
                return "Arkivet \(path) er i brug af \(holder.user) (proces \(holder.pid) på \(holder.host) siden \(holder.since)). Prøv igen, når de er færdige; at se med (skrivebeskyttet) går altid."
            }
            return "Arkivet \(path) er i brug af en anden proces. Prøv igen om lidt; at se med (skrivebeskyttet) går altid."
        case .readOnly:
            return "Arkivet er åbnet skrivebeskyttet; ændringen er ikke gemt."
        case .conflict(let path):
            return "\(path) er blevet ændret af en anden, siden du åbnede den. Din ændring er ikke gemt oven i den andens; åbn familien igen og gentag ændringen."
        case .unreadable(let problem):
            return problem.danishMessage
        case let .newerSchema(path, found, supported):
            return "\(path) er skrevet af en nyere udgave af Sammen (skemaversion \(found); denne udgave kan læse til og med \(supported)). Opdatér Sammen; filen er ikke rørt."
        case .unknownFamily(let id):
            return "Ingen familie med id «\(id)» i arkivet."
        case .invalid(let text):
            return CPRNumber.redact(text)
        case let .notDurable(path, code):
            return "\(path) er gemt, men disken meldte en fejl, da ændringen skulle sikres: \(StoreError.describe(errno: code)). Ændringen kan gå tabt ved strømsvigt; kontrollér disken."
        case let .unfinished(path, code):
            return "Ændringen er gemt, men kunne ikke gøres helt færdig (\(path): \(StoreError.describe(errno: code))). Den gøres færdig, næste gang arkivet åbnes til skrivning."
        }
    }

    /// errno in Danish words, for the errors a caseworker can meet.
    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOSPC: return "disken er fuld"
        case EDQUOT: return "din diskkvote er brugt op"
        case EROFS: return "drevet er skrivebeskyttet"
        case EACCES, EPERM: return "ingen adgang (tjek rettighederne på mappen)"
        case ENOENT: return "filen eller mappen findes ikke (er den slettet eller flyttet?)"
        case EIO: return "læse-/skrivefejl på disken (EIO)"
        case ENOTDIR: return "en del af stien er ikke en mappe"
        case EISDIR: return "stien er en mappe, ikke en fil"
        case ELOOP: return "stien er et symbolsk link, som Sammen ikke følger"
        case EMFILE, ENFILE: return "for mange åbne filer"
        default: return String(cString: strerror(code))
        }
    }
}

/// A file that could not be read, with where and why.
public struct FileProblem: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = CPRNumber.redact(message)
    }

    /// "families/f-0007.json:12:5: ..." — the form editors and grep understand.
    public var location: String {
        var text = path
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }

    public var danishMessage: String { "\(location): \(message)" }
    public var description: String { danishMessage }
}

/// Who holds the store's write lock.
public struct LockHolder: Codable, Equatable, Sendable {
    public var user: String
    public var pid: Int32
    public var host: String
    public var since: String
}
