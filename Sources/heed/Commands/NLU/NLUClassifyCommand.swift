import ArgumentParser

// SCAFFOLD: replaced by the language-understanding work.
struct NLUClassifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "classify")
    func run() async throws { throw ValidationError("not available yet") }
}
