import Foundation

/// A family file through the store's codec: decoding never crashes, and what decodes survives a save: encode
/// it, decode it again, and it is the same family (a field lost there would be lost on every save).
enum FuzzFamily {
    static let codec = RecordCodec(policy: .standard)
    static let team = Team(name: "Fuzz", targetCaseload: 25, caseworkers: [Caseworker(initials: "MHA", name: "Mette Hansen")])

    static func run(_ data: Data) {
        if let decoded = try? codec.decode(Family.self, from: data, shown: "families/f-fuzz.json") {
            roundTrip(decoded.value, codec: codec, what: "family")
            _ = FamilyValidator.validate(decoded.value, team: team)
            _ = FamilySummary(decoded.value)
        }
        _ = try? codec.decode(Team.self, from: data, shown: "team.json")
        _ = try? codec.decode(StoreMeta.self, from: data, shown: "store.json")
        _ = JSONLocator.position(of: [.key("children"), .index(0), .key("birthDate")], in: data)
    }

    static func roundTrip(_ family: Family, codec: RecordCodec, what: String) {
        let encoded: Data
        do { encoded = try codec.encode(family) } catch { violated("\(what): a decoded family does not encode: \(error)") }
        do {
            let again = try codec.decode(Family.self, from: encoded, shown: "families/f-fuzz.json").value
            if again != family { violated("\(what): a family changes when saved and read back") }
        } catch {
            violated("\(what): a family Sammen wrote cannot be read back: \(error)")
        }
    }
}

/// The migration path: version 1 and 2 files brought up to version 3 through two migrations that reshape
/// the object, then decoded. Never crashes; what migrates survives a save at the new version.
enum FuzzMigration {
    static let policy = SchemaPolicy(current: 3, migrations: [
        1: { object in
            if let old = object.removeValue(forKey: "familyName") { object["name"] = old }
        },
        2: { object in
            // Version 3 moves nothing; it drops a field version 2 had and fills one version 3 expects.
            object.removeValue(forKey: "obsolete")
            if object["children"] == nil { object["children"] = [Any]() }
        },
    ])
    static let codec = RecordCodec(policy: policy)

    static func run(_ data: Data) {
        guard let decoded = try? codec.decode(Family.self, from: data, shown: "families/f-fuzz.json") else { return }
        if decoded.diskVersion > 3 { violated("a newer schema was accepted") }
        FuzzFamily.roundTrip({ var f = decoded.value; f.schemaVersion = 3; return f }(), codec: codec, what: "migration")
    }
}

/// A caseload file through the import: never crashes; a plan it accepts only holds families that the store
/// can write and read back, with valid ids.
enum FuzzCSV {
    static let andersen: Family = {
        var family = Family(id: "f-andersen", name: "Familien Andersen", children: [
            Child(id: "c1", name: "Ida", birthDate: LocalDate(year: 2015, month: 3, day: 4)!, cpr: "040315-4234", cases: [
                ChildCase(number: "2026-001", primaryCaseworker: "MHA", opened: LocalDate(year: 2026, month: 1, day: 5)!,
                          measures: [Measure(id: "m1", legalBasis: LegalBasis(law: .sel, paragraph: "50"), description: "u",
                                             started: LocalDate(year: 2026, month: 1, day: 5)!)]),
            ]),
        ])
        family.contacts = [Contact(id: "k1", date: LocalDate(year: 2026, month: 2, day: 1)!, channel: .phone, kind: .followUp)]
        return family
    }()
    static let context = ImportContext(
        defaultLaw: nil, today: LocalDate(year: 2026, month: 12, day: 3)!,
        caseworkers: [Caseworker(initials: "MHA", name: "Mette Hansen")],
        families: [ImportedFamilyIdentity(andersen)])

    static func run(_ data: Data) {
        guard case .success(let plan) = CaseloadImport.plan(csv: data, context: context) else { return }
        for family in plan.newFamilies {
            if !Family.isValidID(family.id) { violated("the import made an invalid family id «\(family.id)»") }
            FuzzFamily.roundTrip(family, codec: FuzzFamily.codec, what: "import")
        }
        for update in plan.updates {
            var family = andersen
            _ = family.applyImport(update, today: context.today)
            if !family.contacts.starts(with: andersen.contacts) { violated("the import changed a follow-up made in Sammen") }
            FuzzFamily.roundTrip(family, codec: FuzzFamily.codec, what: "import update")
        }
        if plan.rowCount < 0 { violated("negative row count") }
    }
}

/// CPR numbers: parsing never crashes; a parsed number is ten ASCII digits with a real date; masking and
/// redaction never let the last four digits through.
enum FuzzCPR {
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        if case .success(let number) = CPRNumber.parse(text) {
            if number.digits.count != 10 || !number.digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                violated("parsed «\(number.digits)» is not ten digits")
            }
            if number.masked.contains(String(number.digits.suffix(4))) && !number.masked.hasSuffix("XXXX") {
                violated("the masked number shows the last four digits")
            }
            if CPRNumber.redact("cpr \(number.formatted) og \(number.digits).").contains(number.digits.suffix(4) + ".") {
                violated("redact lets a parsed number through")
            }
        }
        let redacted = CPRNumber.redact(text)
        if let leak = fullCPR(in: redacted) { violated("redact left a full CPR number: «\(leak)»") }
    }

    /// Ten ASCII digits as DDMMYYSSSS, DDMMYY-SSSS or DDMMYY SSSS, not inside a longer run of digits.
    static func fullCPR(in text: String) -> String? {
        let bytes = Array(text.utf8)
        func digit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        var i = 0
        while i < bytes.count {
            guard digit(i), !digit(i - 1) else { i += 1; continue }
            var j = i
            while digit(j) { j += 1 }
            let run = j - i
            if run == 10 { return String(decoding: bytes[i..<j], as: UTF8.self) }
            if run == 6, j < bytes.count, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: " ") {
                var k = j + 1
                while digit(k) { k += 1 }
                if k - (j + 1) == 4 { return String(decoding: bytes[i..<k], as: UTF8.self) }
            }
            i = j
        }
        return nil
    }
}
