import SammenCore

/// The screen before an import started from the program: what the import will add, change and leave alone,
/// per family (the same report as `sammen import csv --dry-run`), or every problem that refuses the file.
/// Nothing is written until Enter; Esc leaves the store as it was.
public struct ImportPreview: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// The file can be imported; this is what it will do.
        case ready(ImportReport)
        /// The file is refused whole; each line names a line of the file and what is wrong.
        case refused([String])
    }

    public var fileName: String
    public var outcome: Outcome
    /// The first report line shown.
    public var scroll = 0

    public init(fileName: String, outcome: Outcome) {
        self.fileName = fileName
        self.outcome = outcome
    }

    /// The lines as the screen shows them at `width` columns: long lines wrapped at words, the continuation
    /// indented under its line, so nothing is cut off at 80 columns.
    public func displayLines(_ strings: Strings, width: Int) -> [String] {
        let usable = max(10, width)
        return lines(strings).flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " })
            let hanging = indent + "  "
            var wrapped: [String] = []
            for (i, part) in TextWidth.wrap(String(line.dropFirst(indent.count)), to: usable - indent.count - 2).enumerated() {
                wrapped.append((i == 0 ? indent : hanging) + part)
            }
            return wrapped.isEmpty ? [line] : wrapped
        }
    }

    /// The lines the screen lists, in the language of the program.
    public func lines(_ strings: Strings) -> [String] {
        switch outcome {
        case .ready(let report):
            let lines = report.lines(in: strings.language)
            if report.entries.isEmpty && report.newCaseworkers.isEmpty {
                return [strings[.importNothing]] + lines
            }
            return lines
        case .refused(let problems):
            return problems + ["", strings.text(.importRefused, strings.language.number(problems.count))]
        }
    }
}

/// The import's requests to the event loop, which alone reads files and writes the store.
public enum ImportRequest: Sendable, Equatable {
    /// Read the file and plan the import (nothing written); the answer comes back through `App.importPrepared`.
    case preview(path: String)
    /// Write the import the preview showed; the answer comes back through `App.importFinished`.
    case commit
    /// The preview was left with Esc: forget the plan.
    case cancel
}

extension App {
    /// `i` on the dashboard: ask for the file.
    static func importFileForm(_ state: AppState) -> FieldForm {
        let s = state.strings
        return FieldForm(purpose: .importFile, title: s[.importFileForm], fields: [
            .init(s[.importFileField], maxLength: TextLimits.description),
        ])
    }

    /// The file form's Enter: the path goes to the event loop, or the form says what is missing.
    static func submitImportFile(_ state: inout AppState, _ form: FieldForm) -> Command {
        let path = DroppedPath.cleaned(form.fields[0].value)
        guard !path.isEmpty else {
            var form = form
            form.error = state.strings[.importFileNeeded]
            state.fieldForm = form
            return .none
        }
        state.fieldForm = nil
        return .importCaseload(.preview(path: path))
    }

    /// The event loop's answer to `.importCaseload(.preview)`: the preview screen opens.
    public static func importPrepared(_ state: inout AppState, fileName: String, outcome: ImportPreview.Outcome) {
        state.importPreview = ImportPreview(fileName: fileName, outcome: outcome)
    }

    /// The event loop's answer to `.importCaseload(.commit)`: the families written (their new summaries) and the
    /// team, or why nothing was written.
    public static func importFinished(_ state: inout AppState, result: Result<(summaries: [FamilySummary], team: Team), Error>) {
        let s = state.strings
        guard let preview = state.importPreview else { return }
        state.importPreview = nil
        switch result {
        case .success(let written):
            state.adoptTeam(written.team)
            for summary in written.summaries { state.replace(summary) }
            var summary = preview.fileName
            if case .ready(let report) = preview.outcome { summary = report.summary(in: s.language) }
            state.status = .init(text: s.text(.importDone, summary), isError: false)
        case .failure(let error):
            state.status = .init(text: s.text(.importFailed, describe(error, in: s.language)), isError: true)
        }
    }

    /// Keys on the preview: Enter imports (when the file can be), Esc leaves, arrows and pages scroll.
    static func importPreviewKey(_ state: inout AppState, _ key: Key) -> Command {
        guard var preview = state.importPreview else { return .none }
        let total = preview.displayLines(state.strings, width: ImportPreviewScreen.textWidth(state)).count
        let page = max(1, ImportPreviewScreen.listHeight(state))
        let last = max(0, total - page)
        switch key {
        case .escape, .character("q"):
            state.importPreview = nil
            return .importCaseload(.cancel)
        case .control("c"):
            state.importPreview = nil
            return .quit
        case .enter:
            if case .ready = preview.outcome { return .importCaseload(.commit) }
            return .none
        case .down, .character("j"): preview.scroll = min(last, preview.scroll + 1)
        case .up, .character("k"): preview.scroll = max(0, preview.scroll - 1)
        case .pageDown, .character(" "): preview.scroll = min(last, preview.scroll + page)
        case .pageUp: preview.scroll = max(0, preview.scroll - page)
        case .home: preview.scroll = 0
        case .end: preview.scroll = last
        default: break
        }
        state.importPreview = preview
        return .none
    }
}
