import ArgumentParser

// SCAFFOLD: replaced by the language-understanding work.
struct NLUAnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze")
    func run() async throws { throw ValidationError("not available yet") }
}
