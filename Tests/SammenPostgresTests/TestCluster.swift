import Foundation
import Testing
@testable import SammenPostgres

/// The PostgreSQL server the tests use: the throwaway cluster of Tests/Postgres/cluster.sh, named by
/// $SAMMEN_TEST_PG (the administrative role's URI). Without it every PostgreSQL test is skipped, saying why.
enum TestCluster {
    static let adminURI: String? = {
        let uri = ProcessInfo.processInfo.environment["SAMMEN_TEST_PG"] ?? ""
        return uri.isEmpty ? nil : uri
    }()

    static var isAvailable: Bool { adminURI != nil }

    static let skipReason = Comment(rawValue:
        "PostgreSQL tests skipped: SAMMEN_TEST_PG is not set. Start a throwaway server with "
        + "`export SAMMEN_TEST_PG=$(Tests/Postgres/cluster.sh start)` (as root; .ci/run does this)")

    /// The test roles of cluster.sh.
    static let caseworkerNord = "sb_nord"
    static let caseworkerSyd = "sb_syd"
    static let leader = "leder"
    static let admin = "sammen_it"

    /// A new, empty database owned by the administrative role, for one test; dropped by `drop()`.
    static func freshDatabase() throws -> TestDatabase {
        let admin = try PGConnection(uri: adminURI!)
        defer { admin.close() }
        let name = "sammen_t_" + UUID().uuidString.prefix(8).lowercased()
        try admin.query("CREATE DATABASE \(name)")
        return TestDatabase(name: name)
    }

    /// A login role of the test's own, named `prefix` and a random tail, with the cluster's shared password. Roles
    /// are the whole cluster's: a test that changes a role's group memberships must not change the shared test
    /// roles under the suites running beside it. Dropped by the returned closure.
    static func throwawayRole(_ prefix: String) throws -> (name: String, drop: () -> Void) {
        let name = prefix + UUID().uuidString.prefix(8).lowercased()
        let password = URLComponents(string: adminURI!)!.password!
        let admin = try PGConnection(uri: adminURI!)
        defer { admin.close() }
        try admin.query("CREATE ROLE \(name) LOGIN PASSWORD '\(password)'")
        return (name, {
            guard let admin = try? PGConnection(uri: adminURI!) else { return }
            _ = try? admin.query("DROP ROLE IF EXISTS \(name)")
            admin.close()
        })
    }
}

struct TestDatabase {
    let name: String

    /// The URI of this database for `role` (the cluster's roles share one password).
    func uri(_ role: String = TestCluster.admin, password: String? = nil) -> String {
        var components = URLComponents(string: TestCluster.adminURI!)!
        components.user = role
        if let password { components.password = password }
        components.path = "/" + name
        return components.string!
    }

    func connect(_ role: String = TestCluster.admin) throws -> PGConnection {
        try PGConnection(uri: uri(role))
    }

    func drop() {
        guard let admin = try? PGConnection(uri: TestCluster.adminURI!) else { return }
        _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        admin.close()
    }
}
