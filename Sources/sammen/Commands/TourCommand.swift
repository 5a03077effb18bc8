import Foundation
import SammenCore
import SammenUI

/// `sammen tour`: the guided tour through the training caseload, resumed where it was left.
enum TourCommand {
    static func run(_ raw: [String], _ context: Context) throws -> ExitCode {
        let args = try Arguments(raw, valueOptions: ["user", "today"], flagOptions: ["help", "restart"])
        if CommandLineProgram.printedHelp(args, "tour", context) { return .ok }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(context.say(da: "rundvisningen kræver en terminal.", en: "the tour needs a terminal."))
            return .usage
        }
        let today = try context.today(args)
        let path = DemoCommand.demoFolder(context)
        if !FileManager.default.fileExists(atPath: path + "/store.json") {
            try DemoCommand.createTrainingStore(at: path, today: today, user: try context.user(args, store: path))
        }
        let config = UserConfig.load(context.environment)
        let step = args.has("restart") ? 0 : (config.tourStep ?? 0)
        let user = try context.user(args, store: path)
        let source = try InteractiveStore.open(path: path, user: user, language: context.language)
        return try EventLoop.run(source: source, language: context.language,
                                 today: today, user: user, tourStep: step, environment: context.environment)
    }
}
