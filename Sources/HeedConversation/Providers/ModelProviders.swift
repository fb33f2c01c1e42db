import AsyncHTTPClient
import Foundation
import HeedCore
import HeedKnowledge
import Logging

/// The model providers the AI answers and summarises hand-offs with: the server's (`--llm-base-url`…, or none for
/// the embedded engine) and each workspace's own, all over one HTTP client that the application creates, passes in
/// and shuts down.
public struct ModelProviders: Sendable {
    let httpClient: HTTPClient
    /// The server-wide provider, nil for the embedded engine.
    public let server: LLMProviderConfiguration?
    /// Longest wait for one model-written summary.
    let summaryTimeout: Duration
    let logger: Logger
    /// Model-written hand-off summaries, per workspace provider.
    public let summarizers: HandoffSummarizers

    public init(httpClient: HTTPClient, server: LLMProviderConfiguration?, summaryTimeout: Duration, logger: Logger) {
        self.httpClient = httpClient
        self.server = server
        self.summaryTimeout = summaryTimeout
        self.logger = logger
        self.summarizers = HandoffSummarizers(
            server: server.map {
                Self.summarizer(for: $0, timeout: summaryTimeout, httpClient: httpClient, logger: logger)
            })
    }

    /// The HTTP client for model providers. A provider that refuses connections fails at once (and the embedded
    /// engine answers) instead of being retried until the deadline. The caller shuts it down.
    public static func makeHTTPClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(5)
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// The assistant every workspace answers with unless it has its own provider.
    func serverAssistant() -> KnowledgeAssistant {
        KnowledgeAssistant(engine: server.map(engine(for:)) ?? EmbeddedAnswerEngine(), logger: logger)
    }

    /// Makes a workspace answer (and summarise hand-offs) with its own provider, or (nil) with the server's again.
    func use(_ settings: ModelProviderSettings?, workspaceID: UUID, knowledge: WorkspaceKnowledge) {
        let configuration = settings.map {
            LLMProviderConfiguration(baseURL: $0.baseURL, model: $0.model, apiKey: $0.apiKey)
        }
        summarizers.use(
            configuration.map {
                Self.summarizer(for: $0, timeout: summaryTimeout, httpClient: httpClient, logger: logger)
            }, for: workspaceID)
        knowledge.useAssistant(
            configuration.map { KnowledgeAssistant(engine: engine(for: $0), logger: logger) }, for: workspaceID)
    }

    private func engine(for configuration: LLMProviderConfiguration) -> any AnswerEngine {
        OpenAICompatibleAnswerEngine(configuration: configuration, httpClient: httpClient, logger: logger)
    }

    /// A hand-off summarizer on `provider`: one attempt within the timeout, no retries (the agent is waiting, and
    /// the extractive summary is always there).
    private static func summarizer(
        for provider: LLMProviderConfiguration, timeout: Duration, httpClient: HTTPClient, logger: Logger
    ) -> ModelHandoffSummarizer {
        var configuration = provider
        configuration.requestTimeout = timeout
        configuration.maximumRetries = 0
        configuration.temperature = 0.2
        return ModelHandoffSummarizer(
            client: ChatCompletionsClient(configuration: configuration, httpClient: httpClient, logger: logger))
    }
}
