/// One thing wrong in the file: the physical line (the header is line 1) and why, in both languages.
/// Line 0 is the file as a whole (too large, not a file, a workbook). The reason never holds a CPR number.
public struct ImportProblem: Error, Equatable, Sendable {
    public var line: Int
    public var reason: Phrase

    public init(line: Int, reason: Phrase) {
        self.line = line
        self.reason = reason
    }

    /// The reason in Danish.
    public var message: String { reason.da }

    /// "linje 4: sagsnr mangler" / "line 4: case number is missing"
    public func description(in language: Language) -> String {
        if line == 0 { return reason.text(in: language) }
        return language.pick(da: "linje \(line): \(reason.da)", en: "line \(line): \(reason.en)")
    }

    public var danishDescription: String { description(in: .da) }
    public var englishDescription: String { description(in: .en) }
}
