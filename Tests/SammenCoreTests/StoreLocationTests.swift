import Foundation
import Testing
@testable import SammenCore

/// `--store` and `$SAMMEN_STORE`: a folder is made absolute, a libpq URI is kept as given and shown without its
/// password.
@Suite struct StoreLocationTests {
    @Test func aDatabaseURIIsKeptAsGiven() {
        let uri = "postgresql://mha@db.kommune.local:5432/sammen?sslmode=verify-full"
        #expect(StoreLocation.resolve(flag: uri, environment: [:]) == uri)
        #expect(StoreLocation.resolve(flag: nil, environment: ["SAMMEN_STORE": "postgres:///sammen"]) == "postgres:///sammen")
        #expect(StoreOpeners.isDatabase(uri))
        #expect(!StoreOpeners.isDatabase("/srv/sammen/postgresql"))
        #expect(StoreLocation.resolve(flag: "/srv/a/../b", environment: [:]) == "/srv/b")
    }

    @Test func aPasswordIsNeverShown() {
        #expect(StoreLocation.shown("postgresql://mha:hemmelig@db/sammen") == "postgresql://mha:…@db/sammen")
        #expect(StoreLocation.shown("postgres://mha:p%40ss@db:5433/sammen?sslmode=require") == "postgres://mha:…@db:5433/sammen?sslmode=require")
        #expect(StoreLocation.shown("postgresql:///sammen?host=/run/pg&password=hemmelig&user=mha")
                == "postgresql:///sammen?host=/run/pg&password=…&user=mha")
        #expect(StoreLocation.shown("postgresql://mha@db/sammen") == "postgresql://mha@db/sammen")
        // A password with "?" or "#" in it, unencoded: libpq still takes it as the password, so it is masked.
        #expect(StoreLocation.shown("postgresql://mha:hem?melig@db/sammen") == "postgresql://mha:…@db/sammen")
        #expect(StoreLocation.shown("postgresql://mha:hem#mel?ig@/sammen?host=/run/pg") == "postgresql://mha:…@/sammen?host=/run/pg")
        #expect(StoreLocation.shown("/srv/sammen") == "/srv/sammen")
    }

    /// SammenCore alone (no database opener registered, as in this test target): a clear refusal naming the
    /// address without its password, never a folder called «postgresql:».
    @Test func withoutADatabaseOpenerTheAddressIsRefusedInWords() {
        let uri = "postgresql://mha:hemmelig@db/sammen"
        #expect(throws: StoreError.self) { _ = try StoreOpeners.open(uri, user: "MHA", access: .readOnly) }
        do {
            _ = try StoreOpeners.open(uri, user: "MHA", access: .readOnly)
        } catch let error as StoreError {
            #expect(error.danishMessage.contains("postgresql://mha:…@db/sammen"))
            #expect(error.danishMessage.contains("PostgreSQL-arkivet kunne ikke åbnes"))
            #expect(!error.danishMessage.contains("hemmelig"))
        } catch {
            Issue.record("not a StoreError: \(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: "postgresql:"))
    }
}
