import Foundation
import SammenCore
import SammenUI

/// The program's side of an import started with `i`: reads and plans the file for the preview screen, and
/// writes it on Enter, exactly as `sammen import csv` would (one transaction, logged).
enum InteractiveImport {
    static func handle(_ request: ImportRequest, state: inout AppState, store: any CaseloadStore, pending: inout PreparedImport?) {
        let language = state.strings.language
        switch request {
        case .preview(let path):
            let file = (path as NSString).expandingTildeInPath
            let name = (file as NSString).lastPathComponent
            pending = nil
            do {
                let (context, names) = try store.importContext(defaultLaw: nil, today: state.today)
                switch try store.prepareImport(fileAt: file, context: context, names: names) {
                case .success(let prepared):
                    pending = prepared
                    try? store.log(.import, detail: "prøvekørsel af import af \(name): \(prepared.plan.rowCount) rækker")
                    App.importPrepared(&state, fileName: name, outcome: .ready(prepared.report))
                case .failure(let failure):
                    App.importPrepared(&state, fileName: name, outcome: .refused(failure.problems.map { $0.description(in: language) }))
                }
            } catch {
                App.importPrepared(&state, fileName: name, outcome: .refused([describe(error, in: language)]))
            }
        case .commit:
            guard let prepared = pending else { return }
            pending = nil
            do {
                let written = try store.commit(prepared, detail: "import af \(state.importPreview?.fileName ?? ""): \(prepared.plan.rowCount) rækker")
                App.importFinished(&state, result: .success((written, store.team)))
            } catch {
                App.importFinished(&state, result: .failure(error))
            }
        case .cancel:
            pending = nil
        }
    }
}
