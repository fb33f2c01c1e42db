import ArgumentParser

/// The `heed` command: runs the support-desk server and its tools.
@main
struct HeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heed",
        abstract: "Heed — an AI-first customer-support platform.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, NLUCommand.self, KnowledgeCommand.self, BenchCommand.self,
            ImportCommand.self, EvalCommand.self,
        ]
    )
}
