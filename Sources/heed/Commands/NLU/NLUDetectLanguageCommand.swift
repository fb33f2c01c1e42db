import ArgumentParser

// SCAFFOLD: replaced by the language-understanding work.
struct NLUDetectLanguageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "detect-language")
    func run() async throws { throw ValidationError("not available yet") }
}
