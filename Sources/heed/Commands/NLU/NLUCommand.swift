import ArgumentParser

/// `heed nlu …`: train, evaluate and run the embedded language-understanding models.
struct NLUCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nlu",
        abstract: "Train, evaluate and run Heed's embedded language understanding.",
        subcommands: [
            NLUTrainCommand.self,
            NLUEvalCommand.self,
            NLUCrossValidateCommand.self,
            NLUClassifyCommand.self,
            NLUDetectLanguageCommand.self,
            NLUAnalyzeCommand.self,
            NLUBuildLanguageModelCommand.self,
        ]
    )
}
