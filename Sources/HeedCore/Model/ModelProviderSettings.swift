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

extension ModelProviderSettings {
    /// Whether the stored key may go on to `newBaseURL`: only to the same scheme, host and port it was set for, so
    /// changing the URL alone can never send the key somewhere else.
    public func keyMayMove(to newBaseURL: String) -> Bool {
        Self.origin(of: baseURL) == Self.origin(of: newBaseURL) && Self.origin(of: newBaseURL) != nil
    }

    /// `scheme://host:port`, lower-cased, with the scheme's default port filled in.
    static func origin(of text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased()
        else { return nil }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(host):\(port)"
    }
}
