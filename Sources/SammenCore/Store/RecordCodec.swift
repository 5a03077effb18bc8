import Foundation

/// Reads and writes the store's JSON files: schema version checked and migrated, every decoding error turned
/// into a FileProblem with line and column, fields Sammen does not know reported instead of silently dropped.
///
/// Every store decodes and encodes its records with it, whatever holds the bytes (a file, a jsonb column), so what
/// is valid is the same everywhere. `shown` names the record in errors: `StoreFormat.familyPath(id)`.
public struct RecordCodec: Sendable {
    public let policy: SchemaPolicy

    public init(policy: SchemaPolicy = .standard) {
        self.policy = policy
    }

    /// The outcome of reading one file.
    public struct Decoded<T> {
        public var value: T
        /// The schema version found on disk, before any migration.
        public var diskVersion: Int
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The record as Sammen writes it: pretty, sorted keys, a final newline (the bytes `store copy` compares).
    public func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try RecordCodec.encoder().encode(value)
        data.append(0x0A)
        return data
    }

    /// - Parameter checkUnknownFields: false when only reading for the caseload overview: a file with a field
    ///   Sammen does not know is still shown, and is refused (with words) when opened to be changed.
    public func decode<T: Decodable & Encodable>(_ type: T.Type, from data: Data, shown: String,
                                          checkUnknownFields: Bool = true) throws -> Decoded<T> {
        // The fast path for the common case, a current file: one parse. Anything else (an error, an older
        // schema) takes the careful path below, which says what and where. A family file is read by the
        // hand-written reader (JSONDecoder is ~10× slower, and a cold open of 10,000 families is this loop);
        // what it declines goes to JSONDecoder. It declines every key it does not know, at every level, so it
        // stands in for the strict read too (a family opened to be changed, `sammen followup`, #19): a file
        // with a field Sammen would lose is still refused, by the careful path.
        if T.self == Family.self, let family = Family.fastDecode(data),
           family.schemaVersion == policy.current, let value = family as? T {
            return Decoded(value: value, diskVersion: policy.current)
        }
        // The team reader declines unknown fields, so it may stand in for the strict read as well.
        if T.self == Team.self, let team = Team.fastDecode(data), team.schemaVersion == policy.current, let value = team as? T {
            return Decoded(value: value, diskVersion: policy.current)
        }
        if !checkUnknownFields, T.self is SchemaVersioned.Type,
           let value = try? JSONDecoder().decode(T.self, from: data),
           let versioned = value as? SchemaVersioned, versioned.schemaVersion == policy.current {
            return Decoded(value: value, diskVersion: policy.current)
        }
        if data.isEmpty {
            throw StoreError.unreadable(FileProblem(path: shown, line: 1, column: 1, reason: Phrase(da: "filen er tom", en: "the file is empty")))
        }
        if let syntax = JSONLocator.syntaxError(in: data) {
            throw StoreError.unreadable(FileProblem(
                path: shown, line: syntax.position.line, column: syntax.position.column, reason: syntax.reason))
        }
        let tree: Any
        do {
            tree = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw StoreError.unreadable(FileProblem(path: shown, reason: Phrase(da: "filen er ikke gyldig JSON", en: "the file is not valid JSON")))
        }
        guard var object = tree as? [String: Any] else {
            throw StoreError.unreadable(FileProblem(path: shown, line: 1, column: 1, reason: Phrase(da: "filen skal indeholde et JSON-objekt { … }", en: "the file must hold a JSON object { … }")))
        }
        guard let version = object["schemaVersion"] as? Int else {
            let where_ = JSONLocator.position(of: [], in: data)
            throw StoreError.unreadable(FileProblem(
                path: shown, line: where_?.line, column: where_?.column,
                reason: Phrase(da: "feltet «schemaVersion» mangler eller er ikke et heltal", en: "the field «schemaVersion» is missing or not a whole number")))
        }
        if version > policy.current {
            throw StoreError.newerSchema(path: shown, found: version, supported: policy.current)
        }
        if version < 1 {
            throw StoreError.unreadable(FileProblem(path: shown, reason: Phrase(da: "ugyldig skemaversion \(version)", en: "invalid schema version \(version)")))
        }

        var source = data
        if version < policy.current {
            for step in version..<policy.current {
                guard let migration = policy.migrations[step] else {
                    throw StoreError.unreadable(FileProblem(
                        path: shown, reason: Phrase(da: "Sammen kan ikke opgradere skemaversion \(step) til \(step + 1)", en: "Sammen cannot upgrade schema version \(step) to \(step + 1)")))
                }
                do { try migration(&object) } catch {
                    throw StoreError.unreadable(FileProblem(
                        path: shown, reason: Phrase(da: "opgradering fra skemaversion \(step) mislykkedes: \(error)", en: "upgrading from schema version \(step) failed: \(error)")))
                }
                object["schemaVersion"] = step + 1
            }
            source = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        }

        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: source)
        } catch let error as DecodingError {
            throw StoreError.unreadable(RecordCodec.problem(for: error, in: source, shown: shown))
        }

        if checkUnknownFields, let unknown = RecordCodec.unknownField(in: object, comparedWith: value) {
            let where_ = JSONLocator.position(of: unknown, in: source)
            throw StoreError.unreadable(FileProblem(
                path: shown, line: where_?.line, column: where_?.column,
                reason: Phrase(da: "ukendt felt «\(JSONLocator.describe(unknown))» (Sammen ville miste det ved næste gem, så filen røres ikke)",
                               en: "unknown field «\(JSONLocator.describe(unknown))» (Sammen would lose it at the next save, so the file is left alone)")))
        }
        return Decoded(value: value, diskVersion: version)
    }

    /// Turns a DecodingError into words and a position.
    static func problem(for error: DecodingError, in data: Data, shown: String) -> FileProblem {
        func locate(_ path: [CodingKey]) -> (Int?, Int?) {
            let position = JSONLocator.position(of: JSONLocator.path(path), in: data)
            return (position?.line, position?.column)
        }
        switch error {
        case let .keyNotFound(key, context):
            let field = JSONLocator.describe(JSONLocator.path(context.codingPath + [key]))
            let (line, column) = locate(context.codingPath)
            return FileProblem(path: shown, line: line, column: column, reason: Phrase(da: "feltet «\(field)» mangler", en: "the field «\(field)» is missing"))
        case let .typeMismatch(type, context):
            let field = JSONLocator.describe(JSONLocator.path(context.codingPath))
            let (line, column) = locate(context.codingPath)
            return FileProblem(path: shown, line: line, column: column,
                               reason: Phrase(da: "feltet «\(field)» har forkert type (forventede \(describe(type).da))",
                                                 en: "the field «\(field)» has the wrong type (expected \(describe(type).en))"))
        case let .valueNotFound(type, context):
            let field = JSONLocator.describe(JSONLocator.path(context.codingPath))
            let (line, column) = locate(context.codingPath)
            return FileProblem(path: shown, line: line, column: column,
                               reason: Phrase(da: "feltet «\(field)» er tomt (null), men skal være \(describe(type).da)",
                                                 en: "the field «\(field)» is empty (null) but must be \(describe(type).en)"))
        case let .dataCorrupted(context):
            let field = JSONLocator.describe(JSONLocator.path(context.codingPath))
            let (line, column) = locate(context.codingPath)
            let prefix = field.isEmpty ? Phrase(verbatim: "") : Phrase(da: "feltet «\(field)»: ", en: "the field «\(field)»: ")
            // A legal basis says why in both languages; other values carry only the decoder's own description.
            let why = (context.underlyingError as? LegalBasisError)?.phrase ?? Phrase(verbatim: context.debugDescription)
            return FileProblem(path: shown, line: line, column: column, reason: why.prefixed(prefix))
        @unknown default:
            return FileProblem(path: shown, reason: Phrase(da: "filen kunne ikke læses", en: "the file could not be read"))
        }
    }

    private static func describe(_ type: Any.Type) -> Phrase {
        let name = String(describing: type)
        let object = Phrase(da: "et objekt", en: "an object")
        if name.hasPrefix("Array") { return Phrase(da: "en liste", en: "a list") }
        if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return object }
        switch name {
        case "String": return Phrase(da: "en tekst", en: "a text")
        case "Int", "Double", "Int32", "Int64": return Phrase(da: "et tal", en: "a number")
        case "Bool": return Phrase(da: "sand/falsk", en: "true/false")
        default: return object
        }
    }

    /// The first field present in the file that the model does not carry, by re-encoding what was decoded.
    static func unknownField<T: Encodable>(in object: [String: Any], comparedWith value: T) -> [JSONLocator.PathElement]? {
        guard let data = try? JSONEncoder().encode(value),
              let known = try? JSONSerialization.jsonObject(with: data) else { return nil }
        return firstExtra(object, known, path: [])
    }

    private static func firstExtra(_ file: Any, _ known: Any, path: [JSONLocator.PathElement]) -> [JSONLocator.PathElement]? {
        if let f = file as? [String: Any] {
            let k = known as? [String: Any] ?? [:]
            for key in f.keys.sorted() {
                guard let value = f[key] else { continue }
                if value is NSNull { continue }
                guard let knownValue = k[key] else { return path + [.key(key)] }
                if let extra = firstExtra(value, knownValue, path: path + [.key(key)]) { return extra }
            }
        } else if let f = file as? [Any], let k = known as? [Any] {
            for (index, element) in f.enumerated() where index < k.count {
                if let extra = firstExtra(element, k[index], path: path + [.index(index)]) { return extra }
            }
        }
        return nil
    }
}

/// A file type that carries its schema version.
protocol SchemaVersioned {
    var schemaVersion: Int { get }
}

extension Family: SchemaVersioned {}
extension Team: SchemaVersioned {}
extension StoreMeta: SchemaVersioned {}
