import Foundation

/// Everything that can go wrong in the store, in words a caseworker can act on.
/// No message ever contains a CPR number: paths hold family ids only, and free text is redacted.
public enum StoreError: Error, Equatable, Sendable {
    /// A system call failed; `step` says what Sammen was doing, `path` on which file.
    case io(step: IOStep, path: String, errno: Int32)
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
    case invalid(Phrase)
    /// The file is written and in place, but the disk reported an error while making it durable (the fsync of
    /// its folder). It is not undone; it may be lost in a power cut.
    case notDurable(path: String, errno: Int32)
    /// A transaction (an import, an upgrade) is committed but could not be finished now; the next instance that
    /// opens the store finishes it.
    case unfinished(path: String, errno: Int32)
    /// The store's folder or files let in accounts they should not (as ssh refuses a loose private key):
    /// what is wrong with which file, and the command that fixes it.
    case looseModes(found: [LooseFile], fix: String)
    /// A team store whose group this account is not in: it may read nothing.
    case notInGroup(login: String, group: String, path: String)
    /// A team store whose team.json does not list this login: it may read nothing.
    case notAMember(login: String, path: String)
    /// store.json says that only this program version or newer may write the store.
    case programTooOld(required: String, running: String)

    public var danishMessage: String { message(in: .da) }
    public var englishMessage: String { message(in: .en) }

    /// The message in `language`, on one line: anything shaped like a CPR number masked, and control
    /// characters from paths and names (a file or user name may hold anything) shown escaped.
    public func message(in language: Language) -> String {
        TerminalText.field(CPRNumber.redact(words(in: language)))
    }

    /// The message's words, as the cases put them.
    private func words(in language: Language) -> String {
        let l = language
        switch self {
        case let .io(step, path, code):
            return l.pick(da: "Kunne ikke \(step.da) \(path): \(StoreError.describe(errno: code, in: l))",
                          en: "Could not \(step.en) \(path): \(StoreError.describe(errno: code, in: l))")
        case .notAStore(let path):
            return l.pick(da: "\(path) er ikke et Sammen-arkiv (der mangler store.json). Opret et med «sammen import csv» eller «sammen demo --init MAPPE».",
                          en: "\(path) is not a Sammen store (store.json is missing). Create one with «sammen import csv» or «sammen demo --init FOLDER».")
        case .alreadyAStore(let path):
            return l.pick(da: "\(path) er allerede et Sammen-arkiv; det bliver ikke overskrevet.",
                          en: "\(path) is already a Sammen store; it is not overwritten.")
        case let .locked(holder, path):
            if let holder {
                return l.pick(da: "Arkivet \(path) er i brug af \(holder.user) (proces \(holder.pid) på \(holder.host) siden \(holder.since)). Prøv igen, når de er færdige; at se med (skrivebeskyttet) går altid.",
                              en: "The store \(path) is in use by \(holder.user) (process \(holder.pid) on \(holder.host) since \(holder.since)). Try again when they are done; looking on (read-only) always works.")
            }
            return l.pick(da: "Arkivet \(path) er i brug af en anden proces. Prøv igen om lidt; at se med (skrivebeskyttet) går altid.",
                          en: "The store \(path) is in use by another process. Try again in a moment; looking on (read-only) always works.")
        case .readOnly:
            return l.pick(da: "Arkivet er åbnet skrivebeskyttet; ændringen er ikke gemt.",
                          en: "The store is open read-only; the change is not saved.")
        case .conflict(let path):
            return l.pick(da: "\(path) er blevet ændret af en anden, siden du åbnede den. Din ændring er ikke gemt oven i den andens; åbn familien igen og gentag ændringen.",
                          en: "\(path) was changed by someone else since you opened it. Your change is not saved over theirs; open the family again and repeat the change.")
        case .unreadable(let problem):
            return problem.message(in: l)
        case let .newerSchema(path, found, supported):
            return path + " " + StoreError.newerSchemaPhrase(found: found, supported: supported).text(in: l)
        case .unknownFamily(let id):
            return l.pick(da: "Ingen familie med id «\(id)» i arkivet.", en: "No family with id «\(id)» in the store.")
        case .invalid(let phrase):
            return CPRNumber.redact(phrase.text(in: l))
        case let .notDurable(path, code):
            return l.pick(da: "\(path) er gemt, men disken meldte en fejl, da ændringen skulle sikres: \(StoreError.describe(errno: code, in: l)). Ændringen kan gå tabt ved strømsvigt; kontrollér disken.",
                          en: "\(path) is saved, but the disk reported an error while making the change safe: \(StoreError.describe(errno: code, in: l)). The change may be lost in a power cut; check the disk.")
        case let .unfinished(path, code):
            return l.pick(da: "Ændringen er gemt, men kunne ikke gøres helt færdig (\(path): \(StoreError.describe(errno: code, in: l))). Den gøres færdig, næste gang arkivet åbnes til skrivning.",
                          en: "The change is saved but could not be finished (\(path): \(StoreError.describe(errno: code, in: l))). It is finished the next time the store is opened for writing.")
        case let .looseModes(found, fix):
            let lines = found.prefix(10).map { "  \($0.path): \($0.reason.text(in: l))" }
            let more = found.count > 10 ? [l.pick(da: "  … og \(found.count - 10) til", en: "  … and \(found.count - 10) more")] : []
            return (l.pick(da: "Arkivet åbnes ikke, fordi andre end dem, det er til, kan komme til det:",
                           en: "The store is not opened, because others than those it is meant for can get at it:")
                    + "\n" + (lines + more).joined(separator: "\n") + "\n"
                    + l.pick(da: "Ret det med: \(fix)", en: "Fix it with: \(fix)"))
        case let .notInGroup(login, group, path):
            return l.pick(da: "Arkivet \(path) er teamet \(group)s, og din bruger «\(login)» er ikke med i gruppen \(group), så du kan ikke se noget i det. Bed teamets IT-kontakt om at tilføje dig (docs/it-kontakt.md).",
                          en: "The store \(path) belongs to the team \(group), and your account «\(login)» is not in the group \(group), so you cannot see anything in it. Ask the team's IT contact to add you (docs/it-kontakt.md).")
        case let .notAMember(login, path):
            return l.pick(da: "Din bruger «\(login)» er ikke med i teamet i \(path) (team.json), så du kan ikke se noget i arkivet. Teamets leder eller IT-kontakt tilføjer dig med «sammen team add \(login) INITIALER».",
                          en: "Your account «\(login)» is not in the team of \(path) (team.json), so you cannot see anything in the store. The team's leader or IT contact adds you with «sammen team add \(login) INITIALS».")
        case let .programTooOld(required, running):
            return l.pick(da: "Arkivet kræver Sammen \(required) eller nyere for at gemme; denne er \(running). Installér Sammen \(required) (eller nyere); indtil da kan arkivet kun læses.",
                          en: "The store needs Sammen \(required) or newer to save; this is \(running). Install Sammen \(required) (or newer); until then the store can only be read.")
        }
    }

    /// errno in words, for the errors a caseworker can meet.
    public static func describe(errno code: Int32, in language: Language = .da) -> String {
        let l = language
        switch code {
        case ENOSPC: return l.pick(da: "disken er fuld", en: "the disk is full")
        case EDQUOT: return l.pick(da: "din diskkvote er brugt op", en: "your disk quota is used up")
        case EROFS: return l.pick(da: "drevet er skrivebeskyttet", en: "the drive is read-only")
        case EACCES, EPERM: return l.pick(da: "ingen adgang (tjek rettighederne på mappen)", en: "permission denied (check the folder's permissions)")
        case ENOENT: return l.pick(da: "filen eller mappen findes ikke (er den slettet eller flyttet?)", en: "the file or folder does not exist (was it deleted or moved?)")
        case EIO: return l.pick(da: "læse-/skrivefejl på disken (EIO)", en: "read/write error on the disk (EIO)")
        case ENOTDIR: return l.pick(da: "en del af stien er ikke en mappe", en: "part of the path is not a folder")
        case EISDIR: return l.pick(da: "stien er en mappe, ikke en fil", en: "the path is a folder, not a file")
        case ELOOP: return l.pick(da: "stien er et symbolsk link, som Sammen ikke følger", en: "the path is a symbolic link, which Sammen does not follow")
        case EMFILE, ENFILE: return l.pick(da: "for mange åbne filer", en: "too many open files")
        default: return String(cString: strerror(code))
        }
    }

    /// "skrevet af en nyere udgave af Sammen …": said both as an error and as a file left out of the list.
    static func newerSchemaPhrase(found: Int, supported: Int) -> Phrase {
        Phrase(da: "er skrevet af en nyere udgave af Sammen (skemaversion \(found); denne udgave kan læse til og med \(supported)). Opdatér Sammen; filen er ikke rørt.",
               en: "was written by a newer version of Sammen (schema version \(found); this version reads up to \(supported)). Update Sammen; the file is untouched.")
    }
}

/// Who holds the store's write lock.
public struct LockHolder: Codable, Equatable, Sendable {
    public var user: String
    public var pid: Int32
    public var host: String
    public var since: String
}
