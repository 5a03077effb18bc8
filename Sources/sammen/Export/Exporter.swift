import Foundation
import SammenCore
import SammenUI

/// Turns an export request into a document and writes it, logging the export in the access log.
/// Shared by the `sammen export …` commands and the screens' export keys.
enum Exporter {
    /// The file name for an export: the family's id, never its name or a CPR number.
    static func defaultName(_ request: ExportRequest, format: String) -> String {
        switch request {
        case let .calendar(id, year): return "aarshjul-\(id)-\(year).ics"
        case let .handout(id, year): return "aarshjul-\(id)-\(year).\(format)"
        case let .meetingSummary(id, meetingID): return "moede-\(id)-\(meetingID).\(format)"
        case let .handover(id, _): return "overlevering-\(id).\(format)"
        }
    }

    /// The document's text, or nil when the family or meeting is not there.
    static func document(_ request: ExportRequest, store: Store, format: String, language: Language, now: Date = Date()) throws -> String {
        switch request {
        case let .calendar(id, year):
            let family = try store.loadFamily(id, logAs: nil)
            return ICSExport.calendar(for: family, year: year, team: store.team, now: now, language: language)
        case let .handout(id, year):
            let family = try store.loadFamily(id, logAs: nil)
            return try HandoutFormats.render(family: family, year: year, team: store.team, format: format, training: store.meta.training,
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

    /// Writes the document to `path` (or the default name in `folder`) and returns the path written.
    @discardableResult
    static func write(_ request: ExportRequest, store: Store, format: String, language: Language, path: String?,
                      folder: String) throws -> String {
        let text = try document(request, store: store, format: format, language: language)
        let target = path ?? (folder + "/" + defaultName(request, format: format))
        try ExportFile.write(text, to: target)
        let family: FamilyID
        switch request {
        case let .calendar(id, _), let .handout(id, _), let .meetingSummary(id, _), let .handover(id, _): family = id
        }
        try store.log(.export, family: family, detail: (target as NSString).lastPathComponent, required: true)
        return target
    }
}
