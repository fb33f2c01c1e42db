import ArgumentParser

/// `heed kb …`: import, search, answer from and evaluate the knowledge base.
struct KnowledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Import, search, answer from and evaluate the knowledge base.",
        subcommands: [KnowledgeImportCommand.self, KnowledgeSearchCommand.self, KnowledgeAnswerCommand.self, KnowledgeEvalCommand.self])
}

/// Which store and workspace the knowledge commands work on (the same store `heed serve` uses).
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(help: "Workspace (its id or public key; default: the only workspace, else the demo).")
    var workspace: String?

    @OptionGroup var store: StoreOptions

    @Flag(help: "Rank with words only, even when the sentence encoder's weights are installed (as the server does without them).")
    var lexical = false
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
