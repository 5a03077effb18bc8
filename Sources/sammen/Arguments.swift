import SammenCore

/// A small, strict command-line parser: options may come anywhere, as `--name value` or `--name=value`;
/// anything unknown is refused with a message that names it. (No dependencies: the design card says none.)
/// `--lang da|en` is accepted by every command; the language itself is read before the command runs
/// (`LanguageOption`), so even a refused command line is answered in it.
struct Arguments {
    var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// A command line that cannot be run, said in both languages from the same facts.
    struct UsageError: Error {
        var phrase: Phrase

        init(da: String, en: String) { phrase = Phrase(da: da, en: en) }

        /// "«x» is not understood here": a positional argument the command does not take.
        static func notUnderstood(_ argument: String) -> UsageError {
            UsageError(da: "«\(argument)» forstås ikke her", en: "«\(argument)» is not understood here")
        }
    }

    /// `valueOptions` take a value; `flagOptions` do not. Names are given without the leading dashes.
    init(_ raw: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
        let valueOptions = valueOptions.union(["lang"])
        var i = 0
        var onlyPositionals = false
        while i < raw.count {
            let arg = raw[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            guard arg.hasPrefix("--") else {
                throw UsageError(da: "ukendt tilvalg «\(arg)» (tilvalg skrives med to streger, fx --store)",
                                 en: "unknown option «\(arg)» (options are written with two dashes, e.g. --store)")
            }
            var name = String(arg.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if valueOptions.contains(name) {
                if let inline {
                    values[name] = inline
                } else {
                    // "--within --all" is a forgotten value, not a value "--all".
                    guard i < raw.count, !raw[i].hasPrefix("--") else {
                        throw UsageError(da: "--\(name) mangler en værdi", en: "--\(name) needs a value")
                    }
                    values[name] = raw[i]
                    i += 1
                }
            } else if flagOptions.contains(name) {
                if inline != nil { throw UsageError(da: "--\(name) tager ingen værdi", en: "--\(name) takes no value") }
                flags.insert(name)
            } else {
                let known = (valueOptions.union(flagOptions)).sorted().map { "--" + $0 }.joined(separator: ", ")
                throw UsageError(da: "ukendt tilvalg «--\(name)» her (kendte: \(known))", en: "unknown option «--\(name)» here (known: \(known))")
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}
