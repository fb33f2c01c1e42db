import Crypto
import Foundation
import HeedConversation
import HeedCore
import Hummingbird

/// `GET /metrics`: the server's Prometheus metrics (``ServerMetrics``). With a metrics token configured, a scraper
/// sends it as `Authorization: Bearer …`; without one, only callers on this machine (loopback) are answered, so a
/// public Heed does not tell the world its traffic.
struct MetricsController {
    let metrics: ServerMetrics
    let conversations: ConversationServices
    let token: String?
    let clock: any WallClock

    /// The routes without sign-in (all of them).
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.get("metrics", use: scrape)
        return routes
    }

    @Sendable func scrape(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try authorize(request, context: context)
        let text = await metrics.render(conversations: conversations, now: clock.now())
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func authorize(_ request: Request, context: HeedRequestContext) throws {
        if let token {
            let sent = request.headers[.authorization].flatMap { value in
                value.hasPrefix("Bearer ") ? String(value.dropFirst("Bearer ".count)) : nil
            }
            guard let sent, Self.sameSecret(sent, token) else {
                throw HeedError(
                    .unauthorized, code: .unauthorized,
                    message: "The metrics need the metrics token as 'Authorization: Bearer <token>'.")
            }
            return
        }
        guard let address = context.remoteAddress, Self.isLoopback(address) else {
            throw HeedError(
                .forbidden, code: .forbidden,
                message: "The metrics are served to this machine only; set a metrics token (HEED_METRICS_TOKEN) to scrape them from elsewhere.")
        }
    }

    /// Compares digests, so the time taken says nothing about how much of the token was right.
    private static func sameSecret(_ sent: String, _ expected: String) -> Bool {
        SHA256.hash(data: Data(sent.utf8)) == SHA256.hash(data: Data(expected.utf8))
    }

    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }
}
