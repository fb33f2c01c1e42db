import AsyncHTTPClient
import Logging

/// An HTTP client dedicated to one provider, for callers that do not manage an `HTTPClient` themselves
/// (the CLI). Call ``shutdown()`` when done.
public struct LLMProviderSession: Sendable {
    public let configuration: LLMProviderConfiguration
    private let httpClient: HTTPClient
    private let logger: Logger

    /// Opens a session (the connection pool is created lazily).
    public init(configuration: LLMProviderConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
    }

    /// An answer engine using this session.
    public func answerEngine(redactor: any PIIRedacting = LanguagePIIRedactor()) -> OpenAICompatibleAnswerEngine {
        OpenAICompatibleAnswerEngine(configuration: configuration, httpClient: httpClient, redactor: redactor, logger: logger)
    }

    /// An embeddings client using this session, when an embedding model is configured.
    public func embeddingsClient() -> EmbeddingsClient? {
        configuration.embeddingModel == nil ? nil : EmbeddingsClient(configuration: configuration, httpClient: httpClient, logger: logger)
    }

    /// Closes the session's connections.
    public func shutdown() async throws {
        try await httpClient.shutdown()
    }
}
