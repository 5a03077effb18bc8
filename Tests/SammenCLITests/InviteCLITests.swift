import Foundation
import Testing

/// `sammen invite` and the calendar export from the command line, on a copy of the training store (which never
/// sends mail). The real mail path (msmtp and an SMTP server) is tested by Tests/Mail/run.sh.
@Suite struct InviteCLITests {
    static func trainingCopy() throws -> (folder: String, store: String) {
        let folder = ProgramRunner.temporaryFolder()
        let store = folder + "/store"
        let made = try ProgramRunner.run(["demo", "--init", store, "--today", "2026-11-02"])
        #expect(made.status == 0, "\(made.stderr)")
        return (folder, store)
    }

    @Test func theTrainingStoreWritesFilesAndSaysSo() throws {
        let (folder, store) = try Self.trainingCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dry = try ProgramRunner.run(["invite", "f-001", "--store", store, "--today", "2026-11-02", "--dry-run"],
                                        environment: ["SAMMEN_EXPORT_DIR": folder, "SAMMEN_SENDMAIL": "/bin/false"])
        #expect(dry.stdout.contains("Prøvekørsel"), "\(dry.stdout)\(dry.stderr)")
        let run = try ProgramRunner.run(["invite", "f-001", "--store", store, "--today", "2026-11-02"],
                                        environment: ["SAMMEN_EXPORT_DIR": folder, "SAMMEN_SENDMAIL": "/bin/false"])
        #expect(run.stdout.contains("Øvelsesarkivet sender aldrig mail"), "\(run.stdout)\(run.stderr)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/invitationer-f-001")) ?? []
        #expect(!files.isEmpty && files.allSatisfy { $0.hasSuffix(".eml") && !$0.contains("rgaard") })
        // Sent once: nothing is due the second time.
        let again = try ProgramRunner.run(["invite", "f-001", "--store", store, "--today", "2026-11-02"],
                                          environment: ["SAMMEN_EXPORT_DIR": folder])
        #expect(again.stdout.contains("Intet at sende"), "\(again.stdout)\(again.stderr)")
        let log = try ProgramRunner.run(["log", "--family", "f-001", "--store", store])
        #expect(log.stdout.contains("invitation: REQUEST"))
    }

    @Test func anEmptyCalendarIsNotWrittenAndSaysWhy() throws {
        let (folder, store) = try Self.trainingCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/tom.ics"
        let result = try ProgramRunner.run(["export", "ics", "--family", "f-001", "--year", "2031", "--out", out, "--store", store])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ingen kalender skrevet"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
