import Foundation
import SammenCore
import SammenUI
import SammenTerminal

/// The interactive program: draw the state, wait for an event, update, repeat. The terminal backend is the
/// only code that talks to ncurses; everything else is the pure UI library.
enum EventLoop {
    static func run(source: StoreSource, language: Language, today: LocalDate, user: String, tourStep: Int? = nil,
                    environment: [String: String] = [:]) throws -> ExitCode {
        let terminal = try TerminalBackend()
        defer { terminal.shutdown() }
        let size = terminal.size
        let whole: @Sendable (StoreSource) -> AppState = { source in
            AppState(source: source, language: language, today: today, user: user,
                     width: size.width, height: size.height, problemCount: source.store.problems.count)
        }
        // A database's first page (#18): the first frame from it, the rest read on another thread meanwhile.
        var rest: RestOfCaseload?
        var state: AppState
        if let page = source.store.firstPage,
           let first = AppState(firstPage: page, source: source, language: language, today: today, user: user,
                                width: size.width, height: size.height),
           let pending = RestOfCaseload() {
            state = first
            pending.start(source: source, whole: whole)
            rest = pending
        } else {
            try source.store.loadRest()
            state = whole(source)
        }
        if rest == nil, let notice = source.store.notices.first { state.status = .init(text: notice.text(in: language), isError: false) }
        if let tourStep { App.startTour(&state, at: tourStep, source: source) }
        // Where the tour was left is remembered, so «sammen tour» resumes there.
        defer {
            if tourStep != nil {
                var config = UserConfig.load(environment)
                config.tourStep = state.tourFinished ? nil : (state.tour?.step ?? state.tourStoppedAt)
                config.tourFinished = state.tourFinished || config.tourFinished == true
                config.save(environment)
            }
        }
        // Colleagues' saves are watched once the whole caseload is here (the feed starts from what it read).
        var watch = rest == nil ? ColleagueWatch(source: source, environment: ProcessInfo.processInfo.environment) : nil
        // An import the preview screen shows, waiting for Enter (written) or Esc (forgotten).
        var pendingImport: PreparedImport?
        while true {
            terminal.draw(Renderer.render(state))
            // Sleeps until a key, the rest of the caseload or a colleague's save (the watcher's descriptor), so an
            // idle program uses no CPU.
            let next: Event?
            if let rest {
                next = terminal.nextEvent(timeoutMilliseconds: nil, wakingOn: rest.descriptor)
            } else if let watch {
                next = watch.feed.descriptor.map { terminal.nextEvent(timeoutMilliseconds: watch.wait, wakingOn: $0) }
                    ?? terminal.nextEvent(timeoutMilliseconds: watch.wait)
            } else {
                next = terminal.nextEvent(timeoutMilliseconds: nil)
            }
            guard let event = next else { break }
            if let pending = rest, let outcome = pending.take() {
                rest = nil
                switch outcome {
                case .success(let whole):
                    App.caseloadArrived(&state, whole: whole)
                    if let notice = source.store.notices.first { state.status = .init(text: notice.text(in: language), isError: false) }
                    watch = ColleagueWatch(source: source, environment: ProcessInfo.processInfo.environment)
                case .failure(let error):
                    App.caseloadFailed(&state, reason: describe(error, in: language))
                }
            }
            watch?.catchUp(&state, source: source)
            switch App.update(&state, event, source: source) {
            case .quit:
                _ = rest?.wait()
                rest = nil
                source.store.close()
                return .ok
            case .export(let request):
                // Exports from the screens go to the folder Sammen was started in (or $SAMMEN_EXPORT_DIR).
                let folder = ProcessInfo.processInfo.environment["SAMMEN_EXPORT_DIR"] ?? FileManager.default.currentDirectoryPath
                do {
                    var formats = ["html"]
                    if case .handout = request { formats = ["html", "svg", "txt"] }
                    // The calendar is an .ics file (written as .html it opened in no calendar program).
                    if case .calendar = request { formats = ["ics"] }
                    // The handover is for the next caseworker: Markdown, as «sammen export handover» writes it.
                    if case .handover = request { formats = ["md"] }
                    let written = try Exporter.write(request, store: source.store, formats: formats, language: language, folder: folder)
                    // "aarshjul-2027-20261203-104512.html/.svg/.txt i /home/…": the names first, so they fit at 80 columns.
                    let names = written.map { ($0 as NSString).lastPathComponent }
                    let base = (names[0] as NSString).deletingPathExtension
                    let shown = names.count > 1 && names.allSatisfy { ($0 as NSString).deletingPathExtension == base }
                        ? names[0] + names.dropFirst().map { "/." + ($0 as NSString).pathExtension }.joined()
                        : names.joined(separator: ", ")
                    App.exported(&state, result: .success(shown + language.pick(da: " i ", en: " in ") + folder))
                } catch {
                    App.exported(&state, result: .failure(error))
                }
            case .sendInvitations(let id):
                sendInvitations(id, state: &state, source: source, language: language, today: today,
                                environment: environment.isEmpty ? ProcessInfo.processInfo.environment : environment)
            case .importCaseload(let request):
                InteractiveImport.handle(request, state: &state, store: source.store, pending: &pendingImport)
            case .none:
                break
            }
        }
        // The store is the reading thread's until it is done: it is waited for before the store is closed.
        _ = rest?.wait()
        source.store.close()
        return .ok
    }

    /// The årshjul's send key: what `sammen invite` does, reported on the status line with the recipients that failed.
    static func sendInvitations(_ id: FamilyID, state: inout AppState, source: StoreSource, language: Language,
                                today: LocalDate, environment: [String: String]) {
        let store = source.store
        do {
            let family = try store.loadFamily(id, logAs: nil)
            let (report, folder) = try InviteCommand.deliver(family, store: store, today: today, language: language,
                                                              environment: environment, out: nil, dryRun: false)
            let saved = try store.loadFamily(id, logAs: nil)
            let sent = report.sent.count
            var parts: [String] = []
            // What failed comes first, reason before addresses: at 80 columns the reason must be on screen.
            let failed = report.failed
            if !failed.isEmpty {
                let who = failed.map { $0.mail.pending.recipient.address.address }.joined(separator: ", ")
                let why = failed[0].failure?.text(in: language) ?? ""
                parts.append(language.pick(da: "IKKE SENDT (\(why)) til \(who); prøv igen med s",
                                           en: "NOT SENT (\(why)) to \(who); try again with s"))
            }
            if let folder {
                parts.append(store.meta.training
                    ? language.pick(da: "Øvelse: ingen mail sendt; \(sent) besked(er) skrevet i \(folder)",
                                    en: "Training: no mail sent; \(sent) message(s) written in \(folder)")
                    : language.pick(da: "\(sent) skrevet i \(folder)", en: "\(sent) written in \(folder)"))
            } else {
                parts.append(language.pick(da: "\(sent) invitation(er) sendt", en: "\(sent) invitation(s) sent"))
            }
            let missing = report.plan.unreachable.values.flatMap { $0 }.count
            if missing > 0 {
                parts.append(language.pick(da: "\(missing) deltager(e) uden adresse", en: "\(missing) participant(s) without an address"))
            }
            App.invitationsSent(&state, family: saved, summary: store.summary(id), message: parts.joined(separator: " · "),
                                isError: !failed.isEmpty)
        } catch {
            App.invitationsSent(&state, family: nil, summary: nil,
                                message: language.pick(da: "Invitationerne blev ikke sendt: ", en: "The invitations were not sent: ")
                                    + describe(error, in: language), isError: true)
        }
    }
}
