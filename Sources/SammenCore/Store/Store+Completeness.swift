/// Whether an answer over the caseload is whole (#15.15): a family file that cannot be read is left out of
/// every list, and an answer without it must say so in itself, not only on stderr.
extension Store {
    /// The family files (`families/<name>.json`) that are not in the caseload because they could not be read,
    /// sorted. A stray file that is no family file (`families/noter.txt`) is not counted; a readable family with
    /// a problem (a duplicate sagsnr) is in the caseload and is not counted either.
    public var missingFamilyFiles: [String] {
        let prefix = StoreFormat.familiesFolder + "/"
        let loaded = Set(summaries.map { StoreFormat.familyPath($0.id) })
        var missing = Set<String>()
        for problem in problems where problem.path.hasPrefix(prefix) && problem.path.hasSuffix(".json") && !loaded.contains(problem.path) {
            missing.insert(problem.path)
        }
        return missing.sorted()
    }
}
