import AsyncHTTPClient
import Foundation
import Logging

/// A client for `POST /v1/embeddings` of an OpenAI-compatible provider (same timeouts and retries as chat).
public struct EmbeddingsClient: Sendable {
    private let transport: ProviderTransport
    private let model: String
    /// How many texts go in one request.
    public var batchSize: Int = 64

    /// Creates a client for `configuration.embeddingModel` (falls back to `configuration.model`).
    public init(configuration: LLMProviderConfiguration, httpClient: HTTPClient, logger: Logger) {
        transport = ProviderTransport(configuration: configuration, httpClient: httpClient, logger: logger)
        model = configuration.embeddingModel ?? configuration.model
    }

    private struct Request: Encodable {
        var model: String
        var input: [String]
    }

    private struct Reply: Decodable {
        struct Item: Decodable {
            var embedding: [Float]
            var index: Int?
        }
        var data: [Item]
    }

    /// One vector per text, in order.
    public func embed(_ texts: [String]) async throws(ProviderError) -> [[Float]] {
        var vectors: [[Float]] = []
        var start = 0
        while start < texts.count {
            let batch = Array(texts[start..<min(texts.count, start + batchSize)])
            let body = (try? JSONEncoder().encode(Request(model: model, input: batch))) ?? Data()
            let data = try await transport.post("embeddings", body: body)
            guard let reply = try? JSONDecoder().decode(Reply.self, from: data), reply.data.count == batch.count else {
                throw .malformedResponse("not an embeddings list with one vector per input")
            }
            let ordered = reply.data.enumerated().sorted { ($0.element.index ?? $0.offset) < ($1.element.index ?? $1.offset) }
            vectors += ordered.map(\.element.embedding)
            start += batch.count
        }
        return vectors
    }
}
