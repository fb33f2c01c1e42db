import AsyncHTTPClient
import Foundation
import Logging

/// Posts a JSON body the caller built to one endpoint of an OpenAI-compatible provider, with the configuration's
/// key, timeout and retries, and returns the body of the 2xx answer. For request shapes ``ChatCompletionsClient``
/// does not speak (function calling: `tools`, `tool_calls`, `role: tool` messages).
public struct ProviderJSONClient: Sendable {
    private let transport: ProviderTransport

    /// Creates a client; `httpClient` is owned (and shut down) by the caller.
    public init(configuration: LLMProviderConfiguration, httpClient: HTTPClient, logger: Logger) {
        transport = ProviderTransport(configuration: configuration, httpClient: httpClient, logger: logger)
    }

    /// The provider this client talks to.
    public var configuration: LLMProviderConfiguration { transport.configuration }

    /// POSTs `body` to `endpoint` (e.g. `chat/completions`) and returns the whole response body.
    public func post(_ endpoint: String, body: Data) async throws(ProviderError) -> Data {
        try await transport.post(endpoint, body: body)
    }
}
