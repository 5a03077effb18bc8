import Foundation

// libFuzzer entry point for Sammen's parsers. Not a SwiftPM target: Tests/Reliability/run.sh compiles these
// files together with the SammenCore sources, as one module, with `swiftc -sanitize=fuzzer,address`.
// One binary holds every target; SAMMEN_FUZZ_TARGET picks it (family, migration, csv, cpr).
//
//   SAMMEN_FUZZ_TARGET=csv .build/reliability/sammen-fuzz -max_total_time=3600 CORPUS_DIR SEED_DIR
//
// A target crashes (fatalError) when an invariant breaks, so libFuzzer saves the input that broke it.

enum FuzzTarget: String {
    case family, migration, csv, cpr

    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["SAMMEN_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("set SAMMEN_FUZZ_TARGET to family, migration, csv or cpr (got «\(name)»)")
        }
        return target
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func sammenFuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    switch FuzzTarget.chosen {
    case .family: FuzzFamily.run(data)
    case .migration: FuzzMigration.run(data)
    case .csv: FuzzCSV.run(data)
    case .cpr: FuzzCPR.run(data)
    }
    return 0
}

/// Stops the run with the broken invariant in words; libFuzzer keeps the input.
func violated(_ what: String) -> Never {
    fatalError("invariant broken: \(what)")
}
