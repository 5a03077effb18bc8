/// A file that could not be read (or holds something the validator refuses), with where and why.
public struct FileProblem: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    /// Why, in both languages; never with a CPR number in clear.
    public var reason: Phrase

    public init(path: String, line: Int? = nil, column: Int? = nil, reason: Phrase) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = Phrase(da: CPRNumber.redact(reason.da), en: CPRNumber.redact(reason.en))
    }

    /// "families/f-0007.json:12:5" — the form editors and grep understand.
    public var location: String {
        var text = path
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }

    /// The reason alone, in Danish.
    public var message: String { reason.da }

    /// "families/f-0007.json:12:5: …" in `language`.
    /// One line: the path is a name from the folder (anyone with write access chose it), so a line break or a
    /// control character in it is shown escaped.
    public func message(in language: Language) -> String {
        TerminalText.field(CPRNumber.redact("\(location): \(reason.text(in: language))"))
    }
    public var danishMessage: String { message(in: .da) }
    public var englishMessage: String { message(in: .en) }
    public var description: String { danishMessage }
}
