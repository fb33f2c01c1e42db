import ArgumentParser

/// `heed bench …`: benchmarks that print figures, with a peer measured in the same run.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run a benchmark and print its figures beside a peer's.",
        subcommands: [
            BenchNLUCommand.self, BenchKnowledgeCommand.self, BenchLoadCommand.self, BenchEncoderCommand.self,
            BenchFuzzCommand.self, BenchRulesCommand.self, BenchReportsCommand.self, BenchCampaignsCommand.self,
        ]
    )
}
