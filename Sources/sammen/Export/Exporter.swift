import Foundation
import SammenCore
import SammenUI

/// Turns an export request into a document and writes it, logging the export in the access log.
/// Shared by the `sammen export …` commands and the screens' export keys.
enum Exporter {
    /// What an export's default file name starts with: the kind and the year, never the family's id (old ids
    /// were a hash of the name), name or CPR number (#15.4). `ExportFile.defaultStem` adds when it was made.
    static func defaultKind(_ request: ExportRequest) -> String {
        switch request {
        case let .calendar(_, period), let .handout(_, period): return "aarshjul-\(period.fileLabel)"
        case .meetingSummary: return "moede"
        case .handover: return "overlevering"
        }
    }

    /// The document's text, or nil when the family or meeting is not there.
    static func document(_ request: ExportRequest, store: any CaseloadStore, format: String, language: Language, now: Date = Date()) throws -> String {
        switch request {
        case let .calendar(id, period):
            let family = try store.loadFamily(id, logAs: nil)
            return ICSExport.calendar(for: family, period: period, team: store.team, now: now, language: language)
        case let .handout(id, period):
            let family = try store.loadFamily(id, logAs: nil)
            return try HandoutFormats.render(family: family, period: period, team: store.team, format: format, training: store.meta.training,
                                             language: language)
        case let .meetingSummary(id, meetingID):
            let family = try store.loadFamily(id, logAs: nil)
            guard let meeting = family.meetings.first(where: { $0.id == meetingID }) else {
                throw StoreError.invalid(Phrase(da: "Mødet «\(meetingID)» findes ikke hos \(family.name).",
                                                en: "The meeting «\(meetingID)» does not exist for \(family.name)."))
            }
            let exportFormat = ExportFormat(rawValue: format) ?? .html
            return MeetingSummary.render(meeting: meeting, family: family, team: store.team, format: exportFormat,
                                         earlier: family.meetings, training: store.meta.training, language: language)
        case let .handover(id, today):
            let family = try store.loadFamily(id, logAs: nil)
            return HandoverDocument.render(family: family, team: store.team, today: today, format: ExportFormat(rawValue: format) ?? .md,
                                           training: store.meta.training, includeInternalNotes: true, language: language)
        }
    }

    /// Writes the document in each format to `folder` under one new default name (a handout as .html, .svg and
    /// .txt side by side) and returns the paths written. Logged first, once per file: a document is never on
    /// disk without its entry (if writing then fails, the log over-reports, never under-reports).
    static func write(_ request: ExportRequest, store: any CaseloadStore, formats: [String], language: Language, folder: String) throws -> [String] {
        let family: FamilyID
        switch request {
        case let .calendar(id, _), let .handout(id, _), let .meetingSummary(id, _), let .handover(id, _): family = id
        }
        let stem = ExportFile.defaultStem(defaultKind(request), in: folder, extensions: formats)
        var written: [String] = []
        for format in formats {
            let text = try document(request, store: store, format: format, language: language)
            let target = folder + "/" + stem + "." + format
            try ExportFile.checkTarget(target, storeRoot: store.folder)
            try store.log(.export, family: family, detail: (target as NSString).lastPathComponent, required: true)
            try ExportFile.write(text, to: target, storeRoot: store.folder)
            written.append(target)
        }
        return written
    }
}
