import Foundation

/// A workspace's own OpenAI-compatible model provider, used instead of the server's. The key is stored but never
/// shown back.
public struct ModelProviderSettings: Sendable, Codable, Hashable {
    public var baseURL: String
    public var model: String
    public var apiKey: String?

    public init(baseURL: String, model: String, apiKey: String? = nil) {
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
    }

    enum CodingKeys: String, CodingKey {
        case model
        case baseURL = "base_url"
        case apiKey = "api_key"
    }
}
