import Foundation

/// The column mapping of `sammen import csv --map`, remembered per store so the next export with the same
/// headers imports without it. A small settings file of the store, written atomically under the lock.
extension Store {
    static let importColumnsFile = "import-columns.json"

    /// The remembered mapping; empty when none was saved.
    public func importColumnMapping() throws -> ImportColumnMapping {
        let path = root + "/" + Store.importColumnsFile
        guard POSIX.exists(path) else { return ImportColumnMapping() }
        let data = try POSIX.readFile(path, shown: Store.importColumnsFile)
        do {
            return try JSONDecoder().decode(ImportColumnMapping.self, from: data)
        } catch {
            throw StoreError.invalid(Phrase(
                da: "\(Store.importColumnsFile) kan ikke læses (slet filen, og angiv kolonnerne igen med --map)",
                en: "\(Store.importColumnsFile) cannot be read (delete the file and give the columns again with --map)"))
        }
    }

    public func saveImportColumnMapping(_ mapping: ImportColumnMapping) throws {
        guard isWritable else { throw StoreError.readOnly }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(mapping)
        try withWriteLock {
            try AtomicFile.write(data, to: root + "/" + Store.importColumnsFile, shown: Store.importColumnsFile, faults: faults)
        }
    }
}
