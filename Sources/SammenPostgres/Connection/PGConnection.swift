import CLibpq
import Foundation

/// One connection to a PostgreSQL server through libpq: parameterised queries in text format (values are never
/// spliced into SQL), transactions, LISTEN/NOTIFY. Failures come out as PostgresError in words.
///
/// A connection that breaks (the server restarted, the network went) is reported as `.connectionLost` for the
/// statement that found it; the next statement connects again (and says LISTEN again), so a save can be retried
/// without the program starting over.
public final class PGConnection {
    public let server: PostgresServer
    private let uri: String
    private var handle: OpaquePointer?
    private var listening: [String] = []
    private var transactionDepth = 0

    /// Connects, or throws in words. `connect_timeout` is 5 s unless the URI says otherwise.
    public init(uri: String) throws {
        self.uri = uri
        self.server = PostgresServer(uri: uri)
        try connect()
    }

    deinit { close() }

    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    public var isConnected: Bool { handle.map { PQstatus($0) == CONNECTION_OK } ?? false }

    /// The server's version number (150004 for 15.4).
    public var serverVersion: Int { handle.map { Int(PQserverVersion($0)) } ?? 0 }

    /// The socket, for waiting on notifications with poll(2); -1 when not connected.
    public var socket: Int32 { handle.map { PQsocket($0) } ?? -1 }

    private func connect() throws {
        close()
        // Later keywords override earlier ones, and the URI's own settings override these defaults.
        let keywords = ["connect_timeout", "fallback_application_name", "client_encoding", "dbname"]
        let values = ["5", "sammen", "UTF8", uri]
        let connection: OpaquePointer? = withCStrings(keywords) { k in
            withCStrings(values) { v in PQconnectdbParams(k, v, 1) }
        }
        guard let connection else {
            throw PostgresError(kind: .unreachable, server: server, serverMessage: "out of memory")
        }
        if PQstatus(connection) != CONNECTION_OK {
            let message = String(cString: PQerrorMessage(connection))
            PQfinish(connection)
            throw PostgresError(kind: PGConnection.classifyConnectionFailure(message), server: server, serverMessage: message)
        }
        // The server's NOTICEs (a schema that already exists…) are not the user's business.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        handle = connection
        transactionDepth = 0
        for channel in listening { _ = try run("LISTEN " + PGConnection.quoteIdentifier(channel), []) }
    }

    /// libpq says why a connection failed only in words; these are its words (and the server's) for each case.
    static func classifyConnectionFailure(_ message: String) -> PostgresError.Kind {
        let m = message.lowercased()
        if m.contains("password authentication failed") || m.contains("no password supplied")
            || m.contains("authentication failed") || (m.contains("role") && m.contains("does not exist"))
            || m.contains("pg_hba.conf") {
            return .authentication
        }
        if m.contains("database") && m.contains("does not exist") { return .noDatabase }
        return .unreachable
    }

    /// Runs one statement with parameters ($1, $2…, each text or NULL) and returns its rows. The columns in
    /// `bytes` come back as the server sent them (`PGRows.bytes`), not as Strings: for a value of megabytes that
    /// is read as bytes anyway, which saves a scan and a copy.
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = [], bytes: Set<Int> = []) throws -> PGRows {
        if !isConnected {
            // A statement inside a transaction that broke must not run on a new connection outside it.
            if transactionDepth > 0 {
                throw PostgresError(kind: .connectionLost, server: server, serverMessage: "")
            }
            try connect()
        }
        return try run(sql, parameters, bytes: bytes)
    }

    /// Runs several statements at once without parameters (a migration's SQL).
    public func execute(script sql: String) throws {
        if !isConnected { try connect() }
        guard let handle else { throw lost("") }
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result)
    }

    /// Sends several statements as one (the simple query protocol: no parameters, so only the program's own SQL
    /// and values made safe with `literal`) and reads every answer in one round trip: `rows` gets each statement's
    /// rows by its place in `sql` (0 for the first statement), `copy` each message of a `COPY … TO STDOUT` among
    /// them as it arrives. After an error the server skips the rest; a transaction the statements left open or
    /// failed is rolled back. The first error (the server's, or thrown by `rows` or `copy`) is thrown once
    /// everything has been read, so the connection stays usable.
    public func batch(_ sql: String, rows: (Int, PGRows) throws -> Void, copy: (UnsafeRawBufferPointer) throws -> Void = { _ in }) throws {
        if !isConnected {
            if transactionDepth > 0 { throw PostgresError(kind: .connectionLost, server: server, serverMessage: "") }
            try connect()
        }
        guard let handle else { throw lost("") }
        guard PQsendQuery(handle, sql) == 1 else { throw lost(String(cString: PQerrorMessage(handle))) }
        var failure: Error?
        var index = 0
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_COPY_OUT:
                while true {
                    var buffer: UnsafeMutablePointer<CChar>?
                    let length = PQgetCopyData(handle, &buffer, 0)
                    if length > 0, let buffer {
                        if failure == nil {
                            do { try copy(UnsafeRawBufferPointer(start: buffer, count: Int(length))) } catch { failure = error }
                        }
                        PQfreemem(buffer)
                    } else if length == -1 {
                        break
                    } else {
                        throw lost(String(cString: PQerrorMessage(handle)))
                    }
                }
                // The COPY's own end comes as the next result (COMMAND_OK or the server's error).
                continue
            case PGRES_TUPLES_OK:
                if failure == nil {
                    do { try rows(index, PGConnection.rows(of: result, bytes: [])) } catch { failure = error }
                }
            default:
                do { try check(result) } catch { if failure == nil { failure = error } }
            }
            index += 1
        }
        if !isConnected { throw failure ?? lost("") }
        let state = PQtransactionStatus(handle)
        if state == PQTRANS_INTRANS || state == PQTRANS_INERROR { _ = try? run("ROLLBACK", []) }
        if let failure { throw failure }
    }

    /// `text` as an SQL string literal (libpq's quoting, for the connection's settings), for `batch`.
    public func literal(_ text: String) throws -> String {
        if !isConnected && transactionDepth == 0 { try connect() }
        guard let handle, let quoted = PQescapeLiteral(handle, text, text.utf8.count) else {
            throw PostgresError(kind: .refused, server: server, sqlState: nil, serverMessage: "could not quote a value")
        }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }

    private func run(_ sql: String, _ parameters: [String?], bytes: Set<Int> = []) throws -> PGRows {
        guard let handle else { throw lost("") }
        let result: OpaquePointer? = withOptionalCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        defer { PQclear(result) }
        try check(result)
        guard let result else { throw lost("") }
        return PGConnection.rows(of: result, bytes: bytes)
    }

    /// A result's rows as text (the columns in `bytes` as bytes).
    private static func rows(of result: OpaquePointer, bytes: Set<Int>) -> PGRows {
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        var columns: [String] = []
        columns.reserveCapacity(columnCount)
        for c in 0..<columnCount { columns.append(String(cString: PQfname(result, Int32(c)))) }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        var raw: [Int: [Data?]] = [:]
        for r in 0..<rowCount {
            var row: [String?] = []
            row.reserveCapacity(columnCount)
            for c in 0..<columnCount {
                if PQgetisnull(result, Int32(r), Int32(c)) != 0 {
                    row.append(nil)
                    if bytes.contains(c) { raw[c, default: []].append(nil) }
                } else if bytes.contains(c) {
                    row.append(nil)
                    let length = Int(PQgetlength(result, Int32(r), Int32(c)))
                    raw[c, default: []].append(Data(bytes: PQgetvalue(result, Int32(r), Int32(c)), count: length))
                } else {
                    row.append(String(cString: PQgetvalue(result, Int32(r), Int32(c))))
                }
            }
            rows.append(row)
        }
        let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
        return PGRows(columns: columns, rows: rows, affected: affected, bytes: raw)
    }

    /// Turns a failed result into a PostgresError.
    private func check(_ result: OpaquePointer?) throws {
        let status = result.map { PQresultStatus($0) } ?? PGRES_FATAL_ERROR
        if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY { return }
        let message = result.map { String(cString: PQresultErrorMessage($0)) } ?? ""
        let fallback = handle.map { String(cString: PQerrorMessage($0)) } ?? ""
        let state = result.flatMap { r in PQresultErrorField(r, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } }
        let words = message.isEmpty ? fallback : message
        if !isConnected { throw lost(words) }
        throw PostgresError(kind: PGConnection.classify(state), server: server, sqlState: state, serverMessage: words)
    }

    private func lost(_ message: String) -> PostgresError {
        PostgresError(kind: .connectionLost, server: server, sqlState: nil, serverMessage: message)
    }

    static func classify(_ state: String?) -> PostgresError.Kind {
        guard let state else { return .refused }
        if state.hasPrefix("08") || state.hasPrefix("57P") { return .connectionLost }
        if state == "42501" { return .notAllowed }
        if state == "3F000" { return .noSchema }
        if state.hasPrefix("28") { return .authentication }
        if state == "3D000" { return .noDatabase }
        return .refused
    }

    // MARK: Transactions

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws. Nested calls join
    /// the outer transaction.
    /// `begin` may carry the transaction's modes (`BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY`): one
    /// round trip, not two.
    public func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            return try body()
        }
        try query(begin)
        transactionDepth = 1
        do {
            let value = try body()
            transactionDepth = 0
            try query("COMMIT")
            return value
        } catch {
            transactionDepth = 0
            if isConnected { _ = try? run("ROLLBACK", []) }
            throw error
        }
    }

    public var inTransaction: Bool { transactionDepth > 0 }

    // MARK: LISTEN/NOTIFY

    /// Listens on `channel` from now on, on this connection and every one it reconnects to.
    public func listen(_ channel: String) throws {
        if !listening.contains(channel) { listening.append(channel) }
        try query("LISTEN " + PGConnection.quoteIdentifier(channel))
    }

    /// The notifications that arrived since the last call (their payloads), without blocking. A broken
    /// connection throws `.connectionLost`; the next call connects again.
    public func notifications() throws -> [(channel: String, payload: String)] {
        if !isConnected { try connect() }
        guard let handle else { return [] }
        if PQconsumeInput(handle) == 0 || PQstatus(handle) != CONNECTION_OK {
            throw lost(String(cString: PQerrorMessage(handle)))
        }
        var found: [(String, String)] = []
        while let note = PQnotifies(handle) {
            found.append((String(cString: note.pointee.relname), String(cString: note.pointee.extra)))
            PQfreemem(note)
        }
        return found
    }

    /// Waits up to `timeout` seconds for the server to send something (a notification); true when it did.
    public func waitForInput(timeout: TimeInterval) -> Bool {
        let fd = socket
        guard fd >= 0 else { return false }
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(timeout * 1000)) > 0
    }

    /// "name" quoted as an SQL identifier (for LISTEN, which takes no parameters).
    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Calls `body` with a C array of C strings that live for the call.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) }
    pointers.append(nil)
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// The same for optional strings (nil passes SQL NULL).
private func withOptionalCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    if strings.isEmpty { return body(nil) }
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { $0.map { strdup($0) } ?? nil }
    defer { copies.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
