import Foundation

/// An e-mail address as a caseworker pastes it: `anna@skolen.dk`, `Anna Hansen <anna@skolen.dk>` or
/// `"Hansen, Anna" <anna@skolen.dk>;` as Outlook copies it, `mailto:anna@skolen.dk` from a web page, and domains
/// with Danish letters (`børnehuset.dk`, sent as `xn--brnehuset-l8a.dk`).
///
/// What is refused gets a reason in words (`EmailAddress.Problem.phrase`). Refused on purpose: a local part with
/// letters outside ASCII (most mail servers do not take it), quoted local parts and IP-address domains (nobody
/// in a municipality's address book has one; a typing slip is likelier), and several addresses at once.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The name before `<…>`, without quotes; nil when none was given.
    public let displayName: String?
    /// The part before "@", as typed (case kept: some servers tell case apart there).
    public let localPart: String
    /// The domain in lower case, with its Danish letters (as a person reads it).
    public let domain: String
    /// The domain as mail servers and DNS take it: labels outside ASCII as "xn--" Punycode.
    public let asciiDomain: String

    /// The address as a person reads it: `anna@børnehuset.dk`.
    public var address: String { localPart + "@" + domain }
    /// The address as it is sent: `anna@xn--brnehuset-l8a.dk`.
    public var asciiAddress: String { localPart + "@" + asciiDomain }
    /// `Anna Hansen <anna@skolen.dk>`, or the bare address when there is no name.
    public var description: String { displayName.map { "\($0) <\(address)>" } ?? address }

    /// Why an address was refused. `phrase` says it in words, in both languages.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case missingAt
        case severalAt
        case severalAddresses
        case emptyLocalPart
        case emptyDomain
        case unclosedAngle
        case textAfterAngle
        case space
        case invisibleCharacter
        case nonASCIILocalPart(Character)
        case characterInLocalPart(Character)
        case dotAtLocalEdge
        case doubleDot
        case quotedLocalPart
        case ipLiteral
        case domainWithoutDot
        case characterInDomain(Character)
        case emptyDomainLabel
        case hyphenAtLabelEdge(String)
        case numericTopLevel(String)
        case labelTooLong(String)
        case localPartTooLong(Int)
        case tooLong(Int)
        case notEncodable(String)

        public var phrase: Phrase {
            switch self {
            case .empty:
                return Phrase(da: "adressen er tom", en: "the address is empty")
            case .missingAt:
                return Phrase(da: "adressen mangler @ (sådan: navn@domæne.dk)",
                              en: "the address has no @ (like this: name@domain.dk)")
            case .severalAt:
                return Phrase(da: "adressen har mere end ét @", en: "the address has more than one @")
            case .severalAddresses:
                return Phrase(da: "der er flere adresser; skriv én ad gangen",
                              en: "there are several addresses; enter one at a time")
            case .emptyLocalPart:
                return Phrase(da: "der står intet før @", en: "there is nothing before the @")
            case .emptyDomain:
                return Phrase(da: "der står intet efter @", en: "there is nothing after the @")
            case .unclosedAngle:
                return Phrase(da: "< mangler sit >", en: "the < has no matching >")
            case .textAfterAngle:
                return Phrase(da: "der står tekst efter >", en: "there is text after the >")
            case .space:
                return Phrase(da: "adressen indeholder et mellemrum", en: "the address contains a space")
            case .invisibleCharacter:
                return Phrase(da: "adressen indeholder et usynligt tegn (kopieret med?); skriv den igen",
                              en: "the address contains an invisible character (copied along?); type it again")
            case .nonASCIILocalPart(let c):
                return Phrase(da: "»\(c)« før @ kan de fleste postservere ikke modtage",
                              en: "most mail servers cannot receive “\(c)” before the @")
            case .characterInLocalPart(let c):
                return Phrase(da: "tegnet »\(c)« må ikke stå før @", en: "the character “\(c)” is not allowed before the @")
            case .dotAtLocalEdge:
                return Phrase(da: "der må ikke stå punktum først eller lige før @",
                              en: "a dot may not come first or right before the @")
            case .doubleDot:
                return Phrase(da: "adressen har to punktummer i træk", en: "the address has two dots in a row")
            case .quotedLocalPart:
                return Phrase(da: "anførselstegn før @ tages ikke imod", en: "quotation marks before the @ are not accepted")
            case .ipLiteral:
                return Phrase(da: "skriv domænets navn, ikke en IP-adresse", en: "write the domain's name, not an IP address")
            case .domainWithoutDot:
                return Phrase(da: "domænet efter @ mangler et punktum (fx skolen.dk)",
                              en: "the domain after the @ has no dot (e.g. skolen.dk)")
            case .characterInDomain(let c):
                return Phrase(da: "tegnet »\(c)« må ikke stå i domænet", en: "the character “\(c)” is not allowed in the domain")
            case .emptyDomainLabel:
                return Phrase(da: "domænet har et punktum først, sidst eller to i træk",
                              en: "the domain has a dot first, last or two in a row")
            case .hyphenAtLabelEdge(let label):
                return Phrase(da: "»\(label)« i domænet må ikke begynde eller slutte med bindestreg",
                              en: "“\(label)” in the domain may not begin or end with a hyphen")
            case .numericTopLevel(let label):
                return Phrase(da: "domænet kan ikke slutte på tallet ».\(label)«",
                              en: "the domain cannot end in the number “.\(label)”")
            case .labelTooLong(let label):
                return Phrase(da: "»\(label.prefix(20))…« i domænet er over 63 tegn",
                              en: "“\(label.prefix(20))…” in the domain is over 63 characters")
            case .localPartTooLong(let n):
                return Phrase(da: "delen før @ er \(n) tegn; højst 64", en: "the part before the @ is \(n) characters; at most 64")
            case .tooLong(let n):
                return Phrase(da: "adressen er \(n) tegn; højst 254", en: "the address is \(n) characters; at most 254")
            case .notEncodable(let label):
                return Phrase(da: "»\(label)« i domænet kan ikke skrives som domænenavn",
                              en: "“\(label)” in the domain cannot be written as a domain name")
            }
        }
    }

    /// Reads one address; throws the first problem found.
    public init(_ text: String) throws(Problem) {
        self = try Self.parse(text).get()
    }

    /// The address, or nil for an empty text or a refused one (use `parse` for the reason).
    public static func optional(_ text: String?) -> EmailAddress? {
        guard let text else { return nil }
        return try? parse(text).get()
    }

    /// Reads one address, or says why not.
    public static func parse(_ text: String) -> Result<EmailAddress, Problem> {
        var rest = trimmed(text)
        // Outlook ends a copied address with ";", lists end with ",".
        while let last = rest.last, last == ";" || last == "," { rest.removeLast(); rest = trimmed(rest) }
        guard !rest.isEmpty else { return .failure(.empty) }
        if rest.unicodeScalars.contains(where: isInvisible) { return .failure(.invisibleCharacter) }
        var name: String?
        var spec = rest
        if let open = lastUnquoted("<", in: rest) {
            guard let close = rest[open...].firstIndex(of: ">") else { return .failure(.unclosedAngle) }
            guard trimmed(String(rest[rest.index(after: close)...])).isEmpty else {
                return .failure(rest[rest.index(after: close)...].contains("@") ? .severalAddresses : .textAfterAngle)
            }
            spec = trimmed(String(rest[rest.index(after: open)..<close]))
            let before = trimmed(String(rest[..<open]))
            if before.contains("@") && !before.hasPrefix("\"") && (before.contains(";") || before.contains(",")) {
                return .failure(.severalAddresses)
            }
            name = displayName(before)
        } else if rest.contains(">") {
            return .failure(.unclosedAngle)
        }
        if spec.lowercased().hasPrefix("mailto:") { spec = String(spec.dropFirst(7)) }
        if spec.contains(";") || (spec.contains(",") && spec.filter({ $0 == "@" }).count > 1) {
            return .failure(.severalAddresses)
        }
        return check(spec).map { parts in
            EmailAddress(displayName: name, localPart: parts.local, domain: parts.domain, asciiDomain: parts.ascii)
        }
    }

    private init(displayName: String?, localPart: String, domain: String, asciiDomain: String) {
        self.displayName = displayName
        self.localPart = localPart
        self.domain = domain
        self.asciiDomain = asciiDomain
    }

    // MARK: - The parts

    private static let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-")

    private static func check(_ spec: String) -> Result<(local: String, domain: String, ascii: String), Problem> {
        if spec.contains(where: \.isWhitespace) { return .failure(.space) }
        let pieces = spec.split(separator: "@", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return .failure(.missingAt) }
        if pieces[0].hasPrefix("\"") { return .failure(.quotedLocalPart) }
        guard pieces.count == 2 else {
            return .failure(spec.contains(",") ? .severalAddresses : .severalAt)
        }
        let local = String(pieces[0]), rawDomain = String(pieces[1])
        guard !local.isEmpty else { return .failure(.emptyLocalPart) }
        guard !rawDomain.isEmpty else { return .failure(.emptyDomain) }
        if let c = local.first(where: { !$0.isASCII }) { return .failure(.nonASCIILocalPart(c)) }
        if let c = local.first(where: { !atext.contains($0) && $0 != "." }) { return .failure(.characterInLocalPart(c)) }
        if local.hasPrefix(".") || local.hasSuffix(".") { return .failure(.dotAtLocalEdge) }
        if local.contains("..") { return .failure(.doubleDot) }
        if local.utf8.count > 64 { return .failure(.localPartTooLong(local.utf8.count)) }
        if rawDomain.hasPrefix("[") { return .failure(.ipLiteral) }
        let domain = rawDomain.lowercased().precomposedStringWithCanonicalMapping
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if labels.count == 1 { return .failure(.domainWithoutDot) }
        for label in labels {
            guard !label.isEmpty else { return .failure(domain.contains("..") ? .doubleDot : .emptyDomainLabel) }
            if let c = label.first(where: { !($0.isLetter || $0.isNumber || $0 == "-") }) {
                return .failure(.characterInDomain(c))
            }
            if label.hasPrefix("-") || label.hasSuffix("-") { return .failure(.hyphenAtLabelEdge(label)) }
        }
        if let top = labels.last, top.allSatisfy(\.isASCIIDigit) {
            return .failure(labels.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } ? .ipLiteral : .numericTopLevel(top))
        }
        guard let ascii = Punycode.asciiDomain(domain) else { return .failure(.notEncodable(domain)) }
        for (label, asciiLabel) in zip(labels, ascii.split(separator: ".")) where asciiLabel.utf8.count > 63 {
            return .failure(.labelTooLong(label))
        }
        let length = local.utf8.count + 1 + ascii.utf8.count
        if length > 254 { return .failure(.tooLong(length)) }
        return .success((local, domain, ascii))
    }

    /// The name before `<`: quotes taken off (with their backslash escapes), inner space kept, empty → nil.
    private static func displayName(_ text: String) -> String? {
        var name = text
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
            name = String(name.dropFirst().dropLast())
                .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
        } else if name.count >= 2, name.hasPrefix("'"), name.hasSuffix("'") {
            name = String(name.dropFirst().dropLast())
        }
        name = trimmed(name)
        return name.isEmpty ? nil : name
    }

    /// The last "<" outside a quoted name.
    private static func lastUnquoted(_ mark: Character, in text: String) -> String.Index? {
        var quoted = false, escaped = false
        var found: String.Index?
        for i in text.indices {
            let c = text[i]
            if escaped { escaped = false; continue }
            if c == "\\" && quoted { escaped = true; continue }
            if c == "\"" { quoted.toggle(); continue }
            if c == mark && !quoted { found = i }
        }
        return found
    }

    /// Spaces, no-break spaces and tabs at both ends (copying from Outlook or a web page brings them along).
    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}\u{FEFF}")))
    }

    /// Zero-width and direction marks: invisible when typed, fatal when sent.
    private static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x08, 0x0B...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD:
            return true
        default:
            return false
        }
    }
}
