import ArgumentParser

// SCAFFOLD: replaced by the language-understanding work.
struct NLUTrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "train")
    func run() async throws { throw ValidationError("not available yet") }
}
