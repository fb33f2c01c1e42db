import Foundation

/// Where and how to reach an OpenAI-compatible provider (`/v1/chat/completions`, `/v1/embeddings`).
public struct LLMProviderConfiguration: Sendable, Hashable {
    /// E.g. `https://api.openai.com/v1` or `http://127.0.0.1:8080` (`/v1` is added when missing).
    public var baseURL: String
    /// The chat model, e.g. `gpt-4o-mini`.
    public var model: String
    /// Sent as `Authorization: Bearer …` when set. Never logged.
    public var apiKey: String?
    /// The embeddings model; dense retrieval is off when `nil`.
    public var embeddingModel: String?
    /// Time allowed for one attempt (for streams: until the stream ends).
    public var requestTimeout: Duration
    /// Retries after the first attempt on 429, 5xx and connection failures (not on timeouts).
    public var maximumRetries: Int
    /// Back-off before the first retry; doubles each time.
    public var initialBackoff: Duration
    /// Longest wait honoured from a `Retry-After` header (longer ones fail fast).
    public var maximumRetryDelay: Duration
    /// Sampling temperature for answers.
    public var temperature: Double

    /// Creates a configuration.
    public init(
        baseURL: String, model: String, apiKey: String? = nil, embeddingModel: String? = nil,
        requestTimeout: Duration = .seconds(30), maximumRetries: Int = 2, initialBackoff: Duration = .milliseconds(250),
        maximumRetryDelay: Duration = .seconds(10), temperature: Double = 0.1
    ) {
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.embeddingModel = embeddingModel
        self.requestTimeout = requestTimeout
        self.maximumRetries = maximumRetries
        self.initialBackoff = initialBackoff
        self.maximumRetryDelay = maximumRetryDelay
        self.temperature = temperature
    }

    /// Reads `HEED_LLM_BASE_URL`, `HEED_LLM_MODEL`, `HEED_LLM_API_KEY` (and `HEED_EMBEDDING_MODEL`), with explicit
    /// values (e.g. from `--llm-base-url`, `--llm-model`, `--llm-api-key`) taking precedence.
    /// Returns `nil` unless both a base URL and a model are known.
    public static func resolve(
        baseURL: String? = nil, model: String? = nil, apiKey: String? = nil, embeddingModel: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> LLMProviderConfiguration? {
        func value(_ explicit: String?, _ name: String) -> String? {
            let chosen = explicit ?? environment[name]
            return chosen.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let base = value(baseURL, "HEED_LLM_BASE_URL"), let model = value(model, "HEED_LLM_MODEL") else { return nil }
        return LLMProviderConfiguration(
            baseURL: base, model: model, apiKey: value(apiKey, "HEED_LLM_API_KEY"),
            embeddingModel: value(embeddingModel, "HEED_EMBEDDING_MODEL"))
    }

    /// The full URL of an endpoint such as `chat/completions`.
    func url(_ endpoint: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        if !base.hasSuffix("/v1") { base += "/v1" }
        return base + "/" + endpoint
    }
}

/// Why a provider call failed.
public enum ProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The provider answered with an error status (after any retries).
    case httpStatus(Int, message: String)
    /// No complete answer within the configured timeout.
    case timedOut
    /// The provider's reply was not the JSON expected.
    case malformedResponse(String)
    /// The connection failed (after any retries).
    case connectionFailed(String)

    public var description: String {
        switch self {
        case let .httpStatus(status, message): "provider answered HTTP \(status): \(message)"
        case .timedOut: "provider did not answer in time"
        case let .malformedResponse(reason): "provider reply is malformed: \(reason)"
        case let .connectionFailed(reason): "cannot reach the provider: \(reason)"
        }
    }

    /// Whether trying again may help.
    var isRetryable: Bool {
        switch self {
        case let .httpStatus(status, _): status == 429 || (500...599).contains(status)
        case .connectionFailed: true
        case .timedOut, .malformedResponse: false
        }
    }
}
