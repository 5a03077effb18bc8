import Foundation

/// Runs the real `sammen` executable, built next to the test bundle, as a person or a script would.
struct ProgramRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = (exe as NSString).deletingLastPathComponent
        // The test bundle may be a folder (…/SammenPackageTests.xctest/…); walk up until `sammen` is beside us.
        while !folder.isEmpty && folder != "/" {
            if FileManager.default.isExecutableFile(atPath: folder + "/sammen") { return folder + "/sammen" }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return "sammen"
    }

    /// The repository root, for Fixtures/.
    static var repository: String {
        var folder = (#filePath as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: folder + "/Package.swift") {
            folder = (folder as NSString).deletingLastPathComponent
        }
        return folder
    }

    /// A copy of a store from the repository with a private store's modes (0700/0600): a git checkout gives
    /// 0755/0644, which Sammen refuses as it refuses any store others can read.
    static func privateCopy(of source: String, to target: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: target)
        chmod(target, 0o700)
        for relative in FileManager.default.enumerator(atPath: target)?.allObjects as? [String] ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: target + "/" + relative, isDirectory: &isFolder)
            chmod(target + "/" + relative, isFolder.boolValue ? 0o700 : 0o600)
        }
    }

    @discardableResult
    static func run(_ arguments: [String], environment extra: [String: String] = [:], umask mask: String? = nil) throws -> Result {
        let process = Process()
        var env = ProcessInfo.processInfo.environment
        env["SAMMEN_STORE"] = nil
        env["SAMMEN_USER"] = "test"
        // The tests choose the language; the developer's own locale must not (output is Danish under C.UTF-8).
        for key in ["LC_ALL", "LC_MESSAGES"] { env[key] = nil }
        env["LANG"] = "C.UTF-8"
        for (k, v) in extra { env[k] = v }
        process.environment = env
        if let mask {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask \(mask); exec \"$0\" \"$@\"", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        // Output goes to files, not pipes: a large output can never block the child.
        let base = FileManager.default.temporaryDirectory.path + "/sammen-run-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let errData = FileManager.default.contents(atPath: base + ".err") ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder(_ name: String = #function) -> String {
        let path = FileManager.default.temporaryDirectory.path
            + "/sammen-cli-\(getpid())-\(name.filter { $0.isLetter })-\(UUID().uuidString.prefix(6))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
