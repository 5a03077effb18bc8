import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The caseload file, read in chunks so that the import never holds it whole.
extension CaseloadImport {
    /// The largest file the import reads: 10 MiB, about 100,000 rows, five times the 10,000-family synthetic
    /// municipality (about 2 MB). Anything larger is refused before a byte is read (docs/cli.md). The file is
    /// streamed (`sammen import csv` holds under twice the file's size, docs/reliability.md); the program's preview
    /// holds the whole plan, which this limit bounds.
    public static let maximumFileSize = 10 * 1024 * 1024
    /// Bytes read per `read(2)`.
    static let chunkSize = 256 * 1024

    /// Reads the file at `path` in chunks and plans the import. File-level problems come as line 0.
    public static func plan(fileAt path: String, context: ImportContext,
                            maximumSize: Int = maximumFileSize) -> Result<ImportPlan, ImportFailure> {
        switch read(path, maximumSize: maximumSize, planner: Planner(context: context)) {
        case .failure(let failure): return .failure(failure)
        case .success(var read): return read.planner.finish(encoding: read.encoding)
        }
    }

    /// Reads the whole file through `planner`: its encoding, size and fingerprint, or the file-level problem.
    static func read(_ path: String, maximumSize: Int, planner start: Planner)
        -> Result<(planner: Planner, encoding: CSVEncoding, size: Int, hash: UInt64, format: CSVFormat), ImportFailure>
    {
        var planner = start
        let file: CaseloadFile
        switch CaseloadFile.open(path, maximumSize: maximumSize) {
        case .failure(let failure): return .failure(failure)
        case .success(let opened): file = opened
        }
        var parser = CSVStreamParser { event in
            switch event {
            case .header(let line, let fields): planner.header(line: line, fields: fields)
            case .record(let record): planner.record(record)
            case .rowError(let error): planner.rowError(error)
            }
        }
        do {
            while try file.readChunk({ try parser.feed($0) }) {}
            try parser.finish()
        } catch let error as CSVReadError {
            return .failure(ImportFailure(problems: [ImportProblem(line: error.line, reason: error.phrase)]))
        } catch let failure as ImportFailure {
            return .failure(failure)
        } catch {
            return .failure(CaseloadFile.failure("filen kan ikke læses", "the file cannot be read"))
        }
        let format = CSVFormat(separator: parser.separator, encoding: parser.encoding, headerWidth: parser.headerWidth ?? 0)
        return .success((planner, parser.encoding, file.total, file.hash, format))
    }
}

/// How the first read found the file's rows written: what reading one row again needs.
struct CSVFormat: Sendable {
    var separator: UInt8
    var encoding: CSVEncoding
    var headerWidth: Int
}

/// The caseload file, open for reading in chunks, with the size read so far and a fingerprint of the bytes (the
/// streamed import's second pass checks that it reads what the first one planned).
final class CaseloadFile {
    private let fd: Int32
    private let maximumSize: Int
    private var buffer: [UInt8]
    private(set) var total = 0
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    private init(fd: Int32, maximumSize: Int, chunkSize: Int) {
        self.fd = fd
        self.maximumSize = maximumSize
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit { Glibc.close(fd) }

    static func failure(_ da: String, _ en: String) -> ImportFailure {
        ImportFailure(problems: [ImportProblem(line: 0, reason: Phrase(da: da, en: en))])
    }

    /// Opens a regular file of at most `maximumSize` bytes, to be read `chunkSize` bytes at a time, or says why not.
    static func open(_ path: String, maximumSize: Int, chunkSize: Int = CaseloadImport.chunkSize) -> Result<CaseloadFile, ImportFailure> {
        func fail(_ da: String, _ en: String) -> Result<CaseloadFile, ImportFailure> { .failure(failure(da, en)) }
        // O_NONBLOCK: a FIFO given as the file must not hang the open; it is refused below as not a file.
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return fail("filen findes ikke", "the file does not exist") }
            return fail("filen kan ikke åbnes (\(String(cString: strerror(code))))",
                        "the file cannot be opened (\(String(cString: strerror(code))))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            Glibc.close(fd)
            return fail("det er ikke en almindelig fil (en mappe, en enhed eller et rør kan ikke indlæses)",
                        "it is not a regular file (a folder, a device or a pipe cannot be imported)")
        }
        let size = Int(info.st_size)
        if size > maximumSize {
            Glibc.close(fd)
            let mib = { (bytes: Int) in (bytes + 1024 * 1024 - 1) / (1024 * 1024) }
            return fail("filen er \(mib(size)) MB; Sammen indlæser højst \(mib(maximumSize)) MB ad gangen (mange gange en hel kommunes sagsstamme). Er det den rigtige fil? Del den ellers i flere filer med overskriften øverst i hver",
                        "the file is \(mib(size)) MB; Sammen imports at most \(mib(maximumSize)) MB at a time (many times a whole municipality's caseload). Is it the right file? Otherwise split it into several files, each with the header at the top")
        }
        // Back to blocking reads for a regular file.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return .success(CaseloadFile(fd: fd, maximumSize: maximumSize, chunkSize: chunkSize))
    }

    /// Reads the next chunk and hands it to `body`; false at the end of the file. Throws an `ImportFailure`.
    func readChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        let chunkSize = buffer.count
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                throw Self.failure("filen kan ikke læses (\(String(cString: strerror(code))))",
                                   "the file cannot be read (\(String(cString: strerror(code))))")
            }
            if count == 0 { return false }
            total += count
            // The file grew while it was read: the limit holds for what is read, too.
            if total > maximumSize {
                throw Self.failure("filen voksede, mens den blev læst; prøv igen, når den er skrevet færdig",
                                   "the file grew while it was read; try again once it is written")
            }
            try buffer.withUnsafeBufferPointer { whole in
                let chunk = UnsafeBufferPointer(rebasing: whole[0..<count])
                var h = hash
                for byte in chunk {
                    h ^= UInt64(byte)
                    h = h &* 0x0000_0100_0000_01B3
                }
                hash = h
                try body(chunk)
            }
            return true
        }
    }
}
