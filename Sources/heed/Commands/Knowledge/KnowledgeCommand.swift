import ArgumentParser

// SCAFFOLD: replaced by the knowledge work (`heed kb import|search|answer|eval`).
struct KnowledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kb", abstract: "Import, search and evaluate the knowledge base.")
    func run() async throws { throw ValidationError("not available yet") }
}
