import Foundation
import Testing

/// Golden files under Golden/, compared byte for byte. To update them on purpose:
/// `SAMMEN_RECORD_GOLDEN=1 swift test --filter "ICSExport|WheelHandout"`, then read the diff before committing.
enum GoldenFiles {
    static let folder = (#filePath as NSString).deletingLastPathComponent + "/Golden"

    static func assertMatches(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = folder + "/" + name
        let data = Data(text.utf8)
        if ProcessInfo.processInfo.environment["SAMMEN_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: data)
            return
        }
        guard let expected = FileManager.default.contents(atPath: path) else {
            Issue.record("no golden file \(name); record it with SAMMEN_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(data == expected, "\(name) changed:\n\(text)", sourceLocation: sourceLocation)
    }
}
