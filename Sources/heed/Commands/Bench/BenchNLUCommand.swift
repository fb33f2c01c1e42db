import ArgumentParser

// SCAFFOLD: replaced by the owning issue's work.
struct BenchNLUCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nlu")
    func run() async throws { throw ValidationError("not available yet") }
}
