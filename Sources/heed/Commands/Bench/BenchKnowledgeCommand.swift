import ArgumentParser

// SCAFFOLD: replaced by the owning issue's work.
struct BenchKnowledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kb")
    func run() async throws { throw ValidationError("not available yet") }
}
