import AsyncHTTPClient
import NIOCore

/// The HTTP client for calls to addresses admins name (declared tools, webhooks): redirects are never followed
/// (a public host must not bounce a call past the ``NetworkGuard``), connections are not retried, and a connection
/// is given up after `connectTimeout`.
public enum OutboundHTTPClient {
    /// A new client; the caller shuts it down.
    public static func make(connectTimeout: TimeAmount = .seconds(5)) -> HTTPClient {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = connectTimeout
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}
