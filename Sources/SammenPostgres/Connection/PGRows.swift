import Foundation

/// A query's answer in text format: column names and rows of optional strings (nil is SQL NULL).
public struct PGRows: Sendable {
    public var columns: [String]
    public var rows: [[String?]]
    /// For INSERT/UPDATE/DELETE: how many rows the statement touched.
    public var affected: Int
    /// The columns asked for as bytes (`PGConnection.query(_:_:bytes:)`), by column, a value per row (nil is
    /// SQL NULL); those columns are nil in `rows`.
    public var bytes: [Int: [Data?]] = [:]

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// The first row's first value: for `SELECT one_thing`.
    public var scalar: String? { rows.first?.first ?? nil }

    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
}
