import ArgumentParser

// SCAFFOLD: replaced by the language-understanding work.
struct NLUEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval")
    func run() async throws { throw ValidationError("not available yet") }
}
