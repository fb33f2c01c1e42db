import ArgumentParser

/// `heed eval …`: evaluations over data sets.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Evaluate Heed on data sets.", subcommands: [ToolsEvalCommand.self, OrderJourneysEvalCommand.self, AttacksEvalCommand.self, JourneysEvalCommand.self])
}
