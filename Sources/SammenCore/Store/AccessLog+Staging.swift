import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole store's access log on its way into a folder (`sammen store copy`): written first to a file in the
/// copy's `.transaction/` folder as it is read from the source, and appended to the log's months only when the
/// source's log has been read to its end. A source that fails part-way then leaves no copied line behind (the
/// file goes with the transaction folder), and neither side of it is ever held whole in memory.
final class StagedAccessLog {
    static let name = "copied-log.jsonl"
    private let path: String
    private let shown: String
    private let fd: Int32
    private var closed = false

    init(folder: String) throws {
        path = folder + "/" + Self.name
        shown = StoreFormat.transactionFolder + "/" + Self.name
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        try POSIX.check(fd >= 0 ? 0 : -1, .createTempFile, shown)
    }

    deinit { finishWriting() }

    func write(_ entries: [AccessLogEntry]) throws {
        var lines = Data()
        for entry in entries { lines.append(try AccessLog.line(entry)) }
        try POSIX.writeAll(fd: fd, data: lines, shown: shown, faults: nil)
    }

    private func finishWriting() {
        guard !closed else { return }
        closed = true
        close(fd)
    }

    /// Appends what was staged to the log, a part at a time (AccessLog.append groups each part by month), and
    /// removes the staged file.
    func append(to log: AccessLog, partSize: Int = 1000) throws {
        finishWriting()
        guard let reader = FileHandle(forReadingAtPath: path) else {
            throw StoreError.io(step: .read, path: shown, errno: errno)
        }
        defer { try? reader.close() }
        let decoder = JSONDecoder()
        var pending = Data()
        var part: [AccessLogEntry] = []
        while true {
            let chunk = try reader.read(upToCount: 1 << 20) ?? Data()
            pending.append(chunk)
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: 0x0A) {
                part.append(try decoder.decode(AccessLogEntry.self, from: Data(pending[start..<end])))
                start = end + 1
                if part.count >= partSize {
                    try log.append(part)
                    part = []
                }
            }
            pending = Data(pending[start...])
            if chunk.isEmpty { break }
        }
        if !part.isEmpty { try log.append(part) }
        unlink(path)
    }
}
