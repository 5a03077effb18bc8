import Foundation
import SammenCore
import SammenUI

/// `sammen render SCREEN`: prints a screen as plain text, exactly as the program would draw it — for tests,
/// docs and bug reports. Opens the store read-only.
enum RenderCommand {
    static let screens = ["dashboard", "leader", "family", "followup", "wheel", "meetings", "board", "present", "record", "help"]

    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["store", "user", "today", "size", "family", "search", "caseworker", "tab"],
                                 flagOptions: ["help"])
        if CommandLineProgram.printedHelp(args, "render", context) { return .ok }
        guard args.positionals.count == 1, screens.contains(args.positionals[0]) else {
            throw Arguments.UsageError(da: "skriv hvilken skærm: \(screens.joined(separator: ", "))", en: "say which screen: \(screens.joined(separator: ", "))")
        }
        let (width, height) = try size(args.value("size") ?? "80x24")
        let today = try context.today(args)
        let path = context.storePath(args)
        let source = try InteractiveStore.open(path: path, user: try context.user(args, store: path), language: context.language,
                                               forceReadOnly: true)
        let noWrite = ReadOnlyView(source)
        var state = AppState(source: noWrite, language: context.language,
                             today: today, user: source.store.user, width: width, height: height,
                             problemCount: source.store.problems.count)
        if let who = args.value("caseworker") {
            state.dashboard.caseworker = who == "alle" || who == "all" ? nil : who
            _ = App.update(&state, .resize(width: width, height: height), source: noWrite)
            App.refilterForRender(&state)
        }
        let screen = args.positionals[0]
        // The caseload drawn is a list of personal data, logged like `families` (required: not logged, not shown).
        try source.store.log(.list, detail: "render \(screen)", required: true)
        for c in args.value("search") ?? "" {
            if !state.dashboard.searching { _ = App.update(&state, .key(.character("/")), source: noWrite) }
            _ = App.update(&state, .key(.character(c)), source: noWrite)
        }
        if let search = args.value("search"), !search.isEmpty {
            var found: [FamilyID] = []
            var seen = Set<FamilyID>()
            for i in state.dashboard.visible where seen.insert(state.rows[i].familyID).inserted { found.append(state.rows[i].familyID) }
            noWrite.logSearch(search, found: found)
        }
        if ["family", "followup", "wheel", "meetings", "board", "present", "record"].contains(screen) {
            guard let query = args.value("family"), let summary = source.store.findFamily(query) else {
                throw Arguments.UsageError(da: "skærmen «\(screen)» kræver --family ID, SAGSNR eller NAVN",
                                           en: "the screen «\(screen)» needs --family ID, CASE-NUMBER or NAME")
            }
            state.dashboard.caseworker = nil
            App.refilterForRender(&state)
            if let row = state.dashboard.visible.firstIndex(where: { state.rows[$0].familyID == summary.id }) {
                state.dashboard.selected = row
            }
            _ = App.update(&state, .key(.enter), source: noWrite)
            if screen == "followup" { App.openFormForRender(&state) }
            if screen == "wheel" { _ = App.update(&state, .key(.character("å")), source: noWrite) }
            if ["meetings", "board", "present"].contains(screen) { _ = App.update(&state, .key(.character("m")), source: noWrite) }
            if ["board", "present"].contains(screen) { _ = App.update(&state, .key(.enter), source: noWrite) }
            if screen == "present" { _ = App.update(&state, .key(.function(5)), source: noWrite) }
            if screen == "record" {
                _ = App.update(&state, .key(.character("r")), source: noWrite)
                let tab = Int(args.value("tab") ?? "1") ?? 1
                for _ in 1..<max(1, min(6, tab)) { _ = App.update(&state, .key(.tab), source: noWrite) }
            }
        } else if screen == "leader" {
            _ = App.update(&state, .key(.character("2")), source: noWrite)
        } else if screen == "help" {
            _ = App.update(&state, .key(.character("?")), source: noWrite)
        }
        Console.out(Renderer.render(state).text())
        return .ok
    }

    static func size(_ text: String) throws -> (Int, Int) {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (10...1000).contains(w), (3...1000).contains(h) else {
            throw Arguments.UsageError(da: "--size «\(text)» skal skrives BREDDExHØJDE, fx 80x24", en: "--size «\(text)» must be written WIDTHxHEIGHT, e.g. 80x24")
        }
        return (w, h)
    }
}

/// The store as a source that reads but never writes: rendering changes no record. It logs like every reader
/// (#15.5): a family's record drawn by `render` is a read of that record, and a `--search` is a search.
final class ReadOnlyView: CaseloadSource {
    let inner: StoreSource
    init(_ inner: StoreSource) { self.inner = inner }
    var summaries: [FamilySummary] { inner.summaries }
    var team: Team { inner.team }
    var isTraining: Bool { inner.isTraining }
    var readOnlyReason: String? { nil }
    /// Logged before the record is read, and required: no log entry, no record shown.
    func loadFamily(_ id: FamilyID) throws -> Family {
        try inner.store.log(.read, family: id, detail: "render", required: true)
        return try inner.store.loadFamily(id, logAs: nil)
    }
    func save(_ mine: Family, base: Family?, choices: [[MergeStep]: MergeSide]) throws -> SavedFamily { throw StoreError.readOnly }
    func refresh(_ ids: [FamilyID]) -> RefreshedFamilies { RefreshedFamilies() }
    func refreshAll() -> RefreshedFamilies { RefreshedFamilies() }
    func summary(_ id: FamilyID) -> FamilySummary? { inner.summary(id) }
    func create(_ family: Family) throws -> FamilySummary { throw StoreError.readOnly }
    func updateTeam(_ change: (inout Team) throws -> Void) throws -> Team { throw StoreError.readOnly }
    var mayManageTeam: Bool { false }
    func addMember(login: String, initials: String, name: String?, leader: Bool) throws -> Team { throw StoreError.readOnly }
    func removeMember(login: String) throws -> Team { throw StoreError.readOnly }
    func setLeader(login: String, leader: Bool) throws -> Team { throw StoreError.readOnly }
    func logSearch(_ criterion: String, found: [FamilyID]) { StoreSource.logSearch(criterion, found: found, in: inner.store) }
}
