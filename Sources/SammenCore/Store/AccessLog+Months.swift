import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeping the monthly log: moving the old single file into months, and purging whole months. Both run only
/// in a writer that holds the store's lock (Store.tidyUp); appends take no lock and never touch a file either
/// of these rewrites or deletes.
extension AccessLog {
    /// The old access.log while it is being moved into months: `log/access-<inode>.moving`.
    static let movingSuffix = ".moving"

    /// Moves Sammen 0.1's access.log into month files, keeping every line, exactly once even across a crash:
    /// 1. access.log is renamed to `log/access-<inode>.moving` (one atomic step; an old program that appends
    ///    afterwards makes a new access.log, moved the next time with its own inode);
    /// 2. its lines are written per month to `log/<month>-migrated-<inode>.jsonl` (whole files; a rerun after a
    ///    crash writes the same files again, never a second copy);
    /// 3. the `.moving` file is removed.
    /// Lines that cannot be read keep their place with the month of the line before them.
    /// Returns how many lines were moved.
    @discardableResult
    func moveLegacyFile(faults: FaultPlan?) throws -> Int {
        if POSIX.exists(legacyPath) {
            try POSIX.makeFolder(folder, shown: StoreFormat.logFolder)
            var info = stat()
            guard lstat(legacyPath, &info) == 0 else { return 0 }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw StoreError.io(step: .read, path: StoreFormat.accessLogFile, errno: EISDIR)
            }
            let moving = folder + "/access-\(info.st_ino)" + AccessLog.movingSuffix
            try POSIX.rename(legacyPath, moving, shown: StoreFormat.accessLogFile, faults: faults)
            try POSIX.fsyncFolder(folder, shown: StoreFormat.logFolder, faults: faults)
            try POSIX.fsyncFolder(root, shown: "arkivmappen", faults: faults)
        }
        guard POSIX.isFolder(folder) else { return 0 }
        var moved = 0
        for name in try POSIX.list(folder, shown: StoreFormat.logFolder).sorted() where name.hasSuffix(AccessLog.movingSuffix) {
            let tag = String(name.dropFirst("access-".count).dropLast(AccessLog.movingSuffix.count))
            let shown = StoreFormat.logFolder + "/" + name
            let data = try POSIX.readFile(folder + "/" + name, shown: shown, limit: 1 << 30)
            var months: [(month: String, lines: Data)] = []
            var current: String?
            var unplaced = Data()
            for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
                let time = (try? JSONDecoder().decode(TimeOnly.self, from: Data(line)))?.time
                if let month = time.flatMap(AccessLog.month(of:)) { current = month }
                guard let month = current else {
                    unplaced.append(contentsOf: line)
                    unplaced.append(0x0A)
                    continue
                }
                if months.last?.month != month { months.append((month, Data())) }
                if !unplaced.isEmpty {
                    months[months.count - 1].lines.append(unplaced)
                    unplaced = Data()
                }
                months[months.count - 1].lines.append(contentsOf: line)
                months[months.count - 1].lines.append(0x0A)
                moved += 1
            }
            if !unplaced.isEmpty {
                // Not one line says when: keep them under the month the file was last written.
                var info = stat()
                _ = stat(folder + "/" + name, &info)
                let month = AccessLog.month(of: AccessLog.timestamp(Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec)))) ?? "0000-00"
                months.append((month, unplaced))
            }
            // A month may come twice when the clock went back and forth: one file per month, in file order.
            var merged: [String: Data] = [:]
            var order: [String] = []
            for part in months {
                if merged[part.month] == nil { order.append(part.month) }
                merged[part.month, default: Data()].append(part.lines)
            }
            for month in order {
                let target = "\(month)-migrated-\(tag).jsonl"
                try AtomicFile.write(merged[month]!, to: folder + "/" + target, shown: StoreFormat.logFolder + "/" + target, faults: faults)
            }
            // A removal is a directory change like a rename: a fault plan may crash here too.
            try POSIX.inject(faults, .rename, .write, shown)
            try POSIX.check(unlink(folder + "/" + name), .write, shown)
            try POSIX.fsyncFolder(folder, shown: StoreFormat.logFolder, faults: faults)
        }
        return moved
    }

    private struct TimeOnly: Decodable { var time: String }

    /// Deletes the months whose every entry is older than the retention, as whole files. Never more than the
    /// log itself vouches for: a clock set years ahead would make every month look old, so
    /// - when the newest entry is older than the retention (the clock jumped, or nobody used the store for half a
    ///   year), nothing is purged, and the returned notice says so;
    /// - a gap longer than the retention between two entries is a jump of the clock (or such a pause): months
    ///   before it are never purged automatically, and the notice says how to remove them by hand.
    /// Returns a notice for the user, or nil when all is as it should be.
    func purge(now: Date, faults: FaultPlan?) throws -> Phrase? {
        guard POSIX.isFolder(folder) else { return nil }
        let names = try POSIX.list(folder, shown: StoreFormat.logFolder)
            .filter { $0.hasSuffix(".jsonl") && AccessLog.month(of: $0) != nil }.sorted()
        guard !names.isEmpty else { return nil }
        let retention = Double(AccessLog.retentionDays) * 86_400
        // Each file's first and last entry (the entries of a month are in time order; a file is read only at its
        // two ends).
        var spans: [(name: String, first: Date, last: Date)] = []
        for name in names {
            guard let ends = try AccessLog.ends(of: folder + "/" + name, shown: StoreFormat.logFolder + "/" + name),
                  let first = DanishTime.parse(ends.first), let last = DanishTime.parse(ends.last) else { continue }
            spans.append((name, first, last))
        }
        guard let newest = spans.map(\.last).max() else { return nil }
        if now.timeIntervalSince(newest) > retention {
            return Phrase(
                da: "Adgangsloggen er ikke ryddet: dens nyeste linje er fra \(AccessLog.timestamp(newest)), men maskinens ur siger \(AccessLog.timestamp(now)). Går uret forkert, så ret det; ellers ryddes loggen, når der er skrevet i den igen.",
                en: "The access log was not purged: its newest line is from \(AccessLog.timestamp(newest)), but the machine's clock says \(AccessLog.timestamp(now)). If the clock is wrong, correct it; otherwise the log is purged once it has been written to again.")
        }
        // The last jump: months up to it are kept.
        var protectedUpTo = -1
        let ordered = spans.sorted { $0.first < $1.first }
        for i in 1..<max(ordered.count, 1) where ordered[i].first.timeIntervalSince(ordered[..<i].map(\.last).max()!) > retention {
            protectedUpTo = i - 1
        }
        let cutoff = now.addingTimeInterval(-retention)
        var removed = false
        for (i, span) in ordered.enumerated() where i > protectedUpTo && span.last < cutoff {
            // A removal is a directory change like a rename: a fault plan may crash here too.
            try POSIX.inject(faults, .rename, .write, StoreFormat.logFolder + "/" + span.name)
            try POSIX.check(unlink(folder + "/" + span.name), .write, StoreFormat.logFolder + "/" + span.name)
            removed = true
        }
        if removed { try POSIX.fsyncFolder(folder, shown: StoreFormat.logFolder, faults: faults) }
        if protectedUpTo >= 0 {
            let before = ordered[protectedUpTo].last, after = ordered[protectedUpTo + 1].first
            let kept = ordered[...protectedUpTo].filter { $0.last < cutoff }.map(\.name)
            guard !kept.isEmpty else { return nil }
            return Phrase(
                da: "Adgangsloggen springer fra \(AccessLog.timestamp(before)) til \(AccessLog.timestamp(after)) (har uret gået forkert?). Månederne før springet ryddes ikke af sig selv: \(kept.joined(separator: ", ")) i \(StoreFormat.logFolder)/. Slet dem med hånden, når de er over \(AccessLog.retentionDays) dage gamle.",
                en: "The access log jumps from \(AccessLog.timestamp(before)) to \(AccessLog.timestamp(after)) (was the clock wrong?). The months before the jump are not purged by themselves: \(kept.joined(separator: ", ")) in \(StoreFormat.logFolder)/. Delete them by hand once they are over \(AccessLog.retentionDays) days old.")
        }
        return nil
    }

    /// The times of a log file's first and last readable entry (the last few kilobytes are read for the last).
    static func ends(of path: String, shown: String) throws -> (first: String, last: String)? {
        let fd = try POSIX.openRegular(path, flags: O_RDONLY, shown: shown, step: .read)
        defer { close(fd) }
        var info = stat()
        try POSIX.check(fstat(fd, &info), .read, shown)
        guard (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        func readAt(_ offset: Int64, _ count: Int) -> Data {
            var buffer = [UInt8](repeating: 0, count: count)
            let n = pread(fd, &buffer, count, off_t(offset))
            return n > 0 ? Data(buffer[0..<n]) : Data()
        }
        // Only the first readable line from the front and the last from the back are decoded: every writable
        // open purges, and decoding the two 64 KB windows whole was a sixth of a `sammen followup` (#19).
        let decoder = JSONDecoder()
        func time(_ line: Data.SubSequence) -> String? {
            guard let time = (try? decoder.decode(TimeOnly.self, from: Data(line)))?.time, month(of: time) != nil else { return nil }
            return time
        }
        let size = Int64(info.st_size)
        let window = 64 * 1024
        guard let first = readAt(0, window).split(separator: 0x0A).lazy.compactMap(time).first else { return nil }
        let tailStart = max(0, size - Int64(window))
        var tail = readAt(tailStart, window)
        // A partial first line in the window is not an entry.
        if tailStart > 0, let newline = tail.firstIndex(of: 0x0A) { tail = tail[(newline + 1)...] }
        return (first, tail.split(separator: 0x0A).reversed().lazy.compactMap(time).first ?? first)
    }
}
