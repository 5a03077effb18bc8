/// A small, strict command-line parser: options may come anywhere, as `--name value` or `--name=value`;
/// anything unknown is refused with a message that names it. (No dependencies: the design card says none.)
struct Arguments {
    var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    struct UsageError: Error {
        var message: String
    }

    /// `valueOptions` take a value; `flagOptions` do not. Names are given without the leading dashes.
    init(_ raw: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
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
                throw UsageError(message: "ukendt tilvalg «\(arg)» (tilvalg skrives med to streger, fx --store)")
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
                        throw UsageError(message: "--\(name) mangler en værdi")
                    }
                    values[name] = raw[i]
                    i += 1
                }
            } else if flagOptions.contains(name) {
                if inline != nil { throw UsageError(message: "--\(name) tager ingen værdi") }
                flags.insert(name)
            } else {
                let known = (valueOptions.union(flagOptions)).sorted().map { "--" + $0 }.joined(separator: ", ")
                throw UsageError(message: "ukendt tilvalg «--\(name)» her (kendte: \(known))")
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}
