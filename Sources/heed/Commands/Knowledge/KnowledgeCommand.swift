import ArgumentParser

/// `heed kb …`: import, search, answer from and evaluate the knowledge base.
struct KnowledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Import, search, answer from and evaluate the knowledge base.",
        subcommands: [KnowledgeImportCommand.self, KnowledgeSearchCommand.self, KnowledgeAnswerCommand.self, KnowledgeEvalCommand.self])
}

/// Where the local knowledge base lives and which workspace to use.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(help: "Workspace the documents belong to.")
    var workspace = "default"

    @Option(name: .customLong("data-dir"), help: "Folder of the local knowledge base (until the server's store is wired).")
    var dataDirectory = "./heed-data"
}

/// The OpenAI-compatible provider, from flags or `HEED_LLM_*` variables.
struct ProviderOptions: ParsableArguments {
    @Option(name: .customLong("llm-base-url"), help: "OpenAI-compatible base URL (or HEED_LLM_BASE_URL).")
    var baseURL: String?

    @Option(name: .customLong("llm-model"), help: "Chat model (or HEED_LLM_MODEL).")
    var model: String?

    @Option(name: .customLong("llm-api-key"), help: "API key (or HEED_LLM_API_KEY).")
    var apiKey: String?
}
