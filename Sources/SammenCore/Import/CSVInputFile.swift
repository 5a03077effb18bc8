import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The caseload file, read in chunks so that the import never holds it whole.
extension CaseloadImport {
    /// The largest file the import reads: 10 MiB, about 100,000 rows, five times the 10,000-family synthetic
    /// municipality (about 2 MB). Anything larger is refused before a byte is read (docs/cli.md). The file is
    /// streamed, but the plan of the whole caseload is held until it is written, so this limit is what bounds
    /// the import's memory: about 250 MB at the limit (measured in docs/reliability.md).
    public static let maximumFileSize = 10 * 1024 * 1024
    /// Bytes read per `read(2)`.
    static let chunkSize = 256 * 1024

    /// Reads the file at `path` in chunks and plans the import. File-level problems come as line 0.
    public static func plan(fileAt path: String, context: ImportContext,
                            maximumSize: Int = maximumFileSize) -> Result<ImportPlan, ImportFailure> {
        func fail(_ da: String, _ en: String) -> Result<ImportPlan, ImportFailure> {
            .failure(ImportFailure(problems: [ImportProblem(line: 0, reason: Phrase(da: da, en: en))]))
        }
        // O_NONBLOCK: a FIFO given as the file must not hang the open; it is refused below as not a file.
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return fail("filen findes ikke", "the file does not exist") }
            return fail("filen kan ikke åbnes (\(String(cString: strerror(code))))",
                        "the file cannot be opened (\(String(cString: strerror(code))))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return fail("det er ikke en almindelig fil (en mappe, en enhed eller et rør kan ikke indlæses)",
                        "it is not a regular file (a folder, a device or a pipe cannot be imported)")
        }
        let size = Int(info.st_size)
        if size > maximumSize {
            let mib = { (bytes: Int) in (bytes + 1024 * 1024 - 1) / (1024 * 1024) }
            return fail("filen er \(mib(size)) MB; Sammen indlæser højst \(mib(maximumSize)) MB ad gangen (mange gange en hel kommunes sagsstamme). Er det den rigtige fil? Del den ellers i flere filer med overskriften øverst i hver",
                        "the file is \(mib(size)) MB; Sammen imports at most \(mib(maximumSize)) MB at a time (many times a whole municipality's caseload). Is it the right file? Otherwise split it into several files, each with the header at the top")
        }
        // Back to blocking reads for a regular file.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)

        var planner = Planner(context: context)
        var parser = CSVStreamParser { event in
            switch event {
            case .header(let line, let fields): planner.header(line: line, fields: fields)
            case .record(let record): planner.record(record)
            case .rowError(let error): planner.rowError(error)
            }
        }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var total = 0
        do {
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, chunkSize) }
                if count < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    return fail("filen kan ikke læses (\(String(cString: strerror(code))))",
                                "the file cannot be read (\(String(cString: strerror(code))))")
                }
                if count == 0 { break }
                total += count
                // The file grew while it was read: the limit holds for what is read, too.
                if total > maximumSize { return fail("filen voksede, mens den blev læst; prøv igen, når den er skrevet færdig",
                                                     "the file grew while it was read; try again once it is written") }
                try buffer.withUnsafeBufferPointer { try parser.feed(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            }
            try parser.finish()
        } catch let error as CSVReadError {
            return .failure(ImportFailure(problems: [ImportProblem(line: error.line, reason: error.phrase)]))
        } catch {
            return fail("filen kan ikke læses", "the file cannot be read")
        }
        return planner.finish(encoding: parser.encoding)
    }
}
