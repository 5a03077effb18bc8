import Foundation

/// A file's path as a caseworker gives it to a field: typed, pasted from the file manager, or dragged into the
/// terminal window, which writes it quoted ('/home/mha/Mine filer/udtræk.csv'), with backslashes before spaces
/// (/home/mha/Mine\ filer/udtræk.csv) or as a file:// address. All of them mean the same file.
enum DroppedPath {
    static func cleaned(_ text: String) -> String {
        let path = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if path.count >= 2, let first = path.first, first == "'" || first == "\"", path.last == first {
            return String(path.dropFirst().dropLast())
        }
        if path.hasPrefix("file://") {
            var rest = String(path.dropFirst("file://".count))
            // file://localhost/home/… and file:///home/…: the path starts at the first slash.
            if let slash = rest.firstIndex(of: "/") { rest = String(rest[slash...]) }
            return rest.removingPercentEncoding ?? rest
        }
        // Backslash-escaped characters, as a shell would read them ("Mine\ filer" → "Mine filer").
        guard path.contains("\\") else { return path }
        var result = ""
        var escaped = false
        for c in path {
            if escaped {
                result.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                result.append(c)
            }
        }
        return result
    }
}
