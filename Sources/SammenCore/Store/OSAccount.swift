import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The account this process runs as, as the operating system says it: in a team store the only answer to
/// "who is this" (never `--user`, `$SAMMEN_USER`, `$USER` or a config file, which anyone can set).
public struct OSAccount: Equatable, Sendable {
    public var uid: uid_t
    /// The login of getpwuid(geteuid()); "uid N" when the account has no name.
    public var login: String

    public static func current() -> OSAccount {
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return OSAccount(uid: uid, login: String(cString: name))
        }
        return OSAccount(uid: uid, login: "uid \(uid)")
    }

    public var isRoot: Bool { uid == 0 }

    /// Whether the machine has an account with this login (a member is added only for an account that exists).
    public static func exists(login: String) -> Bool {
        !login.isEmpty && getpwnam(login) != nil
    }

    /// Whether the process has `gid` among its groups (the effective group or a supplementary one).
    public static func isInGroup(_ gid: gid_t) -> Bool {
        if getegid() == gid { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let n = getgroups(count, &groups)
        return n > 0 && groups.prefix(Int(n)).contains(gid)
    }
}

/// A user name given on the command line or in the environment (a private or training store's `--user`,
/// `$SAMMEN_USER`, `$USER`): it goes into the access log and onto the screen, so it must be a name and nothing
/// that could forge a log line or steer a terminal.
public enum UserName {
    public static let maximumLength = 64

    /// The name, trimmed, or why it is refused.
    public static func validate(_ raw: String, source: String) -> Result<String, UserNameError> {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { return .failure(UserNameError(source: source, reason: Phrase(da: "er tomt", en: "is empty"))) }
        if name.count > maximumLength {
            return .failure(UserNameError(source: source, reason: Phrase(
                da: "er \(name.count) tegn langt; et brugernavn er højst \(maximumLength) tegn",
                en: "is \(name.count) characters long; a user name is at most \(maximumLength) characters")))
        }
        for scalar in name.unicodeScalars where isRefused(scalar) {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return .failure(UserNameError(source: source, reason: Phrase(
                da: "indeholder et styretegn (\(code)), fx linjeskift eller tabulator; et brugernavn er bogstaver, tal og tegnsætning",
                en: "contains a control character (\(code)), e.g. a line break or tab; a user name is letters, digits and punctuation")))
        }
        return .success(name)
    }

    /// Control characters (C0, DEL, C1), line and paragraph separators, and the invisible format characters
    /// that reorder or hide text (bidi overrides and isolates, zero-width characters).
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: return true
        default: return false
        }
    }
}

public struct UserNameError: Error, Equatable, Sendable {
    /// Where the name came from: "--user", "$SAMMEN_USER", "$USER".
    public var source: String
    public var reason: Phrase

    public var phrase: Phrase {
        Phrase(da: "brugernavnet fra \(source) \(reason.da)", en: "the user name from \(source) \(reason.en)")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
