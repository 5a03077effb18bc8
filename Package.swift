// swift-tools-version:6.0
// Sammen: no Swift package dependencies (design card). ncurses comes from the system (libncurses-dev), libpq too
// (libpq-dev).
import PackageDescription

let package = Package(
    name: "Sammen",
    products: [
        .executable(name: "sammen", targets: ["sammen"]),
        .library(name: "SammenCore", targets: ["SammenCore"]),
        .executable(name: "sammen-bench", targets: ["sammen-bench"]),
    ],
    targets: [
        // The wide-character ncurses library. Only SammenTerminal may depend on it.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The PostgreSQL client library. Only SammenPostgres may depend on it.
        .systemLibrary(name: "CLibpq", path: "Sources/CLibpq", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // Domain, rules, store, import/export. Foundation only.
        .target(name: "SammenCore", path: "Sources/SammenCore"),
        // Pure UI: state, update, render to a grid of cells. Never touches the terminal, clock or disk.
        .target(name: "SammenUI", dependencies: ["SammenCore"], path: "Sources/SammenUI"),
        // The terminal backend: the ONLY code that imports ncurses. Keys in, grids out.
        .target(name: "SammenTerminal", dependencies: ["CNcursesw", "SammenUI"], path: "Sources/SammenTerminal"),
        // The PostgreSQL store: the ONLY code that imports libpq. The same storage interface on a database server.
        .target(name: "SammenPostgres", dependencies: ["SammenCore", "CLibpq"], path: "Sources/SammenPostgres"),
        // The command-line program: argument parsing, wiring, the event loop.
        .executableTarget(name: "sammen", dependencies: ["SammenCore", "SammenUI", "SammenTerminal", "SammenPostgres"], path: "Sources/sammen"),
        // The benchmark at municipal scale (docs/performance.md). Depends on `sammen` so that binary is built too:
        // the benchmark runs it as a whole process.
        .executableTarget(name: "sammen-bench", dependencies: ["SammenCore", "SammenUI", "SammenPostgres", "sammen"], path: "Sources/sammen-bench"),
        .testTarget(name: "SammenCoreTests", dependencies: ["SammenCore"], path: "Tests/SammenCoreTests", exclude: ["Golden"]),
        .testTarget(name: "SammenUITests", dependencies: ["SammenUI"], path: "Tests/SammenUITests", exclude: ["Snapshots"]),
        .testTarget(name: "SammenPostgresTests", dependencies: ["SammenCore", "SammenPostgres", "SammenUI"], path: "Tests/SammenPostgresTests"),
        .testTarget(name: "SammenCLITests", dependencies: ["SammenCore", "SammenPostgres", "sammen"], path: "Tests/SammenCLITests"),
        // The store guarantees, written once against CaseloadStore and run on every kind of store (its factories).
        .testTarget(name: "SammenStoreContractTests", dependencies: ["SammenCore", "SammenPostgres"], path: "Tests/SammenStoreContractTests"),
    ]
)
