import HTTPTypes
import Hummingbird

/// Attributes each request to its client's address as ``TrustedProxies`` read it (the peer, or the address a
/// trusted proxy forwarded), for the rate limits.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = HeedRequestContext

    let proxies: TrustedProxies
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.remoteAddress = proxies.clientAddress(
            peer: context.remoteAddress, forwardedFor: request.headers[values: Self.forwardedFor].joined(separator: ","))
        return try await next(request, context)
    }
}
