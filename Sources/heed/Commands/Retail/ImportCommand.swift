import ArgumentParser

/// `heed import …`: loads customer and commerce data into a workspace.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Load customer and commerce data into a workspace.",
        subcommands: [RetailImportCommand.self])
}
