import Foundation
import SammenCore
import SammenPostgres

/// The PostgreSQL store: a new database per test on the throwaway server of Tests/Postgres/cluster.sh
/// ($SAMMEN_TEST_PG, the administrative role's URI), made with `sammen init`'s code and opened by that role
/// (the one role that may copy a whole store in; row-level security is tested in SammenPostgresTests).
struct PostgresStoreFactory: ContractStoreFactory {
    let name = "postgresql"

    var adminURI: String? {
        let uri = ProcessInfo.processInfo.environment["SAMMEN_TEST_PG"] ?? ""
        return uri.isEmpty ? nil : uri
    }

    var skipReason: String? {
        adminURI == nil ? "SAMMEN_TEST_PG is not set (start a throwaway server with `export SAMMEN_TEST_PG=$(Tests/Postgres/cluster.sh start)`, as root; .ci/run does)" : nil
    }

    func makeStore(team: Team, user: String) throws -> any ContractStoreHandle {
        let name = "sammen_c_" + UUID().uuidString.prefix(8).lowercased()
        let admin = try PGConnection(uri: adminURI!)
        defer { admin.close() }
        try admin.query("CREATE DATABASE \(name)")
        var components = URLComponents(string: adminURI!)!
        components.path = "/" + name
        let uri = components.string!
        try PostgresStore.create(uri: uri, meta: StoreMeta(created: LocalDate(iso: "2026-01-05")!, training: false), team: team).close()
        return PostgresStoreHandle(uri: uri, database: name, adminURI: adminURI!)
    }
}

final class PostgresStoreHandle: ContractStoreHandle {
    let uri: String
    let database: String
    let adminURI: String

    init(uri: String, database: String, adminURI: String) {
        self.uri = uri
        self.database = database
        self.adminURI = adminURI
    }

    func open(access: StoreAccess) throws -> any CaseloadStore {
        try PostgresStore.open(uri: uri, access: access)
    }

    /// The next write of a family row fails after the row is written, inside its transaction (an error the
    /// server raises, as a full disk would): a sequence, which no rollback resets, makes it fail once only.
    func openFailingNextWrite() throws -> any CaseloadStore {
        let connection = try PGConnection(uri: uri)
        defer { connection.close() }
        try connection.execute(script: """
            CREATE SEQUENCE IF NOT EXISTS public.contract_failures;
            CREATE OR REPLACE FUNCTION public.contract_fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('public.contract_failures') = 1 THEN
                    RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100';
                END IF;
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS contract_fail_once ON sammen.families;
            CREATE TRIGGER contract_fail_once AFTER INSERT OR UPDATE ON sammen.families
                FOR EACH ROW EXECUTE FUNCTION public.contract_fail_once();
            """)
        return try open(access: .perOperation)
    }

    /// A row holds JSON (jsonb refuses anything else): bytes that are not JSON go in as a JSON string, which the
    /// record codec refuses as it refuses a damaged file, and come back out as the same bytes.
    func writeRawRecord(_ id: FamilyID, _ bytes: Data) throws {
        let connection = try PGConnection(uri: uri)
        defer { connection.close() }
        let text = String(decoding: bytes, as: UTF8.self)
        let isJSON = (try? JSONSerialization.jsonObject(with: bytes)) != nil
        try connection.query("""
            INSERT INTO sammen.families (id, team_id, record, summary)
            VALUES ($1, (SELECT min(id) FROM sammen.teams), \(isJSON ? "$2::jsonb" : "to_jsonb($2::text)"), NULL)
            ON CONFLICT (id) DO UPDATE SET record = excluded.record, summary = NULL
            """, [id, text])
    }

    func rawRecord(_ id: FamilyID) throws -> Data? {
        let connection = try PGConnection(uri: uri)
        defer { connection.close() }
        let text = try connection.query("""
            SELECT CASE WHEN jsonb_typeof(record) = 'string' THEN record #>> '{}' ELSE record::text END
            FROM sammen.families WHERE id = $1
            """, [id]).scalar
        return text.map { Data($0.utf8) }
    }

    func setStoreSchemaVersion(_ version: Int) throws {
        let connection = try PGConnection(uri: uri)
        defer { connection.close() }
        var patch = "jsonb_set(meta, '{schemaVersion}', to_jsonb($1::int))"
        if version < 2 { patch = "(\(patch)) - 'minimumWriterVersion'" }
        try connection.query("UPDATE sammen.store_meta SET meta = \(patch)", [String(version)])
        if version < 2 {
            try connection.query("UPDATE sammen.teams SET record = jsonb_set(record, '{schemaVersion}', to_jsonb($1::int)) - 'members'", [String(version)])
        }
    }

    func destroy() {
        guard let admin = try? PGConnection(uri: adminURI) else { return }
        _ = try? admin.query("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        admin.close()
    }
}
