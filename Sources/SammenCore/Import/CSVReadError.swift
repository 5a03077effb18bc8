/// A problem that stops the whole file from being read. Each message names the cause and what to do.
public enum CSVReadError: Error, Equatable, Sendable {
    /// No header: the file is empty or holds only empty lines.
    case empty
    /// The bytes are neither UTF-8 nor Windows-1252 (a UTF-8 file with a damaged line, or a mix of the two).
    case invalidUTF8(line: Int)
    /// A quoted field is never closed; `line` is where it was opened.
    case unterminatedQuote(line: Int)
    /// NUL bytes: a damaged file (a disk or a copy that failed fills with zeros). Never imported as text.
    case nulBytes(line: Int)
    /// An Excel workbook (.xlsx: a zip; .xls: an OLE file), not a CSV file.
    case workbook
    /// The header is separated by tabs (a "Tekst (tabulatorsepareret)" save, or a copy from a web page).
    case tabSeparated

    public var line: Int {
        switch self {
        case .empty, .workbook, .tabSeparated: return 1
        case .invalidUTF8(let line), .unterminatedQuote(let line), .nulBytes(let line): return line
        }
    }

    public var danishMessage: String { phrase.da }
    public var englishMessage: String { phrase.en }

    public var phrase: Phrase {
        switch self {
        case .empty:
            return Phrase(da: "filen er tom (der mangler en overskrift med kolonnernes navne)",
                          en: "the file is empty (a header with the columns' names is missing)")
        case .invalidUTF8:
            return Phrase(da: "filen er hverken gemt som UTF-8 eller Windows-1252 (den blander dem, eller linjen er beskadiget); gem den fra Excel som «CSV UTF-8 (kommasepareret)»",
                          en: "the file is saved neither as UTF-8 nor as Windows-1252 (it mixes them, or the line is damaged); save it from Excel as «CSV UTF-8 (comma delimited)»")
        case .unterminatedQuote:
            return Phrase(da: "et felt i anførselstegn bliver aldrig afsluttet (mangler der et afsluttende \"?)",
                          en: "a quoted field is never closed (is a closing \" missing?)")
        case .nulBytes:
            return Phrase(da: "filen indeholder NUL-bytes fra denne linje (er den beskadiget? Hent en ny fra sagssystemet)",
                          en: "the file holds NUL bytes from this line (is it damaged? Get a new one from the case system)")
        case .workbook:
            return Phrase(da: "filen er en Excel-projektmappe (.xlsx/.xls), ikke en CSV-fil: åbn den i Excel, vælg Filer → Gem som → «CSV UTF-8 (kommasepareret) (*.csv)», og indlæs den nye fil",
                          en: "the file is an Excel workbook (.xlsx/.xls), not a CSV file: open it in Excel, choose File → Save As → «CSV UTF-8 (Comma delimited) (*.csv)», and import the new file")
        case .tabSeparated:
            return Phrase(da: "kolonnerne er adskilt med tabulatortegn (en tekstfil med tabulatorer), ikke med semikolon eller komma: åbn filen i Excel og gem den som «CSV UTF-8 (kommasepareret)»",
                          en: "the columns are separated by tabs (a tab-delimited text file), not by semicolons or commas: open the file in Excel and save it as «CSV UTF-8 (comma delimited)»")
        }
    }
}
