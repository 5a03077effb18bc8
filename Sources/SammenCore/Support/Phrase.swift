/// A message in both languages, written side by side where its facts (paths, lines, values) are at hand, so
/// the Danish and the English say the same thing and neither is made from the other.
public struct Phrase: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var da: String
    public var en: String

    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    /// A text that is the same in every language (a number, a name, a system's own description).
    public init(verbatim text: String) {
        self.init(da: text, en: text)
    }

    public func text(in language: Language) -> String { language.pick(da: da, en: en) }

    /// "prefix: self" in both languages.
    public func prefixed(_ prefix: Phrase) -> Phrase {
        Phrase(da: prefix.da + self.da, en: prefix.en + self.en)
    }

    public var description: String { da }
}
