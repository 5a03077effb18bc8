import Foundation

/// The file's own names for the import's columns, for exports whose headers differ from Sammen's:
/// `--map "sagsnr=Sags-ID;barn=Barnets navn"`, remembered per store (`import-columns.json`).
/// Keys are the import's column names (`sagsnr`, `barn`, …); values are header names as the file writes them.
public struct ImportColumnMapping: Codable, Sendable, Equatable {
    public var columns: [String: String]

    public init(columns: [String: String] = [:]) { self.columns = columns }

    public var isEmpty: Bool { columns.isEmpty }

    /// "sagsnr=Sags-ID;barn=Barnets navn" (`;` or `,` between pairs). Refuses a column Sammen does not know,
    /// naming the ones it does.
    public static func parse(_ text: String) -> Result<ImportColumnMapping, ImportProblem> {
        var columns: [String: String] = [:]
        for pair in text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let known = CaseloadImport.Column.allCases.map(\.canonicalName).joined(separator: ", ")
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                return .failure(ImportProblem(line: 0, reason: Phrase(
                    da: "--map: «\(pair)» skal skrives KOLONNE=OVERSKRIFT, fx sagsnr=Sags-ID (kolonner: \(known))",
                    en: "--map: «\(pair)» must be written COLUMN=HEADER, e.g. sagsnr=Case-ID (columns: \(known))")))
            }
            guard let column = CaseloadImport.Column.named(parts[0]) else {
                return .failure(ImportProblem(line: 0, reason: Phrase(
                    da: "--map: Sammen kender ikke kolonnen «\(parts[0])» (kolonner: \(known))",
                    en: "--map: Sammen does not know the column «\(parts[0])» (columns: \(known))")))
            }
            columns[column.canonicalName] = parts[1]
        }
        return .success(ImportColumnMapping(columns: columns))
    }

    /// The mapping with `other`'s entries on top (a new `--map` over the remembered one).
    public func merged(with other: ImportColumnMapping) -> ImportColumnMapping {
        ImportColumnMapping(columns: columns.merging(other.columns) { _, new in new })
    }

    /// "barn=Barnets navn; sagsnr=Sags-ID", sorted, for messages.
    public var description: String {
        columns.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }
}

extension CaseloadImport {
    /// The columns the import knows, with every name it accepts for each.
    enum Column: CaseIterable {
        case caseNumber, family, child, birthDate, caseworker, legalBasis, opened, lastFollowUp, cpr
        case investigationEnded, familyKey

        /// Accepted names, the Danish one first; æ/ø/å spellings also match ae/oe/aa through `normalise`.
        var names: [String] {
            switch self {
            case .caseNumber: return ["sagsnr", "case_id"]
            case .family: return ["familie", "family"]
            case .child: return ["barn", "child"]
            case .birthDate: return ["fødselsdato", "foedselsdato", "birthdate"]
            case .caseworker: return ["sagsbehandler", "caseworker"]
            case .legalBasis: return ["paragraffer", "legal_basis"]
            case .opened: return ["åbnet", "aabnet", "opened"]
            case .lastFollowUp: return ["seneste_opfølgning", "seneste_opfoelgning", "last_follow_up"]
            case .cpr: return ["cpr"]
            case .investigationEnded: return ["undersøgelse_afsluttet", "undersoegelse_afsluttet", "investigation_ended"]
            case .familyKey: return ["familienøgle", "familienoegle", "family_key"]
            }
        }

        /// The name `--map` and messages use.
        var canonicalName: String { names[0] }

        /// The column a `--map` key names, in any accepted spelling.
        static func named(_ name: String) -> Column? {
            let key = normalise(name)
            return allCases.first { $0.names.map(normalise).contains(key) }
        }

        /// The birth date may come from the CPR column instead.
        var isRequired: Bool {
            switch self {
            case .lastFollowUp, .cpr, .investigationEnded, .familyKey, .birthDate: return false
            default: return true
            }
        }

        /// "fødselsdato", "åbnet-dato"… as the subject of a message.
        var danishLabel: String {
            switch self {
            case .caseNumber: return "sagsnr"
            case .family: return "familie"
            case .child: return "barnets navn"
            case .birthDate: return "fødselsdato"
            case .caseworker: return "sagsbehandler"
            case .legalBasis: return "paragraffer"
            case .opened: return "åbnet-dato"
            case .lastFollowUp: return "seneste opfølgning"
            case .cpr: return "CPR-nummer"
            case .investigationEnded: return "undersøgelse afsluttet"
            case .familyKey: return "familienøgle"
            }
        }

        /// "date of birth", "opened date"… as the subject of a message.
        var englishLabel: String {
            switch self {
            case .caseNumber: return "case number"
            case .family: return "family"
            case .child: return "child's name"
            case .birthDate: return "date of birth"
            case .caseworker: return "caseworker"
            case .legalBasis: return "legal basis"
            case .opened: return "opened date"
            case .lastFollowUp: return "last follow-up"
            case .cpr: return "CPR number"
            case .investigationEnded: return "investigation ended"
            case .familyKey: return "family key"
            }
        }

        /// Case-insensitive, trimmed; æ/ø/å written as ae/oe/aa; spaces and hyphens as underscores.
        static func normalise(_ name: String) -> String {
            var text = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
                .lowercased()
            for (from, to) in [("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "_"), ("-", "_")] {
                text = text.replacingOccurrences(of: from, with: to)
            }
            return text
        }
    }

    /// Which field index holds which column.
    struct ColumnMap {
        private var index: [Column: Int] = [:]

        func has(_ column: Column) -> Bool { index[column] != nil }

        static func make(header: [String], line: Int, mapping: ImportColumnMapping = ImportColumnMapping())
            -> (ColumnMap?, [ImportProblem])
        {
            var map = ColumnMap()
            var problems: [ImportProblem] = []
            let normalisedHeader = header.map(Column.normalise)
            // A mapped header names its column first; the standard names fill in the rest, and also a mapped
            // column the file does not have: a mapping remembered from one export never refuses a file written
            // with Sammen's own headers.
            var mappedPositions = Set<Int>()
            var notFound: [Column: String] = [:]
            for column in Column.allCases {
                guard let wanted = mapping.columns[column.canonicalName] else { continue }
                if let position = normalisedHeader.firstIndex(of: Column.normalise(wanted)) {
                    map.index[column] = position
                    mappedPositions.insert(position)
                } else {
                    notFound[column] = wanted
                }
            }
            for (position, raw) in header.enumerated() where !mappedPositions.contains(position) {
                // Unknown columns are ignored: exports carry many more than the import needs.
                guard let column = Column.allCases.first(where: { $0.names.map(Column.normalise).contains(normalisedHeader[position]) })
                else { continue }
                if let earlier = map.index[column] {
                    if mapping.columns[column.canonicalName] != nil { continue }
                    let first = header[earlier].trimmingCharacters(in: .whitespaces)
                    let second = raw.trimmingCharacters(in: .whitespaces)
                    problems.append(ImportProblem(line: line, reason: Phrase(
                        da: "kolonnerne «\(first)» og «\(second)» er den samme kolonne; behold kun én",
                        en: "the columns «\(first)» and «\(second)» are the same column; keep only one")))
                } else {
                    map.index[column] = position
                }
            }
            for column in Column.allCases where map.index[column] == nil {
                guard let wanted = notFound[column] else { continue }
                let accepted = column.names.map { "«\($0)»" }.joined(separator: ", ")
                problems.append(ImportProblem(line: line, reason: Phrase(
                    da: "kolonneoversættelsen siger \(column.canonicalName)=«\(wanted)», men filen har hverken en kolonne «\(wanted)» eller en med Sammens navn (\(accepted)) (ret den med --map)",
                    en: "the column mapping says \(column.canonicalName)=«\(wanted)», but the file has neither a column «\(wanted)» nor one with Sammen's name (\(accepted)) (correct it with --map)")))
            }
            let birthFromCPR = map.index[.cpr] != nil
            for column in Column.allCases where map.index[column] == nil && notFound[column] == nil
                && (column.isRequired || (column == .birthDate && !birthFromCPR)) {
                let accepted = column.names.map { "«\($0)»" }.joined(separator: ", ")
                let orCPR = column == .birthDate
                    ? Phrase(da: ", eller en «cpr»-kolonne at tage fødselsdatoen fra", en: ", or a «cpr» column to take the date of birth from")
                    : Phrase(verbatim: "")
                problems.append(ImportProblem(line: line, reason: Phrase(
                    da: "kolonnen «\(column.canonicalName)» mangler i overskriften (tilladte navne: \(accepted)\(orCPR.da); en anden overskrift oversættes med --map \(column.canonicalName)=OVERSKRIFT)",
                    en: "the column «\(column.canonicalName)» is missing from the header (accepted names: \(accepted)\(orCPR.en); another header is mapped with --map \(column.canonicalName)=HEADER)")))
            }
            return (problems.isEmpty ? map : nil, problems)
        }

        /// The trimmed value of `column` in `fields`, or "" when the file has no such column.
        func value(_ column: Column, in fields: [String]) -> String {
            guard let i = index[column] else { return "" }
            return fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
